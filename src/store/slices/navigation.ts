/** Route: the screen shown, kept in step with the URL hash (parsed and formatted by ../route.ts). */
import type { StateCreator } from 'zustand';
import { formatHash, parseHash } from '../route.ts';
import type { AppState, NavigationSlice } from './types.ts';

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  route: parseHash(globalThis.location?.hash ?? ''),
  navigate: (route, options) => {
    const hash = formatHash(route);
    if (globalThis.location && globalThis.location.hash !== hash) {
      if (options?.replace) globalThis.history.replaceState(null, '', hash);
      else globalThis.history.pushState(null, '', hash);
    }
    set({ route });
  },
  syncFromLocation: () => set({ route: parseHash(globalThis.location.hash) }),
});
