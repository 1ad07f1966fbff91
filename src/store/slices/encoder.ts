/** Encoder: whether the encoder panel is open, and the coding task it adds codes to. */
import type { StateCreator } from 'zustand';
import type { AppState, EncoderSlice } from './types.ts';

export const createEncoderSlice: StateCreator<AppState, [], [], EncoderSlice> = (set) => ({
  encoderOpen: false,
  setEncoderOpen: (encoderOpen) => set({ encoderOpen }),
  codingTarget: undefined,
  setCodingTarget: (codingTarget) => set({ codingTarget }),
});
