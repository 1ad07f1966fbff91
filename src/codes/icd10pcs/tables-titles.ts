/**
 * Composed titles for ICD-10-PCS codes, and the code set of every valid code with its title.
 *
 * **Titles.** The tables carry no titles for codes, and CMS's own long titles (in its order file, which
 * is not read here) are written by hand. `pcsCodeTitle` composes one from the axis labels in CMS's
 * style, so the common cases come out word for word — "Resection of Gallbladder, Percutaneous
 * Endoscopic Approach" (0FT44ZZ), "Insertion of Infusion Device into Superior Vena Cava, Percutaneous
 * Approach" (02HV33Z):
 * - the root operation, "of" and the body part as CMS writes it (`bodyPartInTitle`: "Hip Joint, Right"
 *   → "Right Hip Joint", "Skin, Left Hand" → "Left Hand Skin", but "Coronary Artery, One Artery" stays);
 * - "with" and the device as CMS writes it (`deviceInTitle`: "Synthetic Substitute, Metal" → "Metal
 *   Synthetic Substitute", "Intraluminal Device, Drug-eluting, Two" → "Two Drug-eluting Intraluminal
 *   Devices"). Insertion, Introduction and Transfusion put the device or substance first, "into" the
 *   body part; Removal "from", Revision and Change "in"; Irrigation "using" the substance; Bypass reads
 *   "Bypass Cerebral Ventricle to Nasopharynx" (the qualifier is where it goes); a function (sections
 *   4–5) follows the body system ("Measurement of Cardiac Sampling and Pressure");
 * - then, after commas, the approach with "Approach" added ("Open Approach"; "Via Natural or Artificial
 *   Opening" as is) or whatever the section's fifth axis is, then the qualifier;
 * - sections whose third axis is a Type or Modality (imaging, nuclear medicine, radiation, rehabilitation,
 *   mental health, substance abuse) read "Plain Radiography of Chest" followed by their other labels;
 * - "None", "No Device" and "No Qualifier" are left out.
 * Hand-written CMS titles differ in places: CMS writes "…with Metal Synthetic Substitute, Cemented, Open
 * Approach" (0SR9019) where this gives "…with Metal Synthetic Substitute, Open Approach, Cemented", and
 * "Respiratory Ventilation, Greater than 96 Consecutive Hours" (5A1955Z) where this gives "Performance of
 * Respiratory Ventilation, …". A title is for reading beside the code, never for matching CMS's text.
 */
import type { CodeEntry, CodeSet } from '../model.ts';
import type { PcsAxis, PcsRow, PcsTable, PcsTables, PcsValue, ReadPcsOptions } from './tables-parse.ts';

const OMITTED = new Set(['None', 'No Device', 'No Qualifier']);
const LATERALITY = /^(.+), (Right|Left|Bilateral)$/;
const TWO_PARTS = /^([^,]+), ([^,]+)$/;
/** Second parts that are not a kind of the first: "Coronary Artery, One Artery", "Teeth, All", "Ribs, 1 to 2", … */
const NOT_A_KIND = /\d| and |\b(All|Multiple|Other|Single|Unilateral|Arter(y|ies)|More|more|Gestation|Fetus|Infant|Pylorus)\b/;
const DEVICE_COUNT = /^([^,]+?)(?:, ([^,]+))?, (Two|Three|Four or More)$/;
const DEVICE_FIRST: Readonly<Record<string, string>> = {
  Insertion: 'into',
  Introduction: 'into',
  Transfusion: 'into',
  Removal: 'from',
  Revision: 'in',
  Change: 'in',
};

/**
 * How CMS writes a body part in a title: "Hip Joint, Right" → "Right Hip Joint"; "Hip Joint,
 * Acetabular Surface, Right" → "Right Hip Joint, Acetabular Surface"; "Skin, Left Hand" → "Left Hand
 * Skin"; "Esophagus, Lower" → "Lower Esophagus"; "Coronary Artery, One Artery" stays.
 */
export function bodyPartInTitle(label: string): string {
  const lateral = LATERALITY.exec(label);
  if (lateral) return `${lateral[2] ?? ''} ${lateral[1] ?? ''}`;
  const parts = TWO_PARTS.exec(label);
  return parts && !NOT_A_KIND.test(parts[2] ?? '') ? `${parts[2] ?? ''} ${parts[1] ?? ''}` : label;
}

