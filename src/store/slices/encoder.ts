/** Encoder: whether the encoder panel is open, and the coding task it adds codes to. */
import type { StateCreator } from 'zustand';
import type { AppState } from './types.ts';

/** The coding task open beside the encoder: the encoder offers to add the code it shows to it. */
export interface CodingTarget {
  packId: string;
  taskId: string;
  systems: readonly ('ICD-10-CM' | 'ICD-10-PCS' | 'HCPCS')[];
  /** Inpatient diagnoses need a POA indicator, chosen after adding. */
  inpatient: boolean;
}

export interface EncoderSlice {
  encoderOpen: boolean;
  setEncoderOpen: (open: boolean) => void;
  codingTarget: CodingTarget | undefined;
  setCodingTarget: (target: CodingTarget | undefined) => void;
}

export const createEncoderSlice: StateCreator<AppState, [], [], EncoderSlice> = (set) => ({
  encoderOpen: false,
  setEncoderOpen: (encoderOpen) => set({ encoderOpen }),
  codingTarget: undefined,
  setCodingTarget: (codingTarget) => set({ codingTarget }),
});
