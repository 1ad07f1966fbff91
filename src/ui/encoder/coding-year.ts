/**
 * The fiscal year the encoder checks codes for: the year the pack being worked on is coded to (the
 * coding task open beside the encoder, or the pack of the chart, task or results on screen), else
 * the year every installed pack shares. With packs of different years and none on screen, there is
 * no such year, and checks speak of the newest year the code lists cover.
 */
import type { InstalledPack } from '../../packs/normalise.ts';
import { useInstalledPacks } from '../../storage/hooks.ts';
import { selectRoute, useAppStore } from '../../store/store.ts';

export interface CodingYear {
  /** Whether the installed packs have been read (until then the year is not known). */
  ready: boolean;
  fiscalYear?: number;
  /** Why that year, as the encoder says it: "the year Riverside General Hospital is coded to". */
  why?: string;
}

/** The pure part: the year for a pack on screen (if any) among the installed packs. */
export function codingYearOf(packs: readonly InstalledPack[], packId: string | undefined): Omit<CodingYear, 'ready'> {
  const pack = packId === undefined ? undefined : packs.find((p) => p.id === packId);
  if (pack) return { fiscalYear: pack.meta.codeSetYear, why: `the year ${pack.meta.title} is coded to` };
  const years = new Set(packs.map((p) => p.meta.codeSetYear));
  const [only] = years;
  if (years.size === 1 && only !== undefined)
    return {
      fiscalYear: only,
      why: packs.length === 1 ? `the year ${packs[0]!.meta.title} is coded to` : 'the year the installed packs are coded to',
    };
  return {};
}

export function useCodingYear(): CodingYear {
  const packs = useInstalledPacks();
  const targetPack = useAppStore((s) => s.codingTarget?.packId);
  const route = useAppStore(selectRoute);
  const routePack = 'packId' in route ? route.packId : undefined;
  if (!packs) return { ready: false };
  return { ready: true, ...codingYearOf(packs, targetPack ?? routePack) };
}
