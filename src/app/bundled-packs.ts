/**
 * The packs bundled with the app: every `scenarios/**\/*.pack.json`, served as separate files and
 * fetched on first visit, so they never weigh on the app's JavaScript.
 */
const urls = import.meta.glob<string>('/scenarios/**/*.pack.json', { query: '?url', import: 'default', eager: true });

export interface BundledPack {
  path: string;
  url: string;
}

export const BUNDLED_PACKS: readonly BundledPack[] = Object.entries(urls)
  .map(([path, url]) => ({ path, url }))
  .sort((a, b) => a.path.localeCompare(b.path));

export async function fetchBundledPack(pack: BundledPack): Promise<Uint8Array> {
  const response = await fetch(pack.url);
  if (!response.ok) throw new Error(`${pack.path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Where the store finds bundled packs; tests point it at files on disk or at none. */
export const bundledSource = {
  packs: BUNDLED_PACKS,
  fetch: fetchBundledPack,
};
