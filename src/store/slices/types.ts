/**
 * The store's whole state: the intersection of the slice interfaces. Slice files import this
 * type only (`import type`), so the slices depend on one another through types, never at runtime.
 */
import type { SessionSlice } from './session.ts';
import type { NavigationSlice } from './navigation.ts';
import type { LibrarySlice } from './library.ts';
import type { AccessSlice } from './access.ts';
import type { MpiSlice } from './mpi.ts';
import type { EncoderSlice } from './encoder.ts';
import type { WorkSlice } from './work.ts';

export type AppState = SessionSlice & NavigationSlice & LibrarySlice & AccessSlice & MpiSlice & EncoderSlice & WorkSlice;