/**
 * How CMS writes a device in a title: "Synthetic Substitute, Metal" → "Metal Synthetic Substitute";
 * "Intraluminal Device, Drug-eluting, Two" → "Two Drug-eluting Intraluminal Devices".
 */
export function deviceInTitle(label: string): string {
  const counted = DEVICE_COUNT.exec(label);
  if (counted) return [counted[3], counted[2], `${counted[1] ?? ''}s`].filter((part) => part !== undefined).join(' ');
  const parts = TWO_PARTS.exec(label);
  return parts ? `${parts[2] ?? ''} ${parts[1] ?? ''}` : label;
}

function approachText(axis: PcsAxis, label: string): string {
  return axis.title === 'Approach' && !label.startsWith('Via ') ? `${label} Approach` : label;
}

/** The composed title of the code made of `table` and one value from each axis of `row` (see the module comment). */
export function pcsCodeTitle(table: PcsTable, row: PcsRow, picks: readonly [PcsValue, PcsValue, PcsValue, PcsValue]): string {
  const [, axis5, axis6] = row.axes;
  const shown = (value: PcsValue) => (OMITTED.has(value.label) ? undefined : value.label);
  const bodyPart = shown(picks[0]);
  const fifth = shown(picks[1]);
  const sixth = shown(picks[2]);
  let qualifier = shown(picks[3]);
  const operation = table.operation.label;
  const tail: string[] = [];
  let head: string;

  if (table.axisTitles[2] === 'Operation') {
    const part = bodyPart === undefined ? undefined : bodyPartInTitle(bodyPart);
    const isFunction = axis6.title.includes('Function');
    const device = sixth === undefined || isFunction ? undefined : axis6.title === 'Device' ? deviceInTitle(sixth) : sixth;
    const preposition = DEVICE_FIRST[operation];
    if (operation === 'Bypass' && part !== undefined && qualifier !== undefined) {
      head = `Bypass ${part} to ${qualifier}${device === undefined ? '' : ` with ${device}`}`;
      qualifier = undefined;
    } else if (preposition !== undefined && device !== undefined && part !== undefined) {
      head = operation === 'Change' ? `Change ${device} in ${part}` : `${operation} of ${device} ${preposition} ${part}`;
    } else if (operation === 'Irrigation' && device !== undefined && part !== undefined) {
      head = `Irrigation of ${part} using ${device}`;
    } else {
      head = part === undefined ? operation : `${operation} of ${part}`;
      if (isFunction && sixth !== undefined) head += ` ${sixth}`;
      else if (device !== undefined) head += ` with ${device}`;
    }
  } else {
    head = bodyPart === undefined ? operation : `${operation} of ${bodyPartInTitle(bodyPart)}`;
    if (sixth !== undefined) tail.push(sixth);
  }
  if (fifth !== undefined) tail.unshift(approachText(axis5, fifth));
  if (qualifier !== undefined) tail.push(qualifier);
  return tail.length === 0 ? head : `${head}, ${tail.join(', ')}`;
}

/**
 * Every valid code with its composed title, in code order: system ICD-10-PCS, every code billable,
 * kind 'code' (the tables' three-character prefixes are not listed as headers).
 */
export function toCodeSet(tables: PcsTables, options: ReadPcsOptions = {}): CodeSet {
  const entries: CodeEntry[] = [];
  const picks: [PcsValue, PcsValue, PcsValue, PcsValue] = [
    { code: '', label: '' },
    { code: '', label: '' },
    { code: '', label: '' },
    { code: '', label: '' },
  ];
  for (const table of tables.tables) {
    for (const row of table.rows) {
      const [a4, a5, a6, a7] = row.axes;
      for (const v4 of a4.values) {
        picks[0] = v4;
        for (const v5 of a5.values) {
          picks[1] = v5;
          for (const v6 of a6.values) {
            picks[2] = v6;
            for (const v7 of a7.values) {
              picks[3] = v7;
              entries.push({
                code: table.code + v4.code + v5.code + v6.code + v7.code,
                title: pcsCodeTitle(table, row, picks),
                billable: true,
                kind: 'code',
              });
            }
          }
        }
      }
    }
  }
  entries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const name = options.fileName?.split(/[\\/]/).pop();
  return {
    system: 'ICD-10-PCS',
    fiscalYear: tables.fiscalYear,
    source: 'official',
    title: `ICD-10-PCS FY${tables.fiscalYear}${name === undefined ? '' : ` (${name})`}`,
    entries,
  };
}
