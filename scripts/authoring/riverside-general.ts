/**
 * Authoring script for the bundled scenario pack "riverside-general".
 *
 * Run:  npx tsx scripts/authoring/riverside-general.ts [--out <file>]
 * Writes scenarios/riverside/riverside-general.pack.json, or <file> with --out (deterministic: same
 * input, same bytes; tests/scenarios/reproduce.test.ts checks that the committed pack is reproduced).
 *
 * The clinical prose of every document is written out below, one document at a time. Only the
 * boilerplate that a real EHR prints itself is generated: the facility header of each document
 * (patient name, MRN, DOB, account, dates), the signature block (from the authentications), and the
 * result tables of laboratory reports and the order listings of order sheets (from the structured
 * results and orders, so the text always agrees with the data).
 *
 * Instructor notes and answer keys: docs/content/riverside-general.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackFile } from '../../src/packs/format.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = Record<string, any>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the pack is written: the committed file, or the file given with `--out <file>`. */
function outPath(fallback: string): string {
  const i = process.argv.indexOf('--out');
  if (i === -1) return fallback;
  const file = process.argv[i + 1];
  if (!file || file.startsWith('--')) {
    console.error('usage: npx tsx scripts/authoring/riverside-general.ts [--out <file>]');
    process.exit(2);
  }
  return resolve(file);
}
const OUT = outPath(resolve(ROOT, 'scenarios/riverside/riverside-general.pack.json'));

// ---------------------------------------------------------------------------------------------
// Providers
// ---------------------------------------------------------------------------------------------

const providers: Any[] = [
  {
    id: 'prv-okafor',
    name: { family: 'Okafor', given: ['Adaeze', 'N.'] },
    credentials: 'MD',
    specialty: 'Hospital Medicine',
    role: 'attending',
    npi: '1467320985',
  },
  {
    id: 'prv-lindqvist',
    name: { family: 'Lindqvist', given: ['Erik'] },
    credentials: 'MD',
    specialty: 'Hospital Medicine',
    role: 'attending',
    npi: '1538204671',
  },
  {
    id: 'prv-patel',
    name: { family: 'Patel', given: ['Nikhil', 'R.'] },
    credentials: 'MD, FACC',
    specialty: 'Cardiology (Interventional)',
    role: 'attending',
    npi: '1629483057',
  },
  {
    id: 'prv-brennan',
    name: { family: 'Brennan', given: ['Siobhan'] },
    credentials: 'MD, FACS',
    specialty: 'General Surgery',
    role: 'surgeon',
    npi: '1790628314',
  },
  {
    id: 'prv-castillo',
    name: { family: 'Castillo', given: ['Marco', 'A.'] },
    credentials: 'MD',
    specialty: 'Orthopaedic Surgery',
    role: 'surgeon',
    npi: '1356947208',
  },
  {
    id: 'prv-huang',
    name: { family: 'Huang', given: ['Wei'] },
    credentials: 'MD',
    specialty: 'Pulmonary and Critical Care Medicine',
    role: 'consultant',
    npi: '1215837460',
  },
  {
    id: 'prv-goldberg',
    name: { family: 'Goldberg', given: ['Ruth', 'E.'] },
    credentials: 'MD',
    specialty: 'Neurology',
    role: 'consultant',
    npi: '1871063529',
  },
  {
    id: 'prv-nguyen',
    name: { family: 'Nguyen', given: ['Linh'] },
    credentials: 'MD',
    specialty: 'Gastroenterology',
    role: 'consultant',
    npi: '1942718365',
  },
  {
    id: 'prv-reyes',
    name: { family: 'Reyes', given: ['Daniel'] },
    credentials: 'MD',
    specialty: 'Internal Medicine (PGY-2 resident)',
    role: 'resident',
    npi: '1083654927',
  },
  {
    id: 'prv-moore',
    name: { family: 'Moore', given: ['Janet', 'L.'] },
    credentials: 'MD',
    specialty: 'Anesthesiology',
    role: 'anesthesiologist',
    npi: '1700395842',
  },
  {
    id: 'prv-farouk',
    name: { family: 'Farouk', given: ['Samira'] },
    credentials: 'MD',
    specialty: 'Diagnostic Radiology',
    role: 'radiologist',
    npi: '1164829073',
  },
  {
    id: 'prv-ostrowski',
    name: { family: 'Ostrowski', given: ['Paul'] },
    credentials: 'MD',
    specialty: 'Anatomic and Clinical Pathology',
    role: 'pathologist',
    npi: '1326590418',
  },
  {
    id: 'prv-whitaker',
    name: { family: 'Whitaker', given: ['Grace'] },
    credentials: 'MD',
    specialty: 'Emergency Medicine',
    role: 'attending',
    npi: '1457036291',
  },
  {
    id: 'prv-adeyemi',
    name: { family: 'Adeyemi', given: ['Tunde'] },
    credentials: 'DO',
    specialty: 'Emergency Medicine',
    role: 'attending',
    npi: '1598274630',
  },
  {
    id: 'prv-kowalski',
    name: { family: 'Kowalski', given: ['Anna'] },
    credentials: 'APRN, FNP-BC',
    specialty: 'Cardiology',
    role: 'nurse-practitioner',
    npi: '1669105823',
  },
  {
    id: 'prv-santos',
    name: { family: 'Santos', given: ['Maria'] },
    credentials: 'RN',
    specialty: 'Nursing (Medical-Surgical)',
    role: 'nurse',
  },
];
/** A National Provider Identifier: 9 digits plus the Luhn check digit computed over the prefix 80840. */
function withNpiCheckDigit(nine: string): string {
  const digits = `80840${nine}`.split('').map(Number);
  let sum = 0;
  digits.reverse().forEach((d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  });
  return nine + String((10 - (sum % 10)) % 10);
}
for (const p of providers) if (p.npi) p.npi = withNpiCheckDigit(String(p.npi).slice(0, 9));

const providerById = new Map(providers.map((p) => [p.id as string, p]));

function provName(id: string): string {
  const p = providerById.get(id);
  if (!p) throw new Error(`unknown provider ${id}`);
  return `${(p.name.given as string[]).join(' ')} ${p.name.family}, ${p.credentials}`;
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers
// ---------------------------------------------------------------------------------------------

const FACILITY_LINE = 'RIVERSIDE GENERAL HOSPITAL  -  1200 River Road, Riverside, OH 45501  -  (937) 555-0100';

function fmtDate(s: string): string {
  return `${s.slice(5, 7)}/${s.slice(8, 10)}/${s.slice(0, 4)}`;
}
function fmtDT(s: string): string {
  return `${fmtDate(s)} ${s.slice(11, 16)}`;
}
function ageAt(birth: string, at: string): number {
  let age = Number(at.slice(0, 4)) - Number(birth.slice(0, 4));
  if (at.slice(5, 10) < birth.slice(5, 10)) age -= 1;
  return age;
}
function pad(s: string, n: number): string {
  return s.length >= n ? `${s} ` : s + ' '.repeat(n - s.length);
}
function displayName(p: Any): string {
  const given = p.name.given as string[];
  const middle = given
    .slice(1)
    .map((g) => g[0] + '.')
    .join(' ');
  const suffix = p.name.suffix ? ` ${p.name.suffix}` : '';
  return `${String(p.name.family).toUpperCase()}${suffix}, ${(given[0] ?? '').toUpperCase()}${middle ? ' ' + middle.toUpperCase() : ''}`;
}
const SEX: Record<string, string> = { male: 'M', female: 'F', other: 'X', unknown: 'U' };

function header(p: Any, enc: Any | undefined, title: string, at: string): string {
  const lines = [FACILITY_LINE, title.toUpperCase(), ''];
  lines.push(pad(`Patient: ${displayName(p)}`, 44) + `MRN: ${p.mrn}`);
  lines.push(
    pad(`DOB: ${fmtDate(p.birthDate)} (${ageAt(p.birthDate, at)} y)   Sex: ${SEX[p.sex]}`, 44) +
      (enc ? `Account: ${enc.accountNumber}` : 'Account: n/a'),
  );
  if (enc) {
    const label = enc.class === 'inpatient' ? 'Admitted' : enc.class === 'emergency' ? 'ED arrival' : 'Visit';
    lines.push(pad(`${label}: ${fmtDT(enc.admittedAt)}`, 44) + `Service: ${enc.service}`);
    lines.push(pad(`Attending: ${provName(enc.attendingId)}`, 44) + (enc.location ? `Location: ${enc.location}` : ''));
  }
  lines.push(`Date of service: ${fmtDT(at)}`);
  lines.push('-'.repeat(88));
  return lines.map((l) => l.trimEnd()).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

const patients: Any[] = [];

function patient(base: Any): Any {
  const p: Any = {
    previousNames: [],
    aliases: [],
    identifiers: [],
    alerts: [],
    encounters: [],
    documents: [],
    problems: [],
    medications: [],
    allergies: [],
    orders: [],
    results: [],
    procedures: [],
    immunizations: [],
    ...base,
  };
  patients.push(p);
  return p;
}

function encounter(p: Any, e: Any): void {
  p.encounters.push(e);
}
function enc(p: Any, id: string): Any {
  const e = p.encounters.find((x: Any) => x.id === id);
  if (!e) throw new Error(`encounter ${id} not found for ${p.id}`);
  return e;
}

interface DocSpec {
  id: string;
  type: string;
  title: string;
  enc?: string;
  by?: string;
  byText?: string;
  at: string;
  written?: string;
  /** Time of the author's signature; false = not signed (status in-progress). */
  sign?: string | false;
  method?: 'electronic' | 'handwritten' | 'stamp';
  cosigner?: string;
  cosignAt?: string;
  sens?: string[];
  /** Scanned/outside material carries its own letterhead: no facility header, no signature block. */
  raw?: boolean;
  /**
   * A misfiled document: filed in this chart, but its header (name, MRN, DOB, account, visit) is
   * printed from another patient's chart and encounter, the one it really belongs to.
   */
  headerOf?: { patient: Any; enc?: string };
  body: string;
}

/** Document types usually dictated and transcribed; others are typed into the EHR. */
const DICTATED = new Set([
  'operative-report',
  'discharge-summary',
  'consultation',
  'history-and-physical',
  'radiology-report',
  'pathology-report',
  'procedure-note',
  'cardiology-report',
]);

function doc(p: Any, d: DocSpec): void {
  const e = d.enc ? enc(p, d.enc) : undefined;
  const written = d.written ?? d.at;
  const auths: Any[] = [];
  let status = 'final';
  let footer = '';
  const method = d.method ?? 'electronic';
  if (d.raw) {
    footer = '';
  } else if (d.sign === false) {
    status = 'in-progress';
    footer = `${DICTATED.has(d.type) ? 'Dictated' : 'Entered'} by: ${provName(d.by!)}   ${fmtDT(written)}\n*** PRELIMINARY - NOT AUTHENTICATED - AWAITING PROVIDER SIGNATURE ***`;
  } else if (d.sign) {
    auths.push({ providerId: d.by, role: 'author', at: d.sign, method });
    footer =
      method === 'electronic'
        ? `Electronically signed by ${provName(d.by!)} on ${fmtDT(d.sign)}`
        : `Signed (${method}) by ${provName(d.by!)} on ${fmtDT(d.sign)}`;
    if (written !== d.at && d.type !== 'discharge-summary')
      footer = `${DICTATED.has(d.type) ? 'Dictated' : 'Entered'} ${fmtDT(written)}.\n${footer}`;
  }
  if (d.cosigner) {
    if (d.cosignAt) {
      auths.push({ providerId: d.cosigner, role: 'cosigner', at: d.cosignAt, method: 'electronic' });
      footer += `\nCosigned by ${provName(d.cosigner)} on ${fmtDT(d.cosignAt)}`;
    } else {
      footer += `\nCosignature required: ${provName(d.cosigner)} - PENDING`;
    }
  }
  const body = d.body.replace(/^\n+/, '').replace(/\s+$/, '');
  const hp = d.headerOf?.patient ?? p;
  const he = d.headerOf ? (d.headerOf.enc ? enc(hp, d.headerOf.enc) : undefined) : e;
  const text = d.raw ? body : `${header(hp, he, d.title, d.at)}\n\n${body}\n\n${footer}`.trim();
  const out: Any = { id: d.id, type: d.type, title: d.title };
  if (d.enc) out.encounterId = d.enc;
  if (d.by) out.authorId = d.by;
  if (d.byText) out.authorText = d.byText;
  out.serviceAt = d.at;
  out.writtenAt = written;
  out.status = status;
  if (d.cosigner) out.cosignerRequiredId = d.cosigner;
  out.authentications = auths;
  if (d.sens) out.sensitivity = d.sens;
  out.text = text;
  p.documents.push(out);
}

type Row = [
  test: string,
  value: number | string,
  unit?: string | undefined,
  low?: number | undefined,
  high?: number | undefined,
  flag?: string | undefined,
  rangeText?: string | undefined,
];

/** Adds a batch of results collected together; returns their ids. */
function results(
  p: Any,
  key: string,
  encId: string | undefined,
  collected: string,
  resulted: string,
  panel: string,
  rows: Row[],
  opts: { sens?: string[]; status?: string } = {},
): string[] {
  const ids: string[] = [];
  rows.forEach(([test, value, unit, low, high, flag, rangeText], i) => {
    const id = `res-${key}-${String(i + 1).padStart(2, '0')}`;
    const r: Any = { id };
    if (encId) r.encounterId = encId;
    r.panel = panel;
    r.test = test;
    r.value = value;
    if (unit) r.unit = unit;
    if (low !== undefined || high !== undefined || rangeText) {
      r.referenceRange = {};
      if (low !== undefined) r.referenceRange.low = low;
      if (high !== undefined) r.referenceRange.high = high;
      if (rangeText) r.referenceRange.text = rangeText;
    }
    if (flag) r.flag = flag;
    r.collectedAt = collected;
    r.resultedAt = resulted;
    r.status = opts.status ?? 'final';
    if (opts.sens) r.sensitivity = opts.sens;
    p.results.push(r);
    ids.push(id);
  });
  return ids;
}

function decimals(n: number): number {
  const s = String(n);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

function rangeText(r: Any): string {
  const rr = r.referenceRange;
  if (!rr) return '';
  if (rr.text) return rr.text;
  if (rr.low !== undefined && rr.high !== undefined) {
    const places = Math.max(decimals(rr.low), decimals(rr.high));
    return `${rr.low.toFixed(places)}-${rr.high.toFixed(places)}`;
  }
  if (rr.high !== undefined) return `<=${rr.high}`;
  if (rr.low !== undefined) return `>=${rr.low}`;
  return '';
}

/** The result table of a laboratory report, printed from the structured results. */
function labTable(p: Any, ids: string[]): string {
  const rows = ids.map((id) => {
    const r = p.results.find((x: Any) => x.id === id);
    if (!r) throw new Error(`result ${id} not found`);
    return r;
  });
  const out: string[] = [];
  let last = '';
  for (const r of rows) {
    const group = `${r.panel}  (collected ${fmtDT(r.collectedAt)}, resulted ${fmtDT(r.resultedAt)})`;
    if (group !== last) {
      out.push('', group);
      out.push(pad('  TEST', 34) + pad('RESULT', 16) + pad('FLAG', 6) + pad('UNITS', 12) + 'REFERENCE');
      last = group;
    }
    out.push(pad(`  ${r.test}`, 34) + pad(String(r.value), 16) + pad(r.flag ?? '', 6) + pad(r.unit ?? '', 12) + rangeText(r));
  }
  return out.join('\n').replace(/ +$/gm, '').replace(/^\n/, '');
}

function order(
  p: Any,
  o: { id: string; enc?: string; cat: string; text: string; at: string; by: string; status: string; mode?: string; auth?: string },
): void {
  const out: Any = { id: o.id };
  if (o.enc) out.encounterId = o.enc;
  out.category = o.cat;
  out.text = o.text;
  out.orderedAt = o.at;
  out.orderedById = o.by;
  out.status = o.status;
  if (o.mode) out.mode = o.mode;
  if (o.auth) out.authenticatedAt = o.auth;
  p.orders.push(out);
}

/** An order sheet printed from the structured orders. */
function orderSheet(p: Any, ids: string[]): string {
  return ids
    .map((id) => {
      const o = p.orders.find((x: Any) => x.id === id);
      if (!o) throw new Error(`order ${id} not found`);
      const mode = o.mode ?? 'electronic';
      let line = `${fmtDT(o.orderedAt)}  [${o.category.toUpperCase()}] ${o.text}\n    Ordered by: ${provName(o.orderedById)}  -  ${mode.toUpperCase()}  -  status: ${o.status}`;
      if (mode === 'verbal' || mode === 'telephone') {
        line += o.authenticatedAt
          ? `\n    ${mode === 'verbal' ? 'V.O.' : 'T.O.'} read back and verified (M. Santos, RN). Authenticated by ordering provider ${fmtDT(o.authenticatedAt)}`
          : `\n    ${mode === 'verbal' ? 'V.O.' : 'T.O.'} read back and verified (M. Santos, RN). ** NOT YET AUTHENTICATED BY ORDERING PROVIDER **`;
      }
      return line;
    })
    .join('\n');
}

function med(p: Any, m: Any): void {
  p.medications.push(m);
}
function problem(p: Any, pr: Any): void {
  p.problems.push(pr);
}
function allergy(p: Any, a: Any): void {
  p.allergies.push(a);
}
function procedure(p: Any, pr: Any): void {
  p.procedures.push(pr);
}
function immunization(p: Any, im: Any): void {
  p.immunizations.push(im);
}

const looseDocuments: Any[] = [];
function loose(l: Any): void {
  looseDocuments.push(l);
}

// =============================================================================================
// PATIENTS
// =============================================================================================

// ---------------------------------------------------------------------------------------------
// 1. Robert James Allen ("Bob") - NSTEMI, cath + DES to LAD; cardiology clinic follow-up.
//    Look-alike of patient 2 (Robert Lee Allen Jr.).
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-allen-robert',
    mrn: '0048213',
    name: { family: 'Allen', given: ['Robert', 'James'] },
    aliases: [{ kind: 'nickname', given: 'Bob' }],
    birthDate: '1957-03-14',
    sex: 'male',
    address: { line: ['412 Birch Lane'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0142',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '4417' },
      { type: 'medicare', value: '5TG2-QM8-RK41', issuer: 'CMS' },
    ],
    alerts: [{ kind: 'clinical', text: 'Dual antiplatelet therapy (aspirin + ticagrelor) until 11/2025 - DES 11/19/2024' }],
  });
  encounter(p, {
    id: 'enc-allen-r-ed1',
    accountNumber: 'RG24010418',
    class: 'emergency',
    admittedAt: '2024-11-18T06:40',
    dischargedAt: '2024-11-18T10:15',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 7',
    reasonForVisit: 'Chest pressure since 04:30',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-allen-r-ip1',
    accountNumber: 'RG24010422',
    class: 'inpatient',
    admittedAt: '2024-11-18T10:15',
    dischargedAt: '2024-11-21T11:30',
    attendingId: 'prv-patel',
    service: 'Cardiology',
    location: '4 East Cardiac Step-Down, Rm 412',
    reasonForVisit: 'Non-ST elevation myocardial infarction',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-allen-r-op1',
    accountNumber: 'RG24011207',
    class: 'outpatient',
    admittedAt: '2024-12-12T09:35',
    dischargedAt: '2024-12-12T10:50',
    attendingId: 'prv-kowalski',
    service: 'Cardiology Clinic',
    location: 'Riverside Heart Center, Suite 200',
    reasonForVisit: 'Follow-up after NSTEMI and LAD stent',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-allen-r-pcn',
    substance: 'Penicillin',
    category: 'medication',
    reaction: 'Hives',
    severity: 'moderate',
    recordedAt: '2024-11-18T06:50',
  });

  problem(p, {
    id: 'prob-allen-r-nstemi',
    description: 'Non-ST elevation myocardial infarction (11/18/2024)',
    status: 'active',
    onset: '2024-11-18',
    recordedAt: '2024-11-18T11:30',
    encounterId: 'enc-allen-r-ip1',
  });
  problem(p, {
    id: 'prob-allen-r-cad',
    description: 'Coronary artery disease, native vessels; drug-eluting stent proximal LAD 11/19/2024',
    status: 'active',
    onset: '2024-11-19',
    recordedAt: '2024-11-19T10:45',
    encounterId: 'enc-allen-r-ip1',
  });
  problem(p, {
    id: 'prob-allen-r-dm',
    description: 'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    status: 'active',
    onset: '2013-05-01',
    recordedAt: '2024-11-18T11:30',
  });
  problem(p, {
    id: 'prob-allen-r-ckd',
    description: 'Chronic kidney disease, stage 3a',
    status: 'active',
    onset: '2021-09-01',
    recordedAt: '2024-11-18T11:30',
  });
  problem(p, {
    id: 'prob-allen-r-htn',
    description: 'Hypertension',
    status: 'active',
    onset: '2008-01-01',
    recordedAt: '2024-11-18T11:30',
  });
  problem(p, {
    id: 'prob-allen-r-hld',
    description: 'Hyperlipidemia',
    status: 'active',
    onset: '2010-01-01',
    recordedAt: '2024-11-18T11:30',
  });
  problem(p, { id: 'prob-allen-r-obes', description: 'Obesity, class 1 (BMI 31.4)', status: 'active', recordedAt: '2024-11-18T11:30' });
  problem(p, {
    id: 'prob-allen-r-tob',
    description: 'Former cigarette smoker (30 pack-years, quit 2009)',
    status: 'inactive',
    recordedAt: '2024-11-18T11:30',
  });

  med(p, {
    id: 'med-allen-r-metformin',
    name: 'Metformin',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    start: '2013-06-01T09:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-lisinopril',
    name: 'Lisinopril',
    dose: '20 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    start: '2015-03-01T09:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-aspirin',
    name: 'Aspirin',
    dose: '81 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    start: '2016-01-01T09:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-atorva20',
    name: 'Atorvastatin',
    dose: '20 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'discontinued',
    start: '2016-01-01T21:00',
    end: '2024-11-18T10:15',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-heparin',
    name: 'Heparin infusion (ACS nomogram)',
    dose: '12 units/kg/h',
    route: 'IV',
    frequency: 'continuous',
    status: 'completed',
    start: '2024-11-18T07:50',
    end: '2024-11-19T09:55',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-allen-r-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-allen-r-atorva80',
    name: 'Atorvastatin',
    dose: '80 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    start: '2024-11-18T21:00',
    prescriberId: 'prv-patel',
    encounterId: 'enc-allen-r-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-ticag',
    name: 'Ticagrelor',
    dose: '90 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    start: '2024-11-19T21:00',
    prescriberId: 'prv-patel',
    encounterId: 'enc-allen-r-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-metop',
    name: 'Metoprolol succinate ER',
    dose: '25 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    start: '2024-11-21T09:00',
    prescriberId: 'prv-patel',
    encounterId: 'enc-allen-r-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-r-ntg',
    name: 'Nitroglycerin sublingual',
    dose: '0.4 mg',
    route: 'SL',
    frequency: 'every 5 min as needed for chest pain, max 3 doses',
    status: 'active',
    start: '2024-11-21T11:00',
    prescriberId: 'prv-patel',
    encounterId: 'enc-allen-r-ip1',
    setting: 'outpatient',
  });

  const edLabs = [
    ...results(p, 'allen-r-ed-trop', 'enc-allen-r-ed1', '2024-11-18T06:52', '2024-11-18T07:41', 'High-sensitivity troponin I', [
      ['hs-Troponin I', 184, 'ng/L', undefined, 20, 'H'],
    ]),
    ...results(p, 'allen-r-ed-bmp', 'enc-allen-r-ed1', '2024-11-18T06:52', '2024-11-18T07:35', 'Basic metabolic panel', [
      ['Sodium', 138, 'mmol/L', 136, 145],
      ['Potassium', 4.4, 'mmol/L', 3.5, 5.1],
      ['Chloride', 102, 'mmol/L', 98, 107],
      ['CO2', 24, 'mmol/L', 22, 29],
      ['BUN', 24, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.42, 'mg/dL', 0.7, 1.3, 'H'],
      ['eGFR (CKD-EPI 2021)', 52, 'mL/min/1.73m2', 60, undefined, 'L'],
      ['Glucose', 212, 'mg/dL', 70, 99, 'H'],
    ]),
    ...results(p, 'allen-r-ed-cbc', 'enc-allen-r-ed1', '2024-11-18T06:52', '2024-11-18T07:20', 'CBC', [
      ['WBC', 9.6, 'x10^3/uL', 4.0, 11.0],
      ['Hemoglobin', 14.2, 'g/dL', 13.5, 17.5],
      ['Hematocrit', 42.1, '%', 40, 52],
      ['Platelets', 231, 'x10^3/uL', 150, 400],
    ]),
  ];
  void edLabs;
  const ipLabs = [
    ...results(p, 'allen-r-trop2', 'enc-allen-r-ip1', '2024-11-18T10:20', '2024-11-18T11:08', 'High-sensitivity troponin I', [
      ['hs-Troponin I', 1260, 'ng/L', undefined, 20, 'H'],
    ]),
    ...results(p, 'allen-r-trop3', 'enc-allen-r-ip1', '2024-11-18T16:00', '2024-11-18T16:52', 'High-sensitivity troponin I', [
      ['hs-Troponin I', 2410, 'ng/L', undefined, 20, 'H'],
    ]),
    ...results(p, 'allen-r-am1119', 'enc-allen-r-ip1', '2024-11-19T05:00', '2024-11-19T06:40', 'Morning labs', [
      ['hs-Troponin I', 1980, 'ng/L', undefined, 20, 'H'],
      ['Creatinine', 1.38, 'mg/dL', 0.7, 1.3, 'H'],
      ['Potassium', 4.3, 'mmol/L', 3.5, 5.1],
      ['Hemoglobin A1c', 8.1, '%', 4.0, 5.6, 'H'],
      ['Cholesterol, total', 196, 'mg/dL', undefined, 199],
      ['LDL cholesterol (calculated)', 118, 'mg/dL', undefined, 99, 'H'],
      ['HDL cholesterol', 36, 'mg/dL', 40, undefined, 'L'],
      ['Triglycerides', 212, 'mg/dL', undefined, 149, 'H'],
    ]),
    ...results(p, 'allen-r-am1120', 'enc-allen-r-ip1', '2024-11-20T05:00', '2024-11-20T06:25', 'Basic metabolic panel', [
      ['Creatinine', 1.45, 'mg/dL', 0.7, 1.3, 'H'],
      ['eGFR (CKD-EPI 2021)', 50, 'mL/min/1.73m2', 60, undefined, 'L'],
      ['Potassium', 4.5, 'mmol/L', 3.5, 5.1],
      ['Glucose', 164, 'mg/dL', 70, 99, 'H'],
    ]),
    ...results(p, 'allen-r-am1121', 'enc-allen-r-ip1', '2024-11-21T05:00', '2024-11-21T06:30', 'Basic metabolic panel', [
      ['Creatinine', 1.36, 'mg/dL', 0.7, 1.3, 'H'],
      ['eGFR (CKD-EPI 2021)', 54, 'mL/min/1.73m2', 60, undefined, 'L'],
      ['Potassium', 4.4, 'mmol/L', 3.5, 5.1],
    ]),
  ];
  results(p, 'allen-r-op-bmp', 'enc-allen-r-op1', '2024-12-12T09:40', '2024-12-12T10:25', 'Basic metabolic panel', [
    ['Creatinine', 1.38, 'mg/dL', 0.7, 1.3, 'H'],
    ['eGFR (CKD-EPI 2021)', 53, 'mL/min/1.73m2', 60, undefined, 'L'],
    ['Potassium', 4.6, 'mmol/L', 3.5, 5.1],
  ]);

  order(p, {
    id: 'ord-allen-r-01',
    enc: 'enc-allen-r-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Cardiology (Dr. Patel), 4 East step-down with continuous telemetry. Diagnosis NSTEMI. Condition guarded. Code status: full code.',
    at: '2024-11-18T10:15',
    by: 'prv-patel',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-r-02',
    enc: 'enc-allen-r-ip1',
    cat: 'medication',
    text: 'Continue heparin infusion per ACS nomogram (started in ED): 12 units/kg/h, max 1,000 units/h; aPTT every 6 hours, titrate per protocol.',
    at: '2024-11-18T10:15',
    by: 'prv-patel',
    status: 'discontinued',
  });
  order(p, {
    id: 'ord-allen-r-03',
    enc: 'enc-allen-r-ip1',
    cat: 'medication',
    text: 'Aspirin 81 mg PO daily; atorvastatin 80 mg PO nightly; metoprolol tartrate 12.5 mg PO every 12 hours, hold for HR < 55 or SBP < 100.',
    at: '2024-11-18T10:15',
    by: 'prv-patel',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-r-04',
    enc: 'enc-allen-r-ip1',
    cat: 'lab',
    text: 'hs-Troponin I now and at 16:00 today and 05:00 tomorrow; AM BMP, hemoglobin A1c, fasting lipid panel.',
    at: '2024-11-18T10:15',
    by: 'prv-patel',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-r-05',
    enc: 'enc-allen-r-ip1',
    cat: 'diet',
    text: 'Cardiac, consistent-carbohydrate diet; NPO after midnight for cardiac catheterization.',
    at: '2024-11-18T10:15',
    by: 'prv-patel',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-r-06',
    enc: 'enc-allen-r-ip1',
    cat: 'procedure',
    text: 'Left heart catheterization, coronary angiography, possible PCI on 11/19/2024. Hold metformin. IV normal saline 1 mL/kg/h for 6 hours pre-procedure (CKD 3a).',
    at: '2024-11-18T10:20',
    by: 'prv-patel',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-r-07',
    enc: 'enc-allen-r-ip1',
    cat: 'medication',
    text: 'Ticagrelor 180 mg PO loading dose in cath lab, then 90 mg PO twice daily.',
    at: '2024-11-19T09:40',
    by: 'prv-patel',
    status: 'active',
  });
  order(p, {
    id: 'ord-allen-r-08',
    enc: 'enc-allen-r-ip1',
    cat: 'medication',
    text: 'Hold metformin for 48 hours after contrast; recheck creatinine 11/20 AM.',
    at: '2024-11-19T22:10',
    by: 'prv-patel',
    status: 'completed',
    mode: 'telephone',
    auth: '2024-11-20T08:05',
  });
  order(p, {
    id: 'ord-allen-r-09',
    enc: 'enc-allen-r-ip1',
    cat: 'consult',
    text: 'Referral to outpatient cardiac rehabilitation, phase II.',
    at: '2024-11-21T09:00',
    by: 'prv-patel',
    status: 'active',
  });

  procedure(p, {
    id: 'proc-allen-r-lhc',
    encounterId: 'enc-allen-r-ip1',
    description: 'Left heart catheterization with selective coronary angiography, right radial approach',
    performedAt: '2024-11-19T09:20',
    performerId: 'prv-patel',
  });
  procedure(p, {
    id: 'proc-allen-r-pci',
    encounterId: 'enc-allen-r-ip1',
    description: 'PCI of proximal LAD with one everolimus-eluting stent 3.0 x 18 mm',
    performedAt: '2024-11-19T09:48',
    performerId: 'prv-patel',
  });
  procedure(p, {
    id: 'proc-allen-r-tte',
    encounterId: 'enc-allen-r-ip1',
    description: 'Transthoracic echocardiogram',
    performedAt: '2024-11-19T14:00',
    performerId: 'prv-patel',
  });
  immunization(p, {
    id: 'imm-allen-r-flu',
    vaccine: 'Influenza vaccine, inactivated, trivalent, 2024-2025 formula',
    administeredAt: '2024-11-21T09:30',
    lotNumber: 'UJ482AB',
    site: 'Left deltoid',
    route: 'IM',
    encounterId: 'enc-allen-r-ip1',
  });

  doc(p, {
    id: 'doc-allen-r-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-allen-r-ed1',
    by: 'prv-whitaker',
    at: '2024-11-18T06:45',
    written: '2024-11-18T09:55',
    sign: '2024-11-18T10:20',
    body: `
CHIEF COMPLAINT: Chest pressure.

HISTORY OF PRESENT ILLNESS:
67-year-old man with type 2 diabetes, stage 3a chronic kidney disease, hypertension and hyperlipidemia who woke at about 04:30 with substernal pressure "like somebody sitting on my chest," radiating to the left arm, with sweating and nausea. No relief with rest. He takes aspirin 81 mg daily; last dose yesterday morning. No prior myocardial infarction, catheterization or stress test. Former smoker, quit 2009. Wife drove him in. Pain 7/10 on arrival.

REVIEW OF SYSTEMS: Positive for diaphoresis and nausea. Negative for syncope, palpitations, fever, cough, leg swelling, melena. All other systems reviewed and negative.

PAST MEDICAL HISTORY: Type 2 diabetes, CKD 3a, hypertension, hyperlipidemia.
MEDICATIONS: Metformin 1000 mg BID, lisinopril 20 mg daily, atorvastatin 20 mg nightly, aspirin 81 mg daily.
ALLERGIES: Penicillin (hives).

PHYSICAL EXAM:
BP 158/92, HR 88, RR 18, SpO2 96% on room air, T 36.8 C.
Diaphoretic, uncomfortable. Lungs clear. Heart regular, no murmur or rub. No JVD. Abdomen soft. No edema. Radial pulses 2+ and equal.

ED COURSE:
06:48 ECG: sinus rhythm 88, 1 mm horizontal ST depression V4-V6, I and aVL, no ST elevation. Not a STEMI; no activation.
06:55 Aspirin 324 mg chewed. Nitroglycerin 0.4 mg SL x2, pain down to 2/10.
07:41 hs-troponin I 184 ng/L (ref <= 20). Creatinine 1.42, eGFR 52, glucose 212, potassium 4.4. CBC unremarkable (Hgb 14.2).
07:50 Heparin 4,000 unit IV bolus and infusion per ACS nomogram.
08:40 Discussed with Dr. Patel (cardiology), who saw the patient at the bedside and accepts for admission.

MEDICAL DECISION MAKING:
Typical anginal symptoms with dynamic lateral ST depression and elevated troponin: non-ST elevation MI. HEART score 7. Chest X-ray not required before admission; no signs of heart failure. Aortic dissection considered and felt unlikely (pulses equal, pain pressure-like, no tearing quality).

DIAGNOSIS: Non-ST elevation myocardial infarction.
DISPOSITION: Admitted to Cardiology, 4 East step-down, telemetry. Condition guarded. Critical care time 35 minutes excluding separately billable procedures.
`,
  });

  doc(p, {
    id: 'doc-allen-r-ecg',
    type: 'cardiology-report',
    title: '12-Lead Electrocardiogram',
    enc: 'enc-allen-r-ed1',
    by: 'prv-patel',
    at: '2024-11-18T06:48',
    written: '2024-11-18T11:05',
    sign: '2024-11-18T11:05',
    body: `
INDICATION: Chest pain.
RHYTHM: Sinus rhythm, rate 88 bpm.
INTERVALS: PR 164 ms, QRS 92 ms, QT/QTc 362/438 ms.
AXIS: -5 degrees.

INTERPRETATION:
1. Normal sinus rhythm.
2. Horizontal ST-segment depression of 1 mm in leads V4, V5, V6, I and aVL, consistent with subendocardial ischemia.
3. No ST elevation. No Q waves. No left ventricular hypertrophy by voltage.
COMPARISON: Outside tracing of 03/2022 (scanned, PCP office) showed no ST changes. The ST depressions are new.

Abnormal ECG.
`,
  });

  doc(p, {
    id: 'doc-allen-r-hp',
    type: 'history-and-physical',
    title: 'Cardiology Admission History and Physical',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-18T11:30',
    sign: '2024-11-18T12:40',
    body: `
CHIEF COMPLAINT: Chest pressure since 04:30 this morning.

HISTORY OF PRESENT ILLNESS:
Mr. Allen is a 67-year-old man with type 2 diabetes complicated by diabetic chronic kidney disease (stage 3a, baseline creatinine about 1.35), hypertension and hyperlipidemia who presented to the ED with 2 hours of substernal pressure radiating to the left arm with diaphoresis. ECG shows 1 mm lateral ST depression; hs-troponin rose from 184 to 1,260 ng/L at 10:20. He received aspirin 324 mg and sublingual nitroglycerin and is on heparin. Currently pain-free. Over the past month he noticed chest tightness climbing the stairs to his basement workshop, which eased with rest; he did not mention it to anyone.

PAST MEDICAL HISTORY: Type 2 diabetes since 2013 (A1c pending). CKD stage 3a attributed to diabetes and hypertension. Hypertension. Hyperlipidemia. Obesity.
PAST SURGICAL HISTORY: Right inguinal hernia repair 1998. Colonoscopy 2020, benign polyp.
MEDICATIONS: Metformin 1000 mg BID, lisinopril 20 mg daily, atorvastatin 20 mg nightly, aspirin 81 mg daily.
ALLERGIES: Penicillin - hives.
SOCIAL HISTORY: Retired postal carrier. Married, lives with wife. Former smoker, 30 pack-years, quit 2009. Two beers a week. No drug use.
FAMILY HISTORY: Father died of MI at 62. Brother with CABG at 58.

REVIEW OF SYSTEMS: As in HPI. No orthopnea, PND, edema, claudication, TIA symptoms or bleeding history. Otherwise negative in 12 systems.

PHYSICAL EXAMINATION:
BP 138/84, HR 76, RR 16, SpO2 97% RA, T 36.7 C. Height 178 cm, weight 99.5 kg, BMI 31.4.
General: comfortable, pain-free. Neck: no JVD, no carotid bruits. Lungs: clear. Heart: regular, S1 S2, no S3, no murmur. Abdomen: obese, soft. Extremities: no edema; radial and femoral pulses 2+ bilaterally; Allen test normal on the right. Neuro: nonfocal.

DATA: ECG as above. hs-TnI 184 -> 1,260 ng/L. Creatinine 1.42 (eGFR 52). Glucose 212. Hgb 14.2.

ASSESSMENT AND PLAN:
1. Non-ST elevation myocardial infarction, type 1, with one month of preceding exertional angina. TIMI risk score 4. Plan early invasive strategy: left heart catheterization with possible PCI tomorrow morning. Continue heparin, aspirin 81 mg; increase atorvastatin to 80 mg; start metoprolol tartrate 12.5 mg q12h. Defer P2Y12 loading until coronary anatomy known. Echo.
2. CKD stage 3a / contrast risk: pre-procedure hydration, hold metformin, minimize contrast, repeat creatinine after catheterization.
3. Type 2 diabetes with diabetic CKD: hold metformin; correction insulin; check A1c.
4. Hypertension: continue lisinopril 20 mg.
5. Hyperlipidemia: high-intensity statin as above; lipid panel.
6. Obesity, class 1, BMI 31.4: dietary counseling through cardiac rehab.
7. Former smoker.
DVT prophylaxis: on heparin. Code status: full code, confirmed with patient.
`,
  });

  doc(p, {
    id: 'doc-allen-r-orders',
    type: 'physician-orders',
    title: 'Admission Orders - Cardiology',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-18T10:15',
    written: '2024-11-18T10:20',
    sign: '2024-11-18T10:32',
    body: `
ADMISSION ORDER SET: ACUTE CORONARY SYNDROME (NSTEMI)
Allergies reviewed: Penicillin (hives).

${orderSheet(p, ['ord-allen-r-01', 'ord-allen-r-02', 'ord-allen-r-03', 'ord-allen-r-04', 'ord-allen-r-05', 'ord-allen-r-06'])}

Nursing: vital signs every 4 hours; continuous telemetry; notify MD for chest pain, SBP < 90 or > 180, HR < 50 or > 120, new arrhythmia.
Activity: bed rest with bathroom privileges until catheterization.
`,
  });

  doc(p, {
    id: 'doc-allen-r-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - Cumulative (Inpatient)',
    enc: 'enc-allen-r-ip1',
    by: 'prv-ostrowski',
    at: '2024-11-18T10:20',
    written: '2024-11-21T06:30',
    sign: '2024-11-21T06:30',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory (CLIA 36D0000000). Laboratory director: Paul Ostrowski, MD.
${labTable(p, ipLabs)}

Comment: Troponin peak 2,410 ng/L at 16:00 on 11/18. Creatinine rose 1.38 -> 1.45 after contrast (11/20), 1.36 on 11/21.
`,
  });

  doc(p, {
    id: 'doc-allen-r-consent',
    type: 'consent-form',
    title: 'Consent for Cardiac Catheterization and Possible Percutaneous Coronary Intervention',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-19T07:50',
    sign: '2024-11-19T07:50',
    method: 'handwritten',
    body: `
I, Robert J. Allen, authorize Dr. Nikhil Patel and assistants of his choosing to perform:
LEFT HEART CATHETERIZATION, CORONARY ANGIOGRAPHY AND, IF INDICATED, PERCUTANEOUS CORONARY INTERVENTION (BALLOON ANGIOPLASTY AND STENT PLACEMENT), with moderate sedation.

The nature and purpose of the procedure, the expected benefits, and the alternatives (medical therapy alone, coronary bypass surgery) have been explained to me. I understand the risks, including but not limited to bleeding or hematoma at the wrist or groin, damage to the artery, allergic reaction to contrast dye, kidney injury from contrast (increased in my case because of my kidney disease), irregular heart rhythm, emergency bypass surgery, heart attack, stroke and death (less than 1 in 1,000).

I understand a stent will require me to take blood-thinning medicines, usually for 12 months, and that stopping them early can cause the stent to clot.

I consent to the administration of blood products if needed: YES.
I had the opportunity to ask questions and all were answered.

Patient signature: Robert J. Allen (signed)      Date/time: 11/19/2024 07:50
Witness: Maria Santos, RN (signed)              Date/time: 11/19/2024 07:50
Physician obtaining consent: Nikhil R. Patel, MD (signed)   11/19/2024 07:50
Interpreter used: No (English)
`,
  });

  doc(p, {
    id: 'doc-allen-r-cath',
    type: 'procedure-note',
    title: 'Cardiac Catheterization and PCI Report',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-19T09:20',
    written: '2024-11-19T10:40',
    sign: '2024-11-19T10:45',
    body: `
PROCEDURES PERFORMED:
1. Left heart catheterization with measurement of left ventricular end-diastolic pressure.
2. Selective coronary angiography, left and right coronary systems.
3. Percutaneous coronary intervention of the proximal left anterior descending artery with placement of one drug-eluting stent.

INDICATION: NSTEMI, TIMI risk score 4.
OPERATOR: Nikhil R. Patel, MD.
ACCESS: Right radial artery, 6 Fr slender sheath, ultrasound guided. Radial cocktail (verapamil 2.5 mg, nitroglycerin 200 mcg) given.
SEDATION: Moderate sedation by cath lab RN under my direct supervision: midazolam 2 mg IV, fentanyl 50 mcg IV. Intraservice time 41 minutes. Local 2% lidocaine.
CONTRAST: Iohexol 350 (low-osmolar), 110 mL total. Fluoroscopy time 9.4 minutes.

HEMODYNAMICS: Aortic pressure 128/72 mmHg. LVEDP 18 mmHg. No gradient on pullback. Ventriculography deferred to limit contrast (echo today).

CORONARY ANGIOGRAPHY (right dominant):
Left main: normal.
LAD: 90% eccentric stenosis in the proximal segment just after the first septal perforator, with haziness suggesting ruptured plaque; TIMI 2 flow. Small first diagonal with mild irregularities.
Left circumflex: 30% stenosis in the mid vessel. OM1 normal.
RCA: dominant, 40% stenosis in the mid segment. PDA and PLV normal.

INTERVENTION (culprit: proximal LAD):
Heparin already infusing; supplemental bolus to ACT 268 s. Ticagrelor 180 mg PO given on the table. EBU 3.5 guide, BMW wire to the distal LAD. Predilated with 2.5 x 15 mm compliant balloon. Deployed a 3.0 x 18 mm everolimus-eluting stent at 14 atm; postdilated with a 3.25 x 15 mm non-compliant balloon at 18 atm. Final result: 0% residual stenosis, TIMI 3 flow, no dissection, no distal embolization. Sheath removed in the lab, TR band applied at 10:05.

ESTIMATED BLOOD LOSS: Less than 10 mL.
COMPLICATIONS: None.
SPECIMENS: None.

CONCLUSIONS:
1. Single-vessel culprit disease: 90% proximal LAD, treated with one drug-eluting stent to 0% residual.
2. Moderate non-obstructive disease of mid LCx (30%) and mid RCA (40%): medical therapy.
3. Mildly elevated LVEDP (18 mmHg).
RECOMMENDATIONS: Aspirin 81 mg indefinitely plus ticagrelor 90 mg twice daily for 12 months. High-intensity statin. Stop heparin. Hold metformin 48 h; recheck creatinine. Radial precautions.
`,
  });

  doc(p, {
    id: 'doc-allen-r-echo',
    type: 'cardiology-report',
    title: 'Transthoracic Echocardiogram',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-19T14:00',
    written: '2024-11-19T16:20',
    sign: '2024-11-19T16:30',
    body: `
INDICATION: NSTEMI, assess left ventricular function.
STUDY QUALITY: Adequate. Definity contrast not used.

MEASUREMENTS: LVIDd 5.2 cm, IVSd 1.2 cm, PWd 1.1 cm. LA volume index 30 mL/m2. LVEF (biplane Simpson) 45%.

FINDINGS:
Left ventricle: normal size, mild concentric hypertrophy. Hypokinesis of the mid and apical anterior wall, anterior septum and apex. Remaining segments normal. Estimated ejection fraction 45%. Grade I diastolic dysfunction.
Right ventricle: normal size and function (TAPSE 2.2 cm).
Valves: trace mitral regurgitation; aortic valve trileaflet without stenosis; trace tricuspid regurgitation.
Pericardium: no effusion. No left ventricular thrombus seen.
Estimated RVSP 28 mmHg. IVC normal with normal collapse.

IMPRESSION:
1. Mildly reduced LV systolic function, EF 45%, with anterior, anteroseptal and apical hypokinesis in the LAD territory.
2. Mild concentric LVH; grade I diastolic dysfunction.
3. No thrombus, no significant valve disease.
`,
  });

  doc(p, {
    id: 'doc-allen-r-pn-1120',
    type: 'progress-note',
    title: 'Cardiology Progress Note - Hospital Day 3',
    enc: 'enc-allen-r-ip1',
    by: 'prv-reyes',
    at: '2024-11-20T07:40',
    written: '2024-11-20T08:25',
    sign: '2024-11-20T08:30',
    cosigner: 'prv-patel',
    body: `
SUBJECTIVE: No chest pain since catheterization. Walked the hall twice with nursing without symptoms. Right wrist slightly sore. Slept well.

OBJECTIVE:
T 36.6 C, BP 124/76, HR 64, RR 16, SpO2 97% RA. Telemetry: sinus rhythm, no ectopy overnight.
Right radial site: soft, no hematoma, radial pulse 2+, hand warm.
Lungs clear. Heart regular, no murmur. No edema.
Labs: creatinine 1.45 (from 1.38 pre-contrast), potassium 4.5, glucose 164.

ASSESSMENT AND PLAN:
67-year-old man, hospital day 3, NSTEMI status post drug-eluting stent to the proximal LAD yesterday.
1. NSTEMI / CAD s/p DES to proximal LAD: aspirin 81 mg, ticagrelor 90 mg BID, atorvastatin 80 mg. Transition metoprolol tartrate to metoprolol succinate 25 mg daily tomorrow. EF 45% with LAD-territory hypokinesis on echo - continue lisinopril.
2. CKD 3a: small creatinine bump after 110 mL contrast, does not meet criteria for contrast-associated AKI. Metformin held per telephone order; repeat BMP in AM.
3. Type 2 diabetes: A1c 8.1%. Correction insulin. Diabetes education consulted.
4. Disposition: anticipate discharge home tomorrow if creatinine stable. Cardiac rehab referral.

Discussed with Dr. Patel.
Daniel Reyes, MD, PGY-2 Internal Medicine
`,
  });

  doc(p, {
    id: 'doc-allen-r-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-allen-r-ip1',
    by: 'prv-patel',
    at: '2024-11-21T11:30',
    written: '2024-11-21T14:00',
    sign: '2024-11-21T15:10',
    body: `
ADMISSION DATE: 11/18/2024      DISCHARGE DATE: 11/21/2024
ATTENDING: Nikhil R. Patel, MD (Cardiology)

PRINCIPAL DIAGNOSIS: Non-ST elevation myocardial infarction (type 1).
SECONDARY DIAGNOSES:
- Coronary artery disease of native coronary arteries: 90% proximal LAD (culprit), 30% mid LCx, 40% mid RCA.
- Ischemic cardiomyopathy is not diagnosed; LVEF 45% with LAD-territory hypokinesis, expected to improve.
- Type 2 diabetes mellitus with diabetic chronic kidney disease, A1c 8.1%.
- Chronic kidney disease stage 3a.
- Hypertension.
- Hyperlipidemia (LDL 118).
- Obesity, class 1, BMI 31.4.
- Former smoker.

PROCEDURES:
11/19/2024 Left heart catheterization, selective coronary angiography (low-osmolar contrast), PCI of proximal LAD with one 3.0 x 18 mm everolimus-eluting stent, right radial approach (Dr. Patel).
11/19/2024 Transthoracic echocardiogram: EF 45%.

HOSPITAL COURSE:
Presented with 2 hours of typical chest pressure, lateral ST depression and hs-troponin I rising from 184 to a peak of 2,410 ng/L. Treated with aspirin, heparin and high-intensity statin, and taken for early invasive evaluation on hospital day 2, which showed a culprit 90% proximal LAD lesion treated with one drug-eluting stent with an excellent result. Loaded with ticagrelor. Creatinine rose from 1.38 to 1.45 after contrast and returned to 1.36 on the day of discharge; metformin was held for 48 hours and may resume 11/22. Echo showed EF 45%. He remained free of chest pain and arrhythmia, ambulated without symptoms and was discharged home in stable condition. Influenza vaccine given 11/21.

DISCHARGE MEDICATIONS:
- Aspirin 81 mg PO daily (continue)
- Ticagrelor 90 mg PO twice daily - NEW, for 12 months; do not stop without talking to cardiology
- Atorvastatin 80 mg PO nightly - DOSE INCREASED (was 20 mg)
- Metoprolol succinate ER 25 mg PO daily - NEW
- Lisinopril 20 mg PO daily (continue)
- Metformin 1000 mg PO twice daily - RESUME on 11/22/2024
- Nitroglycerin 0.4 mg SL every 5 minutes as needed for chest pain, up to 3 doses; call 911 if pain persists - NEW

ALLERGIES: Penicillin (hives).
DIET: Heart-healthy, consistent carbohydrate.
ACTIVITY: No lifting more than 5 lb with the right arm for 48 hours. No driving for 1 week.
FOLLOW-UP: Anna Kowalski, APRN, Riverside Heart Center, 12/12/2024 at 10:00 with BMP that morning. Cardiac rehabilitation phase II referral sent. Primary care within 2 weeks for diabetes management.
CONDITION AT DISCHARGE: Stable. Disposition: home with wife.
`,
  });

  doc(p, {
    id: 'doc-allen-r-clinic-1212',
    type: 'progress-note',
    title: 'Cardiology Clinic Follow-up',
    enc: 'enc-allen-r-op1',
    by: 'prv-kowalski',
    at: '2024-12-12T10:00',
    written: '2024-12-12T10:45',
    sign: '2024-12-12T11:20',
    body: `
REASON FOR VISIT: Hospital follow-up, 3 weeks after NSTEMI and drug-eluting stent to the proximal LAD (11/19/2024).

HISTORY:
Mr. Allen ("Bob") reports no chest pain or pressure since discharge and has not used nitroglycerin. He walks 20 minutes daily around his neighborhood without symptoms. Mild bruising at the right wrist has resolved. No bleeding, black stools or shortness of breath; occasional brief dyspnea in the first week that he attributes to ticagrelor, now gone. Resumed metformin on 11/22 as instructed. Taking all medicines; uses a pill box. Cardiac rehab intake scheduled 12/16.

MEDICATIONS: Aspirin 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg nightly, metoprolol succinate 25 mg daily, lisinopril 20 mg daily, metformin 1000 mg BID, nitroglycerin SL PRN (not used).
ALLERGIES: Penicillin (hives).

EXAM: BP 128/76, HR 62, weight 98.1 kg. Right radial pulse 2+, no hematoma or bruit. Lungs clear. Regular rhythm, no murmur. No edema.

DATA: BMP today: creatinine 1.38 (eGFR 53), potassium 4.6 - at his baseline.

ASSESSMENT AND PLAN:
1. Recent NSTEMI (11/18/2024, within the last 4 weeks), status post DES to proximal LAD: doing well, no angina. Continue DAPT - aspirin indefinitely, ticagrelor through 11/2025. Continue cardiac rehab.
2. CAD, native vessels, with residual moderate LCx and RCA disease: medical therapy.
3. Hyperlipidemia: atorvastatin 80 mg; fasting lipid panel in 6-8 weeks (order given; he prefers the lab near his home). LDL goal < 55.
4. Hypertension with CKD stage 3a and type 2 diabetes with diabetic CKD: BP at goal. Kidney function stable. PCP managing A1c 8.1% - discussed an SGLT2 inhibitor with PCP by message for renal and cardiac benefit.
5. LVEF 45%: repeat echo in 3 months.

Return visit with Dr. Patel in 3 months with echo.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Robert Lee Allen Jr. (goes by "Lee") - COPD exacerbation on home oxygen; pulmonary clinic.
//    Look-alike of patient 1: same name, birth date 1957-04-13 (vs 1957-03-14), other town.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-allen-robert-jr',
    mrn: '0051876',
    name: { family: 'Allen', given: ['Robert', 'Lee'], suffix: 'Jr.' },
    aliases: [{ kind: 'preferred', given: 'Lee' }],
    birthDate: '1957-04-13',
    sex: 'male',
    address: { line: ['88 Quarry Road'], city: 'Millbrook', state: 'OH', postalCode: '45503', country: 'US' },
    phone: '(937) 555-0187',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '0938' },
      { type: 'medicare', value: '8KP4-WE2-HT67', issuer: 'CMS' },
    ],
    alerts: [
      { kind: 'clinical', text: 'Home oxygen 2 L/min by nasal cannula' },
      { kind: 'administrative', text: 'Name alert: another patient ROBERT ALLEN (DOB 03/14/1957) - verify DOB and address' },
    ],
  });
  encounter(p, {
    id: 'enc-allen-rl-ip1',
    accountNumber: 'RG25000391',
    class: 'inpatient',
    admittedAt: '2025-01-09T14:30',
    dischargedAt: '2025-01-13T11:00',
    attendingId: 'prv-lindqvist',
    service: 'Hospital Medicine',
    location: '5 West, Rm 518',
    reasonForVisit: 'Worsening dyspnea and hypoxemia on home oxygen',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-allen-rl-op1',
    accountNumber: 'RG25001102',
    class: 'outpatient',
    admittedAt: '2025-02-04T13:30',
    dischargedAt: '2025-02-04T14:15',
    attendingId: 'prv-huang',
    service: 'Pulmonary Clinic',
    location: 'Riverside Lung Center',
    reasonForVisit: 'Post-hospital COPD follow-up',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  problem(p, {
    id: 'prob-allen-rl-copd',
    description: 'COPD, severe (GOLD 3), on home oxygen',
    status: 'active',
    onset: '2016-01-01',
    recordedAt: '2025-01-09T16:10',
  });
  problem(p, {
    id: 'prob-allen-rl-crf',
    description: 'Chronic hypoxic respiratory failure, home O2 2 L/min',
    status: 'active',
    onset: '2022-06-01',
    recordedAt: '2025-01-09T16:10',
  });
  problem(p, {
    id: 'prob-allen-rl-tob',
    description: 'Tobacco use disorder, cigarettes (about 10 cigarettes/day)',
    status: 'active',
    recordedAt: '2025-01-09T16:10',
  });
  problem(p, {
    id: 'prob-allen-rl-htn',
    description: 'Hypertension',
    status: 'active',
    onset: '2012-01-01',
    recordedAt: '2025-01-09T16:10',
  });
  problem(p, {
    id: 'prob-allen-rl-aecopd',
    description: 'COPD exacerbation (01/2025)',
    status: 'resolved',
    onset: '2025-01-06',
    recordedAt: '2025-01-09T16:10',
    encounterId: 'enc-allen-rl-ip1',
  });

  med(p, {
    id: 'med-allen-rl-stiolto',
    name: 'Tiotropium/olodaterol inhaler',
    dose: '2 inhalations (2.5/2.5 mcg each)',
    route: 'inhaled',
    frequency: 'daily',
    status: 'discontinued',
    start: '2021-03-01T08:00',
    end: '2025-01-13T11:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-trelegy',
    name: 'Fluticasone furoate/umeclidinium/vilanterol inhaler',
    dose: '100/62.5/25 mcg, 1 inhalation',
    route: 'inhaled',
    frequency: 'daily',
    status: 'active',
    start: '2025-01-13T11:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-enox',
    name: 'Enoxaparin',
    dose: '40 mg',
    route: 'SC',
    frequency: 'daily',
    status: 'completed',
    start: '2025-01-09T21:00',
    end: '2025-01-12T21:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-allen-rl-nicotine',
    name: 'Nicotine transdermal patch',
    dose: '14 mg/24 h',
    route: 'transdermal',
    frequency: 'daily',
    status: 'active',
    start: '2025-01-09T16:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-albuterol',
    name: 'Albuterol HFA',
    dose: '2 puffs (90 mcg each)',
    route: 'inhaled',
    frequency: 'every 4-6 hours as needed',
    status: 'active',
    start: '2016-01-01T08:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-amlodipine',
    name: 'Amlodipine',
    dose: '5 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    start: '2012-05-01T08:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-o2',
    name: 'Oxygen',
    dose: '2 L/min',
    route: 'nasal cannula',
    frequency: 'continuous with exertion and sleep',
    status: 'active',
    start: '2022-06-01T08:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-mp',
    name: 'Methylprednisolone',
    dose: '40 mg',
    route: 'IV',
    frequency: 'every 12 hours',
    status: 'completed',
    start: '2025-01-09T16:00',
    end: '2025-01-10T16:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-allen-rl-pred',
    name: 'Prednisone',
    dose: '40 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'completed',
    start: '2025-01-11T09:00',
    end: '2025-01-13T09:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-allen-rl-doxy',
    name: 'Doxycycline',
    dose: '100 mg',
    route: 'PO',
    frequency: 'twice daily x 5 days',
    status: 'completed',
    start: '2025-01-09T18:00',
    end: '2025-01-14T09:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-allen-rl-duoneb',
    name: 'Ipratropium-albuterol nebulizer',
    dose: '0.5 mg/3 mg',
    route: 'nebulized',
    frequency: 'every 4 hours',
    status: 'completed',
    start: '2025-01-09T15:30',
    end: '2025-01-13T10:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-allen-rl-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-allen-rl-varen',
    name: 'Varenicline (starting pack)',
    dose: '0.5 mg daily x3 days, 0.5 mg BID x4 days, then 1 mg BID',
    route: 'PO',
    frequency: 'as directed',
    status: 'active',
    start: '2025-02-04T14:15',
    prescriberId: 'prv-huang',
    encounterId: 'enc-allen-rl-op1',
    setting: 'outpatient',
  });
  immunization(p, {
    id: 'imm-allen-rl-flu',
    vaccine: 'Influenza vaccine, inactivated, trivalent, 2024-2025 formula (given at pharmacy, patient report)',
    administeredAt: '2024-10-15T11:00',
    route: 'IM',
  });

  const labs = [
    ...results(
      p,
      'allen-rl-abg',
      'enc-allen-rl-ip1',
      '2025-01-09T15:05',
      '2025-01-09T15:20',
      'Arterial blood gas (on 4 L/min nasal cannula)',
      [
        ['pH', 7.38, '', 7.35, 7.45],
        ['pCO2', 47, 'mmHg', 35, 45, 'H'],
        ['pO2', 58, 'mmHg', 80, 100, 'L'],
        ['HCO3', 27.8, 'mmol/L', 22, 26, 'H'],
        ['O2 saturation (measured)', 90, '%', 95, 100, 'L'],
      ],
    ),
    ...results(p, 'allen-rl-cbc', 'enc-allen-rl-ip1', '2025-01-09T15:00', '2025-01-09T15:40', 'CBC with differential', [
      ['WBC', 11.8, 'x10^3/uL', 4.0, 11.0, 'H'],
      ['Hemoglobin', 15.9, 'g/dL', 13.5, 17.5],
      ['Platelets', 288, 'x10^3/uL', 150, 400],
      ['Eosinophils (absolute)', 0.31, 'x10^3/uL', 0.0, 0.5],
    ]),
    ...results(p, 'allen-rl-chem', 'enc-allen-rl-ip1', '2025-01-09T15:00', '2025-01-09T16:05', 'Chemistry', [
      ['Sodium', 139, 'mmol/L', 136, 145],
      ['Potassium', 4.1, 'mmol/L', 3.5, 5.1],
      ['CO2', 29, 'mmol/L', 22, 29],
      ['Creatinine', 0.92, 'mg/dL', 0.7, 1.3],
      ['Glucose', 131, 'mg/dL', 70, 99, 'H'],
      ['BNP', 62, 'pg/mL', undefined, 100],
      ['Procalcitonin', 0.08, 'ng/mL', undefined, 0.25],
    ]),
    ...results(p, 'allen-rl-resp', 'enc-allen-rl-ip1', '2025-01-09T15:10', '2025-01-09T17:30', 'Respiratory pathogen PCR', [
      ['SARS-CoV-2 / influenza A/B / RSV PCR', 'Not detected', undefined, undefined, undefined, undefined, 'Not detected'],
    ]),
  ];

  order(p, {
    id: 'ord-allen-rl-01',
    enc: 'enc-allen-rl-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Lindqvist), 5 West. COPD exacerbation with hypoxemia. Full code.',
    at: '2025-01-09T14:30',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-rl-02',
    enc: 'enc-allen-rl-ip1',
    cat: 'nursing',
    text: 'Oxygen by nasal cannula, titrate to SpO2 88-92%; notify MD if requirement exceeds 6 L/min.',
    at: '2025-01-09T14:30',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-rl-03',
    enc: 'enc-allen-rl-ip1',
    cat: 'medication',
    text: 'Ipratropium-albuterol 0.5/3 mg nebulized every 4 hours and every 2 hours as needed; methylprednisolone 40 mg IV every 12 hours; doxycycline 100 mg PO twice daily x 5 days.',
    at: '2025-01-09T14:40',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-rl-04',
    enc: 'enc-allen-rl-ip1',
    cat: 'imaging',
    text: 'Chest X-ray PA and lateral - dyspnea, evaluate for pneumonia.',
    at: '2025-01-09T14:40',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-rl-05',
    enc: 'enc-allen-rl-ip1',
    cat: 'consult',
    text: 'Pulmonology consult (Dr. Huang): severe COPD on home O2, increased O2 requirement.',
    at: '2025-01-09T14:45',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-allen-rl-06',
    enc: 'enc-allen-rl-ip1',
    cat: 'medication',
    text: 'Nicotine patch 14 mg/24 h daily; tobacco cessation counseling.',
    at: '2025-01-09T14:45',
    by: 'prv-lindqvist',
    status: 'completed',
  });

  doc(p, {
    id: 'doc-allen-rl-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-lindqvist',
    at: '2025-01-09T15:30',
    written: '2025-01-09T16:10',
    sign: '2025-01-09T16:40',
    body: `
CHIEF COMPLAINT: "I can't get my breath, even on my oxygen."

HISTORY OF PRESENT ILLNESS:
Robert Lee Allen Jr. (goes by Lee) is a 67-year-old man with severe COPD (FEV1 38% predicted, 10/2024) on home oxygen 2 L/min with exertion and sleep, who reports 3 days of increased dyspnea, cough productive of thick yellow-green sputum and wheeze after his granddaughter had a cold. He used his albuterol inhaler 8-10 times a day. This morning his home pulse oximeter read 84% on 2 L. He called Dr. Huang's office and was sent in for direct admission. Denies fever, chest pain, leg swelling or hemoptysis. Last exacerbation requiring prednisone was 03/2024. No prior intubation.

PAST MEDICAL HISTORY: COPD, severe, on home oxygen since 06/2022 (chronic hypoxic respiratory failure). Hypertension.
MEDICATIONS: Tiotropium/olodaterol 2 inhalations daily, albuterol HFA PRN, amlodipine 5 mg daily, oxygen 2 L/min.
ALLERGIES: No known drug allergies.
SOCIAL HISTORY: Retired quarry equipment operator. Lives with wife in Millbrook. Still smokes about half a pack per day, 50 pack-years. No alcohol.
FAMILY HISTORY: Mother with emphysema.

REVIEW OF SYSTEMS: Positive as in HPI. No orthopnea, weight change, fever or chills. Otherwise negative.

PHYSICAL EXAMINATION:
T 37.4 C, BP 148/86, HR 104, RR 26, SpO2 84% on 2 L -> 90% on 4 L/min.
Speaking in short sentences, using accessory muscles. Barrel chest. Diffuse expiratory wheezes with prolonged expiration, diminished at both bases; coarse rhonchi at the right base. Heart tachycardic, regular, distant sounds. No JVD, no edema. Alert, oriented, no asterixis.

DATA: ABG on 4 L: pH 7.38, pCO2 47, pO2 58. WBC 11.8. BNP 62. Procalcitonin 0.08. Respiratory viral PCR negative. CXR pending at time of this note.

ASSESSMENT AND PLAN:
1. Acute exacerbation of COPD with increased oxygen requirement (now 4 L/min from baseline 2 L/min). Purulent sputum: doxycycline x 5 days. Nebulized ipratropium-albuterol q4h, methylprednisolone 40 mg IV q12h, then prednisone to complete 5 days. Titrate O2 to 88-92%. Pulmonology consult.
2. Possible right lower lobe pneumonia given rhonchi at right base - follow up chest X-ray.
3. Chronic hypoxic respiratory failure on home O2: as above.
4. Tobacco use: nicotine patch 14 mg; cessation counseling.
5. Hypertension: continue amlodipine.
DVT prophylaxis: enoxaparin 40 mg SC daily. Code status: full code.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-cxr',
    type: 'radiology-report',
    title: 'Chest X-ray, PA and Lateral',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-farouk',
    at: '2025-01-09T16:20',
    written: '2025-01-09T17:02',
    sign: '2025-01-09T17:05',
    body: `
EXAM: XR CHEST 2 VIEWS
CLINICAL INDICATION: Dyspnea, COPD exacerbation, evaluate for pneumonia.
COMPARISON: Outside chest radiograph 03/2024 (Millbrook Family Practice, on PACS).

FINDINGS:
Lungs are hyperinflated with flattened hemidiaphragms and increased retrosternal airspace. Bullous change in both upper lobes, unchanged. No focal consolidation. Mild bronchial wall thickening at the bases. No pleural effusion or pneumothorax. Heart size normal. Mediastinal contours unremarkable. Degenerative change of the thoracic spine.

IMPRESSION:
1. Severe emphysema with hyperinflation, unchanged from 03/2024.
2. No pneumonia, effusion or pneumothorax.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - Admission',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-ostrowski',
    at: '2025-01-09T15:00',
    written: '2025-01-09T17:30',
    sign: '2025-01-09T17:30',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, labs)}

ABG drawn by respiratory therapy from the left radial artery on 4 L/min nasal cannula; modified Allen test normal.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-pulm',
    type: 'consultation',
    title: 'Pulmonary Consultation',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-huang',
    at: '2025-01-10T09:15',
    written: '2025-01-10T10:05',
    sign: '2025-01-10T10:20',
    body: `
REQUESTING PHYSICIAN: Erik Lindqvist, MD.
REASON FOR CONSULTATION: Severe COPD with exacerbation and increased oxygen requirement.

HISTORY: Known to me from the Riverside Lung Center. GOLD 3 COPD, group E, with FEV1 0.98 L (38% predicted) and DLCO 41% on outside PFTs from 10/2024. On tiotropium/olodaterol. Home oxygen 2 L/min since 06/2022 for exertional and nocturnal desaturation. Continues to smoke half a pack a day. Admitted yesterday after 3 days of increased dyspnea, sputum purulence and volume, with SpO2 84% on his usual 2 L.

Overnight he required 4 L/min to keep SpO2 89-91%. Breathing easier this morning after nebulizers and steroids. Sputum still yellow.

EXAM: RR 22, SpO2 90% on 3 L. Speaks in full sentences. Scattered expiratory wheezes, improved air movement compared with the admission description. No accessory muscle use now. No edema.

DATA: ABG pH 7.38 / pCO2 47 / pO2 58 on 4 L - mild chronic CO2 retention with metabolic compensation, no acute respiratory acidosis. CXR: hyperinflation and bullous emphysema, no consolidation. Procalcitonin 0.08. Viral PCR negative.

IMPRESSION:
1. Acute exacerbation of COPD (moderate-severe), likely viral trigger, with purulent sputum.
2. Chronic hypoxic respiratory failure on home oxygen, with temporarily increased requirement.
3. No radiographic pneumonia.
4. Active tobacco use.

RECOMMENDATIONS:
1. Agree with short course systemic steroids (5 days total) and doxycycline x 5 days.
2. Continue scheduled nebulizers. With blood eosinophils 310/uL and two exacerbations in 12 months he qualifies for inhaled corticosteroid: at discharge switch tiotropium/olodaterol to triple therapy (fluticasone furoate/umeclidinium/vilanterol 1 inhalation daily).
3. Wean oxygen to baseline 2 L/min before discharge; ambulatory oximetry.
4. Strongly advised smoking cessation; he is willing to discuss varenicline at clinic follow-up.
5. Pulmonary rehabilitation referral. Follow up in Pulmonary Clinic in 3-4 weeks.
Thank you for this consult.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-pn-0111',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-lindqvist',
    at: '2025-01-11T08:30',
    written: '2025-01-11T09:10',
    sign: '2025-01-11T09:15',
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Breathing much better. Slept flat. Cough less productive, sputum now white. Wants to go home; wife visiting.

OBJECTIVE: T 36.8, BP 136/80, HR 92, RR 18, SpO2 92% on 2 L/min at rest. Ambulated 150 feet with SpO2 nadir 88% on 3 L.
Lungs: scattered end-expiratory wheezes, good air movement. No accessory muscle use. Heart regular. No edema.
Fingerstick glucose 150-190 on steroids.

ASSESSMENT AND PLAN:
1. COPD exacerbation, improving. Transitioned from IV methylprednisolone to prednisone 40 mg daily today (days 3-5). Doxycycline day 3 of 5. Nebulizers to q6h.
2. Pneumonia ruled out - chest X-ray without consolidation, procalcitonin 0.08. Not treating for pneumonia.
3. Chronic hypoxic respiratory failure, home O2: back to 2 L at rest, 3 L with exertion. Ambulatory oximetry tomorrow; goal to be on baseline prescription.
4. Steroid-related hyperglycemia without diabetes: A1c 5.6 at PCP 08/2024. Correction insulin only while on steroids.
5. Tobacco use: on nicotine patch, counseled again 5 minutes.
6. Hypertension: controlled on amlodipine.
Discharge planning: home likely 1/12-1/13 once at baseline O2.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-allen-rl-ip1',
    by: 'prv-lindqvist',
    at: '2025-01-13T11:00',
    written: '2025-01-13T15:20',
    sign: '2025-01-14T08:45',
    body: `
ADMISSION DATE: 01/09/2025      DISCHARGE DATE: 01/13/2025
ATTENDING: Erik Lindqvist, MD (Hospital Medicine)
CONSULTANT: Wei Huang, MD (Pulmonology)

PRINCIPAL DIAGNOSIS: Acute exacerbation of chronic obstructive pulmonary disease.
SECONDARY DIAGNOSES:
- Chronic hypoxic respiratory failure, dependent on home oxygen 2 L/min.
- Tobacco use disorder, cigarettes.
- Hypertension.
- Pneumonia was suspected on admission and ruled out (clear chest X-ray, low procalcitonin).

HOSPITAL COURSE:
Directly admitted from the Pulmonary Clinic after 3 days of worsening dyspnea, purulent sputum and SpO2 84% on his home 2 L/min. Required 4 L/min on arrival; ABG showed compensated mild hypercapnia (pH 7.38, pCO2 47). Treated with nebulized ipratropium-albuterol, methylprednisolone IV then oral prednisone (5 days total) and doxycycline for 5 days. Viral PCR negative. Dr. Huang recommended escalation to triple inhaled therapy. Weaned to 2 L/min at rest and 3 L/min with exertion by hospital day 4, which matches his home prescription. Counseled on smoking cessation; nicotine patch during stay.

DISCHARGE MEDICATIONS:
- Fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg 1 inhalation daily - NEW, replaces tiotropium/olodaterol (STOP)
- Prednisone 40 mg daily through 01/13/2025 (last dose today)
- Doxycycline 100 mg twice daily, last dose 01/14/2025 morning
- Albuterol HFA 2 puffs every 4-6 hours as needed
- Amlodipine 5 mg daily
- Nicotine patch 14 mg/24 h daily - NEW
- Oxygen 2 L/min continuous with exertion and sleep (unchanged; 3 L/min with heavy exertion)

ALLERGIES: NKDA.
FOLLOW-UP: Dr. Huang, Riverside Lung Center, 02/04/2025. Pulmonary rehabilitation referral. PCP Dr. Whitlock (Millbrook Family Practice) in 1-2 weeks.
CONDITION AT DISCHARGE: Improved. Disposition: home with wife.
`,
  });

  doc(p, {
    id: 'doc-allen-rl-outside-pft',
    type: 'outside-record',
    title: 'Outside Pulmonary Function Test (Millbrook Pulmonary Lab, 10/2024)',
    byText: 'Millbrook Pulmonary Function Laboratory',
    at: '2024-10-22T10:00',
    written: '2025-02-04T13:10',
    raw: true,
    body: `
MILLBROOK PULMONARY FUNCTION LABORATORY
410 Main Street, Millbrook, OH 45503   Fax (937) 555-0361

PULMONARY FUNCTION REPORT
Patient: ALLEN, ROBERT L JR      DOB: 04/13/1957      Test date: 10/22/2024
Referring: Wei Huang, MD          Height 180 cm   Weight 76 kg

SPIROMETRY (pre / post bronchodilator):
FVC     2.61 L (62% pred)  /  2.78 L (66%)
FEV1    0.98 L (38% pred)  /  1.06 L (41%)
FEV1/FVC 0.38  /  0.38
LUNG VOLUMES: TLC 118% pred, RV 182% pred (air trapping)
DLCO: 41% predicted

INTERPRETATION: Severe obstructive ventilatory defect without significant bronchodilator response. Hyperinflation and air trapping. Severely reduced diffusing capacity. Consistent with severe COPD/emphysema (GOLD 3).
Interpreted by: H. Baptiste, MD, FCCP   10/23/2024

[Scanned into Riverside General Hospital record 02/04/2025 by HIM - document received from patient's pulmonologist for clinic visit]
`,
  });

  doc(p, {
    id: 'doc-allen-rl-clinic-0204',
    type: 'progress-note',
    title: 'Pulmonary Clinic Note',
    enc: 'enc-allen-rl-op1',
    by: 'prv-huang',
    at: '2025-02-04T13:30',
    written: '2025-02-04T14:20',
    sign: '2025-02-04T16:05',
    body: `
REASON FOR VISIT: Follow-up after hospitalization 01/09-01/13/2025 for COPD exacerbation.

INTERVAL HISTORY:
Lee feels back to his baseline. Using the new triple inhaler daily; rescue inhaler 1-2 times a day. Oxygen 2 L/min with exertion and at night; walks to his mailbox and back without stopping. No fever, sputum clear. Still smoking 8-10 cigarettes a day; ready to try varenicline. Pulmonary rehab starts 02/18.
His primary care physician ordered an exercise nuclear stress test for dyspnea at Millbrook Cardiology Associates on 01/28/2025; he was told it was normal. Report not yet received - requested by fax today.

MEDICATIONS: Fluticasone furoate/umeclidinium/vilanterol 1 inhalation daily, albuterol PRN, amlodipine 5 mg daily, oxygen 2 L/min.
ALLERGIES: NKDA.

EXAM: BP 138/82, HR 84, RR 18, SpO2 93% on 2 L, 89% on room air at rest. Mild prolonged expiration, few scattered wheezes. No edema, no clubbing.
6-minute walk on 2 L: 290 m, nadir SpO2 88%.

ASSESSMENT AND PLAN:
1. COPD, severe (GOLD 3, group E), clinically stable after recent exacerbation. Continue triple therapy; check inhaler technique (good). Pulmonary rehab. Pneumococcal vaccination: received PCV20 in 2023 per state registry. Annual influenza vaccine received 10/2024.
2. Chronic hypoxic respiratory failure on home oxygen: resting room-air SpO2 89% and exertional nadir 88% on 2 L. Continue 2 L/min with exertion and sleep; recheck nocturnal oximetry in 3 months.
3. Tobacco use disorder: 10 minutes of cessation counseling. Start varenicline starter pack; quit date 02/18/2025. Continue nicotine patch until quit date, then stop.
4. Hypertension: adequately controlled; PCP managing.
Return in 3 months with spirometry.
`,
  });

  // MISFILED (task rg-file-06): the paper six-minute-walk worksheet from Lee's 02/04/2025 clinic visit
  // was scanned into the chart of the other Robert Allen (pt-allen-robert, the cardiac patient, who
  // was due to start cardiac rehabilitation). Its label prints Lee's own name, MRN, DOB and account.
  const robertJames = patients.find((x) => x.id === 'pt-allen-robert');
  if (!robertJames) throw new Error('pt-allen-robert must be created before pt-allen-robert-jr');
  doc(robertJames, {
    id: 'doc-allen-6mwt-0204',
    type: 'procedure-note',
    title: 'Six-Minute Walk Test with Ambulatory Oximetry',
    headerOf: { patient: p, enc: 'enc-allen-rl-op1' },
    by: 'prv-huang',
    at: '2025-02-04T13:50',
    sign: '2025-02-04T14:10',
    method: 'handwritten',
    body: `
RIVERSIDE LUNG CENTER - RESPIRATORY THERAPY WORKSHEET (paper form)
Ordering physician: Wei Huang, MD          Performed by: J. Pike, RRT
Indication: COPD, severe (GOLD 3), with chronic hypoxic respiratory failure on home oxygen 2 L/min. Re-qualification for home oxygen after the hospital stay of 01/09-01/13/2025 (supplier: Millbrook Home Medical Supply).

AT REST (seated 10 minutes):
  Room air:                  SpO2 89%   HR 84   RR 18   BP 138/82   Borg dyspnea 2
  Nasal cannula 2 L/min:     SpO2 93%

SIX-MINUTE WALK (30 m corridor, nasal cannula 2 L/min from a portable concentrator):
  Minute   SpO2   HR
  1        91%    96
  2        90%    101
  3        89%    104
  4        88%    106
  5        88%    108
  6        89%    107
  Distance walked: 290 m (57% of predicted). No rests. At the end: Borg dyspnea 5, leg fatigue 3.
  Recovery: SpO2 93% on 2 L/min and HR 88 at 2 minutes.

INTERPRETATION:
Reduced exercise capacity. Resting room-air SpO2 89% and an exertional nadir of 88% on 2 L/min: he still qualifies for home oxygen. Continue 2 L/min with exertion and sleep; nocturnal oximetry in 3 months. The oxygen supplier's certificate of medical necessity was signed at this visit.

[Paper worksheet, scanned by HIM 02/05/2025]
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 3. Margaret Anne Doyle ("Peggy"), nee Hanlon - acute on chronic HFrEF with hypertensive heart
//    and CKD 3b; hospital-acquired sacral pressure injury; late discharge summary. Outpatient echo.
//    Readmitted from SNF with aspiration pneumonia; comfort care; expired 04/25/2025.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-doyle-margaret',
    mrn: '0031187',
    name: { family: 'Doyle', given: ['Margaret', 'Anne'] },
    previousNames: [{ family: 'Hanlon', given: ['Margaret', 'Anne'], reason: 'marriage', until: '1963-06-15' }],
    aliases: [{ kind: 'nickname', given: 'Peggy' }],
    birthDate: '1941-08-22',
    sex: 'female',
    deceasedAt: '2025-04-25T04:52',
    address: { line: ['27 Willow Court', 'Apt 2'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0119',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '2206' },
      { type: 'medicare', value: '3NW7-JC5-PD19', issuer: 'CMS' },
      { type: 'insurance-member', value: 'BSS-88410273', issuer: 'Buckeye Senior Supplement' },
    ],
    alerts: [
      { kind: 'directive', text: 'DNR/DNI - POLST on file (12/03/2024)' },
      { kind: 'clinical', text: 'Fall risk' },
      { kind: 'clinical', text: 'Anticoagulated - apixaban' },
    ],
  });
  encounter(p, {
    id: 'enc-doyle-ip1',
    accountNumber: 'RG24010815',
    class: 'inpatient',
    admittedAt: '2024-12-03T16:40',
    dischargedAt: '2024-12-09T13:00',
    attendingId: 'prv-okafor',
    service: 'Hospital Medicine',
    location: '5 West Telemetry, Rm 507',
    reasonForVisit: 'Dyspnea, orthopnea, weight gain and leg swelling',
    admitSource: 'physician-referral',
    dischargeDisposition: 'skilled-nursing',
  });
  encounter(p, {
    id: 'enc-doyle-op1',
    accountNumber: 'RG25000612',
    class: 'outpatient',
    admittedAt: '2025-01-15T10:30',
    dischargedAt: '2025-01-15T11:25',
    attendingId: 'prv-patel',
    service: 'Echocardiography Laboratory',
    location: 'Riverside Heart Center Echo Lab',
    reasonForVisit: 'Follow-up echocardiogram, heart failure with reduced ejection fraction',
    admitSource: 'physician-referral',
    dischargeDisposition: 'skilled-nursing',
  });
  encounter(p, {
    id: 'enc-doyle-ip2',
    accountNumber: 'RG25004417',
    class: 'inpatient',
    admittedAt: '2025-04-22T18:05',
    dischargedAt: '2025-04-25T04:52',
    attendingId: 'prv-okafor',
    service: 'Hospital Medicine',
    location: '5 West, Rm 522',
    reasonForVisit: 'Fever and hypoxemia after choking episode at nursing facility',
    admitSource: 'transfer',
    dischargeDisposition: 'expired',
  });

  allergy(p, {
    id: 'alg-doyle-codeine',
    substance: 'Codeine',
    category: 'medication',
    reaction: 'Nausea and vomiting',
    severity: 'mild',
    recordedAt: '2024-12-03T17:30',
  });
  allergy(p, {
    id: 'alg-doyle-sulfa',
    substance: 'Sulfonamide antibiotics',
    category: 'medication',
    reaction: 'Generalized rash',
    severity: 'moderate',
    recordedAt: '2024-12-03T17:30',
  });

  problem(p, {
    id: 'prob-doyle-hf',
    description: 'Chronic systolic heart failure (HFrEF), LVEF 30-35%',
    status: 'active',
    onset: '2022-02-01',
    recordedAt: '2024-12-03T18:10',
  });
  problem(p, {
    id: 'prob-doyle-af',
    description: 'Permanent atrial fibrillation',
    status: 'active',
    onset: '2019-01-01',
    recordedAt: '2024-12-03T18:10',
  });
  problem(p, { id: 'prob-doyle-ckd', description: 'Chronic kidney disease, stage 3b', status: 'active', recordedAt: '2024-12-03T18:10' });
  problem(p, {
    id: 'prob-doyle-htn',
    description: 'Hypertensive heart and kidney disease',
    status: 'active',
    recordedAt: '2024-12-03T18:10',
  });
  problem(p, { id: 'prob-doyle-thyroid', description: 'Hypothyroidism', status: 'active', recordedAt: '2024-12-03T18:10' });
  problem(p, {
    id: 'prob-doyle-pi',
    description: 'Pressure injury, sacrum, stage 2 (hospital-acquired 12/06/2024) - healed 02/2025',
    status: 'resolved',
    onset: '2024-12-06',
    recordedAt: '2024-12-06T10:40',
    encounterId: 'enc-doyle-ip1',
  });
  problem(p, {
    id: 'prob-doyle-dysphagia',
    description: 'Oropharyngeal dysphagia',
    status: 'active',
    onset: '2025-04-21',
    recordedAt: '2025-04-23T11:00',
    encounterId: 'enc-doyle-ip2',
  });
  problem(p, {
    id: 'prob-doyle-asp',
    description: 'Aspiration pneumonia, right lower lobe',
    status: 'active',
    onset: '2025-04-21',
    recordedAt: '2025-04-22T20:30',
    encounterId: 'enc-doyle-ip2',
  });

  med(p, {
    id: 'med-doyle-furo-home',
    name: 'Furosemide',
    dose: '40 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    end: '2024-12-09T13:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-carv',
    name: 'Carvedilol',
    dose: '6.25 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'discontinued',
    end: '2025-04-23T15:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-apix',
    name: 'Apixaban',
    dose: '2.5 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'discontinued',
    end: '2025-04-23T15:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-losartan',
    name: 'Losartan',
    dose: '25 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    end: '2025-04-23T15:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-levo',
    name: 'Levothyroxine',
    dose: '50 mcg',
    route: 'PO',
    frequency: 'daily before breakfast',
    status: 'discontinued',
    end: '2025-04-23T15:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-furo-iv',
    name: 'Furosemide',
    dose: '40 mg',
    route: 'IV',
    frequency: 'twice daily',
    status: 'completed',
    start: '2024-12-03T18:00',
    end: '2024-12-08T09:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-doyle-kcl',
    name: 'Potassium chloride ER',
    dose: '20 mEq',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    start: '2024-12-06T09:00',
    end: '2025-04-23T15:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-furo-dc',
    name: 'Furosemide',
    dose: '60 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    start: '2024-12-09T13:00',
    end: '2025-04-23T15:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-doyle-unasyn',
    name: 'Ampicillin-sulbactam',
    dose: '3 g',
    route: 'IV',
    frequency: 'every 6 hours',
    status: 'discontinued',
    start: '2025-04-22T20:00',
    end: '2025-04-23T15:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip2',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-doyle-morphine',
    name: 'Morphine',
    dose: '2 mg',
    route: 'IV',
    frequency: 'every 1 hour as needed for dyspnea or pain',
    status: 'discontinued',
    start: '2025-04-23T15:00',
    end: '2025-04-25T04:52',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip2',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-doyle-glyco',
    name: 'Glycopyrrolate',
    dose: '0.2 mg',
    route: 'IV',
    frequency: 'every 4 hours as needed for secretions',
    status: 'discontinued',
    start: '2025-04-23T15:00',
    end: '2025-04-25T04:52',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-doyle-ip2',
    setting: 'inpatient',
  });

  const ip1Labs = [
    ...results(p, 'doyle-adm', 'enc-doyle-ip1', '2024-12-03T17:05', '2024-12-03T18:02', 'Admission labs', [
      ['BNP', 2840, 'pg/mL', undefined, 100, 'H'],
      ['Sodium', 134, 'mmol/L', 136, 145, 'L'],
      ['Potassium', 4.1, 'mmol/L', 3.5, 5.1],
      ['Chloride', 98, 'mmol/L', 98, 107],
      ['CO2', 26, 'mmol/L', 22, 29],
      ['BUN', 38, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.62, 'mg/dL', 0.5, 1.0, 'H'],
      ['eGFR (CKD-EPI 2021)', 31, 'mL/min/1.73m2', 60, undefined, 'L'],
      ['Magnesium', 2.0, 'mg/dL', 1.7, 2.4],
      ['TSH', 2.8, 'mIU/L', 0.4, 4.0],
      ['WBC', 7.2, 'x10^3/uL', 4.0, 11.0],
      ['Hemoglobin', 11.4, 'g/dL', 12.0, 15.5, 'L'],
      ['Platelets', 198, 'x10^3/uL', 150, 400],
    ]),
    ...results(p, 'doyle-1205', 'enc-doyle-ip1', '2024-12-05T05:00', '2024-12-05T06:20', 'Basic metabolic panel + Mg', [
      ['Sodium', 135, 'mmol/L', 136, 145, 'L'],
      ['Potassium', 3.2, 'mmol/L', 3.5, 5.1, 'L'],
      ['BUN', 44, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.71, 'mg/dL', 0.5, 1.0, 'H'],
      ['Magnesium', 1.8, 'mg/dL', 1.7, 2.4],
    ]),
    ...results(p, 'doyle-1206', 'enc-doyle-ip1', '2024-12-06T05:00', '2024-12-06T06:15', 'Basic metabolic panel', [
      ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
      ['Creatinine', 1.68, 'mg/dL', 0.5, 1.0, 'H'],
    ]),
    ...results(p, 'doyle-1208', 'enc-doyle-ip1', '2024-12-08T05:00', '2024-12-08T06:10', 'Basic metabolic panel', [
      ['Sodium', 136, 'mmol/L', 136, 145],
      ['Potassium', 4.2, 'mmol/L', 3.5, 5.1],
      ['BUN', 40, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.58, 'mg/dL', 0.5, 1.0, 'H'],
    ]),
  ];
  results(p, 'doyle-ip2', 'enc-doyle-ip2', '2025-04-22T18:30', '2025-04-22T19:40', 'Admission labs', [
    ['WBC', 16.2, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Hemoglobin', 10.9, 'g/dL', 12.0, 15.5, 'L'],
    ['Platelets', 244, 'x10^3/uL', 150, 400],
    ['Sodium', 141, 'mmol/L', 136, 145],
    ['Potassium', 4.4, 'mmol/L', 3.5, 5.1],
    ['BUN', 46, 'mg/dL', 8, 23, 'H'],
    ['Creatinine', 1.74, 'mg/dL', 0.5, 1.0, 'H'],
    ['Glucose', 121, 'mg/dL', 70, 99, 'H'],
    ['Lactate', 1.6, 'mmol/L', 0.5, 2.0],
    ['Procalcitonin', 1.9, 'ng/mL', undefined, 0.25, 'H'],
    ['BNP', 1120, 'pg/mL', undefined, 100, 'H'],
  ]);
  results(
    p,
    'doyle-ip2-bcx',
    'enc-doyle-ip2',
    '2025-04-22T18:35',
    '2025-04-24T19:00',
    'Blood culture x2',
    [['Blood culture', 'No growth at 48 hours', undefined, undefined, undefined, undefined, 'No growth']],
    { status: 'preliminary' },
  );

  order(p, {
    id: 'ord-doyle-01',
    enc: 'enc-doyle-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Okafor), 5 West telemetry. Acute on chronic systolic heart failure. Code status: DNR/DNI per POLST.',
    at: '2024-12-03T16:40',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-02',
    enc: 'enc-doyle-ip1',
    cat: 'medication',
    text: 'Furosemide 40 mg IV twice daily (hold home oral furosemide). Continue carvedilol 6.25 mg BID, apixaban 2.5 mg BID, losartan 25 mg daily (hold for SBP < 100), levothyroxine 50 mcg daily.',
    at: '2024-12-03T16:45',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-03',
    enc: 'enc-doyle-ip1',
    cat: 'nursing',
    text: 'Strict intake and output; daily standing weight before breakfast; 2 g sodium diet, 1.5 L fluid restriction; Braden score on admission and daily; reposition every 2 hours if Braden 18 or less.',
    at: '2024-12-03T16:45',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-04',
    enc: 'enc-doyle-ip1',
    cat: 'lab',
    text: 'BNP, CBC, TSH now; basic metabolic panel and magnesium daily.',
    at: '2024-12-03T16:45',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-05',
    enc: 'enc-doyle-ip1',
    cat: 'imaging',
    text: 'Chest X-ray, portable AP - dyspnea, heart failure.',
    at: '2024-12-03T16:45',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-06',
    enc: 'enc-doyle-ip1',
    cat: 'consult',
    text: 'Cardiology consult (Dr. Patel): HFrEF exacerbation, guideline-directed therapy with CKD 3b.',
    at: '2024-12-03T16:50',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-07',
    enc: 'enc-doyle-ip1',
    cat: 'medication',
    text: 'Potassium chloride 40 mEq PO now, then 20 mEq PO twice daily; magnesium sulfate 2 g IV over 2 hours x1.',
    at: '2024-12-05T21:30',
    by: 'prv-okafor',
    status: 'completed',
    mode: 'telephone',
    auth: '2024-12-09T11:20',
  });
  order(p, {
    id: 'ord-doyle-08',
    enc: 'enc-doyle-ip1',
    cat: 'consult',
    text: 'Wound/ostomy nurse consult: stage 2 sacral pressure injury. Low-air-loss mattress; silicone foam dressing; reposition every 2 hours.',
    at: '2024-12-06T09:05',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-09',
    enc: 'enc-doyle-ip2',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Okafor), 5 West. Aspiration pneumonia. Code status: DNR/DNI.',
    at: '2025-04-22T18:05',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-10',
    enc: 'enc-doyle-ip2',
    cat: 'medication',
    text: 'Ampicillin-sulbactam 3 g IV every 6 hours (renally adjusted per pharmacy). NPO except medications pending speech-language pathology evaluation. Oxygen to keep SpO2 above 90%.',
    at: '2025-04-22T18:10',
    by: 'prv-okafor',
    status: 'discontinued',
  });
  order(p, {
    id: 'ord-doyle-11',
    enc: 'enc-doyle-ip2',
    cat: 'consult',
    text: 'Speech-language pathology bedside swallow evaluation.',
    at: '2025-04-22T18:10',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-doyle-12',
    enc: 'enc-doyle-ip2',
    cat: 'other',
    text: 'COMFORT MEASURES ONLY. Discontinue laboratory draws, routine vital signs, telemetry, antibiotics, apixaban, carvedilol, losartan and levothyroxine. Morphine 2 mg IV every 1 hour as needed for dyspnea or pain; glycopyrrolate 0.2 mg IV every 4 hours as needed for secretions; lorazepam 0.5 mg IV every 4 hours as needed for anxiety; oxygen by nasal cannula for comfort. Chaplain and family at bedside without visiting restrictions.',
    at: '2025-04-23T15:00',
    by: 'prv-okafor',
    status: 'active',
  });

  procedure(p, {
    id: 'proc-doyle-tte',
    encounterId: 'enc-doyle-op1',
    description: 'Transthoracic echocardiogram',
    performedAt: '2025-01-15T10:40',
    performerId: 'prv-patel',
  });

  doc(p, {
    id: 'doc-doyle-ip1-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-doyle-ip1',
    by: 'prv-okafor',
    at: '2024-12-03T18:10',
    sign: '2024-12-03T19:05',
    body: `
CHIEF COMPLAINT: Short of breath, cannot lie flat.

HISTORY OF PRESENT ILLNESS:
Mrs. Doyle ("Peggy") is an 83-year-old woman with chronic heart failure with reduced ejection fraction (EF 30% on echo 06/2024), permanent atrial fibrillation on apixaban, stage 3b chronic kidney disease (baseline creatinine about 1.5), hypertension and hypothyroidism. Over 5 days she has had progressive dyspnea on exertion, now with minimal activity, orthopnea requiring 3 pillows, paroxysmal nocturnal dyspnea and leg swelling. Her home scale went from 58 to 61 kg. She ate ham and canned soups at Thanksgiving and for several days after. Her daughter took her to her PCP, Dr. Whitlock, who sent her for direct admission. No chest pain, fever or cough productive of purulent sputum. Taking all medicines.

PAST MEDICAL HISTORY: HFrEF due to nonischemic dilated cardiomyopathy (normal coronaries on catheterization 2022). Permanent atrial fibrillation. CKD stage 3b. Hypertension. Hypothyroidism. Osteoarthritis.
MEDICATIONS: Furosemide 40 mg daily, carvedilol 6.25 mg BID, losartan 25 mg daily, apixaban 2.5 mg BID, levothyroxine 50 mcg daily.
ALLERGIES: Codeine (nausea/vomiting); sulfa antibiotics (rash).
SOCIAL HISTORY: Widowed, lives alone in a senior apartment; daughter Eileen nearby is health care power of attorney. Walks with a cane. Never smoker. No alcohol.
FAMILY HISTORY: Noncontributory at her age.
ADVANCE DIRECTIVE: POLST reviewed and re-signed today: DNR, no intubation, selective treatment.

REVIEW OF SYSTEMS: Positive for fatigue, dyspnea, orthopnea, edema. Negative for chest pain, syncope, bleeding, urinary symptoms. Otherwise negative.

PHYSICAL EXAMINATION:
T 36.6 C, BP 152/88, HR 96 irregularly irregular, RR 24, SpO2 89% on room air -> 94% on 2 L/min. Weight 61.0 kg.
Frail, mildly dyspneic while talking. JVP 12 cm. Bibasilar crackles one-third of the way up. Irregularly irregular rhythm, soft holosystolic murmur at the apex, S3 present. Abdomen soft. 2+ pitting edema to the knees bilaterally.
Skin: intact; no breakdown over sacrum, coccyx or heels on admission skin check with nursing. Braden score 16.
Neuro: alert, oriented x3, nonfocal.

DATA: BNP 2,840. Sodium 134, potassium 4.1, BUN 38, creatinine 1.62 (eGFR 31). Hemoglobin 11.4. TSH 2.8. ECG: atrial fibrillation, ventricular rate 94, left bundle branch block (old). CXR pending.

ASSESSMENT AND PLAN:
1. Acute on chronic systolic (HFrEF) heart failure, precipitated by dietary sodium load, in the setting of hypertensive heart and chronic kidney disease. IV furosemide 40 mg BID, strict I&O, daily weights, 2 g sodium and 1.5 L fluid restriction. Continue carvedilol and losartan as BP allows. Cardiology consult for optimization of GDMT given CKD.
2. CKD stage 3b: creatinine near baseline; daily BMP and magnesium during diuresis.
3. Permanent atrial fibrillation: rate acceptable. Continue apixaban 2.5 mg BID (dose-reduction criteria met: age 80 or older and creatinine 1.5 or higher).
4. Hypothyroidism: TSH normal; continue levothyroxine.
5. Mild normocytic anemia, chronic, likely CKD: monitor.
6. Skin/fall risk: Braden 16, fall precautions, PT/OT.
DVT prophylaxis: therapeutic apixaban. Code status: DNR/DNI.
`,
  });

  doc(p, {
    id: 'doc-doyle-polst',
    type: 'advance-directive',
    title: 'Physician Orders for Life-Sustaining Treatment (POLST)',
    enc: 'enc-doyle-ip1',
    by: 'prv-okafor',
    at: '2024-12-03T18:40',
    sign: '2024-12-03T18:45',
    method: 'handwritten',
    body: `
PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) - OHIO
Follow these orders, then contact the physician. A copy goes with the patient when transferred.

Patient: Margaret Anne Doyle     DOB 08/22/1941

SECTION A - CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):
[ ] Attempt resuscitation/CPR     [X] Do not attempt resuscitation (DNR)

SECTION B - MEDICAL INTERVENTIONS (patient has pulse and/or is breathing):
[ ] Full treatment   [X] Selective treatment: IV fluids, antibiotics, non-invasive oxygen; hospital care as indicated; NO intubation or mechanical ventilation; avoid intensive care   [ ] Comfort-focused treatment

SECTION C - ARTIFICIALLY ADMINISTERED NUTRITION:
[X] No feeding tube.

SECTION D - DISCUSSED WITH: [X] Patient (has decision-making capacity)  [X] Health care agent: Eileen Kerrigan (daughter), HCPOA on file.

Summary of goals: "I want to be comfortable and get home, but no breathing machines and no CPR."

Patient signature: Margaret A. Doyle (signed)                        12/03/2024
Physician: Adaeze N. Okafor, MD (signed)   License 35.118402          12/03/2024 18:45
Previous POLST of 09/2023 voided and replaced by this form.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-cxr',
    type: 'radiology-report',
    title: 'Chest X-ray, Portable AP',
    enc: 'enc-doyle-ip1',
    by: 'prv-farouk',
    at: '2024-12-03T17:40',
    written: '2024-12-03T18:20',
    sign: '2024-12-03T18:22',
    body: `
EXAM: XR CHEST 1 VIEW (PORTABLE)
CLINICAL INDICATION: Dyspnea, heart failure.
COMPARISON: 06/12/2024.

FINDINGS:
Cardiomegaly, similar to prior. Cephalization of pulmonary vasculature with diffuse interstitial opacities and Kerley B lines. Small bilateral pleural effusions, new. No focal consolidation. No pneumothorax. Calcified aortic knob.

IMPRESSION:
Cardiomegaly with interstitial pulmonary edema and small bilateral effusions, consistent with congestive heart failure, worse than 06/2024.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-orders',
    type: 'physician-orders',
    title: 'Admission Orders - Heart Failure',
    enc: 'enc-doyle-ip1',
    by: 'prv-okafor',
    at: '2024-12-03T16:40',
    written: '2024-12-03T16:50',
    sign: '2024-12-03T17:05',
    body: `
ADMISSION ORDER SET: HEART FAILURE
Allergies: Codeine (nausea/vomiting); sulfonamide antibiotics (rash).
Admission weight: 61.0 kg. Code status: DNR/DNI.

${orderSheet(p, ['ord-doyle-01', 'ord-doyle-02', 'ord-doyle-03', 'ord-doyle-04', 'ord-doyle-05', 'ord-doyle-06'])}

Notify MD: SBP < 95, HR > 120, SpO2 < 90%, urine output < 30 mL/h x2 h, weight gain, chest pain.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - Cumulative (Inpatient)',
    enc: 'enc-doyle-ip1',
    by: 'prv-ostrowski',
    at: '2024-12-03T17:05',
    written: '2024-12-08T06:10',
    sign: '2024-12-08T06:10',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, ip1Labs)}
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-cards',
    type: 'consultation',
    title: 'Cardiology Consultation',
    enc: 'enc-doyle-ip1',
    by: 'prv-patel',
    at: '2024-12-04T10:30',
    written: '2024-12-04T11:15',
    sign: '2024-12-04T11:40',
    body: `
REQUESTING PHYSICIAN: Adaeze N. Okafor, MD.
REASON: Acute on chronic HFrEF; optimization of therapy with CKD 3b.

HISTORY: 83-year-old woman with nonischemic dilated cardiomyopathy (normal coronaries 2022), EF 30% (06/2024), permanent AF on reduced-dose apixaban, hypertension, CKD 3b. Admitted 12/03 with volume overload after a dietary sodium load. Net negative 1.6 L in the first 18 hours on furosemide 40 mg IV BID; breathing better, still orthopneic on 2 pillows.

EXAM: BP 134/76, HR 88 irregular, SpO2 95% on 2 L. JVP 10 cm. Crackles at both bases. 2+ edema at the shins.
DATA: BNP 2,840. Creatinine 1.62 (eGFR 31). Potassium 4.1. ECG: AF 94 with old LBBB, QRS 148 ms. CXR: interstitial edema, small effusions.

IMPRESSION:
1. Acute on chronic systolic heart failure (HFrEF, NYHA III-IV on admission), due to dietary indiscretion; hypertensive heart and chronic kidney disease.
2. Permanent atrial fibrillation, rate controlled.
3. CKD stage 3b limits mineralocorticoid antagonist and SGLT2 inhibitor initiation during active diuresis.
4. LBBB with QRS 148 ms: would meet CRT criteria if in sinus rhythm; benefit uncertain in permanent AF and with her goals (DNR, selective treatment) - patient declines device discussion.

RECOMMENDATIONS:
1. Continue furosemide 40 mg IV BID; goal net negative 1-1.5 L/day. Transition to oral furosemide 60 mg daily when euvolemic.
2. Continue carvedilol 6.25 mg BID and losartan 25 mg daily. Consider sacubitril-valsartan as outpatient if BP and potassium allow.
3. Start dapagliflozin 10 mg daily at discharge if creatinine stable (eGFR above 25).
4. Replete potassium above 4.0 and magnesium above 2.0 during diuresis.
5. Repeat echo in 6 weeks as outpatient.
Will follow.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-nursing',
    type: 'nursing-note',
    title: 'Nursing Note - Skin Assessment',
    enc: 'enc-doyle-ip1',
    by: 'prv-santos',
    at: '2024-12-06T08:30',
    written: '2024-12-06T09:00',
    sign: '2024-12-06T09:02',
    body: `
Focused skin assessment during morning care.

FINDING: New open area on the sacrum, midline, measuring 2.0 cm x 1.5 cm x 0.1 cm. Partial-thickness skin loss with a pink-red moist wound bed. No slough, no eschar, no tunneling or undermining. Periwound skin blanchable erythema 1 cm. Scant serous drainage, no odor. Staged as STAGE 2 PRESSURE INJURY.

Admission skin assessment 12/03/2024 17:30 documented intact skin over the sacrum, coccyx and heels (Braden 16). Patient has spent most of 12/04 and 12/05 sitting upright in the recliner and in bed with the head elevated because of orthopnea, and has declined some turns.

INTERVENTIONS: Cleansed with normal saline, silicone foam border dressing applied. Low-air-loss mattress requested. Turning schedule every 2 hours posted; heels floated. Dietitian referral for protein supplementation. Photo taken per wound protocol.

NOTIFIED: Dr. Okafor at 08:45 - orders received for wound/ostomy nurse consult. Daughter (Eileen Kerrigan) informed by phone 08:55. Patient safety event report filed (hospital-acquired pressure injury).

Braden today: 14 (sensory 3, moisture 3, activity 2, mobility 2, nutrition 2, friction/shear 2).
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-pn-1206',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-doyle-ip1',
    by: 'prv-okafor',
    at: '2024-12-06T10:15',
    written: '2024-12-06T10:40',
    sign: '2024-12-06T10:45',
    body: `
HOSPITAL DAY 4

SUBJECTIVE: Breathing much easier; slept with one pillow. Sore "tailbone." Appetite fair.

OBJECTIVE: T 36.5, BP 126/72, HR 84 irregular, RR 18, SpO2 95% on room air. Weight 57.9 kg (admission 61.0). Net negative 3.1 L since admission.
JVP 7 cm. Faint crackles at the right base only. Trace ankle edema.
Skin: sacral wound as described by nursing this morning, 2.0 x 1.5 cm partial thickness, clean.
Labs: potassium 3.9 (3.2 yesterday, replaced per telephone order overnight 12/05), creatinine 1.68, magnesium repleted.

ASSESSMENT AND PLAN:
1. Acute on chronic systolic heart failure, improving, close to euvolemic. Furosemide IV today, switch to oral furosemide 60 mg daily tomorrow per cardiology.
2. Hypokalemia due to diuresis (potassium 3.2 on 12/05): repleted; continue potassium chloride 20 mEq daily while on furosemide 60 mg.
3. Stage 2 pressure injury of the sacrum, hospital-acquired (skin intact on admission 12/03), related to prolonged upright positioning: wound nurse consult, low-air-loss mattress, turning, nutrition.
4. CKD 3b: creatinine stable 1.6-1.7.
5. Permanent AF: rate controlled, apixaban.
6. Disposition: PT recommends short-term skilled nursing facility; daughter agrees. Case management referral to Maple Grove Nursing & Rehabilitation.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip1-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-doyle-ip1',
    by: 'prv-okafor',
    at: '2024-12-09T13:00',
    written: '2025-01-20T16:45',
    sign: '2025-01-21T08:10',
    body: `
ADMISSION DATE: 12/03/2024      DISCHARGE DATE: 12/09/2024
ATTENDING: Adaeze N. Okafor, MD   CONSULTANT: Nikhil R. Patel, MD (Cardiology)
Note: dictated 01/20/2025 following HIM deficiency notice.

PRINCIPAL DIAGNOSIS: Acute on chronic systolic (congestive) heart failure, HFrEF, due to hypertensive heart and chronic kidney disease.
SECONDARY DIAGNOSES:
- Nonischemic dilated cardiomyopathy, LVEF 30%.
- Chronic kidney disease, stage 3b.
- Permanent atrial fibrillation, on long-term apixaban.
- Hypokalemia due to diuresis (developed 12/05, resolved).
- Pressure injury of sacrum, stage 2, hospital-acquired (identified 12/06/2024; skin intact on admission).
- Hypothyroidism.
- Anemia of chronic kidney disease, mild.
- DNR/DNI (POLST 12/03/2024).

PROCEDURES: None.

HOSPITAL COURSE:
Admitted directly from her PCP office with 5 days of worsening dyspnea, orthopnea and a 3 kg weight gain after a high-sodium diet; BNP 2,840, pulmonary edema on chest X-ray. Diuresed with furosemide 40 mg IV twice daily for 5 days, net negative 4.1 L, weight 61.0 -> 56.9 kg. Cardiology (Dr. Patel) recommended continuing carvedilol and losartan, oral furosemide 60 mg daily and outpatient follow-up echo; dapagliflozin deferred to outpatient follow-up because of creatinine variation. Potassium fell to 3.2 on 12/05 and was replaced. On 12/06 nursing identified a stage 2 sacral pressure injury that was not present on admission; treated with foam dressing, low-air-loss mattress and repositioning, and was smaller (1.5 x 1.0 cm) at discharge. PT/OT recommended short-term rehab.

DISCHARGE MEDICATIONS:
- Furosemide 60 mg PO daily (CHANGED from 40 mg)
- Potassium chloride ER 20 mEq PO daily (NEW)
- Carvedilol 6.25 mg PO twice daily
- Losartan 25 mg PO daily
- Apixaban 2.5 mg PO twice daily
- Levothyroxine 50 mcg PO daily

DISCHARGE INSTRUCTIONS (to facility): daily weights - call if gain of more than 1 kg in a day or 2 kg in a week; 2 g sodium diet, 1.5 L fluid restriction; BMP in 1 week; sacral wound care with silicone foam dressing every 3 days and as needed, reposition every 2 hours.
FOLLOW-UP: Echo at Riverside Heart Center 01/15/2025; Dr. Patel after echo; PCP Dr. Whitlock.
CONDITION AT DISCHARGE: Improved. Disposition: Maple Grove Nursing & Rehabilitation (SNF).
`,
  });

  doc(p, {
    id: 'doc-doyle-echo-0115',
    type: 'cardiology-report',
    title: 'Transthoracic Echocardiogram',
    enc: 'enc-doyle-op1',
    by: 'prv-patel',
    at: '2025-01-15T10:40',
    written: '2025-01-15T14:30',
    sign: '2025-01-15T14:35',
    body: `
INDICATION (per order): Chronic systolic heart failure (HFrEF) due to hypertensive heart and chronic kidney disease, CKD stage 3b; follow-up after hospitalization for acute on chronic HF (12/2024).
Patient transported from Maple Grove Nursing & Rehabilitation. Rhythm during study: atrial fibrillation, rate 78-90.

MEASUREMENTS: LVIDd 6.0 cm, LVIDs 5.1 cm, IVSd 0.9 cm. LVEF (biplane) 32%. LA volume index 52 mL/m2. RVSP 42 mmHg.

FINDINGS:
Left ventricle: moderately dilated with global hypokinesis, worse in the septum (dyssynchrony from LBBB). EF 30-35%.
Right ventricle: normal size, mildly reduced systolic function (TAPSE 1.5 cm).
Atria: severe left atrial and moderate right atrial enlargement.
Mitral valve: moderate functional mitral regurgitation.
Tricuspid valve: mild regurgitation.
Aortic valve: sclerosis without stenosis.
Pericardium: no effusion.
IVC 1.8 cm with less than 50% inspiratory collapse - estimated RA pressure 8 mmHg.

IMPRESSION:
1. Dilated cardiomyopathy with LVEF 30-35%, unchanged from 06/2024.
2. Moderate functional mitral regurgitation.
3. Severe biatrial enlargement (permanent atrial fibrillation).
4. Estimated RVSP 42 mmHg; mildly reduced RV systolic function.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-doyle-ip2',
    by: 'prv-okafor',
    at: '2025-04-22T20:30',
    sign: '2025-04-22T21:15',
    body: `
CHIEF COMPLAINT: Fever and low oxygen at nursing facility.

HISTORY OF PRESENT ILLNESS:
Mrs. Doyle is an 83-year-old long-term resident of Maple Grove Nursing & Rehabilitation since 01/2025 with chronic systolic heart failure (EF 30-35% on 01/15/2025), permanent atrial fibrillation on apixaban, CKD 3b, hypertension and hypothyroidism. Staff report a coughing and choking episode while drinking thin liquids at dinner on 04/21, with several weeks of coughing at meals before that. Overnight she developed fever to 38.9 C, tachypnea and oxygen saturation of 86% on room air. Sent in by the facility physician. She is drowsy but answers simple questions. Her sacral pressure injury from December healed in 02/2025 per facility records.

PAST MEDICAL HISTORY: As above; hospitalization 12/2024 for acute on chronic HF.
MEDICATIONS (facility MAR): furosemide 60 mg daily, potassium chloride 20 mEq daily, carvedilol 6.25 mg BID, losartan 25 mg daily, apixaban 2.5 mg BID, levothyroxine 50 mcg daily.
ALLERGIES: Codeine (nausea/vomiting), sulfa (rash).
CODE STATUS: DNR/DNI per POLST (12/03/2024), selective treatment, no feeding tube. Daughter Eileen Kerrigan is HCPOA.

PHYSICAL EXAMINATION:
T 38.6 C, BP 104/58, HR 112 irregularly irregular, RR 28, SpO2 86% on room air -> 92% on 4 L/min nasal cannula.
Frail, drowsy, arousable to voice, oriented to person and place. Using accessory muscles. Coarse crackles and bronchial breath sounds at the right base. Irregular tachycardia, apical systolic murmur. JVP 8 cm. Trace ankle edema. Sacrum: healed, pink scar, intact skin.

DATA: WBC 16.2, procalcitonin 1.9, lactate 1.6, BUN 46, creatinine 1.74, BNP 1,120 (2,840 in 12/2024). Blood cultures drawn. CXR: right lower lobe consolidation.

ASSESSMENT AND PLAN:
1. Aspiration pneumonia, right lower lobe, after witnessed choking on thin liquids, with hypoxemia and respiratory distress. Ampicillin-sulbactam 3 g IV q6h (renally adjusted). Oxygen to SpO2 above 90%. NPO except meds; SLP bedside swallow evaluation. Aspiration precautions, head of bed 30 degrees.
2. Suspected oropharyngeal dysphagia: as above.
3. Chronic systolic heart failure, compensated: hold furosemide tonight given BP 104/58 and poor intake; continue carvedilol at half dose.
4. Permanent AF with rapid rate due to fever: treat fever; continue apixaban for now.
5. CKD 3b, creatinine near baseline.
6. Goals of care: DNR/DNI confirmed. Will meet with daughter tomorrow regarding overall trajectory.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-cxr',
    type: 'radiology-report',
    title: 'Chest X-ray, Portable AP',
    enc: 'enc-doyle-ip2',
    by: 'prv-farouk',
    at: '2025-04-22T19:10',
    written: '2025-04-22T19:45',
    sign: '2025-04-22T19:48',
    body: `
EXAM: XR CHEST 1 VIEW (PORTABLE)
CLINICAL INDICATION: Fever, hypoxemia, possible aspiration.
COMPARISON: 12/03/2024.

FINDINGS:
New dense airspace consolidation in the right lower lobe with air bronchograms. Small right pleural effusion. Cardiomegaly, stable. Interstitial edema seen in 12/2024 has resolved. Left lung clear.

IMPRESSION:
Right lower lobe consolidation, in this clinical setting most consistent with aspiration pneumonia. Small right effusion. Stable cardiomegaly.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-pn-0423',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note - Goals of Care',
    enc: 'enc-doyle-ip2',
    by: 'prv-okafor',
    at: '2025-04-23T14:00',
    written: '2025-04-23T15:20',
    sign: '2025-04-23T15:30',
    body: `
SUBJECTIVE: Per nursing, more somnolent overnight, intermittently moaning, not taking medications by mouth. SLP bedside evaluation this morning: wet voice and cough with ice chips and thin liquids, delayed swallow initiation - oropharyngeal dysphagia, high aspiration risk; not safe for any oral intake.

OBJECTIVE: T 38.3, BP 96/54, HR 118 irregular, RR 30, SpO2 90% on 6 L/min. Responds only to loud voice. Coarse bilateral rhonchi, right greater than left.

FAMILY MEETING (14:00, 50 minutes): Present - daughter Eileen Kerrigan (HCPOA), son Thomas Doyle by phone, chaplain Rev. Alvarez, RN M. Santos, myself.
Discussed that despite antibiotics her aspiration pneumonia is worsening, her oxygen needs are rising, and that her dysphagia means further aspiration is very likely. Her POLST already excludes intubation and feeding tube. The family shared that Peggy had said many times that she did not want to "be kept going" and would want to be comfortable. Consensus to transition to comfort measures only; the family understands that death may occur within hours to days.

ASSESSMENT AND PLAN:
1. Aspiration pneumonia, right lower lobe, worsening, with hypoxemia and respiratory distress.
2. Oropharyngeal dysphagia, severe.
3. Chronic systolic heart failure; CKD 3b; permanent AF.
4. Palliative care / comfort measures only, effective 15:00: stop antibiotics, labs, telemetry and non-comfort medications; morphine 2 mg IV q1h PRN dyspnea or pain (tolerated previously with antiemetic; codeine intolerance is nausea), glycopyrrolate PRN secretions, lorazepam PRN anxiety, oxygen for comfort. DNR/DNI. Family may stay overnight. Notify Maple Grove.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-orders',
    type: 'physician-orders',
    title: 'Orders - Admission and Comfort Measures',
    enc: 'enc-doyle-ip2',
    by: 'prv-okafor',
    at: '2025-04-22T18:05',
    written: '2025-04-23T15:00',
    sign: '2025-04-23T15:05',
    body: `
Allergies: Codeine (nausea/vomiting); sulfonamide antibiotics (rash).
Code status: DNR/DNI (POLST 12/03/2024).

${orderSheet(p, ['ord-doyle-09', 'ord-doyle-10', 'ord-doyle-11', 'ord-doyle-12'])}
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-nursing-death',
    type: 'nursing-note',
    title: 'Nursing Note - Death',
    enc: 'enc-doyle-ip2',
    by: 'prv-santos',
    at: '2025-04-25T04:40',
    written: '2025-04-25T05:30',
    sign: '2025-04-25T05:32',
    body: `
04:10 Patient resting, respirations 8-10/min with periods of apnea, mottling of knees and feet. Morphine 2 mg IV given 03:05 for labored breathing, last dose. Daughter at bedside, son en route.
04:40 On rounds, no respirations observed, no apical pulse on auscultation for one full minute. Daughter present. Night resident Dr. Reyes paged.
04:52 Dr. Reyes at bedside; death pronounced at 04:52.
04:58 Son Thomas Doyle arrived; family given private time. Chaplain called, at bedside 05:10.
05:05 Ohio Valley Donor Network notified per policy, referral #25-041788; not a candidate for organ donation, eye/tissue declined by family.
Coroner notification not required: expected death, attended, DNR/comfort measures, no injury or unusual circumstances (verified with house supervisor).
Post-mortem care given. Personal belongings (wedding ring, glasses, cardigan) given to daughter and recorded on belongings sheet. Body released to Hartley & Sons Funeral Home per family at 07:15.
Attending Dr. Okafor to be notified at start of day shift per her request.
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-pronounce',
    type: 'progress-note',
    title: 'Death Pronouncement Note',
    enc: 'enc-doyle-ip2',
    by: 'prv-reyes',
    at: '2025-04-25T04:52',
    written: '2025-04-25T05:05',
    sign: '2025-04-25T05:10',
    cosigner: 'prv-okafor',
    cosignAt: '2025-04-25T08:30',
    body: `
Called by RN at 04:45 for patient without respirations. Patient on comfort measures only, DNR/DNI.

Examination at 04:52: unresponsive to verbal and painful stimuli. Pupils fixed and dilated. No spontaneous respirations over 1 minute. No breath sounds. No heart sounds or palpable carotid pulse over 1 minute.

Time of death: 04/25/2025 04:52.

Family (daughter Eileen Kerrigan) present at bedside; son arriving. Condolences offered. Family declines autopsy. Expected death; coroner case criteria not met. Donor network notified by RN. Attending Dr. Okafor to be informed this morning; death certificate to be completed by attending.

Immediate cause of death (preliminary): aspiration pneumonia. Underlying/contributing: oropharyngeal dysphagia, chronic systolic heart failure, chronic kidney disease stage 3b.

Daniel Reyes, MD, PGY-2 Internal Medicine (night float)
`,
  });

  doc(p, {
    id: 'doc-doyle-ip2-ds',
    type: 'discharge-summary',
    title: 'Death Summary',
    enc: 'enc-doyle-ip2',
    by: 'prv-okafor',
    at: '2025-04-25T04:52',
    written: '2025-04-25T14:00',
    sign: '2025-04-25T14:30',
    body: `
ADMISSION DATE: 04/22/2025      DATE OF DEATH: 04/25/2025 04:52
ATTENDING: Adaeze N. Okafor, MD (Hospital Medicine)

PRINCIPAL DIAGNOSIS: Aspiration pneumonia, right lower lobe.
SECONDARY DIAGNOSES:
- Hypoxemia with respiratory distress.
- Oropharyngeal dysphagia (SLP evaluation 04/23/2025).
- Chronic systolic heart failure (EF 30-35%) with nonischemic dilated cardiomyopathy; hypertensive heart and chronic kidney disease.
- Chronic kidney disease, stage 3b.
- Permanent atrial fibrillation, on long-term anticoagulation until 04/23.
- Hypothyroidism.
- DNR/DNI; comfort measures only from 04/23/2025 15:00 (palliative care).

PROCEDURES: None.

HOSPITAL COURSE:
83-year-old nursing facility resident admitted 04/22 with fever, hypoxemia (SpO2 86% on room air), leukocytosis (WBC 16.2) and right lower lobe consolidation after a witnessed choking episode on thin liquids. Treated with ampicillin-sulbactam and oxygen. Bedside swallow evaluation showed severe oropharyngeal dysphagia. Despite treatment her oxygen requirement increased to 6 L/min with worsening respiratory distress and somnolence. Consistent with her POLST (DNR, no intubation, no feeding tube), at a family meeting on 04/23 her daughter (HCPOA) and son elected comfort measures only. Symptoms were managed with low-dose morphine and glycopyrrolate. She died peacefully at 04:52 on 04/25/2025 with her family present. Autopsy declined. Coroner not notified (expected death). Death certificate signed 04/25/2025.

CAUSE OF DEATH:
Part I: (a) Aspiration pneumonia - days; (b) Oropharyngeal dysphagia - weeks.
Part II: Chronic systolic heart failure; chronic kidney disease stage 3b.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 4. William Harold Thornton ("Bill") - fall at home, displaced right femoral neck fracture,
//    cemented hemiarthroplasty; op report dictated 4 days late; query-worthy "postoperative anemia".
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-thornton-william',
    mrn: '0027450',
    name: { family: 'Thornton', given: ['William', 'Harold'] },
    aliases: [{ kind: 'nickname', given: 'Bill' }],
    birthDate: '1949-05-30',
    sex: 'male',
    address: { line: ['1509 Elm Street'], city: 'Riverside', state: 'OH', postalCode: '45502', country: 'US' },
    phone: '(937) 555-0176',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '7731' },
      { type: 'medicare', value: '6PR1-HX3-VN52', issuer: 'CMS' },
    ],
    alerts: [
      { kind: 'clinical', text: 'Fall risk' },
      { kind: 'clinical', text: 'No morphine - confusion/hallucinations' },
    ],
  });
  encounter(p, {
    id: 'enc-thornton-ed1',
    accountNumber: 'RG25001890',
    class: 'emergency',
    admittedAt: '2025-02-17T07:55',
    dischargedAt: '2025-02-17T11:40',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Bay 3',
    reasonForVisit: 'Fall at home, right hip pain, unable to bear weight (arrived by EMS)',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-thornton-ip1',
    accountNumber: 'RG25001893',
    class: 'inpatient',
    admittedAt: '2025-02-17T11:40',
    dischargedAt: '2025-02-21T12:00',
    attendingId: 'prv-castillo',
    service: 'Orthopaedic Surgery',
    location: '6 North Orthopaedics, Rm 604',
    reasonForVisit: 'Displaced right femoral neck fracture',
    admitSource: 'emergency-department',
    dischargeDisposition: 'rehabilitation',
  });
  encounter(p, {
    id: 'enc-thornton-op1',
    accountNumber: 'RG25002214',
    class: 'outpatient',
    admittedAt: '2025-03-04T10:20',
    dischargedAt: '2025-03-04T11:00',
    attendingId: 'prv-castillo',
    service: 'Orthopaedic Clinic',
    location: 'Riverside Orthopaedic Center',
    reasonForVisit: 'Two-week post-operative visit, right hip hemiarthroplasty',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-thornton-morphine',
    substance: 'Morphine',
    category: 'medication',
    reaction: 'Confusion and visual hallucinations',
    severity: 'moderate',
    recordedAt: '2025-02-17T08:05',
  });

  problem(p, {
    id: 'prob-thornton-fx',
    description: 'Displaced midcervical (transcervical) fracture of right femoral neck, s/p hemiarthroplasty 02/18/2025',
    status: 'active',
    onset: '2025-02-17',
    recordedAt: '2025-02-17T13:10',
    encounterId: 'enc-thornton-ip1',
  });
  problem(p, { id: 'prob-thornton-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-02-17T13:10' });
  problem(p, { id: 'prob-thornton-thyroid', description: 'Hypothyroidism', status: 'active', recordedAt: '2025-02-17T13:10' });
  problem(p, { id: 'prob-thornton-bph', description: 'Benign prostatic hyperplasia', status: 'active', recordedAt: '2025-02-17T13:10' });
  problem(p, { id: 'prob-thornton-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-02-17T13:10' });

  med(p, {
    id: 'med-thornton-amlo',
    name: 'Amlodipine',
    dose: '10 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-levo',
    name: 'Levothyroxine',
    dose: '75 mcg',
    route: 'PO',
    frequency: 'daily before breakfast',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-tams',
    name: 'Tamsulosin',
    dose: '0.4 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-simva',
    name: 'Simvastatin',
    dose: '20 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-cefaz',
    name: 'Cefazolin',
    dose: '2 g',
    route: 'IV',
    frequency: 'pre-incision, then every 8 hours x 2 doses',
    status: 'completed',
    start: '2025-02-18T07:58',
    end: '2025-02-19T00:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-thornton-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-thornton-enox',
    name: 'Enoxaparin',
    dose: '40 mg',
    route: 'SC',
    frequency: 'daily x 35 days (through 03/24/2025)',
    status: 'completed',
    start: '2025-02-19T08:00',
    end: '2025-03-24T08:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-thornton-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-apap',
    name: 'Acetaminophen',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'every 8 hours',
    status: 'active',
    start: '2025-02-18T14:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-thornton-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-thornton-oxy',
    name: 'Oxycodone',
    dose: '2.5-5 mg',
    route: 'PO',
    frequency: 'every 4 hours as needed for moderate-severe pain',
    status: 'completed',
    start: '2025-02-18T10:00',
    end: '2025-02-27T20:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-thornton-ip1',
    setting: 'outpatient',
  });

  const edLabs = [
    ...results(p, 'thornton-ed', 'enc-thornton-ed1', '2025-02-17T08:10', '2025-02-17T08:55', 'ED labs', [
      ['WBC', 10.2, 'x10^3/uL', 4.0, 11.0],
      ['Hemoglobin', 12.1, 'g/dL', 13.5, 17.5, 'L'],
      ['Platelets', 210, 'x10^3/uL', 150, 400],
      ['Sodium', 139, 'mmol/L', 136, 145],
      ['Potassium', 4.0, 'mmol/L', 3.5, 5.1],
      ['Creatinine', 1.02, 'mg/dL', 0.7, 1.3],
      ['Glucose', 124, 'mg/dL', 70, 99, 'H'],
      ['INR', 1.0, '', 0.9, 1.1],
      ['ABO/Rh', 'O positive'],
      ['Antibody screen', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
    ]),
  ];
  void edLabs;
  results(p, 'thornton-h0218', 'enc-thornton-ip1', '2025-02-18T14:00', '2025-02-18T14:40', 'Hemoglobin/hematocrit', [
    ['Hemoglobin', 9.8, 'g/dL', 13.5, 17.5, 'L'],
    ['Hematocrit', 29.5, '%', 40, 52, 'L'],
  ]);
  results(p, 'thornton-h0219a', 'enc-thornton-ip1', '2025-02-19T05:00', '2025-02-19T05:50', 'CBC', [
    ['WBC', 9.4, 'x10^3/uL', 4.0, 11.0],
    ['Hemoglobin', 7.6, 'g/dL', 13.5, 17.5, 'L'],
    ['Hematocrit', 22.9, '%', 40, 52, 'L'],
    ['Platelets', 168, 'x10^3/uL', 150, 400],
  ]);
  results(p, 'thornton-h0219b', 'enc-thornton-ip1', '2025-02-19T16:00', '2025-02-19T16:35', 'Hemoglobin/hematocrit (post-transfusion)', [
    ['Hemoglobin', 8.7, 'g/dL', 13.5, 17.5, 'L'],
    ['Hematocrit', 26.2, '%', 40, 52, 'L'],
  ]);
  results(p, 'thornton-h0220', 'enc-thornton-ip1', '2025-02-20T05:00', '2025-02-20T05:45', 'Hemoglobin/hematocrit', [
    ['Hemoglobin', 8.9, 'g/dL', 13.5, 17.5, 'L'],
  ]);
  results(p, 'thornton-h0221', 'enc-thornton-ip1', '2025-02-21T05:00', '2025-02-21T05:40', 'Hemoglobin/hematocrit', [
    ['Hemoglobin', 8.8, 'g/dL', 13.5, 17.5, 'L'],
  ]);

  order(p, {
    id: 'ord-thornton-01',
    enc: 'enc-thornton-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Orthopaedic Surgery (Dr. Castillo), 6 North. Right femoral neck fracture. Full code.',
    at: '2025-02-17T11:40',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-02',
    enc: 'enc-thornton-ip1',
    cat: 'procedure',
    text: 'OR 02/18/2025 first case: right hip hemiarthroplasty. NPO after midnight. Type and screen current. Cefazolin 2 g IV within 60 minutes of incision. Skin prep chlorhexidine.',
    at: '2025-02-17T11:50',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-03',
    enc: 'enc-thornton-ip1',
    cat: 'consult',
    text: 'Hospital medicine consult (Dr. Okafor): pre-operative medical evaluation and co-management.',
    at: '2025-02-17T11:50',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-04',
    enc: 'enc-thornton-ip1',
    cat: 'activity',
    text: 'Post-op: weight bearing as tolerated right lower extremity; hip precautions per direct lateral approach protocol; PT and OT evaluate and treat POD 0.',
    at: '2025-02-18T10:00',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-05',
    enc: 'enc-thornton-ip1',
    cat: 'medication',
    text: 'Enoxaparin 40 mg SC daily starting 02/19 08:00 for 35 days; acetaminophen 1 g PO every 8 hours; oxycodone 2.5-5 mg PO every 4 hours PRN pain. NO MORPHINE.',
    at: '2025-02-18T10:00',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-06',
    enc: 'enc-thornton-ip1',
    cat: 'lab',
    text: 'Hemoglobin/hematocrit 4 hours post-op, then CBC daily.',
    at: '2025-02-18T10:00',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-thornton-07',
    enc: 'enc-thornton-ip1',
    cat: 'medication',
    text: 'Transfuse 1 unit packed red blood cells over 2 hours for hemoglobin 7.6; H/H 4 hours after transfusion.',
    at: '2025-02-19T06:10',
    by: 'prv-castillo',
    status: 'completed',
    mode: 'telephone',
    auth: '2025-02-19T13:05',
  });

  procedure(p, {
    id: 'proc-thornton-hemi',
    encounterId: 'enc-thornton-ip1',
    description: 'Right hip hemiarthroplasty, cemented femoral stem with unipolar cobalt-chromium head, direct lateral approach',
    performedAt: '2025-02-18T08:20',
    performerId: 'prv-castillo',
  });
  procedure(p, {
    id: 'proc-thornton-prbc',
    encounterId: 'enc-thornton-ip1',
    description: 'Transfusion of 1 unit packed red blood cells, peripheral IV',
    performedAt: '2025-02-19T08:30',
    performerId: 'prv-castillo',
  });

  doc(p, {
    id: 'doc-thornton-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-thornton-ed1',
    by: 'prv-adeyemi',
    at: '2025-02-17T08:00',
    written: '2025-02-17T11:05',
    sign: '2025-02-17T11:30',
    body: `
CHIEF COMPLAINT: Right hip pain after a fall.

HISTORY OF PRESENT ILLNESS:
75-year-old right-handed man brought by Riverside Fire & EMS after tripping on a throw rug while walking into his kitchen at about 06:30 this morning. Fell onto his right side on the tile floor; did not strike his head, no loss of consciousness, no preceding dizziness, chest pain or palpitations. Unable to get up; his wife called 911. Severe right groin pain, worse with any movement. Not on blood thinners. EMS gave fentanyl 50 mcg IV en route.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism, BPH, hyperlipidemia.
MEDICATIONS: Amlodipine 10 mg daily, levothyroxine 75 mcg daily, tamsulosin 0.4 mg nightly, simvastatin 20 mg nightly.
ALLERGIES: Morphine - confusion and hallucinations (2019 after knee arthroscopy).
SOCIAL: Lives with wife in a two-story house. Independent, walks without aids. Retired machinist. Never smoker, rare alcohol.

EXAM:
BP 164/90, HR 92, RR 18, SpO2 97% RA, T 36.9 C.
Alert and oriented x3. No head or facial trauma. Cervical spine nontender, full range of motion. Chest and pelvis stable.
Right lower extremity shortened and externally rotated; pain with any log-roll. Dorsalis pedis and posterior tibial pulses 2+. Sensation intact. Skin intact.

ED COURSE:
09:10 Ultrasound-guided right fascia iliaca block, 30 mL ropivacaine 0.2%, by me, after verbal consent; good relief.
XR pelvis and right hip: displaced right femoral neck fracture (see radiology). Chest X-ray: no acute disease. ECG: sinus 90, first-degree AV block, no acute changes.
Labs: hemoglobin 12.1, creatinine 1.02, INR 1.0. Type and screen sent.
10:15 Discussed with Dr. Castillo (orthopaedics) - admit to orthopaedics, OR tomorrow; hospital medicine to co-manage.

DIAGNOSIS: Closed displaced fracture of the right femoral neck, initial encounter, due to a trip and fall on the same level at home (kitchen).
DISPOSITION: Admitted to Orthopaedic Surgery. Condition stable.
`,
  });

  doc(p, {
    id: 'doc-thornton-ed-xr',
    type: 'radiology-report',
    title: 'XR Pelvis, Right Hip and Chest',
    enc: 'enc-thornton-ed1',
    by: 'prv-farouk',
    at: '2025-02-17T08:35',
    written: '2025-02-17T09:02',
    sign: '2025-02-17T09:05',
    body: `
EXAMS: XR PELVIS 1 VIEW; XR HIP RIGHT 2 VIEWS; XR CHEST 1 VIEW
CLINICAL INDICATION: Fall, right hip pain, shortened externally rotated leg.
COMPARISON: None.

FINDINGS:
Pelvis/right hip: Displaced fracture through the midportion (transcervical) of the right femoral neck with superior migration and external rotation of the femoral shaft; complete displacement of the fracture fragments (Garden IV). Femoral head remains seated in the acetabulum. Joint space preserved. No acetabular, pubic ramus or sacral fracture. Diffuse osteopenia. Left hip unremarkable.
Chest: Normal heart size. Lungs clear. No effusion or pneumothorax. No rib fracture seen.

IMPRESSION:
1. Displaced midcervical (transcervical) fracture of the right femoral neck, Garden IV.
2. No acute cardiopulmonary disease.
`,
  });

  doc(p, {
    id: 'doc-thornton-hp',
    type: 'history-and-physical',
    title: 'Orthopaedic Admission History and Physical',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-17T13:10',
    sign: '2025-02-17T13:55',
    body: `
CHIEF COMPLAINT: Right hip fracture.

HISTORY OF PRESENT ILLNESS:
Mr. Thornton ("Bill") is a 75-year-old community ambulator who tripped on a rug in his kitchen this morning and fell onto his right hip. Mechanical fall, no prodrome, no head strike. Immediate inability to bear weight. X-rays show a displaced transcervical fracture of the right femoral neck (Garden IV). Pain controlled after fascia iliaca block in the ED.

PAST MEDICAL HISTORY: Hypertension, hypothyroidism, benign prostatic hyperplasia, hyperlipidemia.
PAST SURGICAL HISTORY: Left knee arthroscopy 2019. Cataract surgery both eyes.
MEDICATIONS: Amlodipine 10 mg daily, levothyroxine 75 mcg daily, tamsulosin 0.4 mg nightly, simvastatin 20 mg nightly.
ALLERGIES: Morphine (confusion, hallucinations).
SOCIAL HISTORY: Married, lives with wife in a two-story house, bedroom upstairs. Independent without assistive device before the fall. Never smoker.
FUNCTIONAL STATUS: Walks 1 mile daily, climbs stairs, drives.

REVIEW OF SYSTEMS: No chest pain, dyspnea, syncope, bleeding, weight loss, bone pain elsewhere. Nocturia x2 (BPH).

PHYSICAL EXAMINATION:
BP 152/84, HR 84, RR 16, SpO2 97% RA. Weight 80 kg, height 175 cm.
Alert, oriented, comfortable at rest. Heart regular. Lungs clear.
Right lower extremity: shortened and externally rotated; skin intact; compartments soft; DP/PT 2+; sensation intact in saphenous, sural, superficial and deep peroneal and tibial distributions; EHL/FHL/TA/GSC 5/5.

IMAGING: Displaced right femoral neck fracture, Garden IV, with preserved acetabular joint space.

ASSESSMENT AND PLAN:
Displaced right femoral neck fracture (midcervical), closed, after a mechanical fall from standing.
Given age, displacement and preserved acetabular cartilage with moderate activity demands, recommend cemented hemiarthroplasty. Total hip arthroplasty discussed and not favored in view of absent hip arthritis. Risks, benefits and alternatives including nonoperative care discussed with patient and wife; they wish to proceed. Consent obtained.
- OR tomorrow first case; NPO after midnight; cefazolin on call; type and screen.
- Hospital medicine consult for pre-operative evaluation.
- Hold enoxaparin tonight (spinal anesthesia planned); SCDs.
- Pain: acetaminophen, oxycodone PRN. No morphine.
- Fall risk precautions; delirium precautions.
`,
  });

  doc(p, {
    id: 'doc-thornton-medcons',
    type: 'consultation',
    title: 'Hospital Medicine Pre-operative Consultation',
    enc: 'enc-thornton-ip1',
    by: 'prv-okafor',
    at: '2025-02-17T15:30',
    written: '2025-02-17T16:10',
    sign: '2025-02-17T16:20',
    body: `
REQUESTING PHYSICIAN: Marco A. Castillo, MD.
REASON: Pre-operative medical evaluation before right hip hemiarthroplasty; co-management.

HISTORY: 75-year-old man with hypertension, hypothyroidism, BPH and hyperlipidemia with a displaced right femoral neck fracture after a mechanical trip over a rug. No syncope or presyncope. Functional capacity more than 4 METs before injury (walks a mile, climbs a flight of stairs). No known coronary disease, heart failure, stroke, diabetes or kidney disease.

MEDICATIONS: As per H&P. ALLERGIES: Morphine.

EXAM: BP 148/82, HR 86, SpO2 97%. No JVD. Lungs clear. Regular rhythm, no murmur (no aortic stenosis murmur). No edema.
DATA: Hemoglobin 12.1, creatinine 1.02, glucose 124 (non-fasting), INR 1.0. ECG: sinus rhythm 90, first-degree AV block (PR 224 ms), no ischemic changes. Chest X-ray clear.

ASSESSMENT:
1. Pre-operative evaluation: Revised Cardiac Risk Index 0 (elevated-risk surgery counts only if intraperitoneal/intrathoracic/suprainguinal vascular; this is not). Good functional capacity. No further cardiac testing indicated. Acceptable risk; may proceed.
2. Hypertension: continue amlodipine.
3. Hypothyroidism: continue levothyroxine.
4. BPH: continue tamsulosin; monitor for post-op urinary retention after spinal.
5. Hyperlipidemia: continue simvastatin.

RECOMMENDATIONS: Proceed with surgery. Delirium precautions (avoid morphine, benzodiazepines, anticholinergics). VTE prophylaxis per orthopaedics after surgery. Outpatient bone density testing after a hip fracture from a fall at standing height. Will follow daily.
`,
  });

  doc(p, {
    id: 'doc-thornton-consent',
    type: 'consent-form',
    title: 'Surgical Consent - Right Hip Hemiarthroplasty',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-17T17:00',
    sign: '2025-02-17T17:00',
    method: 'handwritten',
    body: `
CONSENT TO OPERATION OR PROCEDURE

Patient: William H. Thornton
Procedure: RIGHT HIP HEMIARTHROPLASTY (partial hip replacement), possible conversion to total hip arthroplasty, with anesthesia as determined by the anesthesiologist.
Surgeon: Marco A. Castillo, MD, and assistants.

I have been told about my condition (broken right hip) and the nature of the operation. The risks explained to me include infection, bleeding that may require transfusion, dislocation of the new hip, fracture of the thighbone during surgery, difference in leg lengths, nerve or blood vessel injury, blood clots in the legs or lungs, loosening or wear of the implant, need for further surgery, heart attack, stroke, confusion after surgery, and death. Alternatives including non-operative treatment and total hip replacement were explained.

Blood transfusion: I [X] consent  [ ] refuse the transfusion of blood or blood products if my doctor believes it is needed.
Tissue removed (femoral head) may be examined and disposed of by the pathology department.

Patient signature: William H. Thornton (signed)    02/17/2025 17:00
Witness: M. Santos, RN (signed)                     02/17/2025 17:00
Surgeon: Marco A. Castillo, MD (signed)             02/17/2025 17:00
Site marked: right hip (MC) 02/17/2025.
`,
  });

  doc(p, {
    id: 'doc-thornton-anes',
    type: 'anesthesia-record',
    title: 'Anesthesia Record',
    enc: 'enc-thornton-ip1',
    by: 'prv-moore',
    at: '2025-02-18T07:50',
    written: '2025-02-18T09:55',
    sign: '2025-02-18T10:05',
    body: `
PROCEDURE: Right hip hemiarthroplasty.   SURGEON: Castillo.   ANESTHESIOLOGIST: Janet L. Moore, MD.
ASA PHYSICAL STATUS: 3.   Weight 80 kg. NPO since 00:00. Airway: Mallampati II.
PRE-ANESTHESIA EVALUATION (02/17/2025 19:40): reviewed H&P and medicine consult; first-degree AV block; no prior anesthesia problems except morphine-related delirium. Plan: spinal with sedation. Consent for anesthesia signed 02/17/2025 19:45.

TIMES: In room 07:50. Anesthesia start 07:55. Spinal placed 08:02. Incision 08:20. Closure end 09:30. Out of room 09:45. Anesthesia end 09:50.

ANESTHETIC: Spinal, sitting position, L3-4, 25 g pencil-point needle, single pass, clear CSF. Bupivacaine 0.75% hyperbaric 12 mg. T10 level at 08:12. Sedation: propofol infusion 25-50 mcg/kg/min, spontaneous ventilation, O2 3 L/min by nasal cannula with capnography.
MEDICATIONS: Cefazolin 2 g IV 07:58. Tranexamic acid 1 g IV 08:15. Ondansetron 4 mg IV 09:20. Phenylephrine 100 mcg IV x3 boluses for SBP below 95.
FLUIDS: Lactated Ringer's 1,200 mL. ESTIMATED BLOOD LOSS: 350 mL. URINE: 250 mL (straight catheter at end).
MONITORS: ASA standard, 5-lead ECG, NIBP every 3 minutes.
VITAL SIGN RANGE: BP 92-146/54-80, HR 64-88, SpO2 96-99%.
EVENTS: Transient hypotension after positioning, responded to phenylephrine. Cement pressurization at 08:58 without hemodynamic change.

POST-ANESTHESIA: To PACU 09:50, awake, comfortable, SpO2 97% on 2 L, BP 128/70. Aldrete 9. Sensory level regressing. No complications of anesthesia.
Post-anesthesia evaluation 02/18/2025 11:30: motor function returned, no headache, nausea controlled.
`,
  });

  doc(p, {
    id: 'doc-thornton-op',
    type: 'operative-report',
    title: 'Operative Report',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-18T08:20',
    written: '2025-02-22T14:10',
    sign: '2025-02-22T16:00',
    body: `
DATE OF SURGERY: 02/18/2025
SURGEON: Marco A. Castillo, MD      ASSISTANT: Luis Ferreira, PA-C
ANESTHESIA: Spinal with propofol sedation (Janet L. Moore, MD)

PREOPERATIVE DIAGNOSIS: Displaced right femoral neck fracture (midcervical, Garden IV).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Right hip hemiarthroplasty with cemented femoral stem and unipolar modular cobalt-chromium femoral head.

IMPLANTS: Cemented polished tapered femoral stem, size 4, standard offset. Unipolar modular cobalt-chromium femoral head, 48 mm, +0 neck length. Distal cement restrictor. One batch (40 g) tobramycin-loaded bone cement.

INDICATIONS: 75-year-old active man with a displaced femoral neck fracture after a fall from standing. Acetabular cartilage preserved. Risks and benefits discussed; consent signed.

DESCRIPTION: Right hip marked. Cefazolin and tranexamic acid given. Left lateral decubitus on a pegboard, right hip prepped and draped. Time-out performed. Direct lateral (Hardinge) approach: incision centered on the greater trochanter, fascia lata incised, anterior third of the gluteus medius and vastus lateralis elevated in continuity. Capsulotomy; hemarthrosis evacuated. Femoral neck fracture confirmed, displaced. Neck cut completed 1 cm above the lesser trochanter; femoral head extracted with corkscrew and measured at 48 mm. Acetabular cartilage inspected - smooth and intact; labrum trimmed. Canal opened, broached sequentially to size 4. Trial reduction: stable to 90 degrees flexion with 40 degrees internal rotation and in full extension with external rotation; leg lengths equal. Cement restrictor placed, canal irrigated and dried, cement introduced retrograde with a gun and pressurized. Stem inserted in 10 degrees of anteversion and held until cement cured. 48 mm +0 unipolar head impacted on a clean dry taper. Hip reduced; stable. Copious irrigation. Capsule and abductors repaired with transosseous sutures; fascia with running #1; subcutaneous 2-0; skin staples. Sterile dressing.

FINDINGS: Displaced transcervical femoral neck fracture, intact acetabular cartilage, good bone stock in the proximal femur.
ESTIMATED BLOOD LOSS: 350 mL.   FLUIDS: 1,200 mL LR.   DRAINS: None.
SPECIMENS: Right femoral head to pathology.
COMPLICATIONS: None. Counts correct x2.
CONDITION: Stable to PACU.
POSTOPERATIVE PLAN: WBAT, hip precautions, enoxaparin 35 days, cefazolin x24 h, PT/OT.

[Dictation delayed - surgeon out of town 02/19-02/21.]
`,
  });

  doc(p, {
    id: 'doc-thornton-path',
    type: 'pathology-report',
    title: 'Surgical Pathology Report',
    enc: 'enc-thornton-ip1',
    by: 'prv-ostrowski',
    at: '2025-02-18T09:10',
    written: '2025-02-20T15:30',
    sign: '2025-02-20T15:40',
    body: `
ACCESSION: RS25-01188
SPECIMEN: Right femoral head.
CLINICAL HISTORY: Fall; displaced femoral neck fracture; hemiarthroplasty.

GROSS DESCRIPTION:
Received fresh labeled "right femoral head" is a femoral head with attached portion of neck, 4.8 x 4.6 x 4.2 cm, with an irregular fracture surface at the neck. The articular cartilage is tan-white, smooth and glistening, without erosions. Serially sectioned after fixation and decalcification; representative sections submitted in 2 cassettes.

MICROSCOPIC DESCRIPTION:
Sections show viable articular cartilage and subchondral bone with thinned trabeculae. Fracture margin with acute hemorrhage, fibrin and early granulation tissue. Hematopoietic and fatty marrow without atypical cells. No osteonecrosis. No neoplasm.

DIAGNOSIS:
Right femoral head, hemiarthroplasty:
- Femoral head with acute fracture of the neck.
- Thinned trabecular bone.
- Articular cartilage without significant degenerative change.
- Negative for osteonecrosis and for malignancy.
`,
  });

  doc(p, {
    id: 'doc-thornton-postop-xr',
    type: 'radiology-report',
    title: 'XR Pelvis and Right Hip, Post-operative',
    enc: 'enc-thornton-ip1',
    by: 'prv-farouk',
    at: '2025-02-18T10:30',
    written: '2025-02-18T11:10',
    sign: '2025-02-18T11:12',
    body: `
EXAM: XR PELVIS 1 VIEW AND RIGHT HIP 2 VIEWS (PACU)
CLINICAL INDICATION: Post-operative, right hip hemiarthroplasty.
COMPARISON: 02/17/2025.

FINDINGS: Interval right hip hemiarthroplasty with a cemented femoral stem and a large unipolar femoral head, concentrically located in the acetabulum. Cement mantle continuous without gaps. Distal cement restrictor. No periprosthetic fracture. Skin staples and expected soft tissue gas. Leg lengths appear symmetric.

IMPRESSION: Right hip hemiarthroplasty in satisfactory position without complication.
`,
  });

  doc(p, {
    id: 'doc-thornton-orders',
    type: 'physician-orders',
    title: 'Orthopaedic Orders - Pre-operative and Post-operative',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-17T11:40',
    written: '2025-02-19T06:10',
    sign: '2025-02-19T13:05',
    body: `
Allergy: MORPHINE (confusion, hallucinations).

${orderSheet(p, ['ord-thornton-01', 'ord-thornton-02', 'ord-thornton-03', 'ord-thornton-04', 'ord-thornton-05', 'ord-thornton-06', 'ord-thornton-07'])}
`,
  });

  doc(p, {
    id: 'doc-thornton-pn-0219',
    type: 'progress-note',
    title: 'Orthopaedic Progress Note - POD 1',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-19T07:30',
    written: '2025-02-19T07:50',
    sign: '2025-02-19T07:55',
    body: `
POST-OPERATIVE DAY 1, right hip hemiarthroplasty.

SUBJECTIVE: Pain 4/10 with movement, controlled with acetaminophen and 2 doses of oxycodone 2.5 mg. Lightheaded when PT sat him at the edge of the bed yesterday evening. Voiding without difficulty. No confusion per wife and nursing.

OBJECTIVE: T 37.5, BP 108/62, HR 98, SpO2 95% on room air.
Dressing clean and dry with small strikethrough. Thigh soft. Calf nontender. Distal neurovascular intact.
Hemoglobin 7.6 this morning (12.1 pre-op, 9.8 at 4 hours post-op). Creatinine not repeated.

ASSESSMENT:
75-year-old man POD 1 after cemented right hip hemiarthroplasty for a displaced femoral neck fracture.
1. Postoperative anemia, expected after hip fracture and surgery (EBL 350 mL plus fracture hematoma); symptomatic orthostasis. Transfusing 1 unit PRBC this morning (telephone order 06:10), recheck H/H after.
2. Pain controlled.

PLAN: WBAT with PT twice daily. Enoxaparin started 08:00. Hold amlodipine today for BP 108/62. Anticipate inpatient rehabilitation placement; case management aware.
`,
  });

  doc(p, {
    id: 'doc-thornton-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-thornton-ip1',
    by: 'prv-castillo',
    at: '2025-02-21T12:00',
    written: '2025-02-21T14:30',
    sign: '2025-02-21T16:20',
    body: `
ADMISSION DATE: 02/17/2025      DISCHARGE DATE: 02/21/2025
ATTENDING: Marco A. Castillo, MD (Orthopaedics)   CONSULTANT: Adaeze N. Okafor, MD (Hospital Medicine)

PRINCIPAL DIAGNOSIS: Closed displaced midcervical fracture of the right femoral neck, due to trip and fall on a rug in the kitchen at home.
SECONDARY DIAGNOSES:
- Postoperative anemia, transfused 1 unit PRBC on 02/19/2025; hemoglobin 8.8 at discharge.
- Hypertension. Hypothyroidism. Benign prostatic hyperplasia. Hyperlipidemia.

PROCEDURE: 02/18/2025 Right hip hemiarthroplasty, cemented stem with unipolar metal head (Dr. Castillo). Spinal anesthesia.

HOSPITAL COURSE:
Admitted from the ED after a mechanical fall with a displaced right femoral neck fracture. Medically cleared by hospital medicine (RCRI 0). Underwent uncomplicated cemented hemiarthroplasty on hospital day 2. Hemoglobin fell from 12.1 to 7.6 on POD 1 with orthostatic symptoms; transfused 1 unit with good response (8.7-8.9). Worked with PT; ambulating 60 feet with a rolling walker, WBAT. Pain controlled on acetaminophen and low-dose oxycodone. Pathology: femoral head with acute fracture, no neoplasm.

DISCHARGE MEDICATIONS:
- Enoxaparin 40 mg SC daily through 03/24/2025 (NEW)
- Acetaminophen 1,000 mg PO every 8 hours (NEW)
- Oxycodone 2.5-5 mg PO every 4 hours as needed for severe pain (NEW, short course)
- Amlodipine 10 mg daily (resume if SBP above 130)
- Levothyroxine 75 mcg daily; tamsulosin 0.4 mg nightly; simvastatin 20 mg nightly

ALLERGIES: Morphine.
ACTIVITY: WBAT right leg, hip precautions for 6 weeks, rolling walker.
WOUND: Dry dressing; staples out at 2-week visit.
FOLLOW-UP: Orthopaedic clinic (Dr. Castillo) 03/04/2025; bone density (DEXA) through PCP; CBC in 1 week at rehab facility.
DISPOSITION: Valley Inpatient Rehabilitation Hospital. Condition stable.
`,
  });

  doc(p, {
    id: 'doc-thornton-clinic-0304',
    type: 'progress-note',
    title: 'Orthopaedic Clinic Post-operative Visit',
    enc: 'enc-thornton-op1',
    by: 'prv-castillo',
    at: '2025-03-04T10:20',
    written: '2025-03-04T10:55',
    sign: '2025-03-04T12:30',
    body: `
REASON FOR VISIT: 2-week post-operative visit after right hip hemiarthroplasty (02/18/2025) for a displaced femoral neck fracture.

HISTORY: Discharged home from Valley Inpatient Rehabilitation on 03/01/2025. Walking in the house with a rolling walker, using a cane for short distances. Pain 2/10, acetaminophen only; last oxycodone 02/27. Enoxaparin injections daily via wife, through 03/24. No fever, drainage, calf pain or instability. Outpatient PT started, twice weekly.

EXAM: Afebrile. Incision healed without erythema or drainage; staples removed and Steri-Strips applied. Mild lateral thigh swelling, soft. Hip flexion to 90 degrees without pain. Leg lengths equal. Neurovascularly intact distally. Calf soft and nontender.

X-RAYS TODAY (AP pelvis, lateral right hip, reviewed by me): cemented right hemiarthroplasty in stable position, unchanged from post-operative films, no subsidence or periprosthetic fracture.

ASSESSMENT: Healing displaced right femoral neck fracture, status post hemiarthroplasty; routine recovery.
PLAN: Advance to cane as tolerated; continue hip precautions for 4 more weeks; finish enoxaparin 03/24; continue outpatient PT. CBC from rehab 02/27 showed hemoglobin 10.4. Reminded to complete DEXA ordered by PCP. Return in 4 weeks with X-rays.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Dolores Maria Ramirez ("Lola") - severe sepsis due to E. coli acute pyelonephritis with AKI;
//    Spanish interpreter; verbal order never authenticated.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-ramirez-dolores',
    mrn: '0062914',
    name: { family: 'Ramírez', given: ['Dolores', 'María'] },
    aliases: [{ kind: 'nickname', given: 'Lola' }],
    birthDate: '1962-11-02',
    sex: 'female',
    address: { line: ['2240 Mill Creek Drive', 'Apt 3B'], city: 'Riverside', state: 'OH', postalCode: '45502', country: 'US' },
    phone: '(937) 555-0164',
    language: 'Spanish',
    identifiers: [
      { type: 'ssn-last4', value: '5190' },
      { type: 'insurance-member', value: 'BHP774120558', issuer: 'Buckeye Health Plan' },
    ],
    alerts: [{ kind: 'administrative', text: 'Interpreter required - Spanish' }],
  });
  encounter(p, {
    id: 'enc-ramirez-ed1',
    accountNumber: 'RG25002530',
    class: 'emergency',
    admittedAt: '2025-03-10T13:20',
    dischargedAt: '2025-03-10T17:05',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 12',
    reasonForVisit: 'Fever, right flank pain, vomiting',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-ramirez-ip1',
    accountNumber: 'RG25002534',
    class: 'inpatient',
    admittedAt: '2025-03-10T17:05',
    dischargedAt: '2025-03-14T12:30',
    attendingId: 'prv-lindqvist',
    service: 'Hospital Medicine',
    location: '4 West, Rm 431',
    reasonForVisit: 'Sepsis, acute pyelonephritis',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-ramirez-cipro',
    substance: 'Ciprofloxacin',
    category: 'medication',
    reaction: 'Achilles tendinitis (2021)',
    severity: 'moderate',
    recordedAt: '2025-03-10T13:30',
  });
  allergy(p, {
    id: 'alg-ramirez-shellfish',
    substance: 'Shellfish',
    category: 'food',
    reaction: 'Hives, lip swelling',
    severity: 'moderate',
    recordedAt: '2025-03-10T13:30',
  });

  problem(p, {
    id: 'prob-ramirez-dm',
    description: 'Type 2 diabetes mellitus with hyperglycemia',
    status: 'active',
    onset: '2014-01-01',
    recordedAt: '2025-03-10T19:30',
  });
  problem(p, { id: 'prob-ramirez-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-03-10T19:30' });
  problem(p, { id: 'prob-ramirez-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-03-10T19:30' });
  problem(p, {
    id: 'prob-ramirez-pyelo',
    description: 'Acute pyelonephritis, E. coli, with sepsis and acute kidney injury (03/2025)',
    status: 'resolved',
    onset: '2025-03-07',
    recordedAt: '2025-03-10T19:30',
    encounterId: 'enc-ramirez-ip1',
  });

  med(p, {
    id: 'med-ramirez-metformin',
    name: 'Metformin',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-ramirez-glipizide',
    name: 'Glipizide',
    dose: '5 mg',
    route: 'PO',
    frequency: 'daily with breakfast',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-ramirez-lisinopril',
    name: 'Lisinopril',
    dose: '10 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'on-hold',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-ramirez-atorva',
    name: 'Atorvastatin',
    dose: '40 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-ramirez-ctx',
    name: 'Ceftriaxone',
    dose: '2 g',
    route: 'IV',
    frequency: 'every 24 hours',
    status: 'completed',
    start: '2025-03-10T14:05',
    end: '2025-03-13T14:05',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-ramirez-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-ramirez-cefpo',
    name: 'Cefpodoxime',
    dose: '200 mg',
    route: 'PO',
    frequency: 'twice daily through 03/23/2025',
    status: 'completed',
    start: '2025-03-14T09:00',
    end: '2025-03-23T21:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-ramirez-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-ramirez-glargine',
    name: 'Insulin glargine',
    dose: '10 units',
    route: 'SC',
    frequency: 'nightly',
    status: 'completed',
    start: '2025-03-10T21:00',
    end: '2025-03-13T21:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-ramirez-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-ramirez-lispro',
    name: 'Insulin lispro correction scale',
    dose: 'per scale',
    route: 'SC',
    frequency: 'before meals and at bedtime',
    status: 'completed',
    start: '2025-03-10T21:00',
    end: '2025-03-14T11:30',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-ramirez-ip1',
    setting: 'inpatient',
  });

  const edIds = [
    ...results(p, 'ramirez-ed', 'enc-ramirez-ed1', '2025-03-10T13:35', '2025-03-10T14:20', 'ED sepsis panel', [
      ['WBC', 18.6, 'x10^3/uL', 4.0, 11.0, 'H'],
      ['Bands', 12, '%', 0, 5, 'H'],
      ['Hemoglobin', 12.8, 'g/dL', 12.0, 15.5],
      ['Platelets', 182, 'x10^3/uL', 150, 400],
      ['Sodium', 133, 'mmol/L', 136, 145, 'L'],
      ['Potassium', 4.2, 'mmol/L', 3.5, 5.1],
      ['CO2', 19, 'mmol/L', 22, 29, 'L'],
      ['BUN', 34, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.94, 'mg/dL', 0.5, 1.0, 'H'],
      ['Glucose', 312, 'mg/dL', 70, 99, 'H'],
      ['Lactate', 3.1, 'mmol/L', 0.5, 2.0, 'H'],
      ['Procalcitonin', 14.2, 'ng/mL', undefined, 0.25, 'H'],
    ]),
    ...results(p, 'ramirez-ua', 'enc-ramirez-ed1', '2025-03-10T13:45', '2025-03-10T14:15', 'Urinalysis with microscopy', [
      ['Leukocyte esterase', 'Large', undefined, undefined, undefined, 'A', 'Negative'],
      ['Nitrite', 'Positive', undefined, undefined, undefined, 'A', 'Negative'],
      ['Urine glucose', '3+', undefined, undefined, undefined, 'A', 'Negative'],
      ['Urine WBC', '>50', '/hpf', 0, 5, 'H'],
      ['Bacteria', 'Many', undefined, undefined, undefined, 'A', 'None seen'],
    ]),
    ...results(p, 'ramirez-lac2', 'enc-ramirez-ed1', '2025-03-10T16:10', '2025-03-10T16:30', 'Lactate, repeat', [
      ['Lactate', 1.8, 'mmol/L', 0.5, 2.0],
    ]),
  ];
  const microIds = [
    ...results(p, 'ramirez-bcx', 'enc-ramirez-ed1', '2025-03-10T13:40', '2025-03-12T11:00', 'Blood cultures x2 (sets 1 and 2)', [
      ['Blood culture, set 1', 'Escherichia coli', undefined, undefined, undefined, 'A', 'No growth'],
      ['Blood culture, set 2', 'Escherichia coli', undefined, undefined, undefined, 'A', 'No growth'],
    ]),
    ...results(p, 'ramirez-ucx', 'enc-ramirez-ed1', '2025-03-10T13:45', '2025-03-12T14:00', 'Urine culture with susceptibility', [
      ['Urine culture', '>100,000 CFU/mL Escherichia coli', undefined, undefined, undefined, 'A', '<10,000 CFU/mL'],
      ['Ampicillin', 'R (MIC >=32)'],
      ['Trimethoprim-sulfamethoxazole', 'R (MIC >=320)'],
      ['Ciprofloxacin', 'S (MIC <=0.25)'],
      ['Cefazolin', 'S (MIC <=2)'],
      ['Ceftriaxone', 'S (MIC <=1)'],
      ['Cefpodoxime', 'S (MIC <=1)'],
      ['Nitrofurantoin', 'S (MIC <=16)'],
      ['Piperacillin-tazobactam', 'S (MIC <=4)'],
    ]),
  ];
  void edIds;
  results(p, 'ramirez-0311', 'enc-ramirez-ip1', '2025-03-11T05:00', '2025-03-11T06:30', 'Morning labs', [
    ['WBC', 14.2, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Creatinine', 1.52, 'mg/dL', 0.5, 1.0, 'H'],
    ['Potassium', 3.8, 'mmol/L', 3.5, 5.1],
    ['Glucose', 228, 'mg/dL', 70, 99, 'H'],
    ['Hemoglobin A1c', 8.6, '%', 4.0, 5.6, 'H'],
  ]);
  results(p, 'ramirez-0313', 'enc-ramirez-ip1', '2025-03-13T05:00', '2025-03-13T06:20', 'Morning labs', [
    ['WBC', 8.9, 'x10^3/uL', 4.0, 11.0],
    ['Creatinine', 1.04, 'mg/dL', 0.5, 1.0, 'H'],
    ['Potassium', 4.0, 'mmol/L', 3.5, 5.1],
    ['Glucose', 164, 'mg/dL', 70, 99, 'H'],
  ]);

  order(p, {
    id: 'ord-ramirez-01',
    enc: 'enc-ramirez-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Lindqvist), 4 West. Sepsis due to acute pyelonephritis. Full code. Spanish interpreter for all consent and teaching.',
    at: '2025-03-10T17:05',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-ramirez-02',
    enc: 'enc-ramirez-ip1',
    cat: 'medication',
    text: "Ceftriaxone 2 g IV every 24 hours (next dose 03/11 14:00). Lactated Ringer's 125 mL/h. Hold metformin, glipizide and lisinopril. Insulin glargine 10 units SC nightly plus lispro correction scale AC/HS. Acetaminophen 650 mg PO every 6 hours PRN fever.",
    at: '2025-03-10T17:10',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-ramirez-03',
    enc: 'enc-ramirez-ip1',
    cat: 'nursing',
    text: 'Vital signs every 2 hours x 4 then every 4 hours; strict I&O; notify MD for SBP < 90, MAP < 65, HR > 120, urine output < 0.5 mL/kg/h for 2 hours.',
    at: '2025-03-10T17:10',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-ramirez-04',
    enc: 'enc-ramirez-ip1',
    cat: 'lab',
    text: 'CBC, BMP daily; hemoglobin A1c; follow blood and urine cultures.',
    at: '2025-03-10T17:10',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-ramirez-05',
    enc: 'enc-ramirez-ip1',
    cat: 'medication',
    text: 'Sodium chloride 0.9% 1,000 mL IV bolus over 1 hour for BP 88/52.',
    at: '2025-03-10T23:40',
    by: 'prv-lindqvist',
    status: 'completed',
    mode: 'verbal',
  });
  order(p, {
    id: 'ord-ramirez-06',
    enc: 'enc-ramirez-ip1',
    cat: 'medication',
    text: 'Discontinue ceftriaxone after 03/13 dose. Cefpodoxime 200 mg PO twice daily starting 03/14 through 03/23 (14 days total therapy). Resume metformin and glipizide. Continue holding lisinopril until PCP follow-up.',
    at: '2025-03-13T16:00',
    by: 'prv-lindqvist',
    status: 'completed',
  });

  doc(p, {
    id: 'doc-ramirez-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-ramirez-ed1',
    by: 'prv-whitaker',
    at: '2025-03-10T13:25',
    written: '2025-03-10T16:50',
    sign: '2025-03-10T17:15',
    body: `
CHIEF COMPLAINT: Fever and right-sided back pain. History obtained through a certified Spanish video interpreter (ID 40217).

HISTORY OF PRESENT ILLNESS:
62-year-old woman with type 2 diabetes and hypertension with 3 days of dysuria and urinary frequency, then since yesterday fever, shaking chills, right flank pain and vomiting (4 times today). Unable to keep down her diabetes medicines. Feels weak and dizzy on standing. No prior kidney stones. Last UTI 2021, treated with ciprofloxacin, which caused Achilles tendon pain.

PAST MEDICAL HISTORY: Type 2 diabetes (metformin, glipizide), hypertension, hyperlipidemia.
ALLERGIES: Ciprofloxacin (tendinitis); shellfish (hives).
SOCIAL: Works as a housekeeper at a hotel. Lives with her husband and adult son. No tobacco or alcohol.

EXAM:
T 39.4 C, HR 118, BP 92/58 (MAP 69), RR 22, SpO2 96% RA. Weight 74 kg.
Ill-appearing, dry mucous membranes. Lungs clear. Tachycardic, regular. Abdomen soft, mild suprapubic tenderness. Marked right costovertebral angle tenderness. No rash. Alert and oriented.

ED COURSE:
13:40 Sepsis alert. Blood cultures x2, urine culture obtained before antibiotics.
13:50 Lactated Ringer's 30 mL/kg (2,200 mL) started.
14:05 Ceftriaxone 2 g IV (fluoroquinolone avoided given allergy).
14:20 Labs: WBC 18.6 with 12% bands, lactate 3.1, creatinine 1.94 (0.88 in 09/2024 at PCP), glucose 312, bicarbonate 19, procalcitonin 14.2. UA: large leukocyte esterase, nitrite positive, more than 50 WBC/hpf, many bacteria.
15:10 Renal ultrasound at bedside and formal study: no hydronephrosis, no stone, no abscess.
16:10 After fluids BP 108/64, HR 102; repeat lactate 1.8.

ASSESSMENT:
Sepsis with acute organ dysfunction (acute kidney injury, lactate 3.1) due to acute pyelonephritis, right; initial hypotension responsive to fluids - no vasopressors required, not in septic shock. Hyperglycemia with type 2 diabetes, no DKA (anion gap 15, no ketones in urine).

DISPOSITION: Admitted to Hospital Medicine, Dr. Lindqvist. Sepsis bundle completed: cultures, antibiotics within 25 minutes of alert, 30 mL/kg fluids, repeat lactate.
`,
  });

  doc(p, {
    id: 'doc-ramirez-us',
    type: 'radiology-report',
    title: 'US Retroperitoneal (Renal) Complete',
    enc: 'enc-ramirez-ed1',
    by: 'prv-farouk',
    at: '2025-03-10T15:10',
    written: '2025-03-10T15:35',
    sign: '2025-03-10T15:38',
    body: `
EXAM: US RENAL COMPLETE
CLINICAL INDICATION: Fever, right flank pain, pyuria, acute kidney injury. Evaluate for hydronephrosis or abscess.
COMPARISON: None.

FINDINGS:
Right kidney: 12.6 cm. Mildly increased cortical echogenicity with loss of corticomedullary differentiation in the upper pole. No hydronephrosis. No calculus. No perinephric fluid collection or abscess.
Left kidney: 11.4 cm. Normal echogenicity. No hydronephrosis or calculus.
Bladder: partially distended, wall not thickened, no debris.

IMPRESSION:
1. No hydronephrosis, obstructing stone or renal abscess.
2. Mildly enlarged right kidney with altered upper-pole echotexture, which can be seen with pyelonephritis in the appropriate clinical setting.
`,
  });

  doc(p, {
    id: 'doc-ramirez-micro',
    type: 'laboratory-report',
    title: 'Microbiology Report - Blood and Urine Cultures (Final)',
    enc: 'enc-ramirez-ed1',
    by: 'prv-ostrowski',
    at: '2025-03-10T13:40',
    written: '2025-03-12T14:00',
    sign: '2025-03-12T14:05',
    body: `
Performing laboratory: Riverside General Hospital Microbiology. Laboratory director: Paul Ostrowski, MD.
${labTable(p, microIds)}

CRITICAL VALUE: Gram-negative rods in blood culture set 1 at 14.5 hours (03/11/2025 04:10), called to and read back by M. Santos, RN, 4 West, 04:18. Identification and susceptibility of blood isolates identical to urine isolate (set 2 referred to set 1 susceptibility).
Susceptibility interpretation per CLSI M100 breakpoints. Not ESBL-producing.
`,
  });

  doc(p, {
    id: 'doc-ramirez-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-ramirez-ip1',
    by: 'prv-lindqvist',
    at: '2025-03-10T19:30',
    sign: '2025-03-10T20:45',
    body: `
Interview through in-person Spanish interpreter (A. Mendoza). Patient prefers "Lola."

CHIEF COMPLAINT: "Fiebre y dolor en el lado derecho" - fever and right-sided pain.

HISTORY OF PRESENT ILLNESS:
62-year-old woman with type 2 diabetes (on metformin and glipizide), hypertension and hyperlipidemia, admitted from the ED with sepsis from a urinary source. Three days of dysuria and frequency progressing to fever to 39.4 C, rigors, right flank pain and vomiting. In the ED: HR 118, BP 92/58, RR 22, WBC 18.6 with bandemia, lactate 3.1 and creatinine 1.94 from a baseline of 0.88 (09/2024). UA strongly positive. Received 2.2 L lactated Ringer's and ceftriaxone; BP improved to 108/64 and lactate cleared to 1.8. Renal ultrasound: no obstruction.

PAST MEDICAL HISTORY: Type 2 diabetes since 2014 (last A1c 7.9% in 09/2024 per patient); hypertension; hyperlipidemia. UTI 2021.
MEDICATIONS: Metformin 1000 mg BID, glipizide 5 mg daily, lisinopril 10 mg daily, atorvastatin 40 mg nightly.
ALLERGIES: Ciprofloxacin - Achilles tendinitis. Shellfish - hives and lip swelling.
SOCIAL HISTORY: Hotel housekeeper. Married, lives with husband and son. No tobacco, alcohol or drugs.
FAMILY HISTORY: Mother with diabetes and kidney failure on dialysis.

REVIEW OF SYSTEMS: Positive for fever, chills, nausea, vomiting, dysuria, flank pain, lightheadedness. Negative for chest pain, cough, diarrhea, vaginal discharge, rash.

PHYSICAL EXAMINATION:
T 38.7 C, BP 106/62, HR 104, RR 20, SpO2 97% RA.
Tired but interactive. Mucous membranes dry. Lungs clear. Heart tachycardic, no murmur. Abdomen soft, mild suprapubic tenderness. Right CVA tenderness. No edema. No rash.

ASSESSMENT AND PLAN:
1. Sepsis due to acute right pyelonephritis with acute organ dysfunction (acute kidney injury, initial lactate 3.1) = severe sepsis. Hypotension corrected with fluids; no septic shock. Continue ceftriaxone 2 g daily pending cultures (avoid fluoroquinolones - allergy). Maintenance LR 125 mL/h. Strict I&O.
2. Acute kidney injury, prerenal/septic, creatinine 1.94 (baseline 0.88): fluids, hold lisinopril and metformin, avoid nephrotoxins, renal dosing, daily BMP.
3. Type 2 diabetes with hyperglycemia (glucose 312): hold oral agents; glargine 10 units nightly plus correction lispro; A1c.
4. Hypertension: hold lisinopril given AKI and soft BP.
5. Hyperlipidemia: continue atorvastatin.
DVT prophylaxis: heparin 5,000 units SC every 8 hours. Code status: full code (confirmed with patient via interpreter).
`,
  });

  doc(p, {
    id: 'doc-ramirez-orders',
    type: 'physician-orders',
    title: 'Admission Orders - Sepsis',
    enc: 'enc-ramirez-ip1',
    by: 'prv-lindqvist',
    at: '2025-03-10T17:05',
    written: '2025-03-10T17:10',
    sign: '2025-03-10T17:25',
    body: `
ADMISSION ORDER SET: SEPSIS (ADULT), continuation of ED sepsis bundle
Allergies: Ciprofloxacin (tendinitis); shellfish (hives).
Weight: 74 kg. ED: 2,200 mL LR and ceftriaxone 2 g given (14:05).

${orderSheet(p, ['ord-ramirez-01', 'ord-ramirez-02', 'ord-ramirez-03', 'ord-ramirez-04'])}

DVT prophylaxis: heparin 5,000 units SC every 8 hours. Diet: clear liquids, advance as tolerated to consistent-carbohydrate diet.
`,
  });

  doc(p, {
    id: 'doc-ramirez-nursing',
    type: 'nursing-note',
    title: 'Nursing Note - Hypotension',
    enc: 'enc-ramirez-ip1',
    by: 'prv-santos',
    at: '2025-03-10T23:30',
    written: '2025-03-10T23:55',
    sign: '2025-03-11T00:02',
    body: `
23:30 Routine vital signs: BP 88/52 (MAP 64), HR 108, T 38.9 C, RR 20, SpO2 96% RA. Patient drowsy but arousable and oriented (Spanish interpreter line used). Urine output 90 mL over the last 2 hours (about 0.6 mL/kg/h).
23:32 Paged Dr. Lindqvist per notification parameters. Dr. Lindqvist came to the bedside at 23:38 while in house.
23:40 VERBAL ORDER received from Dr. Lindqvist: sodium chloride 0.9% 1,000 mL IV bolus over 1 hour. Order read back and verified. Entered in the EHR as a verbal order pending provider authentication.
23:45 Bolus started via 18 g right antecubital IV. Acetaminophen 650 mg PO given for fever (standing PRN order).
00:50 (03/11) Reassessed: BP 104/60, HR 96, T 38.1. Urine 150 mL over 1 hour. Patient more alert, asking for water; sips given.
Plan: continue maintenance fluids; recheck vitals every hour x 2; rapid response if MAP below 65 again.
`,
  });

  doc(p, {
    id: 'doc-ramirez-pn-0311',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-ramirez-ip1',
    by: 'prv-lindqvist',
    at: '2025-03-11T09:00',
    written: '2025-03-11T09:40',
    sign: '2025-03-11T09:50',
    body: `
HOSPITAL DAY 2 (interpreter: A. Mendoza, in person)

SUBJECTIVE: Transient hypotension overnight to 88/52 responded to a 1 L saline bolus. This morning flank pain is better, no vomiting since midnight, tolerating broth.

OBJECTIVE: Tmax 38.9 overnight, now 37.8. BP 118/70, HR 92, RR 18, SpO2 97% RA. Urine output 1.6 L over 12 hours.
Right CVA tenderness improved. Lungs clear.
Labs: WBC 14.2, creatinine 1.52, potassium 3.8, glucose 228. A1c 8.6%.
Micro: blood cultures - gram-negative rods in 2 of 2 sets (critical call 04:10). Urine culture growing gram-negative rods, identification pending.

ASSESSMENT AND PLAN:
1. Severe sepsis due to gram-negative bacteremia from acute right pyelonephritis, improving; no vasopressor need at any point. Continue ceftriaxone; narrow when susceptibilities return. Repeat blood cultures not required if clinically improving (gram-negative).
2. AKI improving (1.94 -> 1.52). Continue LR 100 mL/h today, then saline lock when eating.
3. Type 2 diabetes with hyperglycemia, A1c 8.6%: glargine 10 units, correction insulin; diabetes educator (Spanish) consult; PCP to intensify regimen.
4. Hypertension: still holding lisinopril.
`,
  });

  doc(p, {
    id: 'doc-ramirez-pn-0312',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-ramirez-ip1',
    by: 'prv-lindqvist',
    at: '2025-03-12T16:30',
    written: '2025-03-12T17:00',
    sign: '2025-03-12T17:10',
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Afebrile since 06:00 yesterday. Eating regular meals. Mild right flank ache only. Walking the hall.

OBJECTIVE: T 37.1, BP 132/78, HR 80, RR 16, SpO2 98% RA. Minimal CVA tenderness.
Micro (final today): Escherichia coli in 2/2 blood culture sets and more than 100,000 CFU/mL in urine. Resistant to ampicillin and TMP-SMX; susceptible to ceftriaxone, cefazolin, cefpodoxime, nitrofurantoin, ciprofloxacin. Not ESBL.

ASSESSMENT AND PLAN:
1. Severe sepsis due to E. coli (bacteremia) from acute pyelonephritis, with sepsis-associated AKI - responding well. Continue ceftriaxone through 03/13, then oral cefpodoxime 200 mg BID to complete 14 days total (through 03/23). Ciprofloxacin not used because of prior tendinitis.
2. AKI, resolving; BMP in AM.
3. Type 2 diabetes with hyperglycemia: glucose 140-190. Resume metformin when creatinine normal.
4. Discharge anticipated 03/14 if creatinine continues to improve. Follow-up with PCP Dr. Whitlock within 1 week (BMP, BP, lisinopril restart).
`,
  });

  doc(p, {
    id: 'doc-ramirez-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-ramirez-ip1',
    by: 'prv-lindqvist',
    at: '2025-03-14T12:30',
    written: '2025-03-14T16:00',
    sign: '2025-03-15T09:00',
    body: `
ADMISSION DATE: 03/10/2025      DISCHARGE DATE: 03/14/2025
ATTENDING: Erik Lindqvist, MD (Hospital Medicine)

PRINCIPAL DIAGNOSIS: Sepsis due to Escherichia coli (E. coli bacteremia), severe sepsis without septic shock.
SECONDARY DIAGNOSES:
- Acute pyelonephritis, right, E. coli (source of sepsis).
- Acute kidney injury due to sepsis (creatinine 1.94, baseline 0.88) - resolved, 1.04 on 03/13.
- Type 2 diabetes mellitus with hyperglycemia, A1c 8.6%.
- Hypertension.
- Hyperlipidemia.

PROCEDURES: None. (Renal ultrasound 03/10/2025: no obstruction.)

HOSPITAL COURSE:
Presented with fever, rigors, right flank pain and vomiting; met sepsis criteria with lactate 3.1, hypotension 92/58 and acute kidney injury. Received 30 mL/kg crystalloid and ceftriaxone in the ED; one further episode of hypotension (88/52) the first night corrected with a 1 L saline bolus. Never required vasopressors. Blood and urine cultures grew pan-cephalosporin-susceptible E. coli (ampicillin and TMP-SMX resistant). Fever resolved by hospital day 2 and creatinine normalized. Diabetes managed with basal and correction insulin; A1c 8.6%; oral agents resumed at discharge and PCP to intensify. Teaching completed in Spanish with interpreter.

DISCHARGE MEDICATIONS:
- Cefpodoxime 200 mg PO twice daily through 03/23/2025 (NEW)
- Metformin 1000 mg PO twice daily (resume)
- Glipizide 5 mg PO daily (resume)
- Atorvastatin 40 mg PO nightly (continue)
- Lisinopril 10 mg - ON HOLD until PCP visit and repeat BMP

ALLERGIES: Ciprofloxacin (tendinitis); shellfish (hives).
FOLLOW-UP: PCP Dr. Susan Whitlock, Millbrook Family Practice, within 1 week - BMP, blood pressure, decide on lisinopril; diabetes regimen.
Return precautions reviewed in Spanish: fever over 38.3 C, vomiting, unable to take antibiotic, worsening pain.
CONDITION AT DISCHARGE: Good. Disposition: home with husband.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 6. Tyler James Brooks - acute appendicitis with localized peritonitis, laparoscopic
//    appendectomy; post-op clinic. (Scanned anesthesia consent arrives as a loose document.)
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-brooks-tyler',
    mrn: '0088305',
    name: { family: 'Brooks', given: ['Tyler', 'James'] },
    birthDate: '2001-07-19',
    sex: 'male',
    address: { line: ['77 Canal Street', 'Apt 210'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0133',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '6602' },
      { type: 'insurance-member', value: 'LHA-33107724', issuer: 'Lakeshore Health Alliance' },
    ],
  });
  encounter(p, {
    id: 'enc-brooks-ed1',
    accountNumber: 'RG25003305',
    class: 'emergency',
    admittedAt: '2025-04-05T02:15',
    dischargedAt: '2025-04-05T05:30',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Bay 9',
    reasonForVisit: 'Abdominal pain, right lower quadrant',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-brooks-ip1',
    accountNumber: 'RG25003309',
    class: 'inpatient',
    admittedAt: '2025-04-05T05:30',
    dischargedAt: '2025-04-06T14:30',
    attendingId: 'prv-brennan',
    service: 'General Surgery',
    location: '6 South Surgery, Rm 618',
    reasonForVisit: 'Acute appendicitis',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-brooks-op1',
    accountNumber: 'RG25003751',
    class: 'outpatient',
    admittedAt: '2025-04-18T14:00',
    dischargedAt: '2025-04-18T14:25',
    attendingId: 'prv-brennan',
    service: 'Surgery Clinic',
    location: 'Riverside Surgical Associates',
    reasonForVisit: 'Post-operative check after laparoscopic appendectomy',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  problem(p, {
    id: 'prob-brooks-appy',
    description: 'Acute appendicitis with localized peritonitis, s/p laparoscopic appendectomy 04/05/2025',
    status: 'resolved',
    onset: '2025-04-04',
    recordedAt: '2025-04-05T06:15',
    encounterId: 'enc-brooks-ip1',
  });

  med(p, {
    id: 'med-brooks-ctx',
    name: 'Ceftriaxone',
    dose: '2 g',
    route: 'IV',
    frequency: 'once (pre-operative)',
    status: 'completed',
    start: '2025-04-05T03:45',
    end: '2025-04-05T03:45',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-brooks-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-brooks-metro',
    name: 'Metronidazole',
    dose: '500 mg',
    route: 'IV',
    frequency: 'once (pre-operative)',
    status: 'completed',
    start: '2025-04-05T03:50',
    end: '2025-04-05T04:50',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-brooks-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-brooks-ibu',
    name: 'Ibuprofen',
    dose: '600 mg',
    route: 'PO',
    frequency: 'every 6 hours with food as needed, max 5 days',
    status: 'completed',
    start: '2025-04-05T14:00',
    end: '2025-04-11T14:00',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-brooks-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-brooks-apap',
    name: 'Acetaminophen',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'every 8 hours as needed',
    status: 'completed',
    start: '2025-04-05T14:00',
    end: '2025-04-18T14:00',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-brooks-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-brooks-oxy',
    name: 'Oxycodone',
    dose: '5 mg',
    route: 'PO',
    frequency: 'every 6 hours as needed for severe pain (#6, no refills)',
    status: 'completed',
    start: '2025-04-06T14:30',
    end: '2025-04-09T14:30',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-brooks-ip1',
    setting: 'outpatient',
  });

  results(p, 'brooks-ed', 'enc-brooks-ed1', '2025-04-05T02:30', '2025-04-05T03:05', 'ED labs', [
    ['WBC', 14.9, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Neutrophils', 84, '%', 40, 75, 'H'],
    ['Hemoglobin', 15.1, 'g/dL', 13.5, 17.5],
    ['Platelets', 265, 'x10^3/uL', 150, 400],
    ['C-reactive protein', 48, 'mg/L', undefined, 10, 'H'],
    ['Sodium', 138, 'mmol/L', 136, 145],
    ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
    ['Creatinine', 0.98, 'mg/dL', 0.7, 1.3],
    ['Lipase', 28, 'U/L', 13, 60],
    ['Urinalysis', 'Negative for blood, leukocyte esterase and nitrite', undefined, undefined, undefined, undefined, 'Negative'],
  ]);

  order(p, {
    id: 'ord-brooks-01',
    enc: 'enc-brooks-ip1',
    cat: 'admission',
    text: "Admit to inpatient, General Surgery (Dr. Brennan). Acute appendicitis. NPO, IV lactated Ringer's 125 mL/h. OR today for laparoscopic appendectomy.",
    at: '2025-04-05T05:30',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-brooks-02',
    enc: 'enc-brooks-ip1',
    cat: 'diet',
    text: 'Post-op: clear liquids, advance to regular diet as tolerated; ambulate tonight; incentive spirometry.',
    at: '2025-04-05T10:30',
    by: 'prv-brennan',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-brooks-lapappy',
    encounterId: 'enc-brooks-ip1',
    description: 'Laparoscopic appendectomy',
    performedAt: '2025-04-05T09:18',
    performerId: 'prv-brennan',
  });

  doc(p, {
    id: 'doc-brooks-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-brooks-ed1',
    by: 'prv-adeyemi',
    at: '2025-04-05T02:20',
    written: '2025-04-05T05:10',
    sign: '2025-04-05T05:40',
    body: `
CHIEF COMPLAINT: Abdominal pain.

HISTORY OF PRESENT ILLNESS:
23-year-old previously healthy man with abdominal pain that began around 08:00 yesterday as a dull ache around the umbilicus and over the afternoon moved to the right lower abdomen, now sharp and constant, worse with walking and with the car ride here. Anorexia since yesterday morning; nausea with one episode of vomiting. Felt feverish. No diarrhea, urinary symptoms, testicular pain or sick contacts. Last bowel movement yesterday morning, normal.

PAST MEDICAL HISTORY: None. PAST SURGICAL HISTORY: None.
MEDICATIONS: None. ALLERGIES: No known drug allergies.
SOCIAL: Warehouse associate. No tobacco or vaping. Social alcohol.

EXAM:
T 38.2 C, HR 104, BP 132/78, RR 18, SpO2 99%.
Uncomfortable, lying still. Abdomen: tender at McBurney's point with voluntary guarding and rebound in the right lower quadrant; positive Rovsing and psoas signs. No hernia. Genitourinary exam normal, no testicular tenderness.

ED COURSE:
Labs: WBC 14.9 with 84% neutrophils, CRP 48, lipase normal, urinalysis negative. Alvarado score 9.
CT abdomen/pelvis with IV contrast (03:20): acute appendicitis without perforation or abscess.
Morphine 4 mg IV and ondansetron 4 mg IV for symptoms. Ceftriaxone 2 g IV and metronidazole 500 mg IV started 03:45.
04:30 Discussed with Dr. Brennan (general surgery), who evaluated the patient and accepts for admission and laparoscopic appendectomy this morning.

DIAGNOSIS: Acute appendicitis.
DISPOSITION: Admitted to General Surgery. NPO. Condition stable.
`,
  });

  doc(p, {
    id: 'doc-brooks-ct',
    type: 'radiology-report',
    title: 'CT Abdomen and Pelvis with IV Contrast',
    enc: 'enc-brooks-ed1',
    by: 'prv-farouk',
    at: '2025-04-05T03:20',
    written: '2025-04-05T03:48',
    sign: '2025-04-05T03:50',
    body: `
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL INDICATION: Right lower quadrant pain, fever, leukocytosis.
TECHNIQUE: Axial images after 100 mL iohexol 300 IV; coronal and sagittal reformats. No oral contrast.
COMPARISON: None.

FINDINGS:
Appendix: Dilated to 11 mm with wall thickening and mucosal hyperenhancement, arising from the cecum in a retrocecal-to-pelvic course. Moderate periappendiceal fat stranding and a small amount of free fluid in the right paracolic gutter and pelvis. No appendicolith. No extraluminal gas, periappendiceal abscess or phlegmon.
Liver, gallbladder, pancreas, spleen, adrenal glands and kidneys: normal. No hydronephrosis.
Bowel: no obstruction. Terminal ileum normal.
No lymphadenopathy. Bladder normal. No free air. Osseous structures normal.

IMPRESSION:
Acute appendicitis with periappendiceal inflammation and a small amount of reactive free fluid. No perforation, abscess or appendicolith.
Findings called to Dr. Adeyemi at 03:47.
`,
  });

  doc(p, {
    id: 'doc-brooks-hp',
    type: 'history-and-physical',
    title: 'General Surgery Admission History and Physical',
    enc: 'enc-brooks-ip1',
    by: 'prv-brennan',
    at: '2025-04-05T06:15',
    sign: '2025-04-05T06:50',
    body: `
CHIEF COMPLAINT: Right lower quadrant pain for about 20 hours.

HISTORY OF PRESENT ILLNESS:
Mr. Brooks is a 23-year-old healthy man with classic migratory periumbilical-to-right-lower-quadrant pain, anorexia, nausea and low-grade fever since yesterday morning. WBC 14.9, CRP 48. CT shows a dilated 11 mm appendix with periappendiceal stranding and small free fluid, no perforation or abscess. Received ceftriaxone and metronidazole in the ED at 03:45.

PAST MEDICAL HISTORY: None. No bleeding disorders. No prior anesthesia.
PAST SURGICAL HISTORY: None.
MEDICATIONS: None.
ALLERGIES: NKDA. No latex allergy.
SOCIAL HISTORY: Lives with a roommate. Warehouse work (lifts up to 50 lb). No tobacco or vaping; alcohol on weekends.
FAMILY HISTORY: No anesthesia complications in family.

REVIEW OF SYSTEMS: As in HPI; otherwise negative.

PHYSICAL EXAMINATION:
T 37.9 C, HR 96, BP 128/74, RR 16, SpO2 99%. Weight 78 kg.
Alert, uncomfortable. Heart and lungs normal. Abdomen: flat, focal tenderness with guarding at McBurney's point, localized rebound in the right lower quadrant, no diffuse peritonitis. No hernias.

ASSESSMENT:
Acute appendicitis, uncomplicated on imaging, with localized peritoneal signs in the right lower quadrant.

PLAN:
Laparoscopic appendectomy this morning. Risks (bleeding, infection, abscess, injury to bowel or bladder, conversion to open, stump leak, hernia, anesthetic risks) and benefits discussed, as well as nonoperative antibiotic management as an alternative with roughly 25-30% recurrence at one year; patient chooses surgery. Consent signed. NPO, IV fluids. Antibiotics already given; redose per anesthesia if longer than 4 hours. SCDs.
`,
  });

  doc(p, {
    id: 'doc-brooks-consent',
    type: 'consent-form',
    title: 'Surgical Consent - Laparoscopic Appendectomy',
    enc: 'enc-brooks-ip1',
    by: 'prv-brennan',
    at: '2025-04-05T06:40',
    sign: '2025-04-05T06:40',
    method: 'handwritten',
    body: `
CONSENT TO OPERATION OR PROCEDURE

Patient: Tyler J. Brooks
Procedure: LAPAROSCOPIC APPENDECTOMY, POSSIBLE OPEN APPENDECTOMY.
Surgeon: Siobhan Brennan, MD, and assistants, including surgical residents or physician assistants.

Dr. Brennan explained my diagnosis of appendicitis and the operation. I understand the risks, including bleeding, wound infection, an abscess inside the abdomen that may need a drain, injury to the intestine, bladder or blood vessels, leak from the appendix stump, hernia at an incision site, conversion to an open operation, blood clots, and risks of anesthesia. The alternative of treatment with antibiotics alone and its chance of the appendicitis coming back were explained.

Blood transfusion: [X] I consent  [ ] I refuse.
Tissue removed may be examined by pathology and disposed of according to hospital policy.
Photographs or video for the medical record: [X] Yes.

Patient signature: Tyler J. Brooks (signed)      04/05/2025 06:40
Witness: J. Okoro, RN (signed)                   04/05/2025 06:40
Surgeon: Siobhan Brennan, MD (signed)            04/05/2025 06:40
`,
  });

  doc(p, {
    id: 'doc-brooks-anes',
    type: 'anesthesia-record',
    title: 'Anesthesia Record',
    enc: 'enc-brooks-ip1',
    by: 'prv-moore',
    at: '2025-04-05T09:00',
    written: '2025-04-05T10:15',
    sign: '2025-04-05T10:20',
    body: `
PROCEDURE: Laparoscopic appendectomy.  SURGEON: Brennan.  ANESTHESIOLOGIST: Janet L. Moore, MD.
ASA PHYSICAL STATUS: 1E.  Weight 78 kg.  NPO since 20:00 on 04/04 (solids) / 01:00 (liquids).
Airway: Mallampati I, full dentition, thyromental distance normal.
PRE-ANESTHESIA EVALUATION 04/05/2025 08:25: healthy, no prior anesthetics, no family history of malignant hyperthermia. Plan general endotracheal anesthesia, rapid sequence induction. Anesthesia consent signed on paper form 08:35 (to be scanned).

TIMES: In room 09:00. Induction 09:06. Incision 09:18. Closure 09:58. Out of room 10:10.

INDUCTION: Rapid sequence - propofol 200 mg, rocuronium 60 mg, fentanyl 100 mcg. Cricoid pressure. Grade I view with video laryngoscope, 7.5 ETT at 23 cm, cuff to seal, bilateral breath sounds, ETCO2 confirmed.
MAINTENANCE: Sevoflurane 2% in O2/air; fentanyl 50 mcg at 09:40.
OTHER MEDICATIONS: Dexamethasone 8 mg, ondansetron 4 mg, ketorolac 30 mg, acetaminophen 1 g IV. Reversal: sugammadex 200 mg; TOF 4/4 with ratio above 0.9 before extubation.
FLUIDS: Lactated Ringer's 900 mL. ESTIMATED BLOOD LOSS: 10 mL. URINE: voided pre-op.
VITAL SIGN RANGE: BP 112-138/64-82, HR 68-96, SpO2 99-100%, ETCO2 34-38.
Extubated awake, to PACU on 6 L face mask, SpO2 99%, pain 3/10. Aldrete 9. No anesthetic complications.
`,
  });

  doc(p, {
    id: 'doc-brooks-op',
    type: 'operative-report',
    title: 'Operative Report',
    enc: 'enc-brooks-ip1',
    by: 'prv-brennan',
    at: '2025-04-05T09:18',
    written: '2025-04-05T10:20',
    sign: '2025-04-05T10:45',
    body: `
DATE OF SURGERY: 04/05/2025
SURGEON: Siobhan Brennan, MD, FACS    ASSISTANT: None
ANESTHESIA: General endotracheal (Janet L. Moore, MD)

PREOPERATIVE DIAGNOSIS: Acute appendicitis.
POSTOPERATIVE DIAGNOSIS: Acute suppurative appendicitis with localized peritonitis, without perforation or gangrene.

PROCEDURE: Laparoscopic appendectomy.

INDICATIONS: 23-year-old man with clinical and CT findings of acute appendicitis.

DESCRIPTION OF PROCEDURE:
Supine, both arms tucked. Foley not placed (voided pre-op). Abdomen prepped and draped. Time-out performed; antibiotics given at 03:45 (within redosing window). 12 mm umbilical port by open Hasson technique; pneumoperitoneum to 15 mmHg. 5 mm ports in the suprapubic midline and left lower quadrant under direct vision.
The appendix was retrocecal, swollen and erythematous with fibrinous exudate on the serosa and inflamed adjacent peritoneum and omentum adherent in the right lower quadrant; about 30 mL of cloudy non-feculent fluid in the right paracolic gutter and pelvis, aspirated and sent for culture. No perforation, no gangrene, no abscess. The appendix was mobilized bluntly from the lateral attachments. The mesoappendix was divided with an advanced bipolar energy device. The base was healthy and was divided with an endoscopic linear stapler (45 mm, vascular load), flush with the cecum. Appendix removed in a retrieval bag through the umbilical port. Staple line hemostatic. Right lower quadrant irrigated with 1 L saline until clear. Terminal ileum inspected 60 cm: normal, no Meckel's diverticulum. Ports removed under vision; umbilical fascia closed with 0 polyglactin; skin with 4-0 poliglecaprone subcuticular and skin glue.

FINDINGS: Acutely inflamed suppurative appendix with localized peritonitis in the right lower quadrant, no perforation or gangrene; normal terminal ileum.
ESTIMATED BLOOD LOSS: 10 mL.
SPECIMENS: 1) Appendix to pathology. 2) Peritoneal fluid for aerobic/anaerobic culture.
DRAINS: None.   COMPLICATIONS: None.   Counts correct.
DISPOSITION: PACU, stable. No post-operative antibiotics required (non-perforated). Anticipate discharge POD 1.
`,
  });

  doc(p, {
    id: 'doc-brooks-path',
    type: 'pathology-report',
    title: 'Surgical Pathology Report',
    enc: 'enc-brooks-ip1',
    by: 'prv-ostrowski',
    at: '2025-04-05T09:55',
    written: '2025-04-06T13:40',
    sign: '2025-04-06T13:45',
    body: `
ACCESSION: RS25-02561
SPECIMEN: Appendix.
CLINICAL HISTORY: Right lower quadrant pain; CT consistent with acute appendicitis.

GROSS DESCRIPTION:
Received in formalin labeled "appendix" is a vermiform appendix, 7.8 cm in length and up to 1.2 cm in diameter, with attached mesoappendix. Staple line at the proximal margin. Serosa dull, hyperemic, with tan-yellow fibrinous exudate over the distal half. No gross perforation. Lumen contains purulent material; no fecalith. Representative sections including the proximal margin and tip submitted in 3 cassettes.

MICROSCOPIC DESCRIPTION:
Transmural neutrophilic infiltrate with mucosal ulceration and intraluminal pus, extending to the serosa with fibrinopurulent serositis (periappendicitis). No transmural necrosis. No perforation identified. Proximal margin with mild mucosal inflammation. No neoplasm.

DIAGNOSIS:
Appendix, appendectomy:
- Acute suppurative appendicitis with periappendicitis (fibrinopurulent serositis).
- No perforation or gangrene identified.
- Negative for neoplasm.
`,
  });

  doc(p, {
    id: 'doc-brooks-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-brooks-ip1',
    by: 'prv-brennan',
    at: '2025-04-06T14:30',
    written: '2025-04-06T15:00',
    sign: '2025-04-06T17:30',
    body: `
ADMISSION DATE: 04/05/2025      DISCHARGE DATE: 04/06/2025
ATTENDING: Siobhan Brennan, MD, FACS (General Surgery)

PRINCIPAL DIAGNOSIS: Acute appendicitis with localized peritonitis, without perforation or gangrene.
SECONDARY DIAGNOSES: None.

PROCEDURE: 04/05/2025 Laparoscopic appendectomy (Dr. Brennan), general anesthesia.

HOSPITAL COURSE:
Admitted from the ED with 20 hours of migratory right lower quadrant pain, fever and leukocytosis; CT showed acute appendicitis. Underwent laparoscopic appendectomy the morning of admission; findings of suppurative appendicitis with localized peritonitis, no perforation. Pathology confirms acute suppurative appendicitis with periappendicitis, no neoplasm. Peritoneal fluid culture: no growth at 24 hours (final pending). Tolerated a regular diet on POD 1, ambulating, pain controlled with oral medication, afebrile. Discharged POD 1.

DISCHARGE MEDICATIONS:
- Ibuprofen 600 mg PO every 6 hours with food as needed (up to 5 days)
- Acetaminophen 1,000 mg PO every 8 hours as needed
- Oxycodone 5 mg PO every 6 hours as needed for severe pain, #6, no refills (PDMP reviewed)

ALLERGIES: NKDA.
ACTIVITY: No lifting over 15 lb for 2 weeks; may shower; no swimming for 2 weeks. Work note: off work until clinic visit.
FOLLOW-UP: Riverside Surgical Associates, Dr. Brennan, 04/18/2025 at 14:00.
CONDITION: Good. Disposition: home.
`,
  });

  doc(p, {
    id: 'doc-brooks-clinic-0418',
    type: 'progress-note',
    title: 'Surgery Clinic Post-operative Visit',
    enc: 'enc-brooks-op1',
    by: 'prv-brennan',
    at: '2025-04-18T14:00',
    written: '2025-04-18T14:25',
    sign: '2025-04-18T15:10',
    body: `
REASON FOR VISIT: Post-operative visit, 13 days after laparoscopic appendectomy (04/05/2025) for acute appendicitis with localized peritonitis.

HISTORY: Feels well. Stopped all pain medicine on day 5; used 2 of the 6 oxycodone tablets and disposed of the rest at the pharmacy kiosk. Normal appetite and bowel movements. No fever, wound drainage or redness. Eager to return to work.

EXAM: Afebrile, vital signs normal. Three port sites healed, no erythema, induration or hernia; umbilical site mildly tender to deep palpation only. Abdomen soft, nontender.

PATHOLOGY REVIEWED WITH PATIENT: acute suppurative appendicitis with periappendicitis, no perforation, no tumor. Peritoneal fluid culture final: no growth.

ASSESSMENT: Routine post-operative course after laparoscopic appendectomy; wound healing well.
PLAN: Return to work 04/21 with lifting limit of 25 lb until 05/05, then full duty (work note given). No further surgical follow-up needed; call with any concerns.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 7. Keisha Lynn Monroe - type 1 diabetes: ED hypoglycemia (10/2024); DKA from rationing insulin
//    after losing insurance (05/2025), hypokalemia during treatment (not POA). Resident notes
//    awaiting attending cosignature.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-monroe-keisha',
    mrn: '0074162',
    name: { family: 'Monroe', given: ['Keisha', 'Lynn'] },
    birthDate: '1988-02-11',
    sex: 'female',
    address: { line: ['5105 Harbor View Road'], city: 'Riverside', state: 'OH', postalCode: '45503', country: 'US' },
    phone: '(937) 555-0158',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '3387' },
      { type: 'insurance-member', value: 'LHA-20391847', issuer: 'Lakeshore Health Alliance (coverage ended 04/01/2025)' },
    ],
    alerts: [{ kind: 'clinical', text: 'Type 1 diabetes - insulin dependent; never hold basal insulin' }],
  });
  encounter(p, {
    id: 'enc-monroe-ed1',
    accountNumber: 'RG24009702',
    class: 'emergency',
    admittedAt: '2024-10-08T15:40',
    dischargedAt: '2024-10-08T18:20',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 5',
    reasonForVisit: 'Confusion at work, low blood sugar (EMS)',
    admitSource: 'self',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-monroe-ed2',
    accountNumber: 'RG25004951',
    class: 'emergency',
    admittedAt: '2025-05-02T09:10',
    dischargedAt: '2025-05-02T12:45',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Bay 11',
    reasonForVisit: 'Vomiting, abdominal pain, high blood sugar',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-monroe-ip1',
    accountNumber: 'RG25004955',
    class: 'inpatient',
    admittedAt: '2025-05-02T12:45',
    dischargedAt: '2025-05-05T11:00',
    attendingId: 'prv-lindqvist',
    service: 'Hospital Medicine (Teaching Team B)',
    location: '4 East Step-Down, Rm 408',
    reasonForVisit: 'Diabetic ketoacidosis',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-monroe-adhesive',
    substance: 'Adhesive tape (acrylate)',
    category: 'other',
    reaction: 'Skin blistering',
    severity: 'mild',
    recordedAt: '2024-10-08T15:50',
  });

  problem(p, {
    id: 'prob-monroe-t1dm',
    description: 'Type 1 diabetes mellitus (diagnosed age 11)',
    status: 'active',
    onset: '1999-06-01',
    recordedAt: '2024-10-08T16:00',
  });
  problem(p, {
    id: 'prob-monroe-hypo',
    description: 'Hypoglycemia without coma (10/08/2024)',
    status: 'resolved',
    onset: '2024-10-08',
    recordedAt: '2024-10-08T16:00',
    encounterId: 'enc-monroe-ed1',
  });
  problem(p, {
    id: 'prob-monroe-dka',
    description: 'Diabetic ketoacidosis (05/2025) - insulin rationing due to cost',
    status: 'resolved',
    onset: '2025-04-30',
    recordedAt: '2025-05-02T14:30',
    encounterId: 'enc-monroe-ip1',
  });

  med(p, {
    id: 'med-monroe-glargine',
    name: 'Insulin glargine',
    dose: '22 units',
    route: 'SC',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-monroe-lispro',
    name: 'Insulin lispro',
    dose: '1 unit per 12 g carbohydrate + correction 1 unit per 40 mg/dL above 150',
    route: 'SC',
    frequency: 'with meals',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-monroe-glucagon',
    name: 'Glucagon nasal powder',
    dose: '3 mg',
    route: 'intranasal',
    frequency: 'once as needed for severe hypoglycemia',
    status: 'active',
    start: '2024-10-08T18:10',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-monroe-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-monroe-insdrip',
    name: 'Insulin regular infusion (DKA protocol)',
    dose: '0.1 units/kg/h (6.4 units/h)',
    route: 'IV',
    frequency: 'continuous, titrated',
    status: 'completed',
    start: '2025-05-02T10:25',
    end: '2025-05-03T10:00',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-monroe-ed2',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-monroe-kcl',
    name: 'Potassium chloride',
    dose: '20 mEq in 100 mL',
    route: 'IV',
    frequency: 'x2 doses over 2 hours each',
    status: 'completed',
    start: '2025-05-02T22:30',
    end: '2025-05-03T02:30',
    prescriberId: 'prv-reyes',
    encounterId: 'enc-monroe-ip1',
    setting: 'inpatient',
  });

  results(p, 'monroe-ed1', 'enc-monroe-ed1', '2024-10-08T15:50', '2024-10-08T16:30', 'ED labs', [
    ['Glucose (point of care)', 71, 'mg/dL', 70, 99],
    ['Sodium', 139, 'mmol/L', 136, 145],
    ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
    ['Creatinine', 0.74, 'mg/dL', 0.5, 1.0],
    ['Glucose', 78, 'mg/dL', 70, 99],
  ]);
  results(p, 'monroe-ed1-poc2', 'enc-monroe-ed1', '2024-10-08T17:30', '2024-10-08T17:31', 'Glucose (point of care)', [
    ['Glucose (point of care)', 142, 'mg/dL', 70, 99, 'H'],
  ]);
  results(p, 'monroe-ed2', 'enc-monroe-ed2', '2025-05-02T09:25', '2025-05-02T10:05', 'ED DKA panel', [
    ['Glucose', 542, 'mg/dL', 70, 99, 'HH'],
    ['Sodium', 131, 'mmol/L', 136, 145, 'L'],
    ['Potassium', 5.6, 'mmol/L', 3.5, 5.1, 'H'],
    ['Chloride', 95, 'mmol/L', 98, 107, 'L'],
    ['CO2', 8, 'mmol/L', 22, 29, 'LL'],
    ['Anion gap', 28, 'mmol/L', 7, 16, 'H'],
    ['BUN', 24, 'mg/dL', 6, 20, 'H'],
    ['Creatinine', 0.98, 'mg/dL', 0.5, 1.0],
    ['Beta-hydroxybutyrate', 7.8, 'mmol/L', 0.0, 0.4, 'H'],
    ['Venous pH', 7.12, '', 7.32, 7.43, 'LL'],
    ['Venous pCO2', 22, 'mmHg', 41, 51, 'L'],
    ['WBC', 13.1, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Lipase', 40, 'U/L', 13, 60],
    ['Urine hCG', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
    ['Urine ketones', '3+', undefined, undefined, undefined, 'A', 'Negative'],
  ]);
  const ipIds = [
    ...results(p, 'monroe-1600', 'enc-monroe-ip1', '2025-05-02T16:00', '2025-05-02T16:40', 'DKA monitoring BMP', [
      ['Glucose', 298, 'mg/dL', 70, 99, 'H'],
      ['Potassium', 4.1, 'mmol/L', 3.5, 5.1],
      ['CO2', 13, 'mmol/L', 22, 29, 'L'],
      ['Anion gap', 19, 'mmol/L', 7, 16, 'H'],
    ]),
    ...results(p, 'monroe-2200', 'enc-monroe-ip1', '2025-05-02T22:00', '2025-05-02T22:35', 'DKA monitoring BMP', [
      ['Glucose', 196, 'mg/dL', 70, 99, 'H'],
      ['Potassium', 3.1, 'mmol/L', 3.5, 5.1, 'L'],
      ['CO2', 16, 'mmol/L', 22, 29, 'L'],
      ['Anion gap', 15, 'mmol/L', 7, 16],
      ['Magnesium', 1.6, 'mg/dL', 1.7, 2.4, 'L'],
    ]),
    ...results(p, 'monroe-0400', 'enc-monroe-ip1', '2025-05-03T04:00', '2025-05-03T04:40', 'DKA monitoring BMP', [
      ['Glucose', 168, 'mg/dL', 70, 99, 'H'],
      ['Potassium', 3.7, 'mmol/L', 3.5, 5.1],
      ['CO2', 20, 'mmol/L', 22, 29, 'L'],
      ['Anion gap', 11, 'mmol/L', 7, 16],
      ['Beta-hydroxybutyrate', 0.6, 'mmol/L', 0.0, 0.4, 'H'],
      ['Venous pH', 7.34, '', 7.32, 7.43],
    ]),
    ...results(p, 'monroe-a1c', 'enc-monroe-ip1', '2025-05-02T16:00', '2025-05-02T19:10', 'Hemoglobin A1c', [
      ['Hemoglobin A1c', 11.2, '%', 4.0, 5.6, 'H'],
    ]),
    ...results(p, 'monroe-0504', 'enc-monroe-ip1', '2025-05-04T05:00', '2025-05-04T05:50', 'Basic metabolic panel + Mg/Phos', [
      ['Sodium', 138, 'mmol/L', 136, 145],
      ['Potassium', 4.2, 'mmol/L', 3.5, 5.1],
      ['CO2', 24, 'mmol/L', 22, 29],
      ['Glucose', 154, 'mg/dL', 70, 99, 'H'],
      ['Creatinine', 0.71, 'mg/dL', 0.5, 1.0],
      ['Magnesium', 1.9, 'mg/dL', 1.7, 2.4],
      ['Phosphorus', 2.8, 'mg/dL', 2.5, 4.5],
    ]),
  ];

  order(p, {
    id: 'ord-monroe-01',
    enc: 'enc-monroe-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine Teaching Team B (attending Dr. Lindqvist), step-down. Diabetic ketoacidosis. Full code.',
    at: '2025-05-02T12:45',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-monroe-02',
    enc: 'enc-monroe-ip1',
    cat: 'medication',
    text: 'Continue DKA protocol: regular insulin infusion 0.1 units/kg/h; when glucose < 250 change fluids to D5 0.45% NaCl with 20 mEq KCl/L at 150 mL/h; potassium replacement per protocol (hold insulin if K < 3.3).',
    at: '2025-05-02T12:50',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-monroe-03',
    enc: 'enc-monroe-ip1',
    cat: 'lab',
    text: 'Point-of-care glucose every hour while on insulin infusion; BMP, Mg and Phos every 4 hours until anion gap closed x2; hemoglobin A1c; C-peptide and GAD-65 antibody (send-out).',
    at: '2025-05-02T12:50',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-monroe-04',
    enc: 'enc-monroe-ip1',
    cat: 'medication',
    text: 'Potassium chloride 20 mEq IV over 2 hours x2 doses (central-line not required at this rate); magnesium sulfate 2 g IV x1.',
    at: '2025-05-02T22:40',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-monroe-05',
    enc: 'enc-monroe-ip1',
    cat: 'medication',
    text: 'Insulin glargine 22 units SC now (08:00) and nightly from 05/03; stop insulin infusion 2 hours after glargine; insulin lispro with meals 1 unit/12 g carbohydrate plus correction scale.',
    at: '2025-05-03T07:40',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-monroe-06',
    enc: 'enc-monroe-ip1',
    cat: 'consult',
    text: 'Social work: lost employer insurance 04/01/2025, rationing insulin - Medicaid application, manufacturer insulin assistance. Diabetes educator.',
    at: '2025-05-03T07:45',
    by: 'prv-reyes',
    status: 'completed',
  });

  doc(p, {
    id: 'doc-monroe-ed1-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-monroe-ed1',
    by: 'prv-whitaker',
    at: '2024-10-08T15:45',
    written: '2024-10-08T18:00',
    sign: '2024-10-08T18:25',
    body: `
CHIEF COMPLAINT: Low blood sugar, confusion at work.

HISTORY OF PRESENT ILLNESS:
36-year-old woman with type 1 diabetes since age 11, on glargine 22 units nightly and lispro with meals, brought by EMS from her job at a long-term care facility, where coworkers found her sweaty, confused and slurring words at about 15:00. EMS fingerstick glucose 38 mg/dL; oral glucose gel 15 g x2 given with improvement to 62 and then clear mentation. She gave her usual 6 units of lispro at 11:30 for lunch, was then called to a resident emergency and never ate, and was working a double shift. No loss of consciousness, seizure, injury, alcohol or new medications. No recent illness. Last similar episode 2 years ago.

PAST MEDICAL HISTORY: Type 1 diabetes (A1c 7.4% in 07/2024 per patient). No retinopathy or nephropathy known.
MEDICATIONS: Insulin glargine 22 units nightly; insulin lispro 1 unit/12 g carbohydrate plus correction.
ALLERGIES: Adhesive tape - blistering.
SOCIAL: State-tested nursing assistant. Lives with her 9-year-old son. No tobacco; rare alcohol.

EXAM: T 36.6, BP 124/76, HR 88, RR 16, SpO2 99%. Alert, oriented x3, conversing normally. Mild diaphoresis resolved. Neurologic exam nonfocal. No tongue bite or head injury.

ED COURSE: Glucose 71 on arrival (POC), 78 on chemistry; BMP otherwise normal. Given orange juice and a turkey sandwich; glucose 142 at 17:30, symptoms resolved. Observed 2.5 hours without recurrence.

ASSESSMENT: Hypoglycemia in type 1 diabetes, without coma, due to prandial insulin without a meal (missed lunch). Resolved.

PLAN/DISPOSITION: Home with coworker. Hypoglycemia education: treat 15-15 rule, carry glucose tabs at work, do not give prandial insulin until food is in hand. Prescribed glucagon nasal powder 3 mg for emergencies. Follow up with her endocrinologist (Millbrook Endocrine) this week. Return if recurrent lows or confusion.
`,
  });

  doc(p, {
    id: 'doc-monroe-ed2-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-monroe-ed2',
    by: 'prv-adeyemi',
    at: '2025-05-02T09:15',
    written: '2025-05-02T12:20',
    sign: '2025-05-02T12:50',
    body: `
CHIEF COMPLAINT: Vomiting and belly pain for 2 days.

HISTORY OF PRESENT ILLNESS:
37-year-old woman with type 1 diabetes presents with 2 days of nausea, vomiting (more than 10 times), diffuse abdominal pain, thirst and frequent urination. She lost her job in March and her health insurance ended 04/01. She has been stretching her insulin: ran out of glargine 5 days ago and has been using small doses of lispro only when her sugar was "really high" to make the last pen last. Home meter read "HI" this morning. No fever, cough, dysuria or diarrhea. LMP 2 weeks ago.

PAST MEDICAL HISTORY: Type 1 diabetes; ED visit 10/2024 for hypoglycemia.
MEDICATIONS: Insulin glargine 22 units nightly (none for 5 days); insulin lispro (rationed).
ALLERGIES: Adhesive tape.

EXAM:
T 37.2, HR 122, BP 108/64, RR 28 deep (Kussmaul), SpO2 99% RA. Weight 64 kg.
Ill-appearing, dry mucous membranes, fruity breath odor. Abdomen diffusely tender without rebound or guarding. Alert and oriented.

ED COURSE:
Glucose 542, venous pH 7.12, bicarbonate 8, anion gap 28, beta-hydroxybutyrate 7.8, potassium 5.6, sodium 131 (corrected about 138), creatinine 0.98, WBC 13.1, lipase normal, urine hCG negative. ECG: sinus tachycardia 120, peaked T waves absent.
09:40 Normal saline 1 L bolus, then second liter; then 250 mL/h.
10:25 Regular insulin infusion 0.1 units/kg/h (6.4 units/h), no bolus. Potassium 5.6 - no potassium in first bag; recheck at 2 hours.
Ondansetron 4 mg IV x2.
12:15 Glucose 388 (POC). Heart rate 104, RR 22.

ASSESSMENT: Severe diabetic ketoacidosis in type 1 diabetes, precipitated by insulin underdosing (rationing because of cost after loss of insurance). No infection identified.
DISPOSITION: Admitted to Hospital Medicine step-down (Dr. Reyes / Dr. Lindqvist). Critical care time 45 minutes.
`,
  });

  doc(p, {
    id: 'doc-monroe-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical (Resident)',
    enc: 'enc-monroe-ip1',
    by: 'prv-reyes',
    at: '2025-05-02T14:30',
    written: '2025-05-02T15:30',
    sign: '2025-05-02T15:40',
    cosigner: 'prv-lindqvist',
    body: `
CHIEF COMPLAINT: Nausea, vomiting, high blood sugar.

HISTORY OF PRESENT ILLNESS:
Ms. Monroe is a 37-year-old woman with type 1 diabetes since childhood admitted with DKA. She lost her job as a nursing assistant on 03/14 and her employer insurance ended 04/01/2025. A glargine pen costs her more than $100 out of pocket and she could not afford a refill, so she "made the insulin last": glargine ran out 5 days ago and she has been taking 2-4 units of lispro only when readings were over 400. Two days of vomiting and abdominal pain followed. In the ED: glucose 542, pH 7.12, bicarbonate 8, anion gap 28, BHB 7.8, potassium 5.6. Received 2 L NS and started on an insulin infusion at 10:25.

PAST MEDICAL HISTORY: Type 1 diabetes (dx age 11). Hypoglycemia ED visit 10/2024. No prior DKA since adolescence. No known retinopathy, nephropathy or neuropathy.
MEDICATIONS: Insulin glargine 22 units nightly; insulin lispro 1 unit/12 g carbohydrate plus correction (both rationed as above).
ALLERGIES: Adhesive tape - blistering.
SOCIAL HISTORY: Single mother of a 9-year-old son (staying with her sister). Unemployed since March, applying for jobs. No tobacco, rare alcohol, no drugs.
FAMILY HISTORY: Father with type 2 diabetes; maternal aunt with hypothyroidism.

REVIEW OF SYSTEMS: Positive for polyuria, polydipsia, nausea, vomiting, abdominal pain, fatigue. Negative for fever, dysuria, cough, chest pain, diarrhea.

PHYSICAL EXAMINATION:
T 37.0, HR 100, BP 112/68, RR 22, SpO2 99% RA. Weight 64 kg. BMI 23.5.
Tired, dry mucous membranes. Lungs clear, deep respirations. Heart regular, tachycardic. Abdomen soft, mild diffuse tenderness, no guarding. Skin: lipohypertrophy at both lateral thighs (injection sites). Neuro nonfocal.

DATA: See ED. 12:15 POC glucose 388. Repeat BMP due 16:00.

ASSESSMENT AND PLAN:
1. Diabetic ketoacidosis, severe (pH 7.12, HCO3 8), without coma, in type 1 diabetes, due to underdosing of insulin from cost after loss of insurance. Continue DKA protocol: insulin infusion 0.1 units/kg/h, fluids, add dextrose when glucose under 250, potassium per protocol. BMP/Mg/Phos q4h, POC glucose hourly. Transition to SC basal-bolus when gap closed x2, with 2 h overlap.
2. Potassium 5.6 on arrival with total-body depletion expected - monitor closely on insulin.
3. Pseudohyponatremia from hyperglycemia (corrected Na about 138) - no action.
4. Insulin access/financial hardship: social work consult for Medicaid application and manufacturer assistance; diabetes educator; check A1c.
5. Confirm type 1 diagnosis for coverage paperwork: C-peptide and GAD-65 antibody sent out to reference lab.
VTE prophylaxis: enoxaparin 40 mg daily once tolerating. Code status: full code.

Discussed with attending Dr. Lindqvist.
Daniel Reyes, MD, PGY-2
`,
  });

  doc(p, {
    id: 'doc-monroe-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - DKA Monitoring (Inpatient)',
    enc: 'enc-monroe-ip1',
    by: 'prv-ostrowski',
    at: '2025-05-02T16:00',
    written: '2025-05-04T05:50',
    sign: '2025-05-04T05:50',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, ipIds)}

Send-out tests (C-peptide, GAD-65 antibody) forwarded to Tri-County Reference Laboratory 05/02/2025; results will be reported by the reference laboratory.
`,
  });

  doc(p, {
    id: 'doc-monroe-orders',
    type: 'physician-orders',
    title: 'Orders - DKA Admission',
    enc: 'enc-monroe-ip1',
    by: 'prv-reyes',
    at: '2025-05-02T12:45',
    written: '2025-05-03T07:45',
    sign: '2025-05-03T07:50',
    cosigner: 'prv-lindqvist',
    cosignAt: '2025-05-03T17:00',
    body: `
Allergies: Adhesive tape (blistering).
Weight for dosing: 64 kg.

${orderSheet(p, ['ord-monroe-01', 'ord-monroe-02', 'ord-monroe-03', 'ord-monroe-04', 'ord-monroe-05', 'ord-monroe-06'])}
`,
  });

  doc(p, {
    id: 'doc-monroe-pn-0503',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note (Resident)',
    enc: 'enc-monroe-ip1',
    by: 'prv-reyes',
    at: '2025-05-03T07:45',
    written: '2025-05-03T08:25',
    sign: '2025-05-03T08:30',
    cosigner: 'prv-lindqvist',
    cosignAt: '2025-05-03T17:00',
    body: `
HOSPITAL DAY 2

SUBJECTIVE: Vomiting stopped last evening. Hungry. Mild cramping in her legs overnight.

OBJECTIVE: T 36.8, HR 84, BP 118/72, RR 16. Intake 5.8 L / output 3.1 L since admission.
Labs: 22:00 potassium 3.1 and magnesium 1.6 on the insulin infusion - replaced with KCl 20 mEq IV x2 and magnesium 2 g. 04:00: glucose 168, potassium 3.7, bicarbonate 20, anion gap 11 (15 at 22:00), BHB 0.6 - DKA resolution criteria met (gap 12 or less, bicarbonate 18 or more, pH above 7.30 on venous gas 7.34). A1c 11.2%.

ASSESSMENT AND PLAN:
1. DKA, resolved overnight. Glargine 22 units given at 08:00; stop insulin infusion at 10:00. Advance to consistent-carbohydrate diet. Lispro with meals 1 unit/12 g carbohydrate plus correction.
2. Hypokalemia (K 3.1) and hypomagnesemia developing during insulin therapy - repleted; recheck BMP this afternoon and in AM.
3. Insulin underdosing due to financial hardship: social worker meeting today (Medicaid application, manufacturer patient assistance program, $35 insulin cap programs). Diabetes educator for carbohydrate counting refresher.
4. A1c 11.2% - reflects months of rationing. Endocrinology follow-up once covered.
Transfer to 5 West (medical floor) today.

Daniel Reyes, MD, PGY-2. Seen and discussed with Dr. Lindqvist.
`,
  });

  doc(p, {
    id: 'doc-monroe-pn-0504',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note (Resident)',
    enc: 'enc-monroe-ip1',
    by: 'prv-reyes',
    at: '2025-05-04T08:00',
    written: '2025-05-04T08:35',
    sign: '2025-05-04T08:40',
    cosigner: 'prv-lindqvist',
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Feels well. Eating all meals. Met with social work yesterday - Medicaid application submitted online with their help; manufacturer assistance application faxed. Worried about cost of pen needles and test strips.

OBJECTIVE: T 36.7, HR 76, BP 122/74. Glucose 120-210 on basal-bolus.
Labs today: sodium 138, potassium 4.2, bicarbonate 24, creatinine 0.71, magnesium 1.9, phosphorus 2.8.

ASSESSMENT AND PLAN:
1. Type 1 diabetes, DKA resolved; on glargine 22 units nightly and lispro with meals. Glucose acceptable.
2. Hypokalemia resolved (4.2) after replacement.
3. Access to insulin: pharmacy to dispense 3 glargine pens and 2 lispro pens from the hospital indigent-care supply at discharge; pen needles and strips through the hospital pharmacy assistance fund. Social work confirms follow-up appointment at Riverside Community Health Center (sliding fee) on 05/09.
4. Discharge tomorrow morning if stable; teach-back on sick-day rules and never stopping basal insulin.

Daniel Reyes, MD, PGY-2
`,
  });

  doc(p, {
    id: 'doc-monroe-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-monroe-ip1',
    by: 'prv-lindqvist',
    at: '2025-05-05T11:00',
    written: '2025-05-05T14:00',
    sign: '2025-05-06T08:15',
    body: `
ADMISSION DATE: 05/02/2025      DISCHARGE DATE: 05/05/2025
ATTENDING: Erik Lindqvist, MD     RESIDENT: Daniel Reyes, MD

PRINCIPAL DIAGNOSIS: Diabetic ketoacidosis without coma, type 1 diabetes mellitus.
SECONDARY DIAGNOSES:
- Underdosing of insulin (intentional, due to financial hardship after loss of insurance) - precipitant of DKA.
- Hypokalemia and hypomagnesemia during insulin therapy (K 3.1 on 05/02 at 22:00; not present on admission, when K was 5.6), resolved.

PROCEDURES: None.

HOSPITAL COURSE:
37-year-old woman with type 1 diabetes who rationed and then ran out of basal insulin after losing employer insurance, presenting with severe DKA (pH 7.12, bicarbonate 8, anion gap 28, BHB 7.8). Treated with IV fluids and insulin infusion per protocol; anion gap closed by 04:00 on 05/03 and she transitioned to subcutaneous glargine and lispro. Potassium fell to 3.1 on the insulin infusion and was replaced along with magnesium. A1c 11.2%. Social work assisted with a Medicaid application and manufacturer assistance; insulin supplies dispensed from the hospital assistance program. Send-out C-peptide and GAD-65 antibody pending at discharge - to be reviewed at follow-up.

DISCHARGE MEDICATIONS:
- Insulin glargine 22 units SC nightly (3 pens dispensed)
- Insulin lispro 1 unit per 12 g carbohydrate with meals plus correction 1 unit per 40 mg/dL above 150 (2 pens dispensed)
- Glucagon nasal powder 3 mg as needed for severe hypoglycemia
- Pen needles, glucose meter strips

FOLLOW-UP: Riverside Community Health Center 05/09/2025 (sliding fee); endocrinology when insurance active; social work will call 05/07.
PATIENT EDUCATION: sick-day rules, ketone checks, never stop basal insulin, call before running out - teach-back completed.
CONDITION: Good. Disposition: home.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 8. Harold Eugene Greene - TIA treated in ED (02/2025); then acute left MCA embolic stroke with
//    new atrial fibrillation with RVR, IV alteplase in ED (03/2025). H&P signed > 24 h late.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-greene-harold',
    mrn: '0019538',
    name: { family: 'Greene', given: ['Harold', 'Eugene'] },
    birthDate: '1944-09-09',
    sex: 'male',
    address: { line: ['318 Orchard Lane'], city: 'Millbrook', state: 'OH', postalCode: '45503', country: 'US' },
    phone: '(937) 555-0125',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '8824' },
      { type: 'medicare', value: '2DW5-YT8-CE63', issuer: 'CMS' },
    ],
    alerts: [
      { kind: 'clinical', text: 'Anticoagulated - apixaban (from 03/19/2025)' },
      { kind: 'clinical', text: 'Dysphagia - mechanical soft diet, nectar-thick liquids; aspiration precautions' },
    ],
  });
  encounter(p, {
    id: 'enc-greene-ed1',
    accountNumber: 'RG25001274',
    class: 'emergency',
    admittedAt: '2025-02-03T10:25',
    dischargedAt: '2025-02-03T15:10',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 2',
    reasonForVisit: 'Transient speech difficulty and right hand weakness',
    admitSource: 'self',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-greene-ed2',
    accountNumber: 'RG25002788',
    class: 'emergency',
    admittedAt: '2025-03-16T08:05',
    dischargedAt: '2025-03-16T11:20',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Resuscitation 1',
    reasonForVisit: 'Code stroke: right-sided weakness, unable to speak (EMS)',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-greene-ip1',
    accountNumber: 'RG25002791',
    class: 'inpatient',
    admittedAt: '2025-03-16T11:20',
    dischargedAt: '2025-03-21T13:00',
    attendingId: 'prv-okafor',
    service: 'Hospital Medicine (Stroke Unit)',
    location: 'ICU Bed 3, then 5 West Rm 530',
    reasonForVisit: 'Acute ischemic stroke after IV alteplase',
    admitSource: 'emergency-department',
    dischargeDisposition: 'rehabilitation',
  });

  allergy(p, {
    id: 'alg-greene-atorva',
    substance: 'Atorvastatin',
    category: 'medication',
    reaction: 'Myalgias',
    severity: 'mild',
    recordedAt: '2025-02-03T10:40',
  });

  problem(p, {
    id: 'prob-greene-tia',
    description: 'Transient ischemic attack (02/03/2025)',
    status: 'resolved',
    onset: '2025-02-03',
    recordedAt: '2025-02-03T14:30',
    encounterId: 'enc-greene-ed1',
  });
  problem(p, {
    id: 'prob-greene-stroke',
    description: 'Acute ischemic stroke, left MCA (superior division), cardioembolic, 03/16/2025 - right hemiparesis, aphasia, dysphagia',
    status: 'active',
    onset: '2025-03-16',
    recordedAt: '2025-03-16T14:00',
    encounterId: 'enc-greene-ip1',
  });
  problem(p, {
    id: 'prob-greene-af',
    description: 'Atrial fibrillation, new onset 03/2025',
    status: 'active',
    onset: '2025-03-16',
    recordedAt: '2025-03-16T14:00',
    encounterId: 'enc-greene-ip1',
  });
  problem(p, { id: 'prob-greene-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-02-03T14:30' });
  problem(p, { id: 'prob-greene-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-02-03T14:30' });

  med(p, {
    id: 'med-greene-lisinopril',
    name: 'Lisinopril',
    dose: '20 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-rosu20',
    name: 'Rosuvastatin',
    dose: '20 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'discontinued',
    end: '2025-03-16T21:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-asa',
    name: 'Aspirin',
    dose: '81 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    start: '2025-02-03T14:00',
    end: '2025-03-19T09:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-greene-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-clopi',
    name: 'Clopidogrel',
    dose: '300 mg load, then 75 mg',
    route: 'PO',
    frequency: 'daily x 21 days',
    status: 'completed',
    start: '2025-02-03T14:00',
    end: '2025-02-24T09:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-greene-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-alteplase',
    name: 'Alteplase',
    dose: '73.8 mg (0.9 mg/kg; 7.4 mg bolus, 66.4 mg over 60 min)',
    route: 'IV',
    frequency: 'once',
    status: 'completed',
    start: '2025-03-16T08:51',
    end: '2025-03-16T09:51',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-greene-ed2',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-greene-dilt',
    name: 'Diltiazem',
    dose: '10 mg',
    route: 'IV',
    frequency: 'once',
    status: 'completed',
    start: '2025-03-16T09:30',
    end: '2025-03-16T09:30',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-greene-ed2',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-greene-rosu40',
    name: 'Rosuvastatin',
    dose: '40 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    start: '2025-03-17T21:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-greene-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-metop',
    name: 'Metoprolol succinate ER',
    dose: '50 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    start: '2025-03-17T09:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-greene-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-greene-apix',
    name: 'Apixaban',
    dose: '5 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    start: '2025-03-19T09:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-greene-ip1',
    setting: 'outpatient',
  });

  results(p, 'greene-ed1', 'enc-greene-ed1', '2025-02-03T10:40', '2025-02-03T11:20', 'ED labs', [
    ['Glucose', 118, 'mg/dL', 70, 99, 'H'],
    ['Sodium', 140, 'mmol/L', 136, 145],
    ['Potassium', 4.4, 'mmol/L', 3.5, 5.1],
    ['Creatinine', 1.04, 'mg/dL', 0.7, 1.3],
    ['WBC', 7.1, 'x10^3/uL', 4.0, 11.0],
    ['Hemoglobin', 14.8, 'g/dL', 13.5, 17.5],
    ['Platelets', 205, 'x10^3/uL', 150, 400],
    ['hs-Troponin I', 5, 'ng/L', undefined, 20],
    ['INR', 1.0, '', 0.9, 1.1],
    ['LDL cholesterol (calculated)', 104, 'mg/dL', undefined, 99, 'H'],
    ['Hemoglobin A1c', 5.8, '%', 4.0, 5.6, 'H'],
  ]);
  results(p, 'greene-ed2', 'enc-greene-ed2', '2025-03-16T08:15', '2025-03-16T08:40', 'Code stroke labs', [
    ['Glucose (point of care)', 134, 'mg/dL', 70, 99, 'H'],
    ['Hemoglobin', 14.6, 'g/dL', 13.5, 17.5],
    ['Platelets', 198, 'x10^3/uL', 150, 400],
    ['INR', 1.0, '', 0.9, 1.1],
    ['PTT', 29, 'seconds', 25, 36],
    ['Creatinine', 1.06, 'mg/dL', 0.7, 1.3],
    ['Potassium', 4.3, 'mmol/L', 3.5, 5.1],
    ['hs-Troponin I', 14, 'ng/L', undefined, 20],
  ]);
  results(p, 'greene-ip', 'enc-greene-ip1', '2025-03-17T05:00', '2025-03-17T06:30', 'Morning labs', [
    ['Hemoglobin', 14.1, 'g/dL', 13.5, 17.5],
    ['Platelets', 188, 'x10^3/uL', 150, 400],
    ['Creatinine', 1.01, 'mg/dL', 0.7, 1.3],
    ['TSH', 1.9, 'mIU/L', 0.4, 4.0],
    ['LDL cholesterol (calculated)', 78, 'mg/dL', undefined, 99],
  ]);

  order(p, {
    id: 'ord-greene-01',
    enc: 'enc-greene-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Okafor), ICU stroke bed for 24 hours post-thrombolysis, then 5 West stroke unit. Acute ischemic stroke s/p IV alteplase 08:51. Full code.',
    at: '2025-03-16T11:20',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-02',
    enc: 'enc-greene-ip1',
    cat: 'nursing',
    text: 'Post-alteplase protocol: neuro checks and NIHSS every 15 min x2 h (from start of infusion), every 30 min x6 h, then hourly x16 h. BP goal below 180/105; notify for any neuro decline, headache, vomiting or bleeding. No arterial punctures, NG tubes or catheters for 24 h unless essential.',
    at: '2025-03-16T11:20',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-03',
    enc: 'enc-greene-ip1',
    cat: 'medication',
    text: 'No antiplatelet or anticoagulant for 24 hours after alteplase. Labetalol 10 mg IV every 10 min PRN SBP above 180 (max 300 mg). Metoprolol tartrate 25 mg PO every 12 hours once swallow screen passed; diltiazem 5 mg IV every 4 hours PRN HR above 120 until then.',
    at: '2025-03-16T11:25',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-04',
    enc: 'enc-greene-ip1',
    cat: 'diet',
    text: 'NPO including medications until bedside swallow screen passed by RN/SLP.',
    at: '2025-03-16T11:25',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-05',
    enc: 'enc-greene-ip1',
    cat: 'imaging',
    text: 'CT head without contrast at 24 hours post-alteplase (03/17 08:50); MRI brain without contrast with MRA head; transthoracic echocardiogram with agitated saline.',
    at: '2025-03-16T11:25',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-06',
    enc: 'enc-greene-ip1',
    cat: 'consult',
    text: 'Neurology consult (Dr. Goldberg). Speech-language pathology, PT, OT evaluate and treat.',
    at: '2025-03-16T11:25',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-greene-07',
    enc: 'enc-greene-ip1',
    cat: 'medication',
    text: 'Start apixaban 5 mg PO twice daily 03/19 09:00 (day 4, repeat imaging without hemorrhage). Stop aspirin.',
    at: '2025-03-18T15:00',
    by: 'prv-okafor',
    status: 'active',
  });

  procedure(p, {
    id: 'proc-greene-tpa',
    encounterId: 'enc-greene-ed2',
    description: 'IV thrombolysis with alteplase 0.9 mg/kg via peripheral vein',
    performedAt: '2025-03-16T08:51',
    performerId: 'prv-adeyemi',
  });
  procedure(p, {
    id: 'proc-greene-tte',
    encounterId: 'enc-greene-ip1',
    description: 'Transthoracic echocardiogram with agitated saline',
    performedAt: '2025-03-17T14:00',
    performerId: 'prv-patel',
  });

  doc(p, {
    id: 'doc-greene-ed1-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-greene-ed1',
    by: 'prv-whitaker',
    at: '2025-02-03T10:30',
    written: '2025-02-03T14:50',
    sign: '2025-02-03T15:20',
    body: `
CHIEF COMPLAINT: Trouble talking this morning, now resolved.

HISTORY OF PRESENT ILLNESS:
80-year-old right-handed man with hypertension and hyperlipidemia. At 08:40 at breakfast his wife noticed he could not find his words ("kept saying 'the thing'") and he dropped his coffee cup from his right hand. Symptoms lasted about 25 minutes and resolved completely by 09:05. No headache, vision loss, facial droop noticed, vertigo, palpitations or chest pain. No prior stroke or TIA. Not on antiplatelet or anticoagulant therapy.

PAST MEDICAL HISTORY: Hypertension, hyperlipidemia (atorvastatin intolerance - myalgias).
MEDICATIONS: Lisinopril 20 mg daily, rosuvastatin 20 mg nightly.
ALLERGIES: Atorvastatin (myalgias).
SOCIAL: Retired high-school chemistry teacher, lives with wife, drives. Former smoker, quit 1985. Two glasses of wine weekly.

EXAM: BP 158/88, HR 74 regular, RR 16, SpO2 97%, T 36.7.
Neurologic: alert, fluent speech with normal naming and repetition, no dysarthria, visual fields full, no facial asymmetry, strength 5/5 all extremities, no drift, sensation and coordination normal, gait normal. NIHSS 0. No carotid bruit. Heart regular, no murmur.

ED COURSE:
CT head: no hemorrhage or acute infarct; chronic small-vessel changes. CTA head and neck: no large-vessel occlusion; 40% calcified stenosis of the left ICA origin. ECG: sinus rhythm 74, no atrial fibrillation. Telemetry 4 hours: sinus rhythm only. Labs: glucose 118, LDL 104, A1c 5.8, troponin normal.
ABCD2 score 5 (age 1, BP 1, unilateral weakness 2, duration 10-59 min 1, diabetes 0).
Discussed with Dr. Goldberg (neurology) by phone: recommends DAPT for 21 days, intensify statin, MRI brain and 30-day ambulatory cardiac monitor.
Observation admission offered for expedited workup. Patient and wife prefer to go home; they understand the risk of stroke in the coming days, that he should not drive, and to call 911 immediately for any recurrence. Decision-making capacity intact. Expedited outpatient workup arranged.

ASSESSMENT: Transient ischemic attack, left hemispheric (aphasia and right hand weakness), resolved. NIHSS 0.

PLAN/DISPOSITION: Aspirin 81 mg daily plus clopidogrel 300 mg now then 75 mg daily for 21 days. Continue rosuvastatin 20 mg (LDL goal < 70). Outpatient MRI brain 02/05, neurology TIA clinic 02/06 (Dr. Goldberg), 30-day event monitor - order placed. Home with wife, stroke warning signs reviewed (BE FAST).
`,
  });

  doc(p, {
    id: 'doc-greene-ed1-ct',
    type: 'radiology-report',
    title: 'CT Head without Contrast and CTA Head and Neck',
    enc: 'enc-greene-ed1',
    by: 'prv-farouk',
    at: '2025-02-03T10:50',
    written: '2025-02-03T11:25',
    sign: '2025-02-03T11:28',
    body: `
EXAMS: CT HEAD WITHOUT CONTRAST; CT ANGIOGRAPHY HEAD AND NECK
CLINICAL INDICATION: Transient aphasia and right hand weakness, resolved.
TECHNIQUE: Noncontrast head CT, then CTA of the head and neck with 75 mL iohexol 350, with MIP and 3D reformats.
COMPARISON: None.

FINDINGS:
Head CT: No intracranial hemorrhage, mass effect or acute territorial infarct. Gray-white differentiation preserved. Moderate periventricular and subcortical white matter hypodensities consistent with chronic small-vessel ischemic change. Mild generalized volume loss. Ventricles proportionate.
CTA neck: Calcified plaque at the left ICA origin with approximately 40% diameter stenosis by NASCET criteria. Right ICA origin plaque with about 20% stenosis. Vertebral arteries patent, right dominant.
CTA head: No large-vessel occlusion, aneurysm or high-grade stenosis. Anterior and posterior circulations patent. Mild intracranial atherosclerotic calcification of the cavernous ICAs.

IMPRESSION:
1. No acute intracranial abnormality. Chronic small-vessel ischemic disease.
2. No large-vessel occlusion.
3. Left ICA origin stenosis approximately 40%, right 20% (non-hemodynamically significant).
`,
  });

  doc(p, {
    id: 'doc-greene-ed2-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note - Code Stroke',
    enc: 'enc-greene-ed2',
    by: 'prv-adeyemi',
    at: '2025-03-16T08:07',
    written: '2025-03-16T11:00',
    sign: '2025-03-16T11:35',
    body: `
CHIEF COMPLAINT: Right-sided weakness and inability to speak. Code stroke activated by EMS prehospital notification at 07:55.

HISTORY OF PRESENT ILLNESS:
80-year-old right-handed man with hypertension, hyperlipidemia and a TIA on 02/03/2025 (aspirin and clopidogrel x21 days, then aspirin alone; outpatient MRI 02/05 without infarct; 30-day monitor ordered but not yet placed because of an insurance authorization delay). Last known well 06:45, talking normally with his wife at breakfast. At 07:20 she found him slumped in his chair, unable to speak, with a right facial droop and a limp right arm. History from wife and EMS.

MEDICATIONS: Aspirin 81 mg daily (last dose 03/15), lisinopril 20 mg, rosuvastatin 20 mg.
ALLERGIES: Atorvastatin (myalgias).

EXAM ON ARRIVAL (08:07):
BP 172/94, HR 138 irregularly irregular, RR 18, SpO2 96% RA, glucose 134, weight 82 kg.
NIHSS at 08:12 = 14: LOC questions 1, gaze 1 (partial leftward preference), facial palsy 2, right arm 3, right leg 2, sensory 1, language 2 (severe expressive aphasia, follows one-step commands), dysarthria 1, extinction 1.

ED COURSE:
08:14 Straight to CT. 08:20 CT head: no hemorrhage, ASPECTS 9 (subtle insular hypodensity). CTA: occlusion of the superior division (M2) of the left middle cerebral artery.
08:25 ECG: atrial fibrillation with rapid ventricular response 136, no prior atrial fibrillation documented.
08:30 Dr. Goldberg (neurology) at bedside. Inclusion/exclusion criteria for alteplase reviewed: within 2 hours of last known well, no anticoagulant, platelets 198, INR 1.0, glucose 134, BP below 185/110. Risks (symptomatic hemorrhage about 6%) and benefits discussed with wife, who agrees to treatment.
08:51 Alteplase 0.9 mg/kg = 73.8 mg total: 7.4 mg IV bolus, then 66.4 mg over 60 minutes (completed 09:51). Door-to-needle 46 minutes.
09:05 Mechanical thrombectomy discussed with the comprehensive stroke center neurointerventional team by telestroke: not pursued because of distal M2 branch location and early improvement.
09:30 Diltiazem 10 mg IV for AF with RVR, HR 138 -> 96. BP maintained 150-175/80-95.
10:00 NIHSS 8 (improving right arm and speech).

ASSESSMENT:
1. Acute ischemic stroke, left MCA superior division (M2) occlusion, likely cardioembolic, NIHSS 14 on arrival, treated with IV alteplase.
2. Atrial fibrillation with rapid ventricular response, new onset.
DISPOSITION: Admitted to Hospital Medicine (Dr. Okafor), ICU stroke bed, post-thrombolysis protocol. Critical care time 70 minutes excluding procedures.
`,
  });

  doc(p, {
    id: 'doc-greene-ed2-ct',
    type: 'radiology-report',
    title: 'Code Stroke CT Head and CTA Head/Neck',
    enc: 'enc-greene-ed2',
    by: 'prv-farouk',
    at: '2025-03-16T08:20',
    written: '2025-03-16T08:31',
    sign: '2025-03-16T08:33',
    body: `
EXAMS: CT HEAD WITHOUT CONTRAST; CTA HEAD AND NECK (CODE STROKE)
CLINICAL INDICATION: Right hemiparesis and aphasia, last known well 06:45.
COMPARISON: CT/CTA 02/03/2025; MRI brain 02/05/2025 (outside, Millbrook Imaging).

FINDINGS:
Head CT: No intracranial hemorrhage. Subtle loss of gray-white differentiation of the left posterior insular ribbon. ASPECTS 9. No mass effect. Chronic small-vessel disease unchanged. Hyperdense left MCA branch in the sylvian fissure.
CTA: Abrupt occlusion of the superior division of the left MCA (proximal M2) about 8 mm beyond the bifurcation, with moderate collaterals over the left frontal convexity. Left M1 and inferior division patent. Other intracranial vessels patent. Neck vessels unchanged: left ICA origin stenosis about 40%.

IMPRESSION:
1. Acute occlusion of the left MCA superior division (M2).
2. Early ischemic change in the left insula, ASPECTS 9. No hemorrhage.
Preliminary read called to Dr. Adeyemi and Dr. Goldberg at 08:29.
`,
  });

  doc(p, {
    id: 'doc-greene-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-greene-ip1',
    by: 'prv-okafor',
    at: '2025-03-16T13:00',
    written: '2025-03-17T15:30',
    sign: '2025-03-17T15:45',
    body: `
CHIEF COMPLAINT: Acute right-sided weakness and aphasia; post-thrombolysis admission.

HISTORY OF PRESENT ILLNESS:
Mr. Greene is an 80-year-old right-handed man with hypertension, hyperlipidemia and a left hemispheric TIA on 02/03/2025 who was found by his wife at 07:20 today with aphasia and right hemiparesis (last known well 06:45). Arrival NIHSS 14. CT/CTA: left MCA superior-division (M2) occlusion, ASPECTS 9. Treated with IV alteplase at 08:51; not a thrombectomy candidate per telestroke discussion. Newly found atrial fibrillation with RVR (HR 138) controlled with IV diltiazem. NIHSS 8 at 10:00. History supplemented by wife, as the patient has expressive aphasia.

PAST MEDICAL HISTORY: Hypertension; hyperlipidemia; TIA 02/2025 (MRI 02/05 showed no infarct); 30-day event monitor had not yet been placed.
MEDICATIONS: Aspirin 81 mg daily; lisinopril 20 mg daily; rosuvastatin 20 mg nightly. Completed 21 days of clopidogrel 02/24.
ALLERGIES: Atorvastatin (myalgias).
SOCIAL HISTORY: Lives with wife in a one-story home in Millbrook. Independent before today (modified Rankin 0). Former smoker, quit 1985.
FAMILY HISTORY: Brother with stroke at 75.

REVIEW OF SYSTEMS: Limited by aphasia; per wife, no recent illness, falls or bleeding.

PHYSICAL EXAMINATION (13:00, ICU):
BP 158/86, HR 92 irregularly irregular, RR 16, SpO2 96% on room air, T 36.9 C.
Alert, follows simple commands, nonfluent speech with word-finding pauses. Right lower facial droop. Right arm drifts to the bed in 10 seconds, right leg drifts but does not hit the bed. Decreased pinprick on the right. No gaze deviation now. NIHSS 8.
Heart irregularly irregular, no murmur. Lungs clear. No bleeding at IV sites. Failed RN bedside swallow screen (cough with water).

ASSESSMENT AND PLAN:
1. Acute ischemic stroke, left MCA territory, cardioembolic until proven otherwise, s/p IV alteplase. ICU post-tPA monitoring, BP below 180/105, no antithrombotics for 24 h, repeat CT at 24 h, MRI/MRA, echo, lipids/A1c (done 02/2025). Neurology following.
2. Right hemiparesis (dominant side), expressive aphasia, dysphagia: NPO, SLP, PT/OT; aspiration precautions.
3. Atrial fibrillation with RVR, new onset: rate control (diltiazem PRN, metoprolol when swallowing); TSH. Anticoagulation with apixaban planned day 3-5 if no hemorrhagic transformation. CHA2DS2-VASc 5 (age 2, HTN 1, stroke 2).
4. Hypertension: permissive to 180/105 for 24 h, then resume lisinopril.
5. Hyperlipidemia: increase rosuvastatin to 40 mg.
DVT prophylaxis: SCDs; pharmacologic after 24 h. Code status: full code.
`,
  });

  doc(p, {
    id: 'doc-greene-neuro',
    type: 'consultation',
    title: 'Neurology Consultation',
    enc: 'enc-greene-ip1',
    by: 'prv-goldberg',
    at: '2025-03-16T14:00',
    written: '2025-03-16T15:00',
    sign: '2025-03-16T15:10',
    body: `
REQUESTING PHYSICIAN: Adaeze N. Okafor, MD.
REASON: Acute ischemic stroke after IV thrombolysis; secondary prevention.

I saw Mr. Greene in the ED at 08:30 for the code stroke and again now in the ICU. I also saw him by telephone consultation for a TIA on 02/03/2025 (aphasia and right hand weakness, 25 minutes), with outpatient MRI 02/05 negative for infarct.

HISTORY: Last known well 06:45; found at 07:20 with global-predominant expressive aphasia and right face/arm > leg weakness. NIHSS 14. CTA with left M2 superior-division occlusion. Alteplase at 08:51. New atrial fibrillation with RVR on arrival.

EXAM (14:00): Alert. Nonfluent aphasia with preserved comprehension of simple commands; naming 2/6; repetition impaired. Right lower facial weakness. Right arm 3/5 proximally, 2/5 grip; right leg 4/5. Right hemisensory loss to pinprick. No neglect, visual fields full to threat. NIHSS 8 (LOC questions 1, facial 2, right arm 2, right leg 1, sensory 1, language 1; dysarthria 0).

IMPRESSION:
1. Acute ischemic infarct, left MCA superior division, embolic - most likely cardioembolic from newly diagnosed atrial fibrillation (the prior TIA in the same territory was probably also embolic).
2. Improving deficits after thrombolysis: right hemiparesis (dominant side), expressive aphasia, dysphagia.

RECOMMENDATIONS:
1. Post-alteplase care per protocol; repeat CT head at 24 hours before any antithrombotic.
2. MRI brain and MRA head; TTE with bubble study.
3. Anticoagulation for atrial fibrillation: apixaban 5 mg BID starting day 3-4 if repeat imaging shows no hemorrhagic transformation; no aspirin once anticoagulated (no other indication).
4. Rosuvastatin 40 mg; LDL goal < 70.
5. BP: resume antihypertensives after 24 hours, long-term goal below 130/80.
6. SLP, PT, OT; anticipate acute inpatient rehabilitation.
7. Follow-up in Stroke Clinic 6 weeks after discharge.
`,
  });

  doc(p, {
    id: 'doc-greene-mri',
    type: 'radiology-report',
    title: 'MRI Brain without Contrast and MRA Head',
    enc: 'enc-greene-ip1',
    by: 'prv-farouk',
    at: '2025-03-17T09:40',
    written: '2025-03-17T11:15',
    sign: '2025-03-17T11:20',
    body: `
EXAMS: MRI BRAIN WITHOUT CONTRAST; MRA HEAD WITHOUT CONTRAST (3D TOF). Also reviewed: 24-hour post-thrombolysis CT head 03/17/2025 08:50.
CLINICAL INDICATION: Left MCA stroke, post-alteplase.
COMPARISON: CT/CTA 03/16/2025; outside MRI 02/05/2025.

FINDINGS:
Restricted diffusion with corresponding FLAIR hyperintensity in the left frontal operculum, posterior insula and inferior precentral gyrus, about 3.8 x 2.6 cm, in the left MCA superior-division territory - acute infarct. Small separate acute focus in the left centrum semiovale (0.6 cm). No hemorrhagic transformation on susceptibility-weighted images. Mild local sulcal effacement, no midline shift.
Chronic small-vessel ischemic changes. No prior territorial infarcts.
MRA: Partial recanalization of the left MCA superior division with diminished distal branch flow-related signal. Remaining circle of Willis patent.
24-hour CT (08:50): evolving left insular/frontal opercular hypodensity, no hemorrhage.

IMPRESSION:
1. Acute left MCA superior-division infarct (frontal operculum, insula, precentral gyrus) with a small satellite focus - pattern consistent with embolism.
2. No hemorrhagic transformation.
3. Partial recanalization of the left M2 superior division.
`,
  });

  doc(p, {
    id: 'doc-greene-echo',
    type: 'cardiology-report',
    title: 'Transthoracic Echocardiogram with Agitated Saline',
    enc: 'enc-greene-ip1',
    by: 'prv-patel',
    at: '2025-03-17T14:00',
    written: '2025-03-17T16:40',
    sign: '2025-03-17T16:45',
    body: `
INDICATION: Acute ischemic stroke, new atrial fibrillation - evaluate for cardioembolic source.
Rhythm during study: atrial fibrillation, ventricular rate 80-95.

MEASUREMENTS: LVIDd 4.9 cm, IVSd 1.1 cm. LVEF (visual) 55-60%. Left atrial diameter 4.6 cm, LA volume index 44 mL/m2 (moderately dilated).

FINDINGS:
Normal left ventricular size and systolic function, mild concentric remodeling, no regional wall motion abnormalities. Diastolic function not assessable in atrial fibrillation.
Moderately dilated left atrium. Left atrial appendage not well seen on transthoracic imaging; no thrombus seen in the LA body.
Mild mitral annular calcification, mild mitral regurgitation. Aortic valve sclerosis without stenosis. Normal RV.
Agitated saline injection at rest and with Valsalva: no interatrial shunt.
No pericardial effusion. Aortic root normal.

IMPRESSION:
1. Normal LV size and function, EF 55-60%.
2. Moderate left atrial enlargement in atrial fibrillation - substrate for cardioembolism; no intracardiac thrombus seen (TTE limited for the appendage).
3. No patent foramen ovale.
`,
  });

  doc(p, {
    id: 'doc-greene-orders',
    type: 'physician-orders',
    title: 'Orders - Stroke Admission (Post-thrombolysis)',
    enc: 'enc-greene-ip1',
    by: 'prv-okafor',
    at: '2025-03-16T11:20',
    written: '2025-03-18T15:00',
    sign: '2025-03-18T15:05',
    body: `
Allergies: Atorvastatin (myalgias).
Weight: 82 kg. Alteplase completed 03/16/2025 09:51 (given in ED).

${orderSheet(p, ['ord-greene-01', 'ord-greene-02', 'ord-greene-03', 'ord-greene-04', 'ord-greene-05', 'ord-greene-06', 'ord-greene-07'])}
`,
  });

  doc(p, {
    id: 'doc-greene-pn-0318',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-greene-ip1',
    by: 'prv-okafor',
    at: '2025-03-18T09:30',
    written: '2025-03-18T10:10',
    sign: '2025-03-18T10:15',
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Transferred from ICU to 5 West yesterday evening. Speech slowly improving - now speaks in short phrases. Frustrated by difficulty with words. No headache.

OBJECTIVE: BP 146/82, HR 84 irregular (metoprolol), RR 16, SpO2 96% RA, afebrile.
NIHSS 6: facial 1, right arm 2, right leg 1, sensory 1, language 1.
Right grip 3/5, right shoulder abduction 3/5, right leg 4/5. No bleeding.
Modified barium swallow today: oropharyngeal dysphagia with delayed swallow initiation and penetration of thin liquids - mechanical soft diet with nectar-thick liquids, meds crushed in puree.
MRI: acute left MCA superior-division embolic infarct, no hemorrhage. Echo: EF 55-60%, LA enlarged, no PFO. TSH normal. LDL 78 on rosuvastatin 20.

ASSESSMENT AND PLAN:
1. Acute embolic ischemic stroke, left MCA, s/p IV alteplase, improving (NIHSS 14 -> 6), with right dominant-side hemiparesis, expressive aphasia and oropharyngeal dysphagia. Continue therapy; PM&R consult - recommends acute inpatient rehabilitation.
2. Atrial fibrillation, new onset, now rate controlled on metoprolol succinate 50 mg. Start apixaban 5 mg BID tomorrow morning (day 4) per neurology; stop aspirin then.
3. Hypertension: resumed lisinopril 20 mg today.
4. Hyperlipidemia: rosuvastatin 40 mg.
Disposition: Valley Inpatient Rehabilitation Hospital referral sent; anticipate 03/20-03/21.
`,
  });

  doc(p, {
    id: 'doc-greene-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-greene-ip1',
    by: 'prv-okafor',
    at: '2025-03-21T13:00',
    written: '2025-03-21T14:10',
    sign: '2025-03-21T17:00',
    body: `
ADMISSION DATE: 03/16/2025      DISCHARGE DATE: 03/21/2025
ATTENDING: Adaeze N. Okafor, MD   CONSULTANTS: Ruth E. Goldberg, MD (Neurology); Nikhil R. Patel, MD (echo)

PRINCIPAL DIAGNOSIS: Acute ischemic stroke (cerebral infarction) due to embolism of the left middle cerebral artery (superior division), cardioembolic from atrial fibrillation.
SECONDARY DIAGNOSES:
- Right hemiparesis, dominant side (right-handed).
- Expressive aphasia.
- Oropharyngeal dysphagia.
- NIHSS 14 on arrival (03/16 08:12), 5 at discharge.
- Atrial fibrillation with rapid ventricular response, new onset.
- Hypertension.
- Hyperlipidemia.
- History of TIA (02/2025), no residual deficit.

PROCEDURES: IV alteplase 03/16/2025 08:51 in the Emergency Department (peripheral IV). TTE with bubble study 03/17. MRI/MRA 03/17.

HOSPITAL COURSE:
Presented by EMS as a code stroke with aphasia and right hemiparesis (NIHSS 14) and left M2 occlusion; received IV alteplase within 2 hours of last known well, not a thrombectomy candidate. New atrial fibrillation with RVR was rate controlled with diltiazem then metoprolol. Post-thrombolysis course uncomplicated; 24-hour CT and MRI showed an embolic-pattern left MCA superior-division infarct without hemorrhagic transformation. Echo EF 55-60% with LA enlargement, no PFO. Apixaban started on day 4 (03/19) and aspirin stopped. Deficits improved to NIHSS 5 with mild right arm weakness and mild expressive aphasia; dysphagia managed with mechanical soft diet and nectar-thick liquids. Accepted by Valley Inpatient Rehabilitation Hospital.

DISCHARGE MEDICATIONS:
- Apixaban 5 mg PO twice daily (NEW)
- Metoprolol succinate ER 50 mg PO daily (NEW)
- Rosuvastatin 40 mg PO nightly (DOSE INCREASED from 20 mg)
- Lisinopril 20 mg PO daily (continue)
- STOP aspirin.
Diet: mechanical soft, nectar-thick liquids, meds crushed in puree (except metoprolol ER - do not crush; SLP to reassess; may substitute metoprolol tartrate 25 mg BID crushed if needed).
FOLLOW-UP: Stroke Clinic (Dr. Goldberg) in 6 weeks; cardiology (AF) in 4 weeks; PCP after rehab.
CONDITION: Stable, improving. Disposition: acute inpatient rehabilitation (Valley Inpatient Rehabilitation Hospital).
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 9. Evelyn Rose Marsh, formerly Pruitt - symptomatic cholelithiasis (outpatient US, surgery
//    clinic), then acute calculous cholecystitis, laparoscopic cholecystectomy. Latex allergy.
//    POD 1 progress note never signed.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-marsh-evelyn',
    mrn: '0055047',
    name: { family: 'Marsh', given: ['Evelyn', 'Rose'] },
    previousNames: [{ family: 'Pruitt', given: ['Evelyn', 'Rose'], reason: 'marriage', until: '2023-05-06' }],
    birthDate: '1958-12-05',
    sex: 'female',
    address: { line: ['1826 Lakeview Terrace'], city: 'Riverside', state: 'OH', postalCode: '45502', country: 'US' },
    phone: '(937) 555-0191',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '1155' },
      { type: 'medicare', value: '1FK9-UD3-XM48', issuer: 'CMS' },
      { type: 'insurance-member', value: 'LHA-55120934', issuer: 'Lakeshore Health Alliance (Medicare supplement)' },
    ],
    alerts: [{ kind: 'clinical', text: 'LATEX ALLERGY - latex-free room and supplies' }],
  });
  encounter(p, {
    id: 'enc-marsh-op1',
    accountNumber: 'RG25005326',
    class: 'outpatient',
    admittedAt: '2025-05-20T09:00',
    dischargedAt: '2025-05-20T09:40',
    attendingId: 'prv-farouk',
    service: 'Radiology - Ultrasound',
    location: 'Riverside Imaging Center',
    reasonForVisit: 'Right upper quadrant pain after fatty meals (ordered by Susan Whitlock, MD, PCP)',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-marsh-op2',
    accountNumber: 'RG25005610',
    class: 'outpatient',
    admittedAt: '2025-05-29T13:30',
    dischargedAt: '2025-05-29T14:10',
    attendingId: 'prv-brennan',
    service: 'Surgery Clinic',
    location: 'Riverside Surgical Associates',
    reasonForVisit: 'Surgical consultation, symptomatic gallstones',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-marsh-ed1',
    accountNumber: 'RG25006042',
    class: 'emergency',
    admittedAt: '2025-06-14T19:45',
    dischargedAt: '2025-06-14T23:30',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 6',
    reasonForVisit: 'Constant right upper quadrant pain, fever, vomiting',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-marsh-ip1',
    accountNumber: 'RG25006046',
    class: 'inpatient',
    admittedAt: '2025-06-14T23:30',
    dischargedAt: '2025-06-17T11:00',
    attendingId: 'prv-brennan',
    service: 'General Surgery',
    location: '6 South Surgery, Rm 622',
    reasonForVisit: 'Acute calculous cholecystitis',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-marsh-latex',
    substance: 'Natural rubber latex',
    category: 'environment',
    reaction: 'Contact urticaria, hives',
    severity: 'moderate',
    recordedAt: '2025-05-29T13:35',
  });
  allergy(p, {
    id: 'alg-marsh-hydrocodone',
    substance: 'Hydrocodone',
    category: 'medication',
    reaction: 'Vomiting',
    severity: 'mild',
    recordedAt: '2025-05-29T13:35',
  });

  problem(p, {
    id: 'prob-marsh-gb',
    description: 'Acute calculous cholecystitis, s/p laparoscopic cholecystectomy 06/15/2025 (symptomatic cholelithiasis since 03/2025)',
    status: 'resolved',
    onset: '2025-03-01',
    recordedAt: '2025-05-29T14:00',
  });
  problem(p, { id: 'prob-marsh-obesity', description: 'Obesity, class 2 (BMI 36.1)', status: 'active', recordedAt: '2025-05-29T14:00' });
  problem(p, { id: 'prob-marsh-gerd', description: 'Gastroesophageal reflux disease', status: 'active', recordedAt: '2025-05-29T14:00' });
  problem(p, { id: 'prob-marsh-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-05-29T14:00' });
  problem(p, {
    id: 'prob-marsh-steatosis',
    description: 'Hepatic steatosis (ultrasound 05/2025)',
    status: 'active',
    recordedAt: '2025-05-29T14:00',
  });

  med(p, {
    id: 'med-marsh-omep',
    name: 'Omeprazole',
    dose: '20 mg',
    route: 'PO',
    frequency: 'daily before breakfast',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-marsh-lisinohctz',
    name: 'Lisinopril-hydrochlorothiazide',
    dose: '20/12.5 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-marsh-vitd',
    name: 'Cholecalciferol (vitamin D3)',
    dose: '2000 IU',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-marsh-ctx',
    name: 'Ceftriaxone',
    dose: '2 g',
    route: 'IV',
    frequency: 'every 24 hours',
    status: 'completed',
    start: '2025-06-14T21:50',
    end: '2025-06-15T21:50',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-marsh-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-marsh-metro',
    name: 'Metronidazole',
    dose: '500 mg',
    route: 'IV',
    frequency: 'every 8 hours',
    status: 'completed',
    start: '2025-06-14T22:00',
    end: '2025-06-15T22:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-marsh-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-marsh-oxy',
    name: 'Oxycodone',
    dose: '5 mg',
    route: 'PO',
    frequency: 'every 6 hours as needed for severe pain (#8)',
    status: 'completed',
    start: '2025-06-15T16:00',
    end: '2025-06-20T16:00',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-marsh-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-marsh-apap',
    name: 'Acetaminophen',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'every 8 hours',
    status: 'completed',
    start: '2025-06-15T16:00',
    end: '2025-06-27T16:00',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-marsh-ip1',
    setting: 'outpatient',
  });

  results(p, 'marsh-ed', 'enc-marsh-ed1', '2025-06-14T19:55', '2025-06-14T20:40', 'ED labs', [
    ['WBC', 15.2, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Hemoglobin', 13.4, 'g/dL', 12.0, 15.5],
    ['Platelets', 290, 'x10^3/uL', 150, 400],
    ['Total bilirubin', 1.1, 'mg/dL', 0.2, 1.2],
    ['Alkaline phosphatase', 118, 'U/L', 44, 147],
    ['ALT', 48, 'U/L', 7, 35, 'H'],
    ['AST', 41, 'U/L', 10, 35, 'H'],
    ['Lipase', 32, 'U/L', 13, 60],
    ['Sodium', 137, 'mmol/L', 136, 145],
    ['Potassium', 3.8, 'mmol/L', 3.5, 5.1],
    ['Creatinine', 0.84, 'mg/dL', 0.5, 1.0],
  ]);
  results(p, 'marsh-pod1', 'enc-marsh-ip1', '2025-06-16T05:00', '2025-06-16T06:00', 'Morning labs', [
    ['WBC', 10.9, 'x10^3/uL', 4.0, 11.0],
    ['Hemoglobin', 12.6, 'g/dL', 12.0, 15.5],
    ['Total bilirubin', 0.8, 'mg/dL', 0.2, 1.2],
    ['ALT', 39, 'U/L', 7, 35, 'H'],
  ]);

  order(p, {
    id: 'ord-marsh-01',
    enc: 'enc-marsh-ip1',
    cat: 'admission',
    text: "Admit to inpatient, General Surgery (Dr. Brennan). Acute calculous cholecystitis. LATEX PRECAUTIONS. NPO after 06:00, IV lactated Ringer's 100 mL/h. OR 06/15 for laparoscopic cholecystectomy.",
    at: '2025-06-14T23:30',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-marsh-02',
    enc: 'enc-marsh-ip1',
    cat: 'medication',
    text: 'Continue ceftriaxone 2 g IV every 24 h and metronidazole 500 mg IV every 8 h; stop 24 h after cholecystectomy if uncomplicated. Ondansetron 4 mg IV every 6 h PRN. Hydromorphone 0.4 mg IV every 3 h PRN severe pain. No hydrocodone (vomiting).',
    at: '2025-06-14T23:35',
    by: 'prv-brennan',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-marsh-us',
    encounterId: 'enc-marsh-op1',
    description: 'Ultrasound abdomen, right upper quadrant',
    performedAt: '2025-05-20T09:05',
    performerId: 'prv-farouk',
  });
  procedure(p, {
    id: 'proc-marsh-lapchole',
    encounterId: 'enc-marsh-ip1',
    description: 'Laparoscopic cholecystectomy',
    performedAt: '2025-06-15T13:10',
    performerId: 'prv-brennan',
  });

  doc(p, {
    id: 'doc-marsh-us-0520',
    type: 'radiology-report',
    title: 'US Abdomen Limited (Right Upper Quadrant)',
    enc: 'enc-marsh-op1',
    by: 'prv-farouk',
    at: '2025-05-20T09:05',
    written: '2025-05-20T10:10',
    sign: '2025-05-20T10:12',
    body: `
EXAM: US ABDOMEN LIMITED - RIGHT UPPER QUADRANT
ORDERING PHYSICIAN: Susan Whitlock, MD (Millbrook Family Practice) - copy sent by fax.
CLINICAL INDICATION: Intermittent right upper quadrant pain after fatty meals for 2 months.
COMPARISON: None.

FINDINGS:
Gallbladder: Multiple mobile echogenic shadowing calculi, the largest 1.8 cm. Wall thickness 2.5 mm (normal). No pericholecystic fluid. Sonographic Murphy sign negative.
Bile ducts: Common bile duct 4 mm. No intrahepatic ductal dilatation.
Liver: 15.6 cm (normal size), diffusely increased echogenicity with mild posterior beam attenuation, no focal lesion.
Pancreas: head and body unremarkable, tail obscured by bowel gas.
Right kidney: normal. No ascites.

IMPRESSION:
1. Cholelithiasis without sonographic evidence of acute cholecystitis.
2. Diffuse hepatic steatosis.
`,
  });

  doc(p, {
    id: 'doc-marsh-clinic-0529',
    type: 'progress-note',
    title: 'Surgery Clinic Consultation',
    enc: 'enc-marsh-op2',
    by: 'prv-brennan',
    at: '2025-05-29T13:30',
    written: '2025-05-29T14:05',
    sign: '2025-05-29T16:40',
    body: `
REFERRING PHYSICIAN: Susan Whitlock, MD, Millbrook Family Practice.
REASON FOR VISIT: Symptomatic gallstones.

HISTORY OF PRESENT ILLNESS:
66-year-old woman with about 3 months of episodic right upper quadrant and epigastric pain, 1-3 hours after fatty meals, radiating to the right shoulder blade, with nausea; five episodes, the longest 4 hours. No fever, jaundice, dark urine or pale stools. Ultrasound 05/20/2025: multiple gallstones up to 1.8 cm, no cholecystitis, CBD 4 mm; fatty liver. Had an upper endoscopy for reflux in 2021 at Millbrook Digestive Health under her former married name (Pruitt) - records requested today.

PAST MEDICAL HISTORY: GERD, hypertension, obesity.
PAST SURGICAL HISTORY: Cesarean section 1988 (Pfannenstiel). Tubal ligation.
MEDICATIONS: Omeprazole 20 mg daily, lisinopril-HCTZ 20/12.5 mg daily, vitamin D3 2000 IU daily.
ALLERGIES: LATEX - hives/contact urticaria (dental gloves, 2015). Hydrocodone - vomiting.
SOCIAL: Retired school secretary, remarried 2023. Never smoker; wine occasionally.

EXAM: BP 138/84, HR 78, T 36.7. Height 163 cm, weight 96 kg, BMI 36.1.
Abdomen obese, soft, mild right upper quadrant tenderness without Murphy sign. Healed Pfannenstiel scar. No hernia.

ASSESSMENT:
1. Symptomatic cholelithiasis (biliary colic), no evidence of cholecystitis or choledocholithiasis.
2. Obesity, class 2, BMI 36.1 - increases operative difficulty; counseled.
3. Latex allergy.
4. GERD; hepatic steatosis noted on ultrasound.

PLAN: Elective laparoscopic cholecystectomy scheduled 07/10/2025 (latex-free OR flagged). Risks, benefits and alternatives discussed. Pre-op labs 2 weeks before. Low-fat diet meanwhile. Go to the ED for pain lasting more than 6 hours, fever or jaundice.
`,
  });

  doc(p, {
    id: 'doc-marsh-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-marsh-ed1',
    by: 'prv-whitaker',
    at: '2025-06-14T19:50',
    written: '2025-06-14T23:00',
    sign: '2025-06-14T23:40',
    body: `
CHIEF COMPLAINT: Right upper abdominal pain since last night.

HISTORY OF PRESENT ILLNESS:
66-year-old woman with known gallstones (ultrasound 05/20, elective cholecystectomy booked 07/10 with Dr. Brennan) with constant right upper quadrant pain since about 01:00 (18 hours), unlike her usual attacks that resolve in a few hours. Vomiting x3, chills, temperature 38.3 C at home. No jaundice, dark urine or pale stools.

PAST MEDICAL HISTORY: Cholelithiasis, GERD, hypertension, obesity.
MEDICATIONS: Omeprazole, lisinopril-HCTZ, vitamin D3.
ALLERGIES: LATEX (hives). Hydrocodone (vomiting).

EXAM: T 38.4 C, HR 106, BP 148/88, RR 18, SpO2 97%.
Uncomfortable. Sclerae anicteric. Abdomen: right upper quadrant tenderness with guarding, positive Murphy sign. No peritonitis elsewhere.

ED COURSE:
Labs: WBC 15.2; bilirubin 1.1, alkaline phosphatase 118, ALT 48, AST 41; lipase 32; creatinine 0.84.
Bedside and formal ultrasound: acute calculous cholecystitis (see report), CBD 4 mm.
Latex-free cart used. Morphine 4 mg IV, ondansetron 4 mg IV, LR 1 L. Ceftriaxone 2 g IV 21:50 and metronidazole 500 mg IV 22:00.
Tokyo Guidelines grade I (mild). Discussed with Dr. Brennan, who accepts for admission and early cholecystectomy.

DIAGNOSIS: Acute calculous cholecystitis.
DISPOSITION: Admitted to General Surgery. Condition stable.
`,
  });

  doc(p, {
    id: 'doc-marsh-ed-us',
    type: 'radiology-report',
    title: 'US Abdomen Limited (Right Upper Quadrant)',
    enc: 'enc-marsh-ed1',
    by: 'prv-farouk',
    at: '2025-06-14T20:30',
    written: '2025-06-14T21:05',
    sign: '2025-06-14T21:08',
    body: `
EXAM: US ABDOMEN LIMITED - RIGHT UPPER QUADRANT
CLINICAL INDICATION: RUQ pain 18 hours, fever, leukocytosis. Known cholelithiasis.
COMPARISON: 05/20/2025.

FINDINGS:
Gallbladder: Distended (10.5 x 4.6 cm). Wall thickened to 6 mm with a striated appearance. Small amount of pericholecystic fluid. Multiple mobile shadowing gallstones up to 1.8 cm, layering dependently; no stone fixed in the neck. Positive sonographic Murphy sign elicited by the sonographer.
Common bile duct 4 mm, no choledocholithiasis seen. No intrahepatic ductal dilatation.
Liver: diffusely echogenic (steatosis), unchanged. No perihepatic fluid.

IMPRESSION:
Acute calculous cholecystitis. No biliary ductal dilatation.
`,
  });

  doc(p, {
    id: 'doc-marsh-hp',
    type: 'history-and-physical',
    title: 'General Surgery Admission History and Physical',
    enc: 'enc-marsh-ip1',
    by: 'prv-brennan',
    at: '2025-06-15T00:30',
    sign: '2025-06-15T01:10',
    body: `
CHIEF COMPLAINT: Persistent right upper quadrant pain with fever.

HISTORY OF PRESENT ILLNESS:
Mrs. Marsh is a 66-year-old woman I saw in clinic on 05/29/2025 for symptomatic cholelithiasis, scheduled for elective laparoscopic cholecystectomy on 07/10. She now has 18-24 hours of constant RUQ pain with fever to 38.4 C, vomiting, WBC 15.2 and ultrasound findings of acute calculous cholecystitis (wall 6 mm, pericholecystic fluid, positive sonographic Murphy sign). Bilirubin and alkaline phosphatase normal; CBD 4 mm. Started on ceftriaxone and metronidazole in the ED.

PAST MEDICAL HISTORY: GERD, hypertension, class 2 obesity, hepatic steatosis.
PAST SURGICAL HISTORY: Cesarean section 1988; tubal ligation.
MEDICATIONS: Omeprazole 20 mg daily, lisinopril-HCTZ 20/12.5 mg daily, vitamin D3 2000 IU.
ALLERGIES: LATEX (contact urticaria). Hydrocodone (vomiting).
SOCIAL HISTORY: Married, lives with husband. Never smoker.

REVIEW OF SYSTEMS: As in HPI. No chest pain, dyspnea, jaundice or urinary symptoms.

PHYSICAL EXAMINATION:
T 37.9 C, HR 98, BP 140/82, RR 16, SpO2 97% RA. Weight 96 kg, BMI 36.1.
Anicteric. Heart and lungs normal. Abdomen obese, tender in the RUQ with voluntary guarding and Murphy sign; no diffuse peritonitis; no palpable mass.

ASSESSMENT:
Acute calculous cholecystitis, Tokyo grade I, symptom onset less than 24 hours; no evidence of choledocholithiasis or cholangitis.

PLAN:
Laparoscopic cholecystectomy, possible open, possible intraoperative cholangiogram, later today (early cholecystectomy). Consent in the morning. Continue IV antibiotics; IV fluids; NPO after 06:00. LATEX-FREE OR and floor. Hold lisinopril-HCTZ the morning of surgery. VTE: SCDs, heparin 5,000 units SC every 8 hours.
`,
  });

  doc(p, {
    id: 'doc-marsh-consent',
    type: 'consent-form',
    title: 'Surgical Consent - Laparoscopic Cholecystectomy',
    enc: 'enc-marsh-ip1',
    by: 'prv-brennan',
    at: '2025-06-15T08:00',
    sign: '2025-06-15T08:00',
    method: 'handwritten',
    body: `
CONSENT TO OPERATION OR PROCEDURE

Patient: Evelyn R. Marsh
Procedure: LAPAROSCOPIC CHOLECYSTECTOMY, POSSIBLE INTRAOPERATIVE CHOLANGIOGRAM, POSSIBLE OPEN CHOLECYSTECTOMY.
Surgeon: Siobhan Brennan, MD, and assistants.

I understand that my gallbladder is inflamed because of gallstones and that Dr. Brennan recommends removing it. The risks explained to me include bleeding, infection, bile leak, injury to the bile ducts that may need further operations, injury to the bowel, liver or blood vessels, retained stones, conversion to an open operation, hernia, blood clots, and risks of anesthesia. Alternatives (antibiotics alone with a later operation, or a drainage tube) were explained.

ALLERGY ALERT ON FORM: LATEX.
Blood transfusion: [X] I consent  [ ] I refuse.
Tissue removed may be examined by pathology and disposed of according to hospital policy.

Patient signature: Evelyn R. Marsh (signed)       06/15/2025 08:00
Witness: M. Santos, RN (signed)                   06/15/2025 08:00
Surgeon: Siobhan Brennan, MD (signed)             06/15/2025 08:00
`,
  });

  doc(p, {
    id: 'doc-marsh-anes',
    type: 'anesthesia-record',
    title: 'Anesthesia Record',
    enc: 'enc-marsh-ip1',
    by: 'prv-moore',
    at: '2025-06-15T12:55',
    written: '2025-06-15T14:35',
    sign: '2025-06-15T14:40',
    body: `
PROCEDURE: Laparoscopic cholecystectomy.  SURGEON: Brennan.  ANESTHESIOLOGIST: Janet L. Moore, MD.
ASA PHYSICAL STATUS: 2E (hypertension, class 2 obesity, BMI 36.1). LATEX ALLERGY - latex-free room verified.
Airway: Mallampati III, neck circumference 40 cm, STOP-BANG 4 (untested for sleep apnea).
PRE-ANESTHESIA EVALUATION 06/15/2025 09:10: reviewed history; NPO since 06:00 (clears) and 19:00 on 06/14 (solids, vomiting since). Plan GETA with rapid sequence induction. Anesthesia consent signed 09:15.

TIMES: In room 12:55. Induction 13:00. Incision 13:10. Closure 14:15. Out of room 14:25.

INDUCTION: Preoxygenated to EtO2 above 0.85, ramped position. Propofol 150 mg, succinylcholine 120 mg, fentanyl 100 mcg. Video laryngoscope grade I, 7.0 ETT at 21 cm, confirmed by ETCO2.
MAINTENANCE: Desflurane in O2/air; rocuronium 30 mg; hydromorphone 0.6 mg total.
OTHER: Dexamethasone 4 mg, ondansetron 4 mg, acetaminophen 1 g IV, scopolamine patch (PONV history). Sugammadex 200 mg, TOF ratio above 0.9.
FLUIDS: Lactated Ringer's 1,100 mL. ESTIMATED BLOOD LOSS: 20 mL. URINE: not measured.
VITALS: BP 118-156/68-92, HR 72-98, SpO2 95-99%, peak airway pressure 28 cmH2O with pneumoperitoneum.
Extubated awake in semi-upright position. To PACU on 4 L nasal cannula, SpO2 96%, pain 4/10, Aldrete 9. No complications.
`,
  });

  doc(p, {
    id: 'doc-marsh-op',
    type: 'operative-report',
    title: 'Operative Report',
    enc: 'enc-marsh-ip1',
    by: 'prv-brennan',
    at: '2025-06-15T13:10',
    written: '2025-06-15T14:50',
    sign: '2025-06-15T15:05',
    body: `
DATE OF SURGERY: 06/15/2025
SURGEON: Siobhan Brennan, MD, FACS    ASSISTANT: R. Adebayo, PA-C
ANESTHESIA: General endotracheal (Janet L. Moore, MD). LATEX-FREE PROCEDURE.

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.
POSTOPERATIVE DIAGNOSIS: Acute calculous cholecystitis, without gangrene or perforation.

PROCEDURE: Laparoscopic cholecystectomy.

INDICATIONS: 66-year-old woman with less than 24 hours of acute calculous cholecystitis (Tokyo grade I).

DESCRIPTION:
Supine, arms out. Ceftriaxone and metronidazole within the dosing window. Time-out. Veress needle at Palmer's point, then 5 mm optical trocar in the left upper quadrant; 12 mm umbilical port and two 5 mm ports in the right subcostal region under vision. Pneumoperitoneum 15 mmHg.
The gallbladder was tense, distended and edematous with omentum adherent to the fundus and body. Omental adhesions taken down bluntly. Gallbladder decompressed with a needle aspirator (about 60 mL of turbid bile; no pus). Fundus retracted cephalad and infundibulum laterally. Peritoneum of the hepatocystic triangle opened on both sides; the triangle was cleared to reveal the cystic duct and cystic artery as the only two structures entering the gallbladder, with the lower third of the gallbladder dissected off the cystic plate - critical view of safety achieved and photographed. No stone palpable in the cystic duct or neck; cystic duct of normal caliber. Cholangiogram not performed (normal LFTs and CBD 4 mm). Cystic duct doubly clipped proximally and divided; cystic artery clipped and divided. Gallbladder removed from the liver bed with hook cautery without bile spillage; hemostasis of the liver bed. Specimen placed in a bag and removed through the umbilicus. Irrigation of the right upper quadrant; clips secure. Umbilical fascia closed with 0 polyglactin. Skin with 4-0 monofilament subcuticular and skin glue.

FINDINGS: Acutely inflamed, edematous, distended gallbladder with multiple stones; no gangrene, no perforation, no abscess; normal-appearing common bile duct; steatotic liver.
ESTIMATED BLOOD LOSS: 20 mL.
SPECIMENS: Gallbladder with stones to pathology.
DRAINS: None.   COMPLICATIONS: None.   Counts correct.
DISPOSITION: PACU, stable. Antibiotics x24 hours. Diet as tolerated.
`,
  });

  doc(p, {
    id: 'doc-marsh-path',
    type: 'pathology-report',
    title: 'Surgical Pathology Report',
    enc: 'enc-marsh-ip1',
    by: 'prv-ostrowski',
    at: '2025-06-15T14:00',
    written: '2025-06-17T10:30',
    sign: '2025-06-17T10:35',
    body: `
ACCESSION: RS25-04417
SPECIMEN: Gallbladder.
CLINICAL HISTORY: Acute calculous cholecystitis.

GROSS DESCRIPTION:
Received in formalin labeled "gallbladder" is an opened gallbladder, 9.6 x 4.2 cm, with a serosal surface that is hemorrhagic and covered with fibrinous exudate. Wall thickness up to 0.7 cm, edematous. The mucosa is green-red and focally ulcerated. Accompanying are 14 yellow-green faceted stones, 0.4 to 1.8 cm. Cystic duct margin identified. Representative sections submitted in 4 cassettes.

MICROSCOPIC DESCRIPTION:
Mucosal ulceration with neutrophilic infiltrate extending into the muscularis and subserosa, marked edema and hemorrhage, fibrinous serositis. No transmural necrosis. Rokitansky-Aschoff sinuses are few; there is no significant chronic inflammatory infiltrate or mural fibrosis. No dysplasia or malignancy. Cystic duct margin unremarkable.

DIAGNOSIS:
Gallbladder, cholecystectomy:
- Acute cholecystitis with cholelithiasis (14 stones).
- No gangrene or perforation.
- Negative for dysplasia and malignancy.
`,
  });

  doc(p, {
    id: 'doc-marsh-pn-0616',
    type: 'progress-note',
    title: 'General Surgery Progress Note - POD 1',
    enc: 'enc-marsh-ip1',
    by: 'prv-brennan',
    at: '2025-06-16T07:15',
    written: '2025-06-16T07:40',
    sign: false,
    body: `
POST-OPERATIVE DAY 1, laparoscopic cholecystectomy for acute calculous cholecystitis.

SUBJECTIVE: Slept reasonably. Incisional pain 4/10, right shoulder ache from gas. Nausea overnight after clear liquids, one episode of emesis at 02:00, ondansetron helped. Passing flatus.

OBJECTIVE: Tmax 37.8 C, now 37.2. HR 84, BP 136/80, SpO2 95% on room air.
Port sites clean and dry, no hematoma. Abdomen soft, appropriately tender, not distended.
Labs: WBC 10.9 (15.2), bilirubin 0.8, ALT 39, hemoglobin 12.6.

ASSESSMENT AND PLAN:
Uncomplicated post-operative course.
- Advance to low-fat full liquids, then soft diet if no further nausea; scheduled acetaminophen, oxycodone 5 mg PRN (no hydrocodone).
- Final antibiotic doses this evening (24 h post-op), then stop.
- Resume omeprazole; resume lisinopril-HCTZ tomorrow if eating.
- Ambulate 4 times today, incentive spirometry (obesity).
- Discharge tomorrow if tolerating diet. Pathology pending.
`,
  });

  doc(p, {
    id: 'doc-marsh-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-marsh-ip1',
    by: 'prv-brennan',
    at: '2025-06-17T11:00',
    written: '2025-06-18T09:20',
    sign: '2025-06-18T09:30',
    body: `
ADMISSION DATE: 06/14/2025      DISCHARGE DATE: 06/17/2025
ATTENDING: Siobhan Brennan, MD, FACS (General Surgery)

PRINCIPAL DIAGNOSIS: Acute calculous cholecystitis (calculus of gallbladder with acute cholecystitis, no obstruction).
SECONDARY DIAGNOSES:
- Obesity, class 2, BMI 36.1.
- Gastroesophageal reflux disease.
- Hypertension.
- Hepatic steatosis.
- Latex allergy.

PROCEDURE: 06/15/2025 Laparoscopic cholecystectomy (Dr. Brennan), general anesthesia.

HOSPITAL COURSE:
Known symptomatic cholelithiasis awaiting elective surgery; presented with 18 hours of constant RUQ pain, fever and leukocytosis, with ultrasound findings of acute calculous cholecystitis and normal bilirubin. Treated with ceftriaxone and metronidazole and underwent laparoscopic cholecystectomy on hospital day 2 in a latex-free room; critical view of safety obtained, no cholangiogram required. Post-operative nausea on POD 1 resolved; tolerating a soft low-fat diet on POD 2. Antibiotics stopped 24 hours after surgery. Pathology: acute cholecystitis with cholelithiasis, no dysplasia.

DISCHARGE MEDICATIONS:
- Acetaminophen 1,000 mg PO every 8 hours for 10 days
- Oxycodone 5 mg PO every 6 hours as needed for severe pain, #8 (NEW; hydrocodone causes vomiting)
- Omeprazole 20 mg daily; lisinopril-HCTZ 20/12.5 mg daily; vitamin D3 2000 IU daily (resume)

ALLERGIES: LATEX; hydrocodone.
ACTIVITY: No lifting over 15 lb for 2 weeks. Shower allowed.
FOLLOW-UP: Riverside Surgical Associates 2 weeks. Elective surgery slot of 07/10/2025 cancelled. PCP for hepatic steatosis and weight management.
CONDITION: Good. Disposition: home.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 10. Frank Anthony DeLuca - upper GI bleed from duodenal bulb ulcer (NSAID + H. pylori), EGD
//     with epinephrine injection and clips, 2 units PRBC; outpatient surveillance EGD.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-deluca-frank',
    mrn: '0040721',
    name: { family: 'DeLuca', given: ['Frank', 'Anthony'] },
    birthDate: '1952-04-27',
    sex: 'male',
    address: { line: ['960 Summit Avenue'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0150',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '4052' },
      { type: 'medicare', value: '7HE3-RA6-KT28', issuer: 'CMS' },
    ],
    alerts: [{ kind: 'clinical', text: 'Avoid NSAIDs - bleeding duodenal ulcer 01/2025' }],
  });
  encounter(p, {
    id: 'enc-deluca-ed1',
    accountNumber: 'RG25000735',
    class: 'emergency',
    admittedAt: '2025-01-22T05:50',
    dischargedAt: '2025-01-22T09:10',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 4',
    reasonForVisit: 'Black stools, near-fainting',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-deluca-ip1',
    accountNumber: 'RG25000738',
    class: 'inpatient',
    admittedAt: '2025-01-22T09:10',
    dischargedAt: '2025-01-25T12:00',
    attendingId: 'prv-okafor',
    service: 'Hospital Medicine',
    location: '4 East Step-Down, Rm 403',
    reasonForVisit: 'Upper gastrointestinal bleeding',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-deluca-op1',
    accountNumber: 'RG25002463',
    class: 'outpatient',
    admittedAt: '2025-03-19T08:30',
    dischargedAt: '2025-03-19T10:15',
    attendingId: 'prv-nguyen',
    service: 'Gastroenterology - Endoscopy',
    location: 'Outpatient Endoscopy Suite',
    reasonForVisit: 'Surveillance EGD after bleeding duodenal ulcer and H. pylori treatment',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  problem(p, {
    id: 'prob-deluca-du',
    description: 'Duodenal bulb ulcer with hemorrhage (01/2025), healed on EGD 03/19/2025',
    status: 'resolved',
    onset: '2025-01-20',
    recordedAt: '2025-01-22T10:00',
    encounterId: 'enc-deluca-ip1',
  });
  problem(p, {
    id: 'prob-deluca-hp',
    description: 'Helicobacter pylori gastritis - treated, eradication confirmed 03/2025',
    status: 'resolved',
    onset: '2025-01-22',
    recordedAt: '2025-01-24T16:00',
    encounterId: 'enc-deluca-ip1',
  });
  problem(p, {
    id: 'prob-deluca-oa',
    description: 'Primary osteoarthritis of both knees',
    status: 'active',
    recordedAt: '2025-01-22T10:00',
  });
  problem(p, { id: 'prob-deluca-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-01-22T10:00' });
  problem(p, { id: 'prob-deluca-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-01-22T10:00' });

  med(p, {
    id: 'med-deluca-ibu',
    name: 'Ibuprofen (OTC)',
    dose: '600 mg',
    route: 'PO',
    frequency: 'three times daily',
    status: 'discontinued',
    end: '2025-01-22T06:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-lisinopril',
    name: 'Lisinopril',
    dose: '10 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-prava',
    name: 'Pravastatin',
    dose: '40 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-ppidrip',
    name: 'Pantoprazole',
    dose: '80 mg IV bolus, then 8 mg/h infusion',
    route: 'IV',
    frequency: 'continuous until 48 h after endoscopic therapy',
    status: 'completed',
    start: '2025-01-22T06:40',
    end: '2025-01-24T14:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-deluca-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-deluca-ppi',
    name: 'Pantoprazole',
    dose: '40 mg',
    route: 'PO',
    frequency: 'twice daily x8 weeks, then daily',
    status: 'active',
    start: '2025-01-24T21:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-deluca-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-bismuth',
    name: 'Bismuth subsalicylate',
    dose: '524 mg',
    route: 'PO',
    frequency: 'four times daily x14 days',
    status: 'completed',
    start: '2025-01-24T12:00',
    end: '2025-02-06T21:00',
    prescriberId: 'prv-nguyen',
    encounterId: 'enc-deluca-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-tetra',
    name: 'Tetracycline',
    dose: '500 mg',
    route: 'PO',
    frequency: 'four times daily x14 days',
    status: 'completed',
    start: '2025-01-24T12:00',
    end: '2025-02-06T21:00',
    prescriberId: 'prv-nguyen',
    encounterId: 'enc-deluca-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-metro',
    name: 'Metronidazole',
    dose: '500 mg',
    route: 'PO',
    frequency: 'three times daily x14 days',
    status: 'completed',
    start: '2025-01-24T12:00',
    end: '2025-02-06T21:00',
    prescriberId: 'prv-nguyen',
    encounterId: 'enc-deluca-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-deluca-apap',
    name: 'Acetaminophen',
    dose: '650 mg',
    route: 'PO',
    frequency: 'every 6 hours as needed for knee pain (max 3 g/day)',
    status: 'active',
    start: '2025-01-25T12:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-deluca-ip1',
    setting: 'outpatient',
  });

  results(p, 'deluca-ed', 'enc-deluca-ed1', '2025-01-22T06:00', '2025-01-22T06:45', 'ED labs', [
    ['Hemoglobin', 7.1, 'g/dL', 13.5, 17.5, 'L'],
    ['Hematocrit', 21.8, '%', 40, 52, 'L'],
    ['MCV', 86, 'fL', 80, 100],
    ['WBC', 11.2, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Platelets', 312, 'x10^3/uL', 150, 400],
    ['BUN', 48, 'mg/dL', 8, 23, 'H'],
    ['Creatinine', 1.02, 'mg/dL', 0.7, 1.3],
    ['INR', 1.1, '', 0.9, 1.1],
    ['Lactate', 1.9, 'mmol/L', 0.5, 2.0],
    ['ABO/Rh', 'A positive'],
    ['Antibody screen', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
  ]);
  const ipIds = [
    ...results(p, 'deluca-h1', 'enc-deluca-ip1', '2025-01-22T11:00', '2025-01-22T11:30', 'Hemoglobin/hematocrit (after unit 1)', [
      ['Hemoglobin', 8.1, 'g/dL', 13.5, 17.5, 'L'],
    ]),
    ...results(p, 'deluca-h2', 'enc-deluca-ip1', '2025-01-22T18:00', '2025-01-22T18:30', 'Hemoglobin/hematocrit (after unit 2)', [
      ['Hemoglobin', 9.0, 'g/dL', 13.5, 17.5, 'L'],
    ]),
    ...results(p, 'deluca-0123', 'enc-deluca-ip1', '2025-01-23T05:00', '2025-01-23T07:10', 'Morning labs + iron studies', [
      ['Hemoglobin', 8.6, 'g/dL', 13.5, 17.5, 'L'],
      ['BUN', 29, 'mg/dL', 8, 23, 'H'],
      ['Iron', 38, 'ug/dL', 65, 175, 'L'],
      ['Ferritin', 42, 'ng/mL', 30, 400],
    ]),
    ...results(p, 'deluca-0124', 'enc-deluca-ip1', '2025-01-24T05:00', '2025-01-24T05:40', 'Hemoglobin', [
      ['Hemoglobin', 9.1, 'g/dL', 13.5, 17.5, 'L'],
    ]),
    ...results(p, 'deluca-0125', 'enc-deluca-ip1', '2025-01-25T05:00', '2025-01-25T05:40', 'Hemoglobin', [
      ['Hemoglobin', 9.3, 'g/dL', 13.5, 17.5, 'L'],
    ]),
  ];

  order(p, {
    id: 'ord-deluca-01',
    enc: 'enc-deluca-ed1',
    cat: 'medication',
    text: 'Transfuse 2 units packed red blood cells, each over 2 hours; pantoprazole 80 mg IV bolus then 8 mg/h infusion.',
    at: '2025-01-22T06:50',
    by: 'prv-whitaker',
    status: 'completed',
  });
  order(p, {
    id: 'ord-deluca-02',
    enc: 'enc-deluca-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Okafor), step-down. Acute upper GI bleed. Full code.',
    at: '2025-01-22T09:10',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-deluca-03',
    enc: 'enc-deluca-ip1',
    cat: 'nursing',
    text: 'NPO; two large-bore IVs; vital signs every hour x4 then every 2 hours; notify for HR > 110, SBP < 95, hematemesis or melena. Hemoglobin every 6 hours x24 h; maintain active type and screen.',
    at: '2025-01-22T09:15',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-deluca-04',
    enc: 'enc-deluca-ip1',
    cat: 'consult',
    text: 'Gastroenterology consult (Dr. Nguyen) for urgent EGD within 24 hours.',
    at: '2025-01-22T09:15',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-deluca-05',
    enc: 'enc-deluca-ip1',
    cat: 'procedure',
    text: 'EGD with possible hemostasis and biopsy, today 14:00, moderate sedation.',
    at: '2025-01-22T11:30',
    by: 'prv-nguyen',
    status: 'completed',
  });
  order(p, {
    id: 'ord-deluca-06',
    enc: 'enc-deluca-ip1',
    cat: 'medication',
    text: 'Stop pantoprazole infusion 01/24 14:00 (48 h after endoscopic therapy); start pantoprazole 40 mg PO BID at 21:00. H. pylori bismuth quadruple therapy x14 days starting 12:00 today. Discontinue ibuprofen permanently.',
    at: '2025-01-24T08:30',
    by: 'prv-okafor',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-deluca-prbc',
    encounterId: 'enc-deluca-ed1',
    description: 'Transfusion of packed red blood cells, 2 units, peripheral IV (unit 1 in ED 07:30, unit 2 on unit 12:30)',
    performedAt: '2025-01-22T07:30',
    performerId: 'prv-whitaker',
  });
  procedure(p, {
    id: 'proc-deluca-egd',
    encounterId: 'enc-deluca-ip1',
    description: 'EGD with epinephrine injection and hemoclip placement to duodenal bulb ulcer; cold-forceps gastric biopsies',
    performedAt: '2025-01-22T14:05',
    performerId: 'prv-nguyen',
  });
  procedure(p, {
    id: 'proc-deluca-egd2',
    encounterId: 'enc-deluca-op1',
    description: 'Diagnostic EGD (surveillance)',
    performedAt: '2025-03-19T09:05',
    performerId: 'prv-nguyen',
  });

  doc(p, {
    id: 'doc-deluca-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-deluca-ed1',
    by: 'prv-whitaker',
    at: '2025-01-22T05:55',
    written: '2025-01-22T08:50',
    sign: '2025-01-22T09:20',
    body: `
CHIEF COMPLAINT: Black stools and almost fainted.

HISTORY OF PRESENT ILLNESS:
72-year-old man with 2 days of black, tarry stools (4-5 per day) and one episode of dark "coffee-ground" vomit last night. This morning he nearly passed out getting out of bed; his wife caught him. Has taken ibuprofen 600 mg three times daily for 6 months for knee arthritis, often on an empty stomach. No anticoagulants or antiplatelet agents. Mild epigastric discomfort for several weeks. No liver disease, heavy alcohol use (2-3 beers weekly) or prior GI bleeding.

PAST MEDICAL HISTORY: Hypertension, hyperlipidemia, osteoarthritis of both knees.
MEDICATIONS: Ibuprofen 600 mg TID (OTC), lisinopril 10 mg daily, pravastatin 40 mg nightly.
ALLERGIES: NKDA.

EXAM: BP 98/60 (orthostatic - HR 112 supine to 128 standing, with lightheadedness), RR 18, SpO2 98%, T 36.5.
Pale. Abdomen soft, mild epigastric tenderness, no peritonism. Rectal: black tarry stool, guaiac positive. No stigmata of chronic liver disease.

ED COURSE:
Two 18 g IVs. Lactated Ringer's 1 L. Hemoglobin 7.1 (13.8 at PCP 08/2024), BUN 48, creatinine 1.02, INR 1.1, lactate 1.9.
Glasgow-Blatchford score 12 - high risk.
06:40 Pantoprazole 80 mg IV bolus and 8 mg/h infusion.
06:50 Transfusion consent obtained; 2 units PRBC ordered; unit 1 started 07:30.
07:45 Dr. Nguyen (GI) paged - will scope today. 08:15 HR 104, BP 110/66.

ASSESSMENT: Acute upper GI bleeding with melena and hematemesis, likely peptic ulcer related to NSAID use; acute blood loss anemia with orthostasis.
DISPOSITION: Admitted to Hospital Medicine step-down (Dr. Okafor). Critical care time 40 minutes.
`,
  });

  doc(p, {
    id: 'doc-deluca-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-deluca-ip1',
    by: 'prv-okafor',
    at: '2025-01-22T10:00',
    sign: '2025-01-22T10:50',
    body: `
CHIEF COMPLAINT: Melena and near-syncope.

HISTORY OF PRESENT ILLNESS:
Mr. DeLuca is a 72-year-old man with hypertension, hyperlipidemia and bilateral knee osteoarthritis who has taken OTC ibuprofen 1,800 mg/day for 6 months. He presents with 2 days of melena, one coffee-ground emesis and near-syncope this morning. Hemoglobin 7.1 from a baseline of 13.8; BUN 48. Orthostatic in the ED. Received pantoprazole bolus and infusion and is receiving the first of 2 units of PRBC. GI will perform EGD this afternoon.

PAST MEDICAL HISTORY: Hypertension; hyperlipidemia; primary osteoarthritis of both knees. Colonoscopy 2021 normal.
MEDICATIONS: Ibuprofen 600 mg TID, lisinopril 10 mg daily, pravastatin 40 mg nightly.
ALLERGIES: No known drug allergies.
SOCIAL HISTORY: Retired electrician, married. Never smoker. 2-3 beers per week.
FAMILY HISTORY: Father with gastric cancer at 78.

REVIEW OF SYSTEMS: Fatigue, dyspnea on exertion for 2 days, epigastric burning for weeks. No chest pain, weight loss or dysphagia.

PHYSICAL EXAMINATION:
BP 112/64, HR 102, RR 16, SpO2 98% RA, afebrile.
Pale conjunctivae. Heart regular, tachycardic, soft flow murmur. Lungs clear. Abdomen soft, mild epigastric tenderness. Knees with bony enlargement and crepitus bilaterally.

ASSESSMENT AND PLAN:
1. Acute upper GI hemorrhage (melena, hematemesis), probable NSAID-associated peptic ulcer. PPI infusion, NPO, urgent EGD today. Hemoglobin every 6 hours; transfuse for Hgb below 8 or active bleeding. Check H. pylori on biopsies.
2. Acute blood loss anemia, symptomatic: 2 units PRBC (first running). Iron studies after transfusion.
3. Hypertension: hold lisinopril while bleeding/hypotensive.
4. Osteoarthritis of both knees: stop all NSAIDs permanently; acetaminophen.
5. Hyperlipidemia: continue pravastatin when eating.
VTE prophylaxis: SCDs only. Code status: full code.
`,
  });

  doc(p, {
    id: 'doc-deluca-gi',
    type: 'consultation',
    title: 'Gastroenterology Consultation',
    enc: 'enc-deluca-ip1',
    by: 'prv-nguyen',
    at: '2025-01-22T10:30',
    written: '2025-01-22T11:20',
    sign: '2025-01-22T11:30',
    body: `
REQUESTING PHYSICIAN: Adaeze N. Okafor, MD.
REASON: Upper GI bleeding.

HISTORY: 72-year-old man with 2 days of melena, one coffee-ground emesis and near-syncope, on daily ibuprofen for 6 months. Hemoglobin 7.1 (baseline 13.8), BUN 48, INR 1.1. Glasgow-Blatchford 12. No cirrhosis risk factors. No prior endoscopy.

EXAM: HR 100, BP 114/66 after 1 unit PRBC and 1 L crystalloid. Abdomen soft, mild epigastric tenderness. Melena on rectal exam (ED).

IMPRESSION: Acute nonvariceal upper GI bleed, most likely peptic ulcer disease related to NSAID use; H. pylori status unknown.

RECOMMENDATIONS:
1. EGD today at 14:00 in the endoscopy suite under moderate sedation once the second unit of PRBC is running and HR is below 110.
2. If high-risk stigmata are treated, continue pantoprazole 8 mg/h for 48 hours after endoscopic therapy, then 40 mg PO twice daily.
3. Gastric biopsies for H. pylori (serology unreliable; stool antigen inaccurate on PPI).
4. Permanently avoid NSAIDs.
Consent discussed with patient; he agrees.
`,
  });

  doc(p, {
    id: 'doc-deluca-consent',
    type: 'consent-form',
    title: 'Consent for Upper Endoscopy (EGD) with Sedation',
    enc: 'enc-deluca-ip1',
    by: 'prv-nguyen',
    at: '2025-01-22T13:15',
    sign: '2025-01-22T13:15',
    method: 'handwritten',
    body: `
CONSENT FOR ENDOSCOPIC PROCEDURE

Patient: Frank A. DeLuca
Procedure: ESOPHAGOGASTRODUODENOSCOPY (EGD) with possible biopsy and possible treatment of bleeding (injection, clips, cautery), under moderate sedation.
Physician: Linh Nguyen, MD.

I understand the purpose of the procedure is to find and, if possible, treat the source of my bleeding. Risks explained include reaction to sedation, aspiration, bleeding (including from biopsies), perforation of the esophagus, stomach or duodenum that may require surgery, failure to stop bleeding requiring radiology procedure or surgery, and missed lesions. Alternatives include medication alone or radiology procedures.

Blood transfusion: [X] I consent.
Patient signature: Frank A. DeLuca (signed)       01/22/2025 13:15
Witness: M. Santos, RN (signed)                   01/22/2025 13:15
Physician: Linh Nguyen, MD (signed)               01/22/2025 13:15
`,
  });

  doc(p, {
    id: 'doc-deluca-egd',
    type: 'procedure-note',
    title: 'EGD Procedure Report',
    enc: 'enc-deluca-ip1',
    by: 'prv-nguyen',
    at: '2025-01-22T14:05',
    written: '2025-01-22T14:50',
    sign: '2025-01-22T15:00',
    body: `
PROCEDURE: Esophagogastroduodenoscopy with submucosal epinephrine injection and through-the-scope hemoclip placement for hemostasis; cold forceps biopsies of the gastric antrum and body.
ENDOSCOPIST: Linh Nguyen, MD.
INDICATION: Melena, hematemesis, acute blood loss anemia.
SEDATION: Moderate sedation administered by endoscopy RN under my supervision: midazolam 3 mg IV, fentanyl 75 mcg IV. Intraservice time 28 minutes. ASA 3.
INSTRUMENT: Therapeutic gastroscope.

FINDINGS:
Esophagus: normal mucosa; Z-line regular at 39 cm. No varices.
Stomach: small amount of old dark blood in the fundus, suctioned. Patchy erythema and nodularity of the antrum. No gastric ulcer. Retroflexion normal.
Duodenum: 1.5 cm clean-based ulcer on the anterior wall of the duodenal bulb with a non-bleeding visible vessel (Forrest IIa). No active bleeding. Second portion of duodenum normal.

INTERVENTIONS:
1. Duodenal bulb ulcer: 8 mL of epinephrine 1:10,000 injected in 4 quadrants around the vessel, followed by 3 through-the-scope hemoclips placed across the visible vessel. Good hemostasis; vessel flattened.
2. Stomach: cold forceps biopsies, antrum x2 and body x2 (updated Sydney protocol), for H. pylori - jar 1.

ESTIMATED BLOOD LOSS: Minimal.   COMPLICATIONS: None.
SPECIMENS: Gastric antrum and body biopsies.

IMPRESSION:
1. Duodenal bulb ulcer with non-bleeding visible vessel (Forrest IIa), treated with epinephrine injection and hemoclips - hemostasis achieved.
2. Antral gastritis; biopsies taken.
3. No varices.

RECOMMENDATIONS: Pantoprazole 8 mg/h until 48 h after this procedure, then 40 mg PO BID for 8 weeks. Clear liquids tomorrow if stable. Follow biopsies; treat H. pylori if positive. No NSAIDs. Repeat EGD in 8 weeks to document healing.
`,
  });

  doc(p, {
    id: 'doc-deluca-orders',
    type: 'physician-orders',
    title: 'Orders - GI Bleed Admission',
    enc: 'enc-deluca-ip1',
    by: 'prv-okafor',
    at: '2025-01-22T09:10',
    written: '2025-01-24T08:30',
    sign: '2025-01-24T08:35',
    body: `
Allergies: NKDA.
Emergency Department order carried forward: transfuse 2 units PRBC (ordered 01/22/2025 06:50 by Grace Whitaker, MD); unit 1 started 07:30 in ED, unit 2 12:30 on 4 East.

${orderSheet(p, ['ord-deluca-02', 'ord-deluca-03', 'ord-deluca-04', 'ord-deluca-05', 'ord-deluca-06'])}
`,
  });

  doc(p, {
    id: 'doc-deluca-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - Hemoglobin Trend and Iron Studies',
    enc: 'enc-deluca-ip1',
    by: 'prv-ostrowski',
    at: '2025-01-22T11:00',
    written: '2025-01-25T05:40',
    sign: '2025-01-25T05:40',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, ipIds)}

Blood bank: 2 units A-positive leukoreduced PRBC crossmatched and issued 01/22/2025 (units W0429 25 118734 and W0429 25 118790). No transfusion reaction reported.
`,
  });

  doc(p, {
    id: 'doc-deluca-path',
    type: 'pathology-report',
    title: 'Surgical Pathology Report',
    enc: 'enc-deluca-ip1',
    by: 'prv-ostrowski',
    at: '2025-01-22T14:20',
    written: '2025-01-24T15:50',
    sign: '2025-01-24T16:00',
    body: `
ACCESSION: RS25-00412
SPECIMEN: Stomach, antrum and body, cold forceps biopsies (4 fragments).
CLINICAL HISTORY: Upper GI bleed; duodenal bulb ulcer; antral gastritis. Rule out H. pylori.

GROSS DESCRIPTION: Received in formalin are four tan soft tissue fragments, 0.2-0.4 cm, entirely submitted in one cassette.

MICROSCOPIC DESCRIPTION:
Antral and oxyntic mucosa with a dense lymphoplasmacytic infiltrate of the lamina propria, lymphoid aggregates and neutrophils infiltrating the foveolar epithelium. Curved rod-shaped organisms are present on the surface epithelium, confirmed with Helicobacter pylori immunohistochemical stain. No intestinal metaplasia, dysplasia or malignancy.

DIAGNOSIS:
Stomach, antrum and body, biopsies:
- Chronic active gastritis, Helicobacter pylori-associated (organisms confirmed by immunohistochemistry).
- Negative for intestinal metaplasia, dysplasia and malignancy.
`,
  });

  doc(p, {
    id: 'doc-deluca-pn-0123',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-deluca-ip1',
    by: 'prv-okafor',
    at: '2025-01-23T09:00',
    written: '2025-01-23T09:35',
    sign: '2025-01-23T09:40',
    body: `
HOSPITAL DAY 2

SUBJECTIVE: No further melena since yesterday afternoon (one small dark stool overnight). No lightheadedness. Hungry.

OBJECTIVE: BP 128/74, HR 84, orthostatic vitals negative. Abdomen soft, nontender.
Hemoglobin 8.1 after unit 1, 9.0 after unit 2, 8.6 this morning (equilibration). BUN 29. Iron 38, ferritin 42.

ASSESSMENT AND PLAN:
1. Bleeding duodenal bulb ulcer (Forrest IIa) s/p endoscopic epinephrine and clips, no rebleeding. Continue pantoprazole infusion until 48 h after EGD (01/24 14:00), then 40 mg PO BID. Clear liquids today, advance tomorrow.
2. Acute blood loss anemia after upper GI hemorrhage, transfused 2 units on 01/22, hemoglobin stable 8.6. Borderline low iron stores - oral iron after discharge once on full diet.
3. NSAID-associated ulcer: ibuprofen stopped permanently; acetaminophen for knee OA; patient and wife educated, including OTC combination products.
4. H. pylori: biopsies pending.
5. Hypertension: resume lisinopril tomorrow if BP stays above 120.
Transfer from step-down to medical floor.
`,
  });

  doc(p, {
    id: 'doc-deluca-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-deluca-ip1',
    by: 'prv-okafor',
    at: '2025-01-25T12:00',
    written: '2025-01-25T15:00',
    sign: '2025-01-25T16:00',
    body: `
ADMISSION DATE: 01/22/2025      DISCHARGE DATE: 01/25/2025
ATTENDING: Adaeze N. Okafor, MD   CONSULTANT: Linh Nguyen, MD (Gastroenterology)

PRINCIPAL DIAGNOSIS: Duodenal bulb ulcer with hemorrhage (Forrest IIa, non-bleeding visible vessel).
SECONDARY DIAGNOSES:
- Acute blood loss anemia due to the ulcer hemorrhage, transfused 2 units PRBC.
- Adverse effect of ibuprofen (NSAID), taken as directed, contributing to the ulcer.
- Helicobacter pylori-associated chronic active gastritis (biopsy 01/22/2025).
- Primary osteoarthritis, both knees.
- Hypertension.
- Hyperlipidemia.

PROCEDURES:
01/22/2025 EGD with epinephrine injection and hemoclip placement to duodenal bulb ulcer for control of bleeding; cold forceps biopsies of gastric antrum and body (Dr. Nguyen).
01/22/2025 Transfusion of 2 units packed red blood cells (peripheral IV).

HOSPITAL COURSE:
Presented with melena, coffee-ground emesis, orthostasis and hemoglobin 7.1 after 6 months of daily ibuprofen. Treated with IV pantoprazole and 2 units of PRBC. Urgent EGD found a 1.5 cm duodenal bulb ulcer with a visible vessel treated with epinephrine and clips. No rebleeding; hemoglobin stable 8.6-9.3. Gastric biopsies showed H. pylori gastritis; bismuth quadruple therapy started 01/24. Ibuprofen permanently discontinued.

DISCHARGE MEDICATIONS:
- Pantoprazole 40 mg PO twice daily for 8 weeks, then once daily (NEW)
- Bismuth subsalicylate 524 mg PO four times daily x14 days (NEW)
- Tetracycline 500 mg PO four times daily x14 days (NEW)
- Metronidazole 500 mg PO three times daily x14 days - no alcohol (NEW)
- Acetaminophen 650 mg PO every 6 hours as needed, max 3 g/day (NEW)
- Lisinopril 10 mg daily; pravastatin 40 mg nightly (continue)
- STOP ibuprofen and all NSAIDs.

FOLLOW-UP: CBC in 1 week (PCP). H. pylori stool antigen to confirm eradication at least 4 weeks after the antibiotics, with pantoprazole held for the 2 weeks before the test (PCP, early 03/2025). Repeat EGD to document ulcer healing with Dr. Nguyen on 03/19/2025.
CONDITION: Stable. Disposition: home.
`,
  });

  doc(p, {
    id: 'doc-deluca-egd-0319',
    type: 'procedure-note',
    title: 'EGD Procedure Report (Outpatient)',
    enc: 'enc-deluca-op1',
    by: 'prv-nguyen',
    at: '2025-03-19T09:05',
    written: '2025-03-19T09:50',
    sign: '2025-03-19T09:55',
    body: `
PROCEDURE: Esophagogastroduodenoscopy, diagnostic.
ENDOSCOPIST: Linh Nguyen, MD.
INDICATION: Follow-up of duodenal bulb ulcer with hemorrhage (01/2025) treated with clips, and H. pylori gastritis treated with bismuth quadruple therapy (completed 02/06/2025). H. pylori stool antigen 03/12/2025 (PPI held 2 weeks, Millbrook Family Practice lab): negative.
SEDATION: Moderate sedation: midazolam 2 mg IV, fentanyl 50 mcg IV, by endoscopy RN under my supervision. Intraservice time 12 minutes. ASA 2.
CONSENT: Written consent obtained in pre-procedure area.

FINDINGS:
Esophagus: normal.
Stomach: normal mucosa; previous antral erythema resolved. Retroflexion normal.
Duodenum: healed ulcer in the anterior duodenal bulb with a white scar and mild deformity; no residual ulceration; clips have passed. Second portion normal.
No biopsies taken (eradication confirmed by stool antigen; no gastric abnormality).

COMPLICATIONS: None.

IMPRESSION:
1. Healed duodenal bulb ulcer (scar).
2. Normal stomach; H. pylori eradicated by stool antigen.

RECOMMENDATIONS: Reduce pantoprazole to 40 mg daily for 4 more weeks, then stop. Avoid NSAIDs indefinitely. Return to PCP; no further endoscopic follow-up required.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 11. Linda Carol Fairbanks - right knee osteoarthritis; pre-op clinic; elective cemented right
//     TKA. The H&P was done at the pre-op visit 40 days before admission with no update note.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-fairbanks-linda',
    mrn: '0036698',
    name: { family: 'Fairbanks', given: ['Linda', 'Carol'] },
    birthDate: '1955-01-30',
    sex: 'female',
    address: { line: ['44 Chestnut Hill Road'], city: 'Riverside', state: 'OH', postalCode: '45502', country: 'US' },
    phone: '(937) 555-0108',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '6120' },
      { type: 'medicare', value: '9QA6-MF1-XW34', issuer: 'CMS' },
    ],
  });
  encounter(p, {
    id: 'enc-fairbanks-op1',
    accountNumber: 'RG25005702',
    class: 'outpatient',
    admittedAt: '2025-06-04T09:30',
    dischargedAt: '2025-06-04T10:30',
    attendingId: 'prv-castillo',
    service: 'Orthopaedic Clinic',
    location: 'Riverside Orthopaedic Center',
    reasonForVisit: 'Pre-operative evaluation for right total knee arthroplasty',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-fairbanks-ip1',
    accountNumber: 'RG25006803',
    class: 'inpatient',
    admittedAt: '2025-07-14T06:00',
    dischargedAt: '2025-07-16T13:00',
    attendingId: 'prv-castillo',
    service: 'Orthopaedic Surgery',
    location: '6 North Orthopaedics, Rm 612',
    reasonForVisit: 'Elective right total knee arthroplasty',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home-health',
  });
  encounter(p, {
    id: 'enc-fairbanks-op2',
    accountNumber: 'RG25007260',
    class: 'outpatient',
    admittedAt: '2025-07-29T10:00',
    dischargedAt: '2025-07-29T10:30',
    attendingId: 'prv-castillo',
    service: 'Orthopaedic Clinic',
    location: 'Riverside Orthopaedic Center',
    reasonForVisit: 'Two-week visit after right total knee arthroplasty',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-fairbanks-oxy',
    substance: 'Oxycodone',
    category: 'medication',
    reaction: 'Severe nausea and vomiting',
    severity: 'moderate',
    recordedAt: '2025-06-04T09:40',
  });

  problem(p, {
    id: 'prob-fairbanks-oa',
    description: 'Primary osteoarthritis, right knee - s/p total knee arthroplasty 07/14/2025',
    status: 'active',
    recordedAt: '2025-06-04T10:00',
  });
  problem(p, { id: 'prob-fairbanks-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-06-04T10:00' });
  problem(p, { id: 'prob-fairbanks-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-06-04T10:00' });
  problem(p, { id: 'prob-fairbanks-obes', description: 'Obesity, class 1 (BMI 33.1)', status: 'active', recordedAt: '2025-06-04T10:00' });

  med(p, {
    id: 'med-fairbanks-losartan',
    name: 'Losartan',
    dose: '50 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-atorva',
    name: 'Atorvastatin',
    dose: '20 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-melox',
    name: 'Meloxicam',
    dose: '15 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'discontinued',
    end: '2025-07-07T09:00',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-cefaz',
    name: 'Cefazolin',
    dose: '2 g',
    route: 'IV',
    frequency: 'pre-incision, then every 8 hours x2',
    status: 'completed',
    start: '2025-07-14T07:35',
    end: '2025-07-15T00:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-fairbanks-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-fairbanks-asa',
    name: 'Aspirin',
    dose: '81 mg',
    route: 'PO',
    frequency: 'twice daily x35 days (VTE prophylaxis)',
    status: 'active',
    start: '2025-07-15T09:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-fairbanks-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-apap',
    name: 'Acetaminophen',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'every 8 hours',
    status: 'active',
    start: '2025-07-14T12:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-fairbanks-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-celecoxib',
    name: 'Celecoxib',
    dose: '200 mg',
    route: 'PO',
    frequency: 'daily x14 days',
    status: 'completed',
    start: '2025-07-15T09:00',
    end: '2025-07-28T09:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-fairbanks-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-fairbanks-tramadol',
    name: 'Tramadol',
    dose: '50 mg',
    route: 'PO',
    frequency: 'every 6 hours as needed for moderate-severe pain (#30)',
    status: 'active',
    start: '2025-07-14T12:00',
    prescriberId: 'prv-castillo',
    encounterId: 'enc-fairbanks-ip1',
    setting: 'outpatient',
  });

  results(p, 'fairbanks-preop', 'enc-fairbanks-op1', '2025-06-04T10:05', '2025-06-04T12:30', 'Pre-operative labs', [
    ['WBC', 6.8, 'x10^3/uL', 4.0, 11.0],
    ['Hemoglobin', 13.2, 'g/dL', 12.0, 15.5],
    ['Platelets', 244, 'x10^3/uL', 150, 400],
    ['Sodium', 140, 'mmol/L', 136, 145],
    ['Potassium', 4.3, 'mmol/L', 3.5, 5.1],
    ['Creatinine', 0.82, 'mg/dL', 0.5, 1.0],
    ['Glucose', 98, 'mg/dL', 70, 99],
    ['Hemoglobin A1c', 5.6, '%', 4.0, 5.6],
    ['INR', 1.0, '', 0.9, 1.1],
    ['MRSA nasal PCR', 'Not detected', undefined, undefined, undefined, undefined, 'Not detected'],
    ['Urinalysis', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
  ]);
  results(p, 'fairbanks-pod1', 'enc-fairbanks-ip1', '2025-07-15T05:00', '2025-07-15T05:50', 'Morning labs', [
    ['Hemoglobin', 11.4, 'g/dL', 12.0, 15.5, 'L'],
    ['Creatinine', 0.8, 'mg/dL', 0.5, 1.0],
    ['Potassium', 4.1, 'mmol/L', 3.5, 5.1],
    ['Glucose', 142, 'mg/dL', 70, 99, 'H'],
  ]);

  order(p, {
    id: 'ord-fairbanks-01',
    enc: 'enc-fairbanks-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Orthopaedic Surgery (Dr. Castillo), after right total knee arthroplasty. Full code.',
    at: '2025-07-14T06:00',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-fairbanks-02',
    enc: 'enc-fairbanks-ip1',
    cat: 'activity',
    text: 'Post-op: weight bearing as tolerated right leg with walker; PT twice daily starting POD 0; cryotherapy; no pillow under knee.',
    at: '2025-07-14T09:45',
    by: 'prv-castillo',
    status: 'completed',
  });
  order(p, {
    id: 'ord-fairbanks-03',
    enc: 'enc-fairbanks-ip1',
    cat: 'medication',
    text: 'Aspirin 81 mg PO BID x35 days starting POD 1; acetaminophen 1 g PO every 8 h; celecoxib 200 mg PO daily; tramadol 50 mg PO every 6 h PRN. NO oxycodone (allergy).',
    at: '2025-07-14T09:45',
    by: 'prv-castillo',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-fairbanks-tka',
    encounterId: 'enc-fairbanks-ip1',
    description: 'Right total knee arthroplasty, cemented, posterior-stabilized, patella resurfaced',
    performedAt: '2025-07-14T07:58',
    performerId: 'prv-castillo',
  });
  procedure(p, {
    id: 'proc-fairbanks-block',
    encounterId: 'enc-fairbanks-ip1',
    description: 'Ultrasound-guided right adductor canal block',
    performedAt: '2025-07-14T07:20',
    performerId: 'prv-moore',
  });

  doc(p, {
    id: 'doc-fairbanks-outside-clearance',
    type: 'outside-record',
    title: 'Pre-operative Medical Clearance Letter (Millbrook Family Practice)',
    byText: 'Susan Whitlock, MD - Millbrook Family Practice',
    at: '2025-05-28T10:00',
    written: '2025-06-04T09:20',
    raw: true,
    body: `
MILLBROOK FAMILY PRACTICE
22 Church Street, Millbrook, OH 45503   Tel (937) 555-0372   Fax (937) 555-0373

May 28, 2025

Marco A. Castillo, MD
Riverside Orthopaedic Center

RE: Linda C. Fairbanks   DOB 01/30/1955

Dear Dr. Castillo,

I saw Mrs. Fairbanks today for pre-operative medical evaluation before her planned right total knee arthroplasty.

She has hypertension controlled on losartan 50 mg (BP today 132/78), hyperlipidemia on atorvastatin 20 mg, and obesity (BMI 33). No history of coronary disease, heart failure, stroke, diabetes (A1c 5.6% in 02/2025) or kidney disease. She walks her dog 20 minutes daily, limited by knee pain rather than dyspnea, and climbs a flight of stairs without symptoms (more than 4 METs). No prior anesthesia complications; nausea with oxycodone. ECG today: normal sinus rhythm 72, normal intervals.

Assessment: low risk for an intermediate-risk procedure (RCRI 0). No further cardiac testing indicated. Medically optimized.
Recommendations: hold meloxicam 7 days before surgery; continue losartan except the morning of surgery; continue atorvastatin.

Sincerely,
Susan Whitlock, MD (signed)

[Received by fax 06/02/2025; scanned into Riverside General Hospital record 06/04/2025 by HIM]
`,
  });

  doc(p, {
    id: 'doc-fairbanks-clinic-0604',
    type: 'progress-note',
    title: 'Orthopaedic Clinic - Pre-operative Visit',
    enc: 'enc-fairbanks-op1',
    by: 'prv-castillo',
    at: '2025-06-04T09:30',
    written: '2025-06-04T10:25',
    sign: '2025-06-04T12:05',
    body: `
REASON FOR VISIT: Pre-operative visit before right total knee arthroplasty scheduled 07/14/2025.

HISTORY: 70-year-old woman with end-stage primary osteoarthritis of the right knee, pain for 6 years, failed meloxicam, physical therapy, weight loss attempts, three corticosteroid injections (last 01/2025) and a hyaluronic acid series. Night pain; walks less than two blocks; uses a cane outdoors. Left knee mildly symptomatic.
Medical clearance letter from Dr. Whitlock (05/28/2025) received: low risk, optimized.

EXAM: BP 134/80, HR 74. Height 165 cm, weight 90 kg, BMI 33.1. Right knee: varus 8 degrees, small effusion, medial joint line tenderness, ROM 5-105 degrees, stable ligaments. Neurovascularly intact. Skin intact, no incisions.
X-RAYS (standing AP, lateral, sunrise, reviewed): severe medial joint space loss with bone-on-bone contact, osteophytes, subchondral sclerosis; Kellgren-Lawrence grade 4.

PRE-OPERATIVE LABS TODAY: hemoglobin 13.2, creatinine 0.82, A1c 5.6, INR 1.0, MRSA nasal PCR negative, UA negative.

ASSESSMENT: Primary osteoarthritis of the right knee, end-stage. Hypertension, hyperlipidemia, class 1 obesity.
PLAN: Proceed with right TKA 07/14/2025. Full history and physical completed today (see H&P). Consent discussed; to be signed on the day of surgery. Stop meloxicam 07/07. Pre-operative joint class 06/20. Arrange home health PT and rolling walker.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-hp',
    type: 'history-and-physical',
    title: 'Pre-operative History and Physical (Orthopaedics)',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-castillo',
    at: '2025-06-04T10:00',
    written: '2025-06-04T11:40',
    sign: '2025-06-04T12:00',
    body: `
Prepared for admission on 07/14/2025 for right total knee arthroplasty.

CHIEF COMPLAINT: Right knee pain limiting walking.

HISTORY OF PRESENT ILLNESS:
Mrs. Fairbanks is a 70-year-old woman with progressive right knee pain from primary osteoarthritis over 6 years, now with rest and night pain, walking tolerance under two blocks and difficulty with stairs despite NSAIDs, PT, injections (corticosteroid x3, hyaluronic acid series) and a cane. Radiographs: Kellgren-Lawrence grade 4 medial compartment disease with varus alignment. She wishes to proceed with total knee arthroplasty.

PAST MEDICAL HISTORY: Hypertension; hyperlipidemia; obesity (BMI 33.1). No diabetes, coronary disease, VTE or bleeding disorder.
PAST SURGICAL HISTORY: Laparoscopic tubal ligation 1986; cataract extraction left eye 2022. No anesthesia complications.
MEDICATIONS: Losartan 50 mg daily, atorvastatin 20 mg nightly, meloxicam 15 mg daily (to stop 07/07), acetaminophen PRN.
ALLERGIES: Oxycodone - severe nausea and vomiting. No latex allergy.
SOCIAL HISTORY: Widowed, lives alone in a ranch house with 2 entry steps; daughter will stay with her for 2 weeks after surgery. Retired bank teller. Never smoker, rare alcohol.
FAMILY HISTORY: Mother with osteoarthritis and hip replacement.

REVIEW OF SYSTEMS: Negative for chest pain, dyspnea, palpitations, syncope, fever, urinary symptoms, skin lesions on the right leg, dental infection.

PHYSICAL EXAMINATION:
BP 134/80, HR 74, RR 14, SpO2 98% RA, T 36.6 C. Height 165 cm, weight 90 kg, BMI 33.1.
General: well. HEENT: good dentition. Neck: no bruits. Lungs: clear. Heart: regular, no murmur. Abdomen: obese, soft.
Right knee: 8 degrees varus, small effusion, crepitus, ROM 5-105 degrees, stable to varus/valgus stress. Left knee: mild crepitus, ROM 0-120.
Vascular: DP/PT 2+ bilaterally. Neuro: intact. Skin: intact without ulcers or infection.

ASSESSMENT:
1. Primary osteoarthritis, right knee, end-stage.
2. Hypertension, controlled.
3. Hyperlipidemia.
4. Obesity, class 1, BMI 33.1.
Medical clearance: Dr. Whitlock 05/28/2025 - low risk.

PLAN: Right total knee arthroplasty, cemented, under spinal anesthesia with adductor canal block, on 07/14/2025. Cefazolin prophylaxis. Aspirin VTE prophylaxis post-op. Avoid oxycodone. Home with home health PT anticipated.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-consent',
    type: 'consent-form',
    title: 'Surgical Consent - Right Total Knee Arthroplasty',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-castillo',
    at: '2025-07-14T06:30',
    sign: '2025-07-14T06:30',
    method: 'handwritten',
    body: `
CONSENT TO OPERATION OR PROCEDURE

Patient: Linda C. Fairbanks
Procedure: RIGHT TOTAL KNEE ARTHROPLASTY (total knee replacement), with anesthesia as determined by the anesthesiologist.
Surgeon: Marco A. Castillo, MD, and assistants.

The operation, its expected benefits and the alternatives (continued non-operative treatment, partial knee replacement) were explained. I understand the risks, including infection (sometimes requiring further surgery or removal of the implant), bleeding, blood clots in the legs or lungs, stiffness requiring manipulation, persistent pain, injury to nerves or blood vessels, fracture, loosening or wear of the implant, instability, wound problems, and the risks of anesthesia including heart attack, stroke and death.

Blood transfusion: [X] I consent  [ ] I refuse.
Tissue removed (bone cuts) may be disposed of according to hospital policy.

Patient signature: Linda C. Fairbanks (signed)     07/14/2025 06:30
Witness: M. Santos, RN (signed)                    07/14/2025 06:30
Surgeon: Marco A. Castillo, MD (signed)            07/14/2025 06:30
Site marked: right knee (MC).
`,
  });

  doc(p, {
    id: 'doc-fairbanks-anes',
    type: 'anesthesia-record',
    title: 'Anesthesia Record',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-moore',
    at: '2025-07-14T07:15',
    written: '2025-07-14T09:40',
    sign: '2025-07-14T09:50',
    body: `
PROCEDURE: Right total knee arthroplasty.  SURGEON: Castillo.  ANESTHESIOLOGIST: Janet L. Moore, MD.
ASA PHYSICAL STATUS: 2.  Weight 90 kg. NPO after midnight (clear liquids until 04:00).
PRE-ANESTHESIA EVALUATION 07/14/2025 06:40: H&P of 06/04/2025 and clearance letter reviewed; interval history from patient - no new problems, took no losartan this morning. Airway Mallampati II. Plan: spinal anesthesia with sedation and adductor canal block. Anesthesia consent signed 06:45.

07:15 Pre-op holding: ultrasound-guided right adductor canal block, 20 mL ropivacaine 0.5% with dexamethasone 4 mg perineural; time-out; no complications (block start 07:20).
TIMES: In room 07:30. Spinal 07:40. Tourniquet up 07:55 (300 mmHg). Incision 07:58. Tourniquet down 09:02 (67 min). Closure 09:18. Out of room 09:30.
SPINAL: Sitting, L3-4, 25 g pencil-point, bupivacaine 0.5% isobaric 15 mg, fentanyl 15 mcg intrathecal. Level T10.
SEDATION: Propofol 25-75 mcg/kg/min; O2 by nasal cannula with capnography.
MEDICATIONS: Cefazolin 2 g IV 07:35. Tranexamic acid 1 g IV 07:50 and 1 g at closure. Ondansetron 4 mg. Acetaminophen 1 g IV.
FLUIDS: LR 1,000 mL. EBL 150 mL. URINE: voided pre-op.
VITALS: BP 104-148/60-84, HR 62-80, SpO2 97-100%.
Periarticular injection by surgeon (ropivacaine/ketorolac/epinephrine) noted.
To PACU 09:35, comfortable, Aldrete 9. No anesthetic complications.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-op',
    type: 'operative-report',
    title: 'Operative Report',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-castillo',
    at: '2025-07-14T07:58',
    written: '2025-07-14T10:05',
    sign: '2025-07-14T10:30',
    body: `
DATE OF SURGERY: 07/14/2025
SURGEON: Marco A. Castillo, MD      ASSISTANT: Luis Ferreira, PA-C
ANESTHESIA: Spinal with sedation and right adductor canal block (Janet L. Moore, MD)

PREOPERATIVE DIAGNOSIS: Primary osteoarthritis, right knee.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Right total knee arthroplasty, cemented, posterior-stabilized, with patellar resurfacing.

IMPLANTS: Cemented cobalt-chromium posterior-stabilized femoral component size 5; cemented titanium tibial baseplate size 4; highly cross-linked polyethylene posterior-stabilized insert 11 mm; cemented all-polyethylene patella 35 mm. Two batches of plain bone cement.

DESCRIPTION:
Site verified, time-out. Thigh tourniquet inflated to 300 mmHg after exsanguination. Midline incision and medial parapatellar arthrotomy. Findings: full-thickness cartilage loss of the medial femoral condyle and medial tibial plateau with eburnation, large marginal osteophytes, grade 3 patellofemoral changes; ACL absent. Osteophytes removed. Intramedullary femoral guide: distal femoral resection at 5 degrees valgus; sizing, anterior/posterior and chamfer cuts, box cut. Extramedullary tibial guide: 9 mm resection from the lateral plateau, 3 degrees posterior slope. Medial release of deep MCL and posteromedial corner to balance; rectangular flexion and extension gaps with an 11 mm trial. Patella resurfaced to 22 mm thickness. Trial reduction: full extension, flexion to 125 degrees, stable, central patellar tracking without thumb pressure. Bone surfaces pulsatile-lavaged and dried; components cemented; excess cement removed; 11 mm insert placed with knee in extension while cement cured. Periarticular injection. Tourniquet released 09:02, hemostasis. Arthrotomy closed with barbed suture, subcutaneous 2-0, skin staples. Sterile dressing.

FINDINGS: Tricompartmental osteoarthritis, medial-predominant, with varus deformity corrected to neutral.
ESTIMATED BLOOD LOSS: 150 mL.   TOURNIQUET TIME: 67 minutes.   DRAINS: None.
SPECIMENS: None (bone cuts discarded).
COMPLICATIONS: None. Counts correct.
DISPOSITION: PACU, stable. WBAT, PT today, aspirin VTE prophylaxis.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-postop-xr',
    type: 'radiology-report',
    title: 'XR Knee Right, 2 Views (Post-operative)',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-farouk',
    at: '2025-07-14T10:15',
    written: '2025-07-14T11:00',
    sign: '2025-07-14T11:02',
    body: `
EXAM: XR KNEE RIGHT 2 VIEWS (PACU)
CLINICAL INDICATION: Status post right total knee arthroplasty.
COMPARISON: Pre-operative standing films 06/04/2025 (Riverside Orthopaedic Center).

FINDINGS: Interval cemented right total knee arthroplasty with posterior-stabilized femoral and tibial components and a resurfaced patella. Components well seated, alignment neutral. Cement mantles intact. No periprosthetic fracture. Expected intra-articular and soft tissue gas. Skin staples.

IMPRESSION: Right total knee arthroplasty in expected position without complication.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-pn-0715',
    type: 'progress-note',
    title: 'Orthopaedic Progress Note - POD 1',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-castillo',
    at: '2025-07-15T07:30',
    written: '2025-07-15T07:55',
    sign: '2025-07-15T08:00',
    body: `
POST-OPERATIVE DAY 1, right total knee arthroplasty.

SUBJECTIVE: Pain 5/10 with therapy, 2/10 at rest on acetaminophen, celecoxib and tramadol x2. No nausea (oxycodone avoided). Walked 40 feet with PT yesterday evening. Voiding.

OBJECTIVE: T 37.4, BP 128/74, HR 82, SpO2 96% RA.
Dressing with small serosanguinous spot. Knee: moderate swelling, ROM 5-70 degrees. Calf soft, nontender. Neurovascularly intact, dorsiflexion/plantarflexion strong.
Labs: hemoglobin 11.4 (13.2 pre-op), creatinine 0.8, glucose 142.

ASSESSMENT: POD 1 after right TKA, doing well. Expected post-operative hemoglobin drop, no symptoms, no treatment needed.
PLAN: PT twice daily, goal 90 degrees flexion and stairs; aspirin 81 mg BID started this morning; resume losartan; discharge home with home health PT tomorrow if cleared by PT.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-nursing',
    type: 'nursing-note',
    title: 'Nursing Note - Post-operative Day 1',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-santos',
    at: '2025-07-15T14:00',
    written: '2025-07-15T14:30',
    sign: '2025-07-15T14:32',
    body: `
Shift assessment 07:00-15:00.
Neuro: alert, oriented. Pain: 6/10 before PT, 3/10 one hour after tramadol 50 mg at 10:15; ice machine on 20 min/off 40 min. No nausea.
Circulation: right foot warm, cap refill under 2 s, pedal pulses palpable, sensation intact; SCDs on both legs while in bed.
Incision: dressing changed by PA Ferreira at 09:00 - staples intact, edges approximated, no drainage. Aquacel dressing applied.
Mobility: ambulated 120 feet with rolling walker and PT at 09:30, up to chair for lunch. Fall precautions in place; bed alarm on.
Elimination: voiding without difficulty. Tolerating regular diet.
Education: reviewed aspirin twice daily for 35 days, signs of blood clot and infection, home exercise program; patient verbalized understanding. Daughter present and will stay with patient after discharge.
Plan: PT stair training this afternoon.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-fairbanks-ip1',
    by: 'prv-castillo',
    at: '2025-07-16T13:00',
    written: '2025-07-16T15:00',
    sign: '2025-07-17T08:00',
    body: `
ADMISSION DATE: 07/14/2025      DISCHARGE DATE: 07/16/2025
ATTENDING: Marco A. Castillo, MD (Orthopaedic Surgery)

PRINCIPAL DIAGNOSIS: Primary osteoarthritis, right knee.
SECONDARY DIAGNOSES: Hypertension. Hyperlipidemia. Obesity, class 1, BMI 33.1.

PROCEDURE: 07/14/2025 Right total knee arthroplasty, cemented, posterior-stabilized, patella resurfaced (Dr. Castillo); spinal anesthesia with adductor canal block.

HOSPITAL COURSE:
Elective admission for right TKA, uncomplicated. Pain controlled without oxycodone (allergy) using acetaminophen, celecoxib and tramadol. Hemoglobin 11.4 on POD 1, no transfusion. Ambulated 150 feet with a rolling walker and climbed 4 stairs with PT by POD 2; knee flexion 85 degrees. Aspirin 81 mg twice daily for VTE prophylaxis.

DISCHARGE MEDICATIONS:
- Aspirin 81 mg PO twice daily for 35 days (through 08/18/2025) (NEW)
- Acetaminophen 1,000 mg PO every 8 hours (NEW scheduled)
- Celecoxib 200 mg PO daily for 14 days (NEW)
- Tramadol 50 mg PO every 6 hours as needed, #30 (NEW)
- Losartan 50 mg daily; atorvastatin 20 mg nightly (continue)
- STOP meloxicam while taking celecoxib.

ALLERGIES: Oxycodone.
FOLLOW-UP: Orthopaedic clinic 07/29/2025 for staple removal. Home health PT (Riverside Home Care) 3 times weekly.
CONDITION: Good. Disposition: home with home health services.
`,
  });

  doc(p, {
    id: 'doc-fairbanks-clinic-0729',
    type: 'progress-note',
    title: 'Orthopaedic Clinic Post-operative Visit',
    enc: 'enc-fairbanks-op2',
    by: 'prv-castillo',
    at: '2025-07-29T10:00',
    written: '2025-07-29T10:25',
    sign: '2025-07-29T11:40',
    body: `
REASON FOR VISIT: 2-week visit after right total knee arthroplasty (07/14/2025).

HISTORY: Doing well with home health PT three times weekly. Walking with a cane in the house. Pain 3/10, using tramadol once a day at night. Taking aspirin twice daily. No fever, wound drainage or calf pain.

EXAM: Afebrile. Incision healed, no erythema or drainage; staples removed, Steri-Strips applied. Mild effusion. ROM 0-95 degrees. Stable. Calf soft and nontender. Neurovascularly intact.
X-RAYS (AP and lateral right knee, reviewed): well-fixed components, unchanged alignment, no periprosthetic lucency or fracture.

ASSESSMENT: Aftercare following right total knee replacement, routine course.
PLAN: Transition to outpatient PT next week, focus on flexion. Continue aspirin through 08/18. May drive when off tramadol and able to brake safely (about 4-6 weeks). Antibiotic prophylaxis before dental work not required routinely. Return in 6 weeks with X-rays.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 12. Marcus Anthony Bell - pneumococcal pneumonia; routine ED opt-out HIV screen reactive,
//     confirmed: newly diagnosed, asymptomatic HIV-1 infection. HIV results and the documents
//     that disclose them carry sensitivity "hiv". Follow-up outpatient chest X-ray.
// ---------------------------------------------------------------------------------------------
{
  const HIV = ['hiv'];
  const p = patient({
    id: 'pt-bell-marcus',
    mrn: '0081239',
    name: { family: 'Bell', given: ['Marcus', 'Anthony'] },
    birthDate: '1979-10-03',
    sex: 'male',
    address: { line: ['902 Fulton Street'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0139',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '7786' },
      { type: 'insurance-member', value: 'BHP-5527-10934', issuer: 'Buckeye Health Plan' },
    ],
  });
  encounter(p, {
    id: 'enc-bell-ed1',
    accountNumber: 'RG24009860',
    class: 'emergency',
    admittedAt: '2024-10-21T20:10',
    dischargedAt: '2024-10-21T23:55',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Bay 8',
    reasonForVisit: 'Fever, productive cough, right-sided chest pain',
    admitSource: 'self',
    dischargeDisposition: 'admitted-inpatient',
  });
  encounter(p, {
    id: 'enc-bell-ip1',
    accountNumber: 'RG24009863',
    class: 'inpatient',
    admittedAt: '2024-10-21T23:55',
    dischargedAt: '2024-10-25T12:00',
    attendingId: 'prv-lindqvist',
    service: 'Hospital Medicine (Teaching Team B)',
    location: '5 West, Rm 514',
    reasonForVisit: 'Community-acquired pneumonia with hypoxemia',
    admitSource: 'emergency-department',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-bell-op1',
    accountNumber: 'RG24011001',
    class: 'outpatient',
    admittedAt: '2024-12-02T15:00',
    dischargedAt: '2024-12-02T15:30',
    attendingId: 'prv-farouk',
    service: 'Radiology - Diagnostic X-ray',
    location: 'Riverside Imaging Center',
    reasonForVisit: 'Follow-up chest X-ray after pneumonia (ordered by Erik Lindqvist, MD)',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-bell-tmpsmx',
    substance: 'Trimethoprim-sulfamethoxazole',
    category: 'medication',
    reaction: 'Diffuse maculopapular rash',
    severity: 'moderate',
    recordedAt: '2024-10-21T20:20',
  });

  problem(p, {
    id: 'prob-bell-cap',
    description: 'Pneumococcal pneumonia, right lower lobe (10/2024), resolved on X-ray 12/02/2024',
    status: 'resolved',
    onset: '2024-10-18',
    recordedAt: '2024-10-22T01:30',
    encounterId: 'enc-bell-ip1',
  });
  problem(p, {
    id: 'prob-bell-hiv',
    description: 'HIV-1 infection, asymptomatic, newly diagnosed 10/2024 (CD4 612)',
    status: 'active',
    onset: '2024-10-23',
    recordedAt: '2024-10-23T10:00',
    encounterId: 'enc-bell-ip1',
  });
  problem(p, {
    id: 'prob-bell-tob',
    description: 'Tobacco use disorder, cigarettes (1 pack/day)',
    status: 'active',
    recordedAt: '2024-10-22T01:30',
  });

  med(p, {
    id: 'med-bell-ctx',
    name: 'Ceftriaxone',
    dose: '1 g',
    route: 'IV',
    frequency: 'every 24 hours',
    status: 'completed',
    start: '2024-10-21T21:30',
    end: '2024-10-23T21:30',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-bell-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-bell-azithro',
    name: 'Azithromycin',
    dose: '500 mg',
    route: 'IV then PO',
    frequency: 'daily x3 days',
    status: 'completed',
    start: '2024-10-21T21:35',
    end: '2024-10-23T21:35',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-bell-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-bell-amox',
    name: 'Amoxicillin',
    dose: '1 g',
    route: 'PO',
    frequency: 'three times daily through 10/27/2024',
    status: 'completed',
    start: '2024-10-24T09:00',
    end: '2024-10-27T21:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-bell-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-bell-nicotine',
    name: 'Nicotine transdermal patch',
    dose: '21 mg/24 h',
    route: 'transdermal',
    frequency: 'daily',
    status: 'active',
    start: '2024-10-22T09:00',
    prescriberId: 'prv-lindqvist',
    encounterId: 'enc-bell-ip1',
    setting: 'outpatient',
  });
  immunization(p, {
    id: 'imm-bell-pcv20',
    vaccine: 'Pneumococcal conjugate vaccine, 20-valent (PCV20)',
    administeredAt: '2024-10-25T10:00',
    lotNumber: 'LP7719',
    site: 'Right deltoid',
    route: 'IM',
    encounterId: 'enc-bell-ip1',
  });
  immunization(p, {
    id: 'imm-bell-flu',
    vaccine: 'Influenza vaccine, inactivated, trivalent, 2024-2025 formula',
    administeredAt: '2024-10-25T10:05',
    lotNumber: 'UJ482AB',
    site: 'Left deltoid',
    route: 'IM',
    encounterId: 'enc-bell-ip1',
  });

  results(p, 'bell-ed', 'enc-bell-ed1', '2024-10-21T20:25', '2024-10-21T21:10', 'ED labs', [
    ['WBC', 17.4, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Hemoglobin', 14.0, 'g/dL', 13.5, 17.5],
    ['Platelets', 221, 'x10^3/uL', 150, 400],
    ['Sodium', 131, 'mmol/L', 136, 145, 'L'],
    ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
    ['Chloride', 96, 'mmol/L', 98, 107, 'L'],
    ['BUN', 18, 'mg/dL', 8, 23],
    ['Creatinine', 1.05, 'mg/dL', 0.7, 1.3],
    ['Glucose', 118, 'mg/dL', 70, 99, 'H'],
    ['Lactate', 1.7, 'mmol/L', 0.5, 2.0],
    ['Procalcitonin', 6.8, 'ng/mL', undefined, 0.25, 'H'],
  ]);
  results(p, 'bell-ed-ag', 'enc-bell-ed1', '2024-10-21T20:40', '2024-10-21T21:40', 'Urinary antigens', [
    ['Streptococcus pneumoniae urinary antigen', 'Positive', undefined, undefined, undefined, 'A', 'Negative'],
    ['Legionella pneumophila urinary antigen', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
  ]);
  const screen = results(
    p,
    'bell-ed-hiv',
    'enc-bell-ed1',
    '2024-10-21T20:30',
    '2024-10-22T09:15',
    'HIV-1/2 antigen/antibody screen (routine opt-out)',
    [['HIV-1/2 Ag/Ab combination immunoassay (4th gen)', 'Reactive', undefined, undefined, undefined, 'A', 'Nonreactive']],
    { sens: HIV },
  );
  results(p, 'bell-ed-bcx', 'enc-bell-ed1', '2024-10-21T20:30', '2024-10-26T21:00', 'Blood cultures x2', [
    ['Blood culture x2', 'No growth at 5 days', undefined, undefined, undefined, undefined, 'No growth'],
  ]);
  const hivIds = [
    ...screen,
    ...results(
      p,
      'bell-hiv-diff',
      'enc-bell-ip1',
      '2024-10-22T10:00',
      '2024-10-23T14:00',
      'HIV-1/HIV-2 antibody differentiation immunoassay',
      [
        ['HIV-1 antibody', 'Positive', undefined, undefined, undefined, 'A', 'Negative'],
        ['HIV-2 antibody', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
      ],
      { sens: HIV },
    ),
    ...results(
      p,
      'bell-cd4',
      'enc-bell-ip1',
      '2024-10-22T10:00',
      '2024-10-23T11:00',
      'Lymphocyte subsets',
      [
        ['CD4 T-cell count', 612, 'cells/uL', 500, 1500],
        ['CD4 %', 31, '%', 30, 60],
      ],
      { sens: HIV },
    ),
    ...results(
      p,
      'bell-vl',
      'enc-bell-ip1',
      '2024-10-22T10:00',
      '2024-10-24T16:00',
      'HIV-1 RNA, quantitative PCR',
      [['HIV-1 RNA', 18400, 'copies/mL', undefined, undefined, 'A', 'Not detected (<20)']],
      { sens: HIV },
    ),
  ];
  results(p, 'bell-ip', 'enc-bell-ip1', '2024-10-22T10:00', '2024-10-23T15:00', 'Admission studies', [
    [
      'Sputum culture',
      'Streptococcus pneumoniae, moderate growth; penicillin S (MIC <=0.06), ceftriaxone S',
      undefined,
      undefined,
      undefined,
      'A',
      'Normal flora',
    ],
    ['Hepatitis B surface antigen', 'Nonreactive', undefined, undefined, undefined, undefined, 'Nonreactive'],
    ['Hepatitis C antibody', 'Nonreactive', undefined, undefined, undefined, undefined, 'Nonreactive'],
    ['RPR', 'Nonreactive', undefined, undefined, undefined, undefined, 'Nonreactive'],
  ]);
  results(p, 'bell-1023', 'enc-bell-ip1', '2024-10-23T05:00', '2024-10-23T06:00', 'Morning labs', [
    ['WBC', 11.2, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Sodium', 137, 'mmol/L', 136, 145],
  ]);

  order(p, {
    id: 'ord-bell-01',
    enc: 'enc-bell-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine Team B (attending Dr. Lindqvist), 5 West. Community-acquired pneumonia with hypoxemia. Full code.',
    at: '2024-10-21T23:55',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-bell-02',
    enc: 'enc-bell-ip1',
    cat: 'medication',
    text: 'Ceftriaxone 1 g IV every 24 h; azithromycin 500 mg daily x3 days total; oxygen by nasal cannula to SpO2 92-96%; normal saline 100 mL/h x12 h; nicotine patch 21 mg daily.',
    at: '2024-10-22T00:05',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-bell-03',
    enc: 'enc-bell-ip1',
    cat: 'lab',
    text: 'HIV-1/HIV-2 differentiation immunoassay, HIV-1 RNA quantitative, CD4 count (confirmation of reactive screen; patient informed and agrees); hepatitis B sAg, hepatitis C Ab, RPR; sputum culture.',
    at: '2024-10-22T09:40',
    by: 'prv-lindqvist',
    status: 'completed',
  });
  order(p, {
    id: 'ord-bell-04',
    enc: 'enc-bell-ip1',
    cat: 'medication',
    text: 'Stop ceftriaxone after 10/23 dose; amoxicillin 1 g PO three times daily from 10/24 through 10/27 (7 days total therapy).',
    at: '2024-10-23T15:30',
    by: 'prv-lindqvist',
    status: 'completed',
  });

  doc(p, {
    id: 'doc-bell-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-bell-ed1',
    by: 'prv-adeyemi',
    at: '2024-10-21T20:15',
    written: '2024-10-21T23:30',
    sign: '2024-10-22T00:10',
    sens: HIV,
    body: `
CHIEF COMPLAINT: Fever and cough for 3 days.

HISTORY OF PRESENT ILLNESS:
45-year-old man with no significant medical history and 3 days of fever to 39.5 C, shaking chills, cough productive of rust-colored sputum and sharp right-sided chest pain with deep breaths. Increasing shortness of breath today climbing stairs. No recent travel, hospitalization, antibiotics or sick contacts known. No hemoptysis, leg swelling or weight loss.

PAST MEDICAL HISTORY: None. No regular physician.
MEDICATIONS: None.
ALLERGIES: Trimethoprim-sulfamethoxazole (rash, 2015).
SOCIAL: Line cook. Smokes 1 pack per day for 25 years. Alcohol 3-4 beers on weekends. No injection drug use.

EXAM:
T 39.3 C, HR 108, BP 124/78, RR 24, SpO2 88% on room air -> 94% on 3 L/min nasal cannula.
Mildly ill-appearing. Bronchial breath sounds and crackles at the right base with dullness to percussion. Heart tachycardic, regular. No edema. No rash or thrush. No lymphadenopathy.

ED COURSE:
CXR: right lower lobe consolidation. WBC 17.4, sodium 131, lactate 1.7, procalcitonin 6.8. Pneumococcal urinary antigen positive; Legionella negative. Blood cultures x2.
Ceftriaxone 1 g IV 21:30 and azithromycin 500 mg IV 21:35. NS 1 L.
Routine opt-out HIV screening (per ED policy, patient notified and did not decline) sent with admission labs; result pending at time of admission.
CURB-65 0; admission warranted for hypoxemia requiring oxygen.

DIAGNOSIS: Community-acquired pneumonia, right lower lobe, pneumococcal (urinary antigen), with hypoxemia.
DISPOSITION: Admitted to Hospital Medicine, Team B (Dr. Reyes/Dr. Lindqvist). Condition stable.
`,
  });

  doc(p, {
    id: 'doc-bell-cxr',
    type: 'radiology-report',
    title: 'Chest X-ray, PA and Lateral',
    enc: 'enc-bell-ed1',
    by: 'prv-farouk',
    at: '2024-10-21T20:40',
    written: '2024-10-21T21:15',
    sign: '2024-10-21T21:18',
    body: `
EXAM: XR CHEST 2 VIEWS
CLINICAL INDICATION: Fever, productive cough, right pleuritic chest pain.
COMPARISON: None.

FINDINGS:
Dense consolidation in the right lower lobe with air bronchograms, obscuring the right hemidiaphragm on the lateral view. Trace right costophrenic angle blunting, possibly a small parapneumonic effusion. Left lung clear. Heart size normal. No pneumothorax.

IMPRESSION:
Right lower lobe pneumonia with possible small right parapneumonic effusion. Recommend follow-up radiograph in 6-8 weeks to document resolution.
`,
  });

  doc(p, {
    id: 'doc-bell-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical (Resident)',
    enc: 'enc-bell-ip1',
    by: 'prv-reyes',
    at: '2024-10-22T01:30',
    written: '2024-10-22T02:30',
    sign: '2024-10-22T02:40',
    cosigner: 'prv-lindqvist',
    cosignAt: '2024-10-22T09:30',
    sens: HIV,
    body: `
CHIEF COMPLAINT: Fever, cough, right-sided chest pain.

HISTORY OF PRESENT ILLNESS:
Mr. Bell is a 45-year-old man, previously healthy and without a primary care physician, with 3 days of fever, rigors, rust-colored productive cough and right pleuritic chest pain, and progressive exertional dyspnea. In the ED: T 39.3, HR 108, RR 24, SpO2 88% on room air, WBC 17.4, Na 131, procalcitonin 6.8, right lower lobe consolidation on CXR, and a positive pneumococcal urinary antigen. Given ceftriaxone and azithromycin at 21:30.

PAST MEDICAL HISTORY: None known. No prior hospitalizations.
MEDICATIONS: None.
ALLERGIES: TMP-SMX (rash).
SOCIAL HISTORY: Line cook at a downtown restaurant; lives alone. 25 pack-years, current. Alcohol 3-4 beers on weekends. Denies drug use.
FAMILY HISTORY: Mother with hypertension.
IMMUNIZATIONS: No pneumococcal vaccine; no influenza vaccine this season.

REVIEW OF SYSTEMS: Positive for fever, chills, cough, pleuritic pain, dyspnea, decreased appetite. Negative for weight loss, night sweats before this illness, diarrhea, rash, oral ulcers.

PHYSICAL EXAMINATION:
T 38.8, HR 102, BP 118/72, RR 22, SpO2 94% on 3 L/min.
Tired. Oropharynx clear, no thrush. No lymphadenopathy. Right base with bronchial breath sounds, egophony and crackles. Heart regular, no murmur. Abdomen benign. Skin without rash.

ASSESSMENT AND PLAN:
1. Community-acquired pneumonia, right lower lobe, Streptococcus pneumoniae (urinary antigen positive), with hypoxemia. Ceftriaxone 1 g daily plus azithromycin x3 days; narrow when culture data available. Oxygen to SpO2 92-96%. Follow blood cultures; sputum culture.
2. Hyponatremia, mild (131), likely hypovolemic/SIADH from pneumonia: NS 100 mL/h, recheck in AM.
3. Tobacco use disorder: nicotine patch 21 mg; cessation counseling.
4. Health maintenance: pneumococcal and influenza vaccines before discharge. ED opt-out HIV screen pending - follow up.
VTE prophylaxis: enoxaparin 40 mg SC daily. Code status: full code.

Daniel Reyes, MD, PGY-2. Case discussed with Dr. Lindqvist overnight by phone.
`,
  });

  doc(p, {
    id: 'doc-bell-labs-hiv',
    type: 'laboratory-report',
    title: 'Laboratory Report - HIV Testing (Confidential)',
    enc: 'enc-bell-ip1',
    by: 'prv-ostrowski',
    at: '2024-10-22T10:00',
    written: '2024-10-24T16:00',
    sign: '2024-10-24T16:05',
    sens: HIV,
    body: `
*** CONFIDENTIAL HIV-RELATED INFORMATION - PROTECTED BY STATE LAW. REDISCLOSURE WITHOUT SPECIFIC WRITTEN AUTHORIZATION IS PROHIBITED. ***
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, hivIds)}

Interpretation (CDC laboratory testing algorithm): reactive 4th-generation HIV-1/2 Ag/Ab screen, HIV-1 antibody positive on differentiation assay, HIV-2 negative - laboratory evidence of HIV-1 infection. Quantitative HIV-1 RNA 18,400 copies/mL (log10 4.26).
Reported to the Ohio Department of Health as required.
`,
  });

  doc(p, {
    id: 'doc-bell-pn-1023',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-bell-ip1',
    by: 'prv-lindqvist',
    at: '2024-10-23T10:00',
    written: '2024-10-23T11:00',
    sign: '2024-10-23T11:10',
    sens: HIV,
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Breathing easier, less pleuritic pain, cough still productive but lighter in color. Afebrile since last evening. Eating.

OBJECTIVE: T 37.2, HR 86, BP 122/76, RR 18, SpO2 95% on 1 L, 92% on room air at rest.
Crackles right base, improved air entry.
Labs: WBC 11.2, sodium 137. Blood cultures no growth to date. Sputum culture: Streptococcus pneumoniae, penicillin susceptible.
HIV testing: ED opt-out 4th-generation screen reactive (10/22); HIV-1 antibody confirmed positive on differentiation assay today; CD4 612 (31%); viral load pending.

DISCLOSURE: Results discussed privately with Mr. Bell at 09:30 today, no visitors present, with his permission. He was tearful but receptive. Discussed that HIV-1 infection is a treatable chronic condition, that his immune system is healthy (CD4 612), that his pneumonia is the common community pneumococcal type seen in people without HIV and is not an AIDS-defining illness, and that treatment lets him live a normal lifespan and prevents transmission (U=U). Discussed partner notification options and the Ohio Department of Health partner services program. He asked that his family not be told and that no information be shared with his employer.

ASSESSMENT AND PLAN:
1. Pneumococcal pneumonia, right lower lobe, improving. Change to amoxicillin 1 g PO TID from 10/24 to complete 7 days (through 10/27). Wean oxygen.
2. HIV-1 infection, newly diagnosed, asymptomatic (no opportunistic infection, no constitutional symptoms before this pneumonia; CD4 612). Referral to Riverside Community Health Center HIV clinic (Dr. Priya Raman) - appointment 11/06/2024; antiretroviral therapy to start there. Hepatitis B/C and RPR negative. Needs PCV20 (given before discharge) and influenza vaccine.
3. Hyponatremia resolved with fluids.
4. Tobacco use disorder: patch; counseled.
`,
  });

  doc(p, {
    id: 'doc-bell-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary (Contains HIV Information)',
    enc: 'enc-bell-ip1',
    by: 'prv-lindqvist',
    at: '2024-10-25T12:00',
    written: '2024-10-25T14:30',
    sign: '2024-10-25T16:10',
    sens: HIV,
    body: `
*** CONTAINS CONFIDENTIAL HIV-RELATED INFORMATION - SPECIFIC AUTHORIZATION REQUIRED FOR RELEASE ***
ADMISSION DATE: 10/21/2024      DISCHARGE DATE: 10/25/2024
ATTENDING: Erik Lindqvist, MD     RESIDENT: Daniel Reyes, MD

PRINCIPAL DIAGNOSIS: Pneumonia due to Streptococcus pneumoniae, right lower lobe.
SECONDARY DIAGNOSES:
- Hypoxemia requiring supplemental oxygen (resolved).
- Hyponatremia, mild, with pneumonia and poor oral intake (resolved).
- HIV positive - asymptomatic HIV-1 infection, newly diagnosed on routine screening (CD4 612, viral load 18,400 copies/mL). The pneumonia is a typical community-acquired infection and is not considered an HIV-related illness.
- Tobacco use disorder, cigarettes.

PROCEDURES: None.

HOSPITAL COURSE:
Admitted with 3 days of fever, productive cough and pleuritic pain, SpO2 88% on room air and right lower lobe consolidation; pneumococcal urinary antigen positive and sputum grew penicillin-susceptible S. pneumoniae; blood cultures negative. Treated with ceftriaxone and azithromycin, then narrowed to amoxicillin. Defervesced by hospital day 2 and weaned to room air (SpO2 94%) by 10/24. Routine ED opt-out HIV screening was reactive and HIV-1 infection was confirmed; results disclosed privately, counseling provided, and linkage to HIV care arranged. PCV20 and influenza vaccines given 10/25.

DISCHARGE MEDICATIONS:
- Amoxicillin 1 g PO three times daily through 10/27/2024 (NEW)
- Nicotine patch 21 mg/24 h daily (NEW)

ALLERGIES: TMP-SMX (rash) - relevant if Pneumocystis prophylaxis is ever needed.
FOLLOW-UP: Riverside Community Health Center HIV clinic, Dr. Priya Raman, 11/06/2024 (patient signed authorization for release of this admission's records including HIV results). Chest X-ray at Riverside Imaging Center in 6 weeks (ordered for 12/02/2024). Establish primary care at RCHC.
CONDITION: Good. Disposition: home.
`,
  });

  doc(p, {
    id: 'doc-bell-roi-auth',
    type: 'authorization-form',
    title: 'Authorization for Release of Protected Health Information (including HIV)',
    enc: 'enc-bell-ip1',
    byText: 'Marcus A. Bell (patient)',
    at: '2024-10-25T11:00',
    written: '2024-10-25T11:00',
    raw: true,
    sens: HIV,
    body: `
RIVERSIDE GENERAL HOSPITAL - HEALTH INFORMATION MANAGEMENT
AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION

Patient name: Marcus Anthony Bell        Date of birth: 10/03/1979        MRN: 0081239

1. I authorize: Riverside General Hospital
2. To release information to: Riverside Community Health Center, HIV Clinic, attn: Priya Raman, MD, 415 Third Street, Riverside, OH 45501. Fax (937) 555-0388.
3. Information to be released (check all that apply):
   [X] Discharge summary   [X] History and physical   [X] Laboratory results   [X] Radiology reports
   Dates of service: 10/21/2024 - 10/25/2024
   SPECIFIC CONSENT FOR SPECIALLY PROTECTED INFORMATION (initial each):
   [MB] HIV/AIDS test results and related information
   [  ] Mental health information   [  ] Substance use disorder records (42 CFR Part 2)   [  ] Genetic testing
4. Purpose: Continuity of care.
5. This authorization expires on: 10/25/2025, or earlier if I revoke it in writing.
6. I understand that I may revoke this authorization in writing at any time, except to the extent action has already been taken. Treatment is not conditioned on signing. Information disclosed may be redisclosed by the recipient and no longer protected by federal privacy rules, but HIV information remains protected under Ohio law.

Signature of patient: Marcus A. Bell (signed)          Date: 10/25/2024
Witness: Daniel Reyes, MD (signed)                      Date: 10/25/2024
Copy given to patient: [X] Yes
`,
  });

  doc(p, {
    id: 'doc-bell-cxr-1202',
    type: 'radiology-report',
    title: 'Chest X-ray, PA and Lateral (Follow-up)',
    enc: 'enc-bell-op1',
    by: 'prv-farouk',
    at: '2024-12-02T15:05',
    written: '2024-12-02T16:10',
    sign: '2024-12-02T16:12',
    body: `
EXAM: XR CHEST 2 VIEWS
ORDERING PHYSICIAN: Erik Lindqvist, MD.
CLINICAL INDICATION: Follow-up of right lower lobe pneumonia treated 10/2024; smoker.
COMPARISON: 10/21/2024.

FINDINGS:
Interval complete resolution of the right lower lobe consolidation and of the small right effusion. Minimal linear atelectasis/scarring at the right base. Lungs otherwise clear. Heart and mediastinum normal. No pneumothorax. No pulmonary nodule or mass.

IMPRESSION:
Resolved right lower lobe pneumonia. No residual consolidation or mass.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 13. Dorothy Mae Whitfield ("Dot") - partial adhesive small bowel obstruction, conservative
//     management with NG decompression and water-soluble contrast challenge. No discharge summary
//     was ever written; the hospital day 3 progress note is unsigned.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-whitfield-dorothy',
    mrn: '0023914',
    name: { family: 'Whitfield', given: ['Dorothy', 'Mae'] },
    aliases: [{ kind: 'nickname', given: 'Dot' }],
    birthDate: '1950-06-18',
    sex: 'female',
    address: { line: ['61 Sycamore Street'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0171',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '9031' },
      { type: 'medicare', value: '4JT8-DN2-QP57', issuer: 'CMS' },
    ],
    alerts: [{ kind: 'administrative', text: 'Hard of hearing, left ear - speak on her right side' }],
  });
  encounter(p, {
    id: 'enc-whitfield-ip1',
    accountNumber: 'RG25005199',
    class: 'inpatient',
    admittedAt: '2025-05-19T16:30',
    dischargedAt: '2025-05-23T11:30',
    attendingId: 'prv-brennan',
    service: 'General Surgery',
    location: '6 South Surgery, Rm 615',
    reasonForVisit: 'Abdominal distension and vomiting - small bowel obstruction',
    admitSource: 'clinic',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-whitfield-erythro',
    substance: 'Erythromycin',
    category: 'medication',
    reaction: 'Abdominal cramping and nausea',
    severity: 'mild',
    recordedAt: '2025-05-19T16:40',
  });

  problem(p, {
    id: 'prob-whitfield-sbo',
    description: 'Partial small bowel obstruction due to adhesions (05/2025), resolved without surgery',
    status: 'resolved',
    onset: '2025-05-18',
    recordedAt: '2025-05-19T18:30',
    encounterId: 'enc-whitfield-ip1',
  });
  problem(p, { id: 'prob-whitfield-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-05-19T18:30' });
  problem(p, { id: 'prob-whitfield-osteo', description: 'Postmenopausal osteoporosis', status: 'active', recordedAt: '2025-05-19T18:30' });
  problem(p, {
    id: 'prob-whitfield-tah',
    description: 'Status post total abdominal hysterectomy (1994) and open appendectomy (1968)',
    status: 'inactive',
    recordedAt: '2025-05-19T18:30',
  });

  med(p, {
    id: 'med-whitfield-hctz',
    name: 'Hydrochlorothiazide',
    dose: '25 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-whitfield-alendronate',
    name: 'Alendronate',
    dose: '70 mg',
    route: 'PO',
    frequency: 'weekly (Sundays)',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-whitfield-calcd',
    name: 'Calcium carbonate with vitamin D3',
    dose: '600 mg/800 IU',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-whitfield-ivf',
    name: "Lactated Ringer's with potassium chloride 20 mEq/L",
    dose: '125 mL/h',
    route: 'IV',
    frequency: 'continuous',
    status: 'completed',
    start: '2025-05-19T17:00',
    end: '2025-05-22T10:00',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-whitfield-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-whitfield-kcl',
    name: 'Potassium chloride',
    dose: '10 mEq in 100 mL',
    route: 'IV',
    frequency: 'every hour x4 doses',
    status: 'completed',
    start: '2025-05-19T18:30',
    end: '2025-05-19T22:30',
    prescriberId: 'prv-brennan',
    encounterId: 'enc-whitfield-ip1',
    setting: 'inpatient',
  });

  const labIds = [
    ...results(p, 'whitfield-adm', 'enc-whitfield-ip1', '2025-05-19T17:00', '2025-05-19T17:50', 'Admission labs', [
      ['WBC', 11.6, 'x10^3/uL', 4.0, 11.0, 'H'],
      ['Hemoglobin', 14.9, 'g/dL', 12.0, 15.5],
      ['Platelets', 302, 'x10^3/uL', 150, 400],
      ['Sodium', 134, 'mmol/L', 136, 145, 'L'],
      ['Potassium', 3.1, 'mmol/L', 3.5, 5.1, 'L'],
      ['Chloride', 93, 'mmol/L', 98, 107, 'L'],
      ['CO2', 30, 'mmol/L', 22, 29, 'H'],
      ['BUN', 32, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 1.0, 'mg/dL', 0.5, 1.0],
      ['Glucose', 131, 'mg/dL', 70, 99, 'H'],
      ['Lactate', 1.4, 'mmol/L', 0.5, 2.0],
      ['Lipase', 30, 'U/L', 13, 60],
    ]),
    ...results(p, 'whitfield-0520', 'enc-whitfield-ip1', '2025-05-20T05:00', '2025-05-20T06:00', 'Basic metabolic panel', [
      ['Sodium', 137, 'mmol/L', 136, 145],
      ['Potassium', 3.4, 'mmol/L', 3.5, 5.1, 'L'],
      ['BUN', 24, 'mg/dL', 8, 23, 'H'],
      ['Creatinine', 0.9, 'mg/dL', 0.5, 1.0],
    ]),
    ...results(p, 'whitfield-0521', 'enc-whitfield-ip1', '2025-05-21T05:00', '2025-05-21T05:55', 'Basic metabolic panel', [
      ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
      ['BUN', 17, 'mg/dL', 8, 23],
    ]),
    ...results(p, 'whitfield-0522', 'enc-whitfield-ip1', '2025-05-22T05:00', '2025-05-22T05:50', 'Basic metabolic panel', [
      ['Potassium', 4.1, 'mmol/L', 3.5, 5.1],
      ['Magnesium', 2.0, 'mg/dL', 1.7, 2.4],
    ]),
  ];

  order(p, {
    id: 'ord-whitfield-01',
    enc: 'enc-whitfield-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, General Surgery (Dr. Brennan), 6 South. Small bowel obstruction. Full code.',
    at: '2025-05-19T16:30',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-02',
    enc: 'enc-whitfield-ip1',
    cat: 'nursing',
    text: 'Insert nasogastric tube 16 Fr, confirm placement by X-ray, to low intermittent suction; record output every 4 hours. NPO. Strict I&O. Serial abdominal exams.',
    at: '2025-05-19T16:35',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-03',
    enc: 'enc-whitfield-ip1',
    cat: 'medication',
    text: "Lactated Ringer's with KCl 20 mEq/L at 125 mL/h; potassium chloride 10 mEq IV every hour x4; hold hydrochlorothiazide and alendronate; ondansetron 4 mg IV every 6 h PRN; heparin 5,000 units SC every 8 h.",
    at: '2025-05-19T16:35',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-04',
    enc: 'enc-whitfield-ip1',
    cat: 'imaging',
    text: 'CT abdomen and pelvis with IV contrast - small bowel obstruction.',
    at: '2025-05-19T16:35',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-05',
    enc: 'enc-whitfield-ip1',
    cat: 'imaging',
    text: 'Water-soluble contrast challenge: diatrizoate 100 mL via NG tube at 06:00 05/20, clamp NG 2 hours; abdominal X-ray 8 hours after.',
    at: '2025-05-19T21:00',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-06',
    enc: 'enc-whitfield-ip1',
    cat: 'diet',
    text: 'Remove NG tube. Clear liquid diet; advance to full liquids at supper if tolerated.',
    at: '2025-05-21T08:10',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-07',
    enc: 'enc-whitfield-ip1',
    cat: 'diet',
    text: 'Advance to low-residue soft diet. Saline-lock IV. Resume hydrochlorothiazide 05/23.',
    at: '2025-05-22T08:30',
    by: 'prv-brennan',
    status: 'completed',
  });
  order(p, {
    id: 'ord-whitfield-08',
    enc: 'enc-whitfield-ip1',
    cat: 'other',
    text: 'Discharge home today. Follow up Riverside Surgical Associates in 2 weeks.',
    at: '2025-05-23T09:15',
    by: 'prv-brennan',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-whitfield-ng',
    encounterId: 'enc-whitfield-ip1',
    description: 'Nasogastric tube insertion for decompression (bedside)',
    performedAt: '2025-05-19T18:00',
  });

  doc(p, {
    id: 'doc-whitfield-hp',
    type: 'history-and-physical',
    title: 'General Surgery Admission History and Physical',
    enc: 'enc-whitfield-ip1',
    by: 'prv-brennan',
    at: '2025-05-19T18:30',
    sign: '2025-05-19T19:20',
    body: `
CHIEF COMPLAINT: Crampy belly pain, bloating and vomiting since yesterday.

HISTORY OF PRESENT ILLNESS:
Mrs. Whitfield ("Dot") is a 74-year-old woman who developed intermittent crampy periumbilical pain on the evening of 05/18, followed by progressive abdominal distension and six episodes of bilious vomiting today. Last bowel movement the morning of 05/18; she has passed small amounts of flatus today. No fever, blood in stool or weight loss. She called her PCP, who sent her to our clinic this afternoon; she was directly admitted from clinic. Prior abdominal surgeries: open appendectomy at age 18 (1968) and total abdominal hysterectomy for fibroids in 1994. One similar episode in 2012 that resolved in hospital without surgery (outside records). Colonoscopy 2020 normal.

PAST MEDICAL HISTORY: Hypertension; postmenopausal osteoporosis; hearing loss left ear.
MEDICATIONS: Hydrochlorothiazide 25 mg daily; alendronate 70 mg weekly; calcium/vitamin D BID.
ALLERGIES: Erythromycin - cramping and nausea.
SOCIAL HISTORY: Widowed, lives alone, independent. Never smoker. No alcohol.

REVIEW OF SYSTEMS: As in HPI. No chest pain, dyspnea, urinary symptoms, melena.

PHYSICAL EXAMINATION:
T 37.3 C, BP 148/86, HR 98, RR 18, SpO2 97% RA.
Dry mucous membranes. Abdomen distended and tympanitic, high-pitched tinkling bowel sounds, diffuse mild tenderness without guarding or rebound. Healed lower midline and right lower quadrant scars. No hernias in the groins, umbilicus or incisions.

DATA: WBC 11.6, potassium 3.1, chloride 93, bicarbonate 30, BUN 32, creatinine 1.0, lactate 1.4. CT (see report): small bowel obstruction with a transition point in the right lower quadrant, contrast and gas in the colon, no signs of ischemia.

ASSESSMENT:
1. Partial small bowel obstruction, most likely due to adhesions (open appendectomy 1968, hysterectomy 1994). No peritonitis, no CT or laboratory signs of strangulation.
2. Dehydration and hypokalemia due to vomiting, with hydrochlorothiazide contributing to the hypokalemia.
3. Hypertension. 4. Osteoporosis.

PLAN:
Nonoperative management: NPO, NG decompression, IV fluids with potassium replacement, serial exams. Water-soluble contrast challenge in the morning. Hold HCTZ and alendronate. Operative exploration if she develops peritonitis, fever, rising lactate or fails to resolve in 48-72 hours; discussed with patient, who agrees. VTE prophylaxis: heparin SC. Code status: full code.
`,
  });

  doc(p, {
    id: 'doc-whitfield-ct',
    type: 'radiology-report',
    title: 'CT Abdomen and Pelvis with IV Contrast',
    enc: 'enc-whitfield-ip1',
    by: 'prv-farouk',
    at: '2025-05-19T17:20',
    written: '2025-05-19T17:55',
    sign: '2025-05-19T17:58',
    body: `
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST
CLINICAL INDICATION: Abdominal distension, vomiting, prior abdominal surgery. Evaluate for bowel obstruction.
TECHNIQUE: 90 mL iohexol 350 IV, portal venous phase; multiplanar reformats. No oral contrast.
COMPARISON: None available.

FINDINGS:
Bowel: Dilated fluid-filled proximal and mid small bowel loops to 3.6 cm with air-fluid levels. Transition point in the right lower quadrant near the cecum, with angulation of a distal ileal loop adjacent to the anterior abdominal wall, without a mass or hernia - likely an adhesive band. Small bowel feces sign just proximal to the transition. Distal ileum decompressed. Gas and stool present throughout the colon. Normal bowel wall enhancement; no pneumatosis, portal venous gas, mesenteric swirl or closed-loop configuration. Trace free fluid in the pelvis. No free air.
Surgical changes of prior hysterectomy; appendix surgically absent.
Liver, gallbladder, pancreas, spleen, adrenals and kidneys: unremarkable. Atherosclerotic calcification of the aorta. Degenerative change of the lumbar spine.

IMPRESSION:
Partial (incomplete) small bowel obstruction with a right lower quadrant transition point, most consistent with an adhesive band. No CT signs of ischemia or closed loop.
Discussed with Dr. Brennan at 17:56.
`,
  });

  doc(p, {
    id: 'doc-whitfield-nursing',
    type: 'nursing-note',
    title: 'Nursing Note - NG Tube Insertion',
    enc: 'enc-whitfield-ip1',
    by: 'prv-santos',
    at: '2025-05-19T18:00',
    written: '2025-05-19T18:25',
    sign: '2025-05-19T18:27',
    body: `
Procedure explained to patient (speaking on her right side, hard of hearing on the left); verbal consent obtained.
18:00 16 Fr nasogastric tube inserted via the right naris after viscous lidocaine, measured NEX 58 cm, taped at 60 cm. Patient tolerated with gagging only. Immediate return of 600 mL dark green bilious fluid.
Placement: aspirate pH 4; portable abdominal X-ray obtained at 18:15 - tip in the gastric body per Dr. Brennan's review. Connected to low intermittent suction.
18:20 Total NG output 900 mL bilious. Abdomen less tense, patient reports relief of nausea.
Vitals: BP 142/84, HR 92, SpO2 97% RA.
IV: 20 g left forearm, LR with KCl 20 mEq/L at 125 mL/h running; KCl 10 mEq IV x4 hourly started 18:30 via pump.
Oral care and nares care provided. Call light in reach, bed low, fall precautions.
`,
  });

  doc(p, {
    id: 'doc-whitfield-orders',
    type: 'physician-orders',
    title: 'Order Log - General Surgery',
    enc: 'enc-whitfield-ip1',
    by: 'prv-brennan',
    at: '2025-05-19T16:30',
    written: '2025-05-23T09:15',
    sign: '2025-05-23T09:20',
    body: `
ORDER LOG, INPATIENT STAY 05/19/2025 - 05/23/2025
Allergies: Erythromycin (GI intolerance).

${orderSheet(p, ['ord-whitfield-01', 'ord-whitfield-02', 'ord-whitfield-03', 'ord-whitfield-04', 'ord-whitfield-05', 'ord-whitfield-06', 'ord-whitfield-07', 'ord-whitfield-08'])}
`,
  });

  doc(p, {
    id: 'doc-whitfield-labs',
    type: 'laboratory-report',
    title: 'Laboratory Report - Cumulative (Inpatient)',
    enc: 'enc-whitfield-ip1',
    by: 'prv-ostrowski',
    at: '2025-05-19T17:00',
    written: '2025-05-22T05:50',
    sign: '2025-05-22T05:50',
    body: `
Performing laboratory: Riverside General Hospital Clinical Laboratory. Laboratory director: Paul Ostrowski, MD.
${labTable(p, labIds)}
`,
  });

  doc(p, {
    id: 'doc-whitfield-xr-0520',
    type: 'radiology-report',
    title: 'XR Abdomen 1 View - 8-hour Water-Soluble Contrast Film',
    enc: 'enc-whitfield-ip1',
    by: 'prv-farouk',
    at: '2025-05-20T14:00',
    written: '2025-05-20T14:25',
    sign: '2025-05-20T14:27',
    body: `
EXAM: XR ABDOMEN 1 VIEW (SUPINE)
CLINICAL INDICATION: Small bowel obstruction; 8 hours after 100 mL diatrizoate via NG tube (given 06:00).
COMPARISON: CT 05/19/2025; NG placement film 05/19/2025.

FINDINGS: Enteric tube tip in the gastric body. Oral contrast has reached the cecum, ascending and transverse colon. Residual contrast in a few mildly dilated mid small bowel loops (up to 3.0 cm, decreased from 3.6 cm). No free air on this supine view.

IMPRESSION: Contrast in the colon at 8 hours - predicts resolution of the partial small bowel obstruction with nonoperative management.
`,
  });

  doc(p, {
    id: 'doc-whitfield-pn-0520',
    type: 'progress-note',
    title: 'General Surgery Progress Note',
    enc: 'enc-whitfield-ip1',
    by: 'prv-brennan',
    at: '2025-05-20T16:00',
    written: '2025-05-20T16:30',
    sign: '2025-05-20T16:35',
    body: `
HOSPITAL DAY 2

SUBJECTIVE: Much less crampy pain. No vomiting since NG placed. Passed flatus twice this afternoon.

OBJECTIVE: T 37.0, BP 136/80, HR 80. NG output 1,250 mL over 24 h, now lighter green; 150 mL in the last 6 hours.
Abdomen softer, mildly distended, nontender, bowel sounds present.
Labs: potassium 3.4 (3.1), BUN 24, creatinine 0.9.
8-hour contrast film: contrast in the colon.

ASSESSMENT AND PLAN:
Partial adhesive small bowel obstruction, resolving with nonoperative management; contrast challenge positive for passage.
- Clamp trial of NG tonight; remove in the morning if residual less than 200 mL and no nausea; then clears.
- Dehydration and hypokalemia improving; continue LR with KCl, recheck BMP in AM.
- Continue holding HCTZ.
`,
  });

  doc(p, {
    id: 'doc-whitfield-pn-0521',
    type: 'progress-note',
    title: 'General Surgery Progress Note',
    enc: 'enc-whitfield-ip1',
    by: 'prv-brennan',
    at: '2025-05-21T08:00',
    written: '2025-05-21T08:20',
    sign: false,
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Tolerated NG clamping overnight without nausea. Small bowel movement at 05:30. Hungry.

OBJECTIVE: Afebrile. BP 132/78, HR 76. NG residual 80 mL at 06:00 - NG removed 08:10.
Abdomen soft, nondistended, nontender, normal bowel sounds.
Potassium 3.9, BUN 17.

ASSESSMENT AND PLAN:
Partial adhesive SBO, resolved.
- Clear liquids today, advance to full liquids this evening and soft diet tomorrow.
- Reduce IV fluids to 75 mL/h, saline-lock when drinking well.
- Ambulate in hall. Anticipate discharge 05/22-05/23. Discussed low-residue diet and warning signs of recurrence.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 14. Anthony Joseph Russo ("Tony") - left lower leg cellulitis: ED (oral antibiotics), then
//     admission after outpatient failure. In-hospital fall with eyebrow laceration (not POA).
//     Discharge summary dictated but never signed.
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-russo-anthony',
    mrn: '0069350',
    name: { family: 'Russo', given: ['Anthony', 'Joseph'] },
    aliases: [{ kind: 'nickname', given: 'Tony' }],
    birthDate: '1968-08-14',
    sex: 'male',
    address: { line: ['3300 Ridgeway Road'], city: 'Millbrook', state: 'OH', postalCode: '45503', country: 'US' },
    phone: '(937) 555-0195',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '2278' },
      { type: 'insurance-member', value: 'LHA-77310452', issuer: 'Lakeshore Health Alliance' },
    ],
    alerts: [
      { kind: 'administrative', text: 'Bariatric equipment: bed, wheelchair, XL blood pressure cuff' },
      { kind: 'clinical', text: 'Fall risk - in-hospital fall 08/05/2025' },
    ],
  });
  encounter(p, {
    id: 'enc-russo-ed1',
    accountNumber: 'RG25007395',
    class: 'emergency',
    admittedAt: '2025-07-30T18:40',
    dischargedAt: '2025-07-30T21:15',
    attendingId: 'prv-adeyemi',
    service: 'Emergency Medicine',
    location: 'ED Bay 10',
    reasonForVisit: 'Red, swollen, painful left lower leg',
    admitSource: 'self',
    dischargeDisposition: 'home',
  });
  encounter(p, {
    id: 'enc-russo-ip1',
    accountNumber: 'RG25007488',
    class: 'inpatient',
    admittedAt: '2025-08-04T11:10',
    dischargedAt: '2025-08-07T13:30',
    attendingId: 'prv-okafor',
    service: 'Hospital Medicine',
    location: '5 West, Rm 526 (bariatric)',
    reasonForVisit: 'Cellulitis of left leg not improving on oral antibiotics',
    admitSource: 'physician-referral',
    dischargeDisposition: 'home',
  });

  allergy(p, {
    id: 'alg-russo-vanco',
    substance: 'Vancomycin',
    category: 'medication',
    reaction: 'Flushing and pruritus of face and neck with rapid infusion (infusion reaction)',
    severity: 'mild',
    recordedAt: '2025-07-30T18:50',
  });

  problem(p, {
    id: 'prob-russo-cell',
    description: 'Cellulitis of left lower leg (07-08/2025)',
    status: 'resolved',
    onset: '2025-07-28',
    recordedAt: '2025-07-30T19:10',
    encounterId: 'enc-russo-ed1',
  });
  problem(p, {
    id: 'prob-russo-dm',
    description: 'Type 2 diabetes mellitus with diabetic peripheral polyneuropathy',
    status: 'active',
    onset: '2011-01-01',
    recordedAt: '2025-07-30T19:10',
  });
  problem(p, { id: 'prob-russo-obes', description: 'Obesity, class 3 (BMI 42.3)', status: 'active', recordedAt: '2025-07-30T19:10' });
  problem(p, { id: 'prob-russo-htn', description: 'Hypertension', status: 'active', recordedAt: '2025-07-30T19:10' });
  problem(p, { id: 'prob-russo-hld', description: 'Hyperlipidemia', status: 'active', recordedAt: '2025-08-04T13:00' });
  problem(p, {
    id: 'prob-russo-tinea',
    description: 'Tinea pedis, left foot (interdigital)',
    status: 'active',
    onset: '2025-07-15',
    recordedAt: '2025-07-30T19:10',
  });

  med(p, {
    id: 'med-russo-glargine',
    name: 'Insulin glargine',
    dose: '40 units',
    route: 'SC',
    frequency: 'nightly',
    status: 'discontinued',
    end: '2025-08-05T10:45',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-glargine44',
    name: 'Insulin glargine',
    dose: '44 units',
    route: 'SC',
    frequency: 'nightly',
    status: 'active',
    start: '2025-08-05T21:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-russo-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-metformin',
    name: 'Metformin',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'twice daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-gaba',
    name: 'Gabapentin',
    dose: '300 mg',
    route: 'PO',
    frequency: 'three times daily',
    status: 'discontinued',
    end: '2025-08-05T03:50',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-gaba-hs',
    name: 'Gabapentin',
    dose: '300 mg',
    route: 'PO',
    frequency: 'at bedtime',
    status: 'active',
    start: '2025-08-05T21:00',
    prescriberId: 'prv-reyes',
    encounterId: 'enc-russo-ip1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-lisinopril',
    name: 'Lisinopril',
    dose: '20 mg',
    route: 'PO',
    frequency: 'daily',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-atorva',
    name: 'Atorvastatin',
    dose: '40 mg',
    route: 'PO',
    frequency: 'nightly',
    status: 'active',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-cephalexin1',
    name: 'Cephalexin',
    dose: '500 mg',
    route: 'PO',
    frequency: 'four times daily x7 days',
    status: 'discontinued',
    start: '2025-07-30T21:00',
    end: '2025-08-04T11:10',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-russo-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-clotrimazole',
    name: 'Clotrimazole 1% cream',
    dose: 'thin layer',
    route: 'topical',
    frequency: 'twice daily between toes x4 weeks',
    status: 'active',
    start: '2025-07-30T21:00',
    prescriberId: 'prv-adeyemi',
    encounterId: 'enc-russo-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-russo-cefazolin',
    name: 'Cefazolin',
    dose: '2 g',
    route: 'IV',
    frequency: 'every 8 hours',
    status: 'completed',
    start: '2025-08-04T13:30',
    end: '2025-08-06T13:30',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-russo-ip1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-russo-cephalexin2',
    name: 'Cephalexin',
    dose: '1000 mg',
    route: 'PO',
    frequency: 'four times daily through 08/13/2025',
    status: 'completed',
    start: '2025-08-06T18:00',
    end: '2025-08-13T21:00',
    prescriberId: 'prv-okafor',
    encounterId: 'enc-russo-ip1',
    setting: 'outpatient',
  });

  results(p, 'russo-ed', 'enc-russo-ed1', '2025-07-30T18:55', '2025-07-30T19:40', 'ED labs', [
    ['WBC', 10.8, 'x10^3/uL', 4.0, 11.0],
    ['Glucose', 214, 'mg/dL', 70, 99, 'H'],
    ['Creatinine', 0.96, 'mg/dL', 0.7, 1.3],
    ['C-reactive protein', 38, 'mg/L', undefined, 10, 'H'],
  ]);
  results(p, 'russo-adm', 'enc-russo-ip1', '2025-08-04T11:40', '2025-08-04T12:40', 'Admission labs', [
    ['WBC', 13.9, 'x10^3/uL', 4.0, 11.0, 'H'],
    ['Neutrophils', 82, '%', 40, 75, 'H'],
    ['Hemoglobin', 13.8, 'g/dL', 13.5, 17.5],
    ['Platelets', 260, 'x10^3/uL', 150, 400],
    ['C-reactive protein', 96, 'mg/L', undefined, 10, 'H'],
    ['Creatinine', 1.01, 'mg/dL', 0.7, 1.3],
    ['Glucose', 248, 'mg/dL', 70, 99, 'H'],
    ['Lactate', 1.5, 'mmol/L', 0.5, 2.0],
    ['Hemoglobin A1c', 8.9, '%', 4.0, 5.6, 'H'],
    ['MRSA nasal PCR', 'Not detected', undefined, undefined, undefined, undefined, 'Not detected'],
  ]);
  results(p, 'russo-bcx', 'enc-russo-ip1', '2025-08-04T11:45', '2025-08-09T12:00', 'Blood cultures x2', [
    ['Blood culture x2', 'No growth at 5 days', undefined, undefined, undefined, undefined, 'No growth'],
  ]);
  results(p, 'russo-0806', 'enc-russo-ip1', '2025-08-06T05:00', '2025-08-06T06:10', 'Morning labs', [
    ['WBC', 9.1, 'x10^3/uL', 4.0, 11.0],
    ['C-reactive protein', 41, 'mg/L', undefined, 10, 'H'],
    ['Glucose', 172, 'mg/dL', 70, 99, 'H'],
  ]);

  order(p, {
    id: 'ord-russo-01',
    enc: 'enc-russo-ip1',
    cat: 'admission',
    text: 'Admit to inpatient, Hospital Medicine (Dr. Okafor), 5 West bariatric room. Cellulitis left leg failing oral therapy. Full code.',
    at: '2025-08-04T11:10',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-russo-02',
    enc: 'enc-russo-ip1',
    cat: 'medication',
    text: 'Cefazolin 2 g IV every 8 hours (no vancomycin - infusion reaction; MRSA nares pending). Insulin glargine 40 units nightly plus lispro correction; continue metformin, lisinopril, atorvastatin; gabapentin 300 mg TID. Enoxaparin 40 mg SC every 12 hours (BMI over 40).',
    at: '2025-08-04T11:20',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-russo-03',
    enc: 'enc-russo-ip1',
    cat: 'imaging',
    text: 'Venous duplex ultrasound left lower extremity - rule out DVT.',
    at: '2025-08-04T11:20',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-russo-04',
    enc: 'enc-russo-ip1',
    cat: 'nursing',
    text: 'Elevate left leg; mark erythema borders each shift; bariatric bed; fall precautions (Morse 45).',
    at: '2025-08-04T11:20',
    by: 'prv-okafor',
    status: 'completed',
  });
  order(p, {
    id: 'ord-russo-05',
    enc: 'enc-russo-ip1',
    cat: 'imaging',
    text: 'CT head without contrast STAT - fall with head strike.',
    at: '2025-08-05T02:48',
    by: 'prv-reyes',
    status: 'completed',
    mode: 'verbal',
    auth: '2025-08-05T07:10',
  });
  order(p, {
    id: 'ord-russo-06',
    enc: 'enc-russo-ip1',
    cat: 'nursing',
    text: 'Post-fall: neuro checks every 1 h x4 then every 4 h x24 h; bed alarm; non-slip socks; assist x1 to bathroom; reduce gabapentin to 300 mg at bedtime only.',
    at: '2025-08-05T03:50',
    by: 'prv-reyes',
    status: 'completed',
  });
  order(p, {
    id: 'ord-russo-07',
    enc: 'enc-russo-ip1',
    cat: 'medication',
    text: 'Stop cefazolin after 13:30 dose 08/06; cephalexin 1,000 mg PO four times daily from 18:00 through 08/13/2025.',
    at: '2025-08-06T09:30',
    by: 'prv-okafor',
    status: 'completed',
  });

  procedure(p, {
    id: 'proc-russo-lac',
    encounterId: 'enc-russo-ip1',
    description: 'Simple repair of 2.0 cm laceration of left eyebrow, 5 interrupted sutures',
    performedAt: '2025-08-05T03:40',
    performerId: 'prv-reyes',
  });

  doc(p, {
    id: 'doc-russo-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-russo-ed1',
    by: 'prv-adeyemi',
    at: '2025-07-30T18:45',
    written: '2025-07-30T21:00',
    sign: '2025-07-30T21:30',
    body: `
CHIEF COMPLAINT: Left leg red and swollen for 2 days.

HISTORY OF PRESENT ILLNESS:
56-year-old man with type 2 diabetes with peripheral neuropathy, hypertension and obesity notes redness, warmth and swelling of the left shin spreading over 2 days, with aching pain. Itchy peeling skin between the left toes for a few weeks. No fever, chills, trauma, insect bite, prior cellulitis, DVT or recent travel.

PAST MEDICAL HISTORY: Type 2 diabetes (insulin glargine and metformin) with peripheral neuropathy; hypertension; hyperlipidemia.
MEDICATIONS: Insulin glargine 40 units nightly, metformin 1000 mg BID, gabapentin 300 mg TID, lisinopril 20 mg daily, atorvastatin 40 mg nightly.
ALLERGIES: Vancomycin - flushing and itching with infusion (2019).
SOCIAL: Long-haul truck dispatcher (desk job). Never smoker. Rare alcohol.

EXAM:
T 37.6, HR 94, BP 146/88, RR 16, SpO2 97%. Height 178 cm, weight 134 kg, BMI 42.3.
Left anterior and lateral lower leg: 14 x 10 cm area of warm, tender, blanching erythema with indistinct borders from the ankle to mid-shin, non-pitting edema. No fluctuance, crepitus, bullae or necrosis. Bedside ultrasound: cobblestoning without a fluid collection. Left foot: maceration and scaling in the 3rd-4th and 4th-5th web spaces. Pulses palpable. Monofilament sensation absent at both forefeet (known neuropathy).
Right leg normal.

ED COURSE: WBC 10.8, CRP 38, glucose 214, creatinine 0.96. Borders marked with skin marker.

ASSESSMENT:
1. Non-purulent cellulitis of the left lower leg, mild, without systemic toxicity.
2. Tinea pedis, left interdigital - likely portal of entry.
3. Type 2 diabetes with diabetic polyneuropathy; hyperglycemia today.
4. Class 3 obesity, BMI 42.3.

PLAN/DISPOSITION: Cephalexin 500 mg PO four times daily for 7 days; clotrimazole cream between toes twice daily; elevation. Return in 48 hours or sooner if redness spreads past the marked line, fever, or worsening pain. PCP follow-up in 2-3 days. Discharged home.
`,
  });

  doc(p, {
    id: 'doc-russo-hp',
    type: 'history-and-physical',
    title: 'Hospital Medicine Admission History and Physical',
    enc: 'enc-russo-ip1',
    by: 'prv-okafor',
    at: '2025-08-04T13:00',
    sign: '2025-08-04T14:10',
    body: `
CHIEF COMPLAINT: Leg infection getting worse despite antibiotics.

HISTORY OF PRESENT ILLNESS:
Mr. Russo ("Tony") is a 56-year-old man with type 2 diabetes with peripheral polyneuropathy, class 3 obesity, hypertension and hyperlipidemia, seen in our ED on 07/30 with left lower leg cellulitis and interdigital tinea pedis and discharged on cephalexin 500 mg QID and clotrimazole. Despite 5 days of cephalexin (missed "a few" doses), the redness has spread above the marked line to just below the knee, with fever to 38.3 C at home last night and chills. His PCP saw him this morning and sent him for direct admission.

PAST MEDICAL HISTORY: Type 2 diabetes since 2011 with peripheral polyneuropathy; hypertension; hyperlipidemia; obesity. No prior cellulitis or MRSA.
MEDICATIONS: Insulin glargine 40 units nightly, metformin 1000 mg BID, gabapentin 300 mg TID, lisinopril 20 mg daily, atorvastatin 40 mg nightly, cephalexin 500 mg QID (since 07/30), clotrimazole cream.
ALLERGIES: Vancomycin - infusion reaction (flushing, pruritus).
SOCIAL HISTORY: Lives with wife. Desk job. Never smoker.

REVIEW OF SYSTEMS: Fever, chills, leg pain. No chest pain, dyspnea, calf pain before this illness, urinary symptoms.

PHYSICAL EXAMINATION:
T 38.1 C, HR 102, BP 138/84, RR 18, SpO2 96% RA. Weight 134 kg, BMI 42.3.
Left leg: warm, tender erythema from the dorsum of the foot to 4 cm below the patella, circumferential at mid-shin, extending 6 cm beyond the ED markings; 2+ edema; no fluctuance, bullae, crepitus or pain out of proportion. Interdigital maceration of the left 3rd-5th toes improving. Pedal pulses present. Decreased monofilament sensation both feet.

DATA: WBC 13.9 (82% neutrophils), CRP 96, lactate 1.5, glucose 248, A1c 8.9, creatinine 1.01. MRSA nasal PCR negative. Blood cultures drawn.

ASSESSMENT AND PLAN:
1. Cellulitis of the left lower leg, non-purulent, failing oral cephalexin (likely under-dosed for weight and missed doses). Cefazolin 2 g IV q8h; vancomycin avoided (infusion reaction) and not needed with negative MRSA screen and no purulence. Elevation. Venous duplex to exclude DVT. Mark borders.
2. Tinea pedis, left: continue clotrimazole; keep web spaces dry.
3. Type 2 diabetes with diabetic polyneuropathy, hyperglycemia, A1c 8.9%: glargine 40 units plus correction; continue metformin; PCP to intensify.
4. Class 3 obesity, BMI 42.3: bariatric equipment; enoxaparin 40 mg q12h for VTE prophylaxis.
5. Hypertension, hyperlipidemia: continue home medications.
6. Fall risk: neuropathy, gabapentin, obesity - Morse 45, fall precautions.
Code status: full code.
`,
  });

  doc(p, {
    id: 'doc-russo-duplex',
    type: 'radiology-report',
    title: 'US Venous Duplex, Left Lower Extremity',
    enc: 'enc-russo-ip1',
    by: 'prv-farouk',
    at: '2025-08-04T13:30',
    written: '2025-08-04T14:20',
    sign: '2025-08-04T14:22',
    body: `
EXAM: US VENOUS DUPLEX LOWER EXTREMITY, LEFT
CLINICAL INDICATION: Left leg swelling and erythema (cellulitis); exclude DVT.
COMPARISON: None.

FINDINGS: The left common femoral, femoral, popliteal, posterior tibial and peroneal veins are fully compressible with normal color flow, phasicity and augmentation. Contralateral common femoral vein waveform is phasic. Diffuse subcutaneous edema with a cobblestone pattern in the calf. No fluid collection or abscess. Reactive-appearing left inguinal lymph nodes.

IMPRESSION:
1. No deep venous thrombosis in the left lower extremity.
2. Subcutaneous edema consistent with the clinical diagnosis of cellulitis; no abscess.
`,
  });

  doc(p, {
    id: 'doc-russo-nursing-fall',
    type: 'nursing-note',
    title: 'Nursing Note - Patient Fall',
    enc: 'enc-russo-ip1',
    by: 'prv-santos',
    at: '2025-08-05T02:15',
    written: '2025-08-05T02:50',
    sign: '2025-08-05T02:55',
    body: `
02:15 Heard a thud from room 526. Patient found on the floor of his bathroom, lying on his left side, alert, stating "my foot slid on the wet floor." He had walked to the bathroom alone without calling (bed alarm was not activated after the 00:00 vital signs - addressed with staff). Floor wet near the sink. Patient reports he struck the left side of his forehead on the floor. No loss of consciousness per patient; oriented x3; GCS 15. Pupils equal and reactive.
Injury: 2 cm gaping laceration through the lateral left eyebrow, bleeding controlled with pressure. No other complaints; moving all extremities; no hip or wrist pain.
Not on therapeutic anticoagulation; enoxaparin 40 mg given 21:00.
02:25 Assisted to the bed with bariatric lift and 4 staff. Vital signs: BP 152/90, HR 96, RR 18, SpO2 96% RA, glucose 164.
02:30 Dr. Reyes (night resident) notified; at bedside 02:45. 02:48 verbal order for STAT CT head received and read back.
02:55 Neuro checks initiated. Wife notified by phone at 07:00 per patient's request (did not want her woken).
Fall risk reassessed: Morse 65 (high). Bed alarm on, non-slip socks, urinal at bedside, hourly rounding, sign on door. Patient safety event report filed (#PSE-25-0812). Charge nurse and house supervisor informed.
`,
  });

  doc(p, {
    id: 'doc-russo-ct-head',
    type: 'radiology-report',
    title: 'CT Head without Contrast',
    enc: 'enc-russo-ip1',
    by: 'prv-farouk',
    at: '2025-08-05T03:20',
    written: '2025-08-05T03:41',
    sign: '2025-08-05T03:43',
    body: `
EXAM: CT HEAD WITHOUT CONTRAST
CLINICAL INDICATION: In-hospital fall with head strike, left eyebrow laceration. On prophylactic enoxaparin.
COMPARISON: None.

FINDINGS: No intracranial hemorrhage, extra-axial collection, mass effect or midline shift. Gray-white differentiation preserved. Ventricles and sulci normal for age. Left supraorbital soft tissue swelling with a small skin defect (laceration). No calvarial or orbital rim fracture. Paranasal sinuses and mastoids clear.

IMPRESSION: No acute intracranial abnormality. Left supraorbital soft tissue injury without fracture.
`,
  });

  doc(p, {
    id: 'doc-russo-lac-repair',
    type: 'procedure-note',
    title: 'Procedure Note - Laceration Repair',
    enc: 'enc-russo-ip1',
    by: 'prv-reyes',
    at: '2025-08-05T03:40',
    written: '2025-08-05T04:05',
    sign: '2025-08-05T04:10',
    cosigner: 'prv-okafor',
    cosignAt: '2025-08-05T09:10',
    body: `
PROCEDURE: Simple repair of laceration, left eyebrow, 2.0 cm.
INDICATION: Laceration sustained in a fall in the patient bathroom at 02:15 (see nursing note). CT head negative for intracranial injury or fracture.
CONSENT: Verbal consent after discussion of risks (infection, scarring, eyebrow misalignment).

DESCRIPTION:
2.0 cm linear laceration through the lateral third of the left eyebrow, depth to subcutaneous tissue, no involvement of the eyelid margin, no foreign body, no exposed bone, wound edges clean. Eye exam: visual acuity grossly normal, extraocular movements full, no globe injury.
Anesthesia: 3 mL lidocaine 1% with epinephrine, local infiltration.
Irrigated with 250 mL normal saline under pressure. Eyebrow not shaved. Edges aligned carefully at the eyebrow hairline. Closed with 5 simple interrupted 5-0 nylon sutures. Bacitracin and a nonadherent dressing applied.
Estimated blood loss: less than 5 mL. Complications: none. Patient tolerated well.

Tetanus: Tdap 03/2019 - up to date for a clean minor wound; no booster given.
Aftercare: keep clean and dry 24 hours, then gentle washing; sutures out in 5 days (08/10/2025) at PCP or clinic.

Daniel Reyes, MD, PGY-2 (night float). Procedure performed with attending availability; discussed with Dr. Okafor in the morning.
`,
  });

  doc(p, {
    id: 'doc-russo-pn-0805',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-russo-ip1',
    by: 'prv-okafor',
    at: '2025-08-05T10:00',
    written: '2025-08-05T10:40',
    sign: '2025-08-05T10:45',
    body: `
HOSPITAL DAY 2

EVENTS: At 02:15 the patient slipped on a wet bathroom floor while walking unassisted and struck his left brow, sustaining a 2 cm left eyebrow laceration, repaired by Dr. Reyes (5 sutures). CT head negative. Neuro checks stable. I reviewed the event with the patient and the nursing team this morning.

SUBJECTIVE: Left leg less painful. Sore brow. No headache, vision change or nausea. Afebrile since 22:00.

OBJECTIVE: T 37.4, HR 88, BP 140/84, SpO2 97% RA.
Left leg: erythema receded 3 cm below yesterday's markings, less warm; edema unchanged.
Left eyebrow: sutures intact, no hematoma. Neuro: nonfocal, GCS 15.
Glucose 150-230. Duplex: no DVT.

ASSESSMENT AND PLAN:
1. Cellulitis of the left lower leg, responding to cefazolin (day 2). Continue IV; anticipate oral switch tomorrow. Blood cultures no growth to date.
2. Fall in hospital (patient bathroom, wet floor) with laceration of the left eyebrow, not present on admission - repaired. Risk factors: peripheral neuropathy, sedating medication, walking unassisted on a wet floor. Reduce gabapentin to bedtime only as a precaution; high fall-risk bundle; PT evaluation for gait/assistive device.
3. Tinea pedis: continue clotrimazole.
4. Type 2 diabetes with polyneuropathy: increase glargine to 44 units.
5. Class 3 obesity: bariatric precautions.
`,
  });

  doc(p, {
    id: 'doc-russo-pn-0806',
    type: 'progress-note',
    title: 'Hospital Medicine Progress Note',
    enc: 'enc-russo-ip1',
    by: 'prv-okafor',
    at: '2025-08-06T09:15',
    written: '2025-08-06T09:45',
    sign: '2025-08-06T09:50',
    body: `
HOSPITAL DAY 3

SUBJECTIVE: Leg much better, walking with PT using a cane. No fever for 36 hours.

OBJECTIVE: T 36.9, HR 80, BP 134/80.
Left leg: erythema now limited to the lower half of the shin, well within the ED markings, warmth decreased, edema improving. Eyebrow laceration clean.
Labs: WBC 9.1, CRP 41 (96). Blood cultures no growth at 48 hours.

ASSESSMENT AND PLAN:
1. Cellulitis of left lower leg, improving. Switch to cephalexin 1,000 mg QID (weight-adjusted) after today's 13:30 cefazolin dose, to complete 10 days total (through 08/13). Continue elevation and compression once erythema resolves.
2. Laceration of left eyebrow after in-hospital fall: healing; suture removal 08/10.
3. Fall risk: PT recommends single-point cane; no further falls.
4. Type 2 diabetes with polyneuropathy: glargine 44 units; metformin; diabetes educator visit done.
Plan discharge tomorrow.
`,
  });

  doc(p, {
    id: 'doc-russo-orders',
    type: 'physician-orders',
    title: 'Order Log - Hospital Medicine',
    enc: 'enc-russo-ip1',
    by: 'prv-okafor',
    at: '2025-08-04T11:10',
    written: '2025-08-06T09:30',
    sign: '2025-08-06T09:35',
    body: `
ORDER LOG, INPATIENT STAY BEGINNING 08/04/2025 (printed 08/06/2025)
Allergy: Vancomycin (infusion reaction). Weight 134 kg.

${orderSheet(p, ['ord-russo-01', 'ord-russo-02', 'ord-russo-03', 'ord-russo-04', 'ord-russo-05', 'ord-russo-06', 'ord-russo-07'])}
`,
  });

  doc(p, {
    id: 'doc-russo-ds',
    type: 'discharge-summary',
    title: 'Discharge Summary',
    enc: 'enc-russo-ip1',
    by: 'prv-okafor',
    at: '2025-08-07T13:30',
    written: '2025-08-08T10:15',
    sign: false,
    body: `
ADMISSION DATE: 08/04/2025      DISCHARGE DATE: 08/07/2025
ATTENDING: Adaeze N. Okafor, MD (Hospital Medicine)

PRINCIPAL DIAGNOSIS: Cellulitis of the left lower leg, failed outpatient oral therapy.
SECONDARY DIAGNOSES:
- Tinea pedis, left foot (portal of entry).
- Type 2 diabetes mellitus with diabetic peripheral polyneuropathy, hyperglycemia (A1c 8.9%).
- Obesity, class 3, BMI 42.3.
- Hypertension. Hyperlipidemia.
- Fall in hospital 08/05/2025 (patient bathroom) with 2 cm laceration of the left eyebrow - not present on admission; repaired; CT head negative.

PROCEDURES: 08/05/2025 Simple repair of 2.0 cm left eyebrow laceration (Dr. Reyes). Venous duplex left leg 08/04 negative for DVT; CT head 08/05 negative.

HOSPITAL COURSE:
Admitted from his PCP after cellulitis of the left leg spread despite 5 days of oral cephalexin. Treated with IV cefazolin with steady improvement (WBC 13.9 to 9.1, CRP 96 to 41); MRSA screen and blood cultures negative; duplex negative for DVT. On the night of 08/05 he slipped on a wet bathroom floor while walking unassisted and lacerated his left eyebrow, which was sutured; head CT was negative. Gabapentin reduced to bedtime; PT provided a cane. Switched to oral cephalexin 1 g QID on 08/06.

DISCHARGE MEDICATIONS:
- Cephalexin 1,000 mg PO four times daily through 08/13/2025
- Clotrimazole 1% cream between left toes twice daily for 4 weeks
- Insulin glargine 44 units SC nightly (INCREASED from 40)
- Gabapentin 300 mg PO at bedtime (DECREASED from three times daily)
- Metformin 1000 mg BID; lisinopril 20 mg daily; atorvastatin 40 mg nightly (continue)

FOLLOW-UP: PCP in 3-5 days, suture removal 08/10/2025. Compression stockings when erythema resolves. Podiatry for diabetic foot care.
CONDITION: Improved. Disposition: home with wife; single-point cane.
`,
  });
}

// ---------------------------------------------------------------------------------------------
// 15. Aisha Noor Rahman - right ureteral stone with hydronephrosis, treated and released from
//     the ED. (A name-only stone analysis later arrives as a loose document.)
// ---------------------------------------------------------------------------------------------
{
  const p = patient({
    id: 'pt-rahman-aisha',
    mrn: '0092471',
    name: { family: 'Rahman', given: ['Aisha', 'Noor'] },
    birthDate: '1993-05-21',
    sex: 'female',
    address: { line: ['1418 Parkside Avenue', 'Apt 4'], city: 'Riverside', state: 'OH', postalCode: '45501', country: 'US' },
    phone: '(937) 555-0116',
    language: 'English',
    identifiers: [
      { type: 'ssn-last4', value: '5563' },
      { type: 'insurance-member', value: 'BHP-8841-20375', issuer: 'Buckeye Health Plan' },
    ],
  });
  encounter(p, {
    id: 'enc-rahman-ed1',
    accountNumber: 'RG25008120',
    class: 'emergency',
    admittedAt: '2025-08-23T01:30',
    dischargedAt: '2025-08-23T06:10',
    attendingId: 'prv-whitaker',
    service: 'Emergency Medicine',
    location: 'ED Bay 14',
    reasonForVisit: 'Severe right flank pain, nausea',
    admitSource: 'self',
    dischargeDisposition: 'home',
  });

  problem(p, {
    id: 'prob-rahman-stone',
    description: 'Right ureterovesical junction calculus (5 mm) with mild hydronephrosis (08/2025)',
    status: 'active',
    onset: '2025-08-23',
    recordedAt: '2025-08-23T03:00',
    encounterId: 'enc-rahman-ed1',
  });

  med(p, {
    id: 'med-rahman-ketorolac',
    name: 'Ketorolac',
    dose: '15 mg',
    route: 'IV',
    frequency: 'once',
    status: 'completed',
    start: '2025-08-23T01:55',
    end: '2025-08-23T01:55',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-rahman-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-rahman-ondansetron',
    name: 'Ondansetron',
    dose: '4 mg',
    route: 'IV',
    frequency: 'once',
    status: 'completed',
    start: '2025-08-23T01:55',
    end: '2025-08-23T01:55',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-rahman-ed1',
    setting: 'inpatient',
  });
  med(p, {
    id: 'med-rahman-tamsulosin',
    name: 'Tamsulosin',
    dose: '0.4 mg',
    route: 'PO',
    frequency: 'daily for up to 14 days',
    status: 'completed',
    start: '2025-08-23T06:00',
    end: '2025-09-06T09:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-rahman-ed1',
    setting: 'outpatient',
  });
  med(p, {
    id: 'med-rahman-ibuprofen',
    name: 'Ibuprofen',
    dose: '600 mg',
    route: 'PO',
    frequency: 'every 6 hours as needed with food',
    status: 'completed',
    start: '2025-08-23T06:00',
    end: '2025-09-06T09:00',
    prescriberId: 'prv-whitaker',
    encounterId: 'enc-rahman-ed1',
    setting: 'outpatient',
  });

  results(p, 'rahman-ed', 'enc-rahman-ed1', '2025-08-23T01:45', '2025-08-23T02:30', 'ED labs', [
    ['Urine hCG', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
    ['Urine blood', 'Large', undefined, undefined, undefined, 'A', 'Negative'],
    ['Urine RBC', '>50', '/hpf', 0, 3, 'H'],
    ['Urine WBC', '3-5', '/hpf', 0, 5],
    ['Nitrite', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
    ['Leukocyte esterase', 'Negative', undefined, undefined, undefined, undefined, 'Negative'],
    ['WBC', 10.4, 'x10^3/uL', 4.0, 11.0],
    ['Creatinine', 0.8, 'mg/dL', 0.5, 1.0],
    ['Potassium', 3.9, 'mmol/L', 3.5, 5.1],
  ]);

  procedure(p, {
    id: 'proc-rahman-ct',
    encounterId: 'enc-rahman-ed1',
    description: 'CT abdomen and pelvis without contrast, renal stone protocol',
    performedAt: '2025-08-23T02:30',
    performerId: 'prv-farouk',
  });

  doc(p, {
    id: 'doc-rahman-ed-note',
    type: 'emergency-note',
    title: 'Emergency Department Physician Note',
    enc: 'enc-rahman-ed1',
    by: 'prv-whitaker',
    at: '2025-08-23T01:35',
    written: '2025-08-23T05:50',
    sign: '2025-08-23T06:20',
    body: `
CHIEF COMPLAINT: Right flank pain.

HISTORY OF PRESENT ILLNESS:
32-year-old woman woke at 00:30 with sudden severe colicky right flank pain radiating to the right groin, 10/10, with nausea and two episodes of vomiting. Noticed pink urine. No fever, dysuria or vaginal discharge. LMP 08/10/2025, regular. No prior stones. Drinks little water at work (pharmacy technician, long shifts).

PAST MEDICAL HISTORY: None. PAST SURGICAL HISTORY: None.
MEDICATIONS: Oral contraceptive (norgestimate-ethinyl estradiol).
ALLERGIES: NKDA.
SOCIAL: Never smoker, no alcohol.
FAMILY HISTORY: Father with kidney stones.

EXAM: T 36.8, HR 104, BP 138/86, RR 20, SpO2 99%.
Writhing, unable to find a comfortable position. Right CVA tenderness. Abdomen soft, mild right lower quadrant tenderness without rebound. No pelvic exam indicated.

ED COURSE:
01:55 Ketorolac 15 mg IV, ondansetron 4 mg IV, NS 1 L. Pain 3/10 by 02:40.
Urine hCG negative. UA: large blood, more than 50 RBC/hpf, 3-5 WBC, nitrite and leukocyte esterase negative. Creatinine 0.8, WBC 10.4.
CT abdomen/pelvis without contrast (stone protocol): 5 mm calculus at the right ureterovesical junction with mild right hydronephrosis and hydroureter. No other stones.
05:30 Pain controlled on oral intake, tolerating fluids.

ASSESSMENT: Right ureterovesical junction stone (5 mm) with mild hydronephrosis, uncomplicated (afebrile, no infection, normal renal function).

PLAN/DISPOSITION: Medical expulsive therapy with tamsulosin 0.4 mg daily up to 14 days; ibuprofen 600 mg every 6 hours as needed; ondansetron ODT as needed. Strain urine and save any stone for analysis. Increase fluids to 2.5-3 L/day. Referral to Riverside Urology Associates within 1 week. Return for fever, uncontrolled pain or vomiting. Discharged home with her sister.
`,
  });

  doc(p, {
    id: 'doc-rahman-ct',
    type: 'radiology-report',
    title: 'CT Abdomen and Pelvis without Contrast (Renal Stone Protocol)',
    enc: 'enc-rahman-ed1',
    by: 'prv-farouk',
    at: '2025-08-23T02:30',
    written: '2025-08-23T02:52',
    sign: '2025-08-23T02:55',
    body: `
EXAM: CT ABDOMEN AND PELVIS WITHOUT CONTRAST - LOW-DOSE RENAL STONE PROTOCOL
CLINICAL INDICATION: Acute right flank pain, hematuria. hCG negative.
COMPARISON: None.

FINDINGS:
Right kidney and ureter: 5 x 4 mm calculus (density 980 HU) at the right ureterovesical junction. Mild right hydronephrosis and hydroureter to the level of the stone, with mild perinephric fat stranding. No renal calculi.
Left kidney and ureter: no calculus or hydronephrosis.
Bladder: partially distended, no calculus.
Appendix normal. No free fluid. Uterus and adnexa unremarkable on noncontrast images. Visualized bowel unremarkable. Lung bases clear.

IMPRESSION:
5 mm obstructing calculus at the right ureterovesical junction with mild right hydroureteronephrosis.
`,
  });
}

// =============================================================================================
// LOOSE DOCUMENTS (the Filing queue). Where each belongs is in docs/content/riverside-general.md.
// =============================================================================================

loose({
  id: 'loose-fax-stress-allen',
  receivedAt: '2025-02-06T11:42',
  source: 'Fax - Millbrook Cardiology Associates (937) 555-0344',
  labelledType: 'Cardiology report',
  title: 'Exercise myocardial perfusion study - ALLEN, ROBERT',
  pages: 3,
  text: `
MILLBROOK CARDIOLOGY ASSOCIATES - FAX COVER SHEET
To: Riverside General Hospital - Health Information Management     Fax: (937) 555-0110
From: Medical Records, Millbrook Cardiology Associates               Date: 02/06/2025  11:38
Re: ALLEN, ROBERT - records as requested 02/04/2025                Pages (including cover): 3
CONFIDENTIAL: This facsimile contains protected health information. If you received it in error, notify the sender and destroy it.

--------------------------------------------------------------------------------
MILLBROOK CARDIOLOGY ASSOCIATES - NUCLEAR CARDIOLOGY LABORATORY
1010 Mill Road, Suite 3, Millbrook, OH 45503

EXERCISE MYOCARDIAL PERFUSION IMAGING (Tc-99m sestamibi, 1-day rest/stress)
Patient: ALLEN, ROBERT                 DOB: 04/13/1957            Sex: M
Address: 88 Quarry Rd, Millbrook OH 45503
Chart #: MCA-22817                     Date of study: 01/28/2025
Referring physician: Susan Whitlock, MD (Millbrook Family Practice)
Indication: Dyspnea on exertion; COPD; rule out ischemia.

Protocol: Bruce. Exercised 6:10 min, 7.0 METs; stopped for dyspnea and leg fatigue. Peak HR 134 (87% of predicted). BP 142/82 -> 176/84. No chest pain. SpO2 on 2 L nasal cannula 94% -> 89% at peak.
ECG: sinus rhythm, no ST changes with exercise; rare PVCs.
Perfusion images: normal myocardial perfusion at stress and rest; no fixed or reversible defects. Gated LVEF 61% with normal wall motion. TID ratio 1.02.

IMPRESSION: Normal exercise myocardial perfusion study; no evidence of ischemia or infarction. Low risk. Exercise capacity limited by pulmonary disease.
Interpreting physician: K. Osei, MD, FACC   01/29/2025 (electronically signed)
`,
});

loose({
  id: 'loose-reflab-monroe',
  receivedAt: '2025-05-09T14:05',
  source: 'Tri-County Reference Laboratory (fax)',
  labelledType: 'Laboratory report',
  title: 'Send-out results: C-peptide and GAD-65 antibody',
  pages: 1,
  text: `
TRI-COUNTY REFERENCE LABORATORY
4400 Commerce Parkway, Dayton, OH 45414   CLIA 36D0000001   Client services (800) 555-0147

FINAL REPORT                                                Report date: 05/09/2025 13:52
Client: RIVERSIDE GENERAL HOSPITAL LABORATORY (acct 22019)
Patient: MONROE, KEISHA L                                  DOB: 02/11/1988     Sex: F
Client patient ID (MRN): 0074162                            Client account/visit: RG25004955
Ordering physician: REYES, DANIEL MD / LINDQVIST, ERIK MD
Collected: 05/02/2025 16:00      Received: 05/03/2025 09:20

TEST                          RESULT      FLAG    REFERENCE          UNITS
C-peptide, serum              0.1         L       0.8 - 3.85         ng/mL
  Glucose at collection (client supplied): 298 mg/dL
GAD-65 antibody               48.0        H       < 5.0              IU/mL

Comment: Undetectable-to-low C-peptide with concurrent hyperglycemia and positive GAD-65 antibody is consistent with autoimmune (type 1) diabetes mellitus.
Medical director: R. Kaplan, MD, PhD
`,
});

loose({
  id: 'loose-rchc-letter-bell',
  receivedAt: '2024-11-12T09:30',
  source: 'Fax - Riverside Community Health Center, HIV Clinic',
  sensitivity: ['hiv'],
  labelledType: 'Consultation letter',
  title: 'Clinic letter to Dr. Lindqvist re: Marcus A. Bell',
  pages: 2,
  text: `
RIVERSIDE COMMUNITY HEALTH CENTER - INFECTIOUS DISEASES / HIV CLINIC
415 Third Street, Riverside, OH 45501   Tel (937) 555-0387   Fax (937) 555-0388

*** CONFIDENTIAL: CONTAINS HIV-RELATED INFORMATION PROTECTED UNDER OHIO LAW. FURTHER DISCLOSURE REQUIRES SPECIFIC WRITTEN AUTHORIZATION. ***

November 8, 2024

Erik Lindqvist, MD
Hospital Medicine, Riverside General Hospital

RE: Marcus A. Bell     DOB 10/03/1979     Your MRN 0081239
Date of visit: 11/06/2024

Dear Dr. Lindqvist,

Thank you for referring Mr. Bell after his admission (10/21-10/25/2024) for pneumococcal pneumonia, during which routine screening identified HIV-1 infection. I saw him on 11/06/2024. He has recovered from the pneumonia, completed amoxicillin and is back at work.

Baseline: CD4 612 cells/uL (31%), HIV-1 RNA 18,400 copies/mL (your labs); genotype resistance testing sent 11/06 - pending. HLA-B*5701 negative. Hepatitis B surface antigen and antibody negative (hepatitis B vaccine series started today); hepatitis C antibody negative; RPR nonreactive. Creatinine 0.98, lipids normal.

Assessment: HIV-1 infection, asymptomatic (CDC stage 1), newly diagnosed.
Plan: Started bictegravir/emtricitabine/tenofovir alafenamide one tablet daily on 11/06/2024 (rapid start). Reviewed adherence and U=U. Partner services referral completed with his consent. No opportunistic infection prophylaxis needed at this CD4 count. He continues to smoke; nicotine replacement renewed. Follow-up in 4 weeks with viral load.

He has asked that we remain his primary care home. Please send future records to our clinic.

Sincerely,
Priya Raman, MD (signed)
Infectious Diseases
`,
});

loose({
  id: 'loose-scan-anes-consent-brooks',
  receivedAt: '2025-04-07T10:15',
  source: 'Scanning queue - 6 South unit clerk (paper chart remnants)',
  labelledType: 'Consent',
  title: 'Consent for anesthesia services (paper form)',
  pages: 1,
  text: `
[PATIENT LABEL]  BROOKS, TYLER J      MRN 0088305      ACCT RG25003309
                 DOB 07/19/2001   M   ADM 04/05/2025   ATT: BRENNAN, S

RIVERSIDE GENERAL HOSPITAL - DEPARTMENT OF ANESTHESIOLOGY
CONSENT FOR ANESTHESIA SERVICES

Planned procedure: Laparoscopic appendectomy         Date: 04/05/2025
Planned anesthesia: [X] General   [ ] Regional   [ ] Monitored anesthesia care   [ ] Spinal/epidural

I understand that anesthesia involves risks including, but not limited to: sore throat, hoarseness, damage to teeth, lips or eyes, nausea and vomiting, awareness under anesthesia, allergic or unexpected drug reactions, aspiration, nerve injury, heart attack, stroke, brain damage and death. Alternatives have been explained. I consent to the anesthesia plan and to changes in the plan that the anesthesiologist judges necessary.

Patient signature: Tyler J Brooks (signed)                          Date/time: 04/05/2025 08:35
Anesthesiologist: Janet L. Moore, MD (signed)                       Date/time: 04/05/2025 08:35
Interpreter: not required
`,
});

loose({
  id: 'loose-stone-analysis-rahman',
  receivedAt: '2025-09-10T16:20',
  source: 'Fax - Midwest Stone Analysis Laboratory',
  labelledType: 'Lab report',
  title: 'Calculus analysis - RAHMAN',
  pages: 1,
  text: `
MIDWEST STONE ANALYSIS LABORATORY - FAX
To: Riverside General Hospital, Medical Records     Fax (937) 555-0110
"Copy to hospital per submitting office"

CALCULUS ANALYSIS (infrared spectroscopy)
Patient name: RAHMAN
Date of birth: ____________          Patient ID: (not provided)
Submitting office: Riverside Urology Associates
Specimen: calculus, passed       Collected: 09/02/2025      Received: 09/05/2025

Weight: 18 mg.  Size: 4 x 3 mm.  Color: brown.
Composition: calcium oxalate monohydrate 80%, calcium oxalate dihydrate 20%.

Comment: Calcium oxalate stone. Consider 24-hour urine metabolic evaluation if recurrent.
Reviewed by: L. Fernandes, PhD, laboratory director   09/09/2025
`,
});

loose({
  id: 'loose-outside-gi-pruitt',
  receivedAt: '2025-06-02T13:05',
  source: 'Fax - Millbrook Digestive Health',
  labelledType: 'Outside records',
  title: 'EGD report 03/15/2021 - PRUITT, EVELYN R',
  pages: 2,
  text: `
MILLBROOK DIGESTIVE HEALTH - RELEASE OF INFORMATION
To: Riverside General Hospital / Riverside Surgical Associates     Date sent: 06/02/2025
RE: PRUITT, EVELYN R     DOB 12/05/1958     Records per your request of 05/29/2025

--------------------------------------------------------------------------------
MILLBROOK DIGESTIVE HEALTH ENDOSCOPY CENTER
PROCEDURE REPORT: Esophagogastroduodenoscopy
Patient: PRUITT, EVELYN R          DOB: 12/05/1958          Account: MDH-0048821
Date of procedure: 03/15/2021      Endoscopist: G. Albright, MD
Indication: Heartburn despite over-the-counter antacids; screening for Barrett esophagus.
Sedation: propofol (monitored anesthesia care).

Findings: LA grade A esophagitis in the distal esophagus. Z-line regular at 38 cm. 2 cm sliding hiatal hernia. Stomach normal; biopsies for H. pylori taken. Duodenum normal.
Pathology (03/17/2021): gastric biopsies with mild chronic inactive gastritis, negative for H. pylori; distal esophagus not biopsied.

Impression: Mild reflux esophagitis, small hiatal hernia. Recommend omeprazole 20 mg daily and lifestyle measures. No surveillance needed.
Electronically signed: G. Albright, MD   03/17/2021
`,
});

loose({
  id: 'loose-ems-thornton',
  receivedAt: '2025-02-17T12:30',
  source: 'Riverside Fire & EMS - ePCR printout left by crew',
  labelledType: 'EMS run report',
  title: 'Prehospital patient care report - Thornton, Bill',
  pages: 2,
  text: `
RIVERSIDE FIRE & EMS - PATIENT CARE REPORT (ePCR)
Incident #: 25-004412      Unit: Medic 3      Date: 02/17/2025
Dispatched 06:41   On scene 06:49   Depart scene 07:28   At destination 07:50 (Riverside General ED)

PATIENT: THORNTON, BILL       DOB: 05/30/1949   Age: 75   Sex: M
Address: 1509 Elm St, Riverside OH 45502      Phone: (937) 555-0176
Insurance per family: Medicare

CHIEF COMPLAINT: Fall, right hip pain.
NARRATIVE: Found lying on kitchen floor on his right side, alert and oriented x4. States he caught his foot on a throw rug at about 06:30 and fell; denies head strike, LOC, dizziness or chest pain. Right leg shortened and externally rotated, severe pain with movement. Distal pulses and sensation intact. No anticoagulants. Wife on scene.
VITALS: 06:52 BP 172/94 HR 96 RR 20 SpO2 96% RA GCS 15 | 07:20 BP 160/88 HR 90 RR 18 SpO2 97% pain 5/10.
TREATMENT: 20 g IV left forearm 07:05. Fentanyl 50 mcg IV 07:12 (pain 9/10 -> 5/10). Scoop stretcher with pillows under right knee; moved to cot.
MEDICATIONS (per wife): amlodipine, levothyroxine, tamsulosin, simvastatin. ALLERGIES: morphine ("makes him see things").
Transfer of care to ED RN at 07:55 with verbal report.
Crew: P. Hollis, Paramedic (signed); D. Ruiz, EMT-B
`,
});

loose({
  id: 'loose-snf-transfer-doyle',
  receivedAt: '2025-04-22T19:30',
  source: 'Maple Grove Nursing & Rehabilitation (sent with patient)',
  labelledType: 'Transfer form',
  title: 'Interfacility transfer form - Doyle, Peggy',
  pages: 4,
  text: `
MAPLE GROVE NURSING & REHABILITATION - INTERFACILITY TRANSFER FORM
300 Maple Grove Drive, Riverside, OH 45502   Nurses' station (937) 555-0421

Resident: DOYLE, MARGARET "PEGGY"         DOB: 08/22/1941         Room: 114B
Admitted to facility: 12/09/2024 (short-term rehab), long-term care since 01/06/2025
Transfer date/time: 04/22/2025 17:20      To: Riverside General Hospital ED / direct admission, Dr. Okafor
Facility physician: J. Park, MD

REASON FOR TRANSFER: Coughing and choking on thin liquids at supper 04/21; fever 38.9 C overnight; RR 28; SpO2 86% on room air, 91% on 4 L/min.
CODE STATUS: DNR/DNI - POLST (12/03/2024) copy attached. Health care agent: Eileen Kerrigan (daughter) (937) 555-0434.
ALLERGIES: Codeine (nausea/vomiting), sulfa (rash).
DIAGNOSES: Chronic systolic heart failure, permanent atrial fibrillation, CKD stage 3b, hypertension, hypothyroidism.
CURRENT MEDICATIONS (MAR): furosemide 60 mg daily; potassium chloride ER 20 mEq daily; carvedilol 6.25 mg BID; losartan 25 mg daily; apixaban 2.5 mg BID (last dose 04/22 08:00); levothyroxine 50 mcg daily.
DIET: Regular texture, thin liquids (speech therapy evaluation requested 04/21, not yet done).
FUNCTION: Wheelchair for distance, stand-pivot transfer with 1 assist. Oriented to person and place.
SKIN: Sacral pressure injury (stage 2, from hospital 12/2024) HEALED 02/11/2025. Skin intact today.
LAST VITALS 17:00: T 38.6 C, BP 108/60, HR 110 irregular, RR 28, SpO2 91% on 4 L.
Belongings sent: glasses, hearing aid (right), wedding ring.
Sending nurse: T. Willis, LPN (signed)   Report called to 5 West RN at 17:10.
`,
});

loose({
  id: 'loose-rehab-ds-greene',
  receivedAt: '2025-04-15T10:00',
  source: 'Fax - Valley Inpatient Rehabilitation Hospital',
  labelledType: 'Discharge summary',
  title: 'Rehabilitation discharge summary - Greene, Harold E',
  pages: 3,
  text: `
VALLEY INPATIENT REHABILITATION HOSPITAL
2700 Valley Pike, Riverside, OH 45502   Fax (937) 555-0455

DISCHARGE SUMMARY
Patient: GREENE, HAROLD E          DOB: 09/09/1944          VIRH #: 55-10237
Admitted: 03/21/2025 (from Riverside General Hospital)          Discharged: 04/11/2025
Attending physiatrist: C. Mbeki, MD
cc: Adaeze N. Okafor, MD (Riverside General); Ruth E. Goldberg, MD (Stroke Clinic); PCP

REHABILITATION DIAGNOSIS: Left MCA ischemic stroke (03/16/2025) with right hemiparesis (dominant), expressive aphasia and oropharyngeal dysphagia.
COMORBIDITIES: Atrial fibrillation on apixaban; hypertension; hyperlipidemia.

COURSE: Three hours of therapy daily, 5 days a week. Mobility improved from moderate assistance to independent household ambulation with a straight cane; stairs with a rail and supervision. Right grip improved; independent with feeding and grooming, supervision for dressing. Speech: fluent short sentences with mild word-finding pauses. Swallow: repeat modified barium swallow 04/07 - advanced to regular diet with thin liquids.
Rate controlled on metoprolol succinate 50 mg; apixaban 5 mg BID without bleeding. BP 124-138/70-80.

DISCHARGE MEDICATIONS: Apixaban 5 mg BID; metoprolol succinate 50 mg daily; rosuvastatin 40 mg nightly; lisinopril 20 mg daily.
DISPOSITION: Home with wife; outpatient speech, occupational and physical therapy at Riverside Outpatient Rehab. No driving until cleared by neurology.
FOLLOW-UP: Stroke Clinic (Dr. Goldberg) 05/02/2025; cardiology 04/2025.
Electronically signed: C. Mbeki, MD   04/11/2025
`,
});

loose({
  id: 'loose-misdirected-ortiz',
  receivedAt: '2025-07-08T08:55',
  source: 'Fax - Summit Cardiology Group',
  labelledType: 'Consult note',
  title: 'Cardiology consult note - Ortiz, Carmen',
  pages: 2,
  text: `
SUMMIT CARDIOLOGY GROUP - FAX
To: RIVERSIDE REGIONAL MEDICAL CENTER - Medical Records, Columbus OH     Fax (614) 555-0199
From: Summit Cardiology Group, Columbus OH                                Date: 07/08/2025
Pages: 2
CONFIDENTIALITY NOTICE: If you are not the intended recipient, please notify the sender at (614) 555-0120 and destroy this document.

CARDIOLOGY CONSULTATION
Patient: ORTIZ, CARMEN L        DOB: 11/30/1971        Summit MRN: SCG-771204
Date of visit: 07/03/2025       Consultant: D. Feld, MD
Reason: Palpitations.
History: 53-year-old woman with two months of intermittent palpitations, no syncope. Holter (06/2025): frequent PACs, one 6-beat run of SVT. Echo normal, EF 60%.
Assessment: Symptomatic PACs and brief paroxysmal SVT. Plan: metoprolol succinate 25 mg daily; limit caffeine; follow up 3 months; consider ablation if symptoms persist.
Electronically signed: D. Feld, MD   07/03/2025
`,
});

loose({
  id: 'loose-lab-allen-lipid',
  receivedAt: '2025-02-03T15:10',
  source: 'Tri-County Reference Laboratory - Patient Service Center Riverside North (fax)',
  labelledType: 'Laboratory report',
  title: 'Lipid panel - ALLEN, ROBERT J',
  pages: 1,
  text: `
TRI-COUNTY REFERENCE LABORATORY
Patient Service Center - Riverside North, 2150 North Main Street, Riverside, OH 45501

FINAL REPORT                                               Report date: 01/31/2025 09:12
Patient: ALLEN, ROBERT J                  DOB: 03/14/1957          Sex: M
Address: 412 Birch Ln, Riverside OH 45501
Ordering provider: Anna Kowalski, APRN - Riverside Heart Center (order dated 12/12/2024)
Collected: 01/30/2025 07:40 (fasting 12 h)

TEST                        RESULT     FLAG    REFERENCE      UNITS
Cholesterol, total          128                < 200          mg/dL
Triglycerides               142                < 150          mg/dL
HDL cholesterol             38         L       >= 40          mg/dL
LDL cholesterol (calc)      62         H*      < 55 (goal)    mg/dL
Non-HDL cholesterol         90                 < 130          mg/dL
*Flag relative to the goal entered by the ordering provider (very high ASCVD risk).
`,
});

// =============================================================================================
// HIM TASKS AND ANSWER KEYS (pack format version 2)
// Four kinds of work on the charts above: file the loose documents, answer requests for records,
// analyse discharged records for deficiencies, and code encounters. Each key item carries the rule
// it rests on; its `text` is what the trainee reads when points are lost. Instructor notes:
// docs/content/riverside-general.md, section "HIM tasks".
// =============================================================================================

interface Rule {
  source: 'OGCR' | 'UHDDS' | 'CFR' | 'CoP' | 'TJC' | 'facility' | 'state-law' | 'other';
  cite: string;
  text: string;
}
const rule = (source: Rule['source'], cite: string, text: string): Rule => ({ source, cite, text });

const tasks: Any[] = [];
const keys: Any[] = [];
function addTask(task: Any, key: Any): void {
  tasks.push(task);
  keys.push({ taskId: task.id, key });
}

// ---------------------------------------------------------------------------------------------
// File: index the loose documents of the Filing queue
// ---------------------------------------------------------------------------------------------

const FILING_RULES = [
  'Riverside indexing rules:',
  '- Match every document to a patient on at least two identifiers (name plus date of birth, MRN, account number or address). A name alone is never enough, and remember that patients use nicknames and earlier names.',
  '- Link the document to the Riverside encounter (account) it belongs to. Leave the encounter blank when the document records care given somewhere else, outside any Riverside visit.',
  "- Choose the document type from Riverside's list. Documents written by other facilities, practices or agencies are Outside Record; results of tests that Riverside ordered from a reference laboratory are Laboratory Report; signed Riverside forms are filed by form type (a consent is Consent Form).",
  '- The document date is the date of the care the document records: the visit, procedure, specimen collection or transfer date, or the discharge date for a discharge summary. It is not the date the document was written, faxed or received.',
  '- If you cannot match a document to one patient with certainty, hold it and flag it for follow-up; do not guess. If it is not about a Riverside General patient, return it to the sender.',
  "- A document already in a chart whose identifiers are another patient's is misfiled: flag it and name the chart it belongs in. HIM moves it and logs the correction; a correctly filed document stays where it is.",
].join('\n');

const fileItem = {
  monroeLab: {
    looseDocumentId: 'loose-reflab-monroe',
    action: 'file',
    patientId: 'pt-monroe-keisha',
    encounterId: 'enc-monroe-ip1',
    documentType: 'laboratory-report',
    documentDate: '2025-05-02',
    rule: rule(
      'facility',
      'Riverside indexing policy; TJC NPSG.01.01.01',
      "The report prints Keisha L. Monroe's name, DOB 02/11/1988, MRN 0074162 and account RG25004955: it is the send-out test ordered during her May 2025 admission, filed as a laboratory report dated the collection date, 05/02/2025.",
    ),
  },
  brooksConsent: {
    looseDocumentId: 'loose-scan-anes-consent-brooks',
    action: 'file',
    patientId: 'pt-brooks-tyler',
    encounterId: 'enc-brooks-ip1',
    documentType: 'consent-form',
    documentDate: '2025-04-05',
    rule: rule(
      'facility',
      'Riverside indexing policy; TJC NPSG.01.01.01',
      "The patient label carries Tyler J. Brooks's MRN 0088305, account RG25003309 and DOB 07/19/2001: it is the anesthesia consent he signed on 04/05/2025 before his appendectomy, which the anesthesia record says was to be scanned.",
    ),
  },
  thorntonEms: {
    looseDocumentId: 'loose-ems-thornton',
    action: 'file',
    patientId: 'pt-thornton-william',
    encounterId: 'enc-thornton-ed1',
    documentType: 'outside-record',
    documentDate: '2025-02-17',
    rule: rule(
      'facility',
      'Riverside indexing policy; TJC NPSG.01.01.01',
      '"Bill" Thornton with DOB 05/30/1949 and 1509 Elm St is William Harold Thornton (nickname Bill). The ambulance brought him to the Riverside ED on 02/17/2025, so the run report belongs to that ED visit (RG25001890) as an outside record.',
    ),
  },
  doyleTransfer: {
    looseDocumentId: 'loose-snf-transfer-doyle',
    action: 'file',
    patientId: 'pt-doyle-margaret',
    encounterId: 'enc-doyle-ip2',
    documentType: 'outside-record',
    documentDate: '2025-04-22',
    rule: rule(
      'facility',
      'Riverside indexing policy; TJC NPSG.01.01.01',
      'Margaret "Peggy" Doyle, DOB 08/22/1941, transferred 04/22/2025, is Margaret Anne Doyle. The form came with her for the 04/22/2025 admission (RG25004417). It is filed even though she has since died: a deceased patient\'s record is kept complete.',
    ),
  },
  greeneRehab: {
    looseDocumentId: 'loose-rehab-ds-greene',
    action: 'file',
    patientId: 'pt-greene-harold',
    documentType: 'outside-record',
    documentDate: '2025-04-11',
    rule: rule(
      'facility',
      'Riverside indexing policy',
      "Harold E. Greene, DOB 09/09/1944, admitted to Valley Rehabilitation from Riverside on 03/21/2025. Another facility's discharge summary is an outside record with no Riverside encounter, because the care came after his Riverside discharge. Indexed as a Riverside discharge summary, it would pass for our own.",
    ),
  },
  pruittGi: {
    looseDocumentId: 'loose-outside-gi-pruitt',
    action: 'file',
    patientId: 'pt-marsh-evelyn',
    alternateEncounterIds: ['enc-marsh-op2'],
    documentType: 'outside-record',
    documentDate: '2021-03-15',
    rule: rule(
      'facility',
      'Riverside indexing policy; MPI previous names',
      'PRUITT, EVELYN R, DOB 12/05/1958, is Evelyn Rose Marsh under her previous married name (recorded in her MPI entry), and her 05/29/2025 surgery clinic note says these records were requested. Care given elsewhere in 2021 has no Riverside encounter; linking it to the requesting clinic visit is also accepted.',
    ),
  },
  rahmanStone: {
    looseDocumentId: 'loose-stone-analysis-rahman',
    action: 'hold',
    rule: rule(
      'TJC',
      'NPSG.01.01.01; Riverside indexing policy (two identifiers)',
      'The only identifier is the surname RAHMAN: no first name, date of birth or ID number. Aisha Rahman is the probable patient, but one identifier is not enough. Hold the report and ask the laboratory or Riverside Urology Associates for two identifiers before filing.',
    ),
  },
  ortizFax: {
    looseDocumentId: 'loose-misdirected-ortiz',
    action: 'return',
    critical: true,
    rule: rule(
      'CFR',
      '45 CFR 164.530(c); Riverside misdirected-fax policy',
      "The fax is addressed to Riverside Regional Medical Center in Columbus, and Carmen L. Ortiz is not in Riverside General's MPI. Filing it would put another facility's patient's PHI into one of our charts. Notify the sender, then return or destroy it as policy says.",
    ),
  },
  allenStress: {
    looseDocumentId: 'loose-fax-stress-allen',
    action: 'file',
    patientId: 'pt-allen-robert-jr',
    alternateEncounterIds: ['enc-allen-rl-op1'],
    documentType: 'outside-record',
    documentDate: '2025-01-28',
    weight: 2,
    critical: true,
    rule: rule(
      'TJC',
      'NPSG.01.01.01; Riverside indexing policy (look-alike names)',
      "The study is for ROBERT ALLEN, DOB 04/13/1957, 88 Quarry Rd, Millbrook: that is Robert Lee Allen Jr. (MRN 0051876), whose pulmonologist requested it. It is not Robert James Allen (DOB 03/14/1957), even though the study is cardiac. Filing it in the look-alike's chart puts one man's PHI in another man's record.",
    ),
  },
  allenLipid: {
    looseDocumentId: 'loose-lab-allen-lipid',
    action: 'file',
    patientId: 'pt-allen-robert',
    alternateEncounterIds: ['enc-allen-r-op1'],
    documentType: 'laboratory-report',
    alternateDocumentTypes: ['outside-record'],
    documentDate: '2025-01-30',
    weight: 2,
    critical: true,
    rule: rule(
      'TJC',
      'NPSG.01.01.01; Riverside indexing policy (look-alike names)',
      'DOB 03/14/1957, 412 Birch Ln and the order from Anna Kowalski, APRN, dated 12/12/2024, identify Robert James Allen (MRN 0048213), the cardiac patient, not his look-alike born 04/13/1957. The document date is the collection date, 01/30/2025. Linking it to the ordering clinic visit is also accepted.',
    ),
  },
  bellLetter: {
    looseDocumentId: 'loose-rchc-letter-bell',
    action: 'file',
    patientId: 'pt-bell-marcus',
    alternateEncounterIds: ['enc-bell-ip1'],
    documentType: 'outside-record',
    alternateDocumentTypes: ['correspondence'],
    documentDate: '2024-11-06',
    rule: rule(
      'state-law',
      'Ohio Rev. Code 3701.243; Riverside protected categories (HIV)',
      'Name, DOB 10/03/1979 and "your MRN 0081239" identify Marcus A. Bell. The letter reports his 11/06/2024 visit at another clinic: an outside record with no Riverside encounter, dated the visit date. It contains HIV information, so it keeps its HIV flag, and routine releases exclude it.',
    ),
  },
};

addTask(
  {
    id: 'rg-file-01',
    kind: 'file',
    title: 'Filing queue: a send-out lab result and a scanned consent',
    instructions: [
      'Two items are waiting in the Filing queue. One is a reference-laboratory report faxed back to our laboratory. The other is a paper consent that a unit clerk found with the paper chart remnants on 6 South. Both carry a patient label or full identifiers.',
      'Index each one to the right patient, encounter, document type and document date.',
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'easy',
    estimatedMinutes: 10,
    looseDocumentIds: ['loose-reflab-monroe', 'loose-scan-anes-consent-brooks'],
  },
  { kind: 'file', documents: [fileItem.monroeLab, fileItem.brooksConsent] },
);

addTask(
  {
    id: 'rg-file-02',
    kind: 'file',
    title: 'Filing queue: EMS, nursing-home and rehabilitation paperwork',
    instructions: [
      "Three documents from outside organisations: an ambulance run report left by the crew, a nursing-home transfer form that came with a patient, and a rehabilitation hospital's discharge summary. Outside paperwork often uses the name the patient goes by rather than the legal name. Check every identifier against the MPI, including nicknames.",
      'Index each one to the right patient, encounter (or none), document type and document date.',
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'medium',
    estimatedMinutes: 15,
    looseDocumentIds: ['loose-ems-thornton', 'loose-snf-transfer-doyle', 'loose-rehab-ds-greene'],
  },
  { kind: 'file', documents: [fileItem.thorntonEms, fileItem.doyleTransfer, fileItem.greeneRehab] },
);

addTask(
  {
    id: 'rg-file-03',
    kind: 'file',
    title: 'Filing queue: a previous name, a surname-only report and a stray fax',
    instructions: [
      'These three were set aside by the night scanner because none matched on a simple name search. Work each one out: search the MPI by every identifier the document gives you (previous names included), and decide whether to file it, hold it, or return it to the sender.',
      'Filing a document into the wrong chart is a critical error. Holding a document that cannot be matched with certainty is the right answer, not a failure.',
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'medium',
    estimatedMinutes: 20,
    looseDocumentIds: ['loose-outside-gi-pruitt', 'loose-stone-analysis-rahman', 'loose-misdirected-ortiz'],
  },
  { kind: 'file', documents: [fileItem.pruittGi, fileItem.rahmanStone, fileItem.ortizFax] },
);

addTask(
  {
    id: 'rg-file-04',
    kind: 'file',
    title: 'Filing queue: two Robert Allens and a confidential clinic letter',
    instructions: [
      'Riverside has two patients named Robert Allen, both born in 1957. One of the charts carries a name alert. Two faxed results for "Robert Allen" arrived in the same week. A letter from the HIV clinic at Riverside Community Health Center also needs filing.',
      "Do not decide by what the document is about (a cardiac test does not make a cardiac patient). Compare the date of birth, the address and the ordering provider with each chart. Filing into the wrong Robert Allen's chart is a critical error.",
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'hard',
    estimatedMinutes: 25,
    looseDocumentIds: ['loose-fax-stress-allen', 'loose-lab-allen-lipid', 'loose-rchc-letter-bell'],
  },
  { kind: 'file', documents: [fileItem.allenStress, fileItem.allenLipid, fileItem.bellLetter] },
);

addTask(
  {
    id: 'rg-file-05',
    kind: 'file',
    title: 'Month-end: clear the whole Filing queue',
    instructions: [
      "It is month-end, and the Filing queue must be empty before the HIM director's report. Work every document in the queue: faxed outside records, reference-lab results, scanned forms and correspondence.",
      'Some match one patient with certainty. Some use a nickname or an earlier name. One fits two look-alike patients at first glance. One carries a single identifier, and one is not about a Riverside patient at all. Every document must end up filed, held or returned. Filing into the wrong chart is a critical error.',
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'hard',
    estimatedMinutes: 45,
    looseDocumentIds: looseDocuments.map((l) => l.id as string),
  },
  {
    kind: 'file',
    documents: [
      fileItem.allenStress,
      fileItem.monroeLab,
      fileItem.bellLetter,
      fileItem.brooksConsent,
      fileItem.rahmanStone,
      fileItem.pruittGi,
      fileItem.thorntonEms,
      fileItem.doyleTransfer,
      fileItem.greeneRehab,
      fileItem.ortizFax,
      fileItem.allenLipid,
    ],
  },
);

addTask(
  {
    id: 'rg-file-06',
    kind: 'file',
    title: "Chart audit: find the misfiled document in a look-alike patient's chart",
    instructions: [
      'HIM quality review audits the charts of patients who share a name with another patient. This week it is the chart of Robert James Allen (MRN 0048213, DOB 03/14/1957, 412 Birch Lane, Riverside): Riverside has a second Robert Allen, born a month later in 1957, and paper forms for the two have been confused before.',
      'Open every document in the chart and compare its identifiers (name and suffix, date of birth, MRN, account number, visit) with the chart banner. Flag each document that belongs to another patient and choose the chart it must move to. Leave correctly filed documents alone: flagging one would send part of his record away. Do not decide by what a document is about; decide by its identifiers.',
      '',
      FILING_RULES,
    ].join('\n'),
    rhitDomain: 'data-content',
    difficulty: 'medium',
    estimatedMinutes: 15,
    auditPatientIds: ['pt-allen-robert'],
  },
  {
    kind: 'file',
    documents: [],
    misfiles: [
      {
        documentId: 'doc-allen-6mwt-0204',
        toPatientId: 'pt-allen-robert-jr',
        critical: true,
        rule: rule(
          'TJC',
          'NPSG.01.01.01; Riverside indexing policy (look-alike names)',
          "The six-minute walk worksheet is labelled ALLEN Jr., ROBERT L., MRN 0051876, DOB 04/13/1957, account RG25001102: it is from Robert Lee Allen Jr.'s pulmonary clinic visit of 02/04/2025, whose clinic note records the same walk. It was scanned into Robert James Allen's chart (MRN 0048213, DOB 03/14/1957). It moves to Robert Lee Allen Jr.'s chart; left here, it would be read, coded and released as the wrong man's record.",
        ),
      },
    ],
  },
);

// ---------------------------------------------------------------------------------------------
// Retrieve: requests for records and release of information
// ---------------------------------------------------------------------------------------------

const ROI_RULES = [
  'Riverside release-of-information procedure:',
  '- Confirm the patient on at least two identifiers in the request (name and date of birth, MRN, address, dates of service). Watch for look-alike names.',
  '- Decide whether the request can be honoured as received. If it relies on an authorization, check every required element (45 CFR 164.508(c)); if the request cannot be honoured, deny it and mark each defect.',
  "- Select exactly the documents the request needs and may receive. Minimum necessary applies to every disclosure except treatment, the patient's own access, and disclosures under a valid authorization (which must still stay within what the authorization describes).",
  '- Riverside releases whole documents, not redacted copies: withhold any document that contains information this requester may not receive.',
  "- HIV test information is a Riverside protected category (Ohio Rev. Code 3701.243). It goes only to the patient, or under the patient's written authorization that specifically covers HIV information, and only within that authorization's scope.",
  '- Log the disclosure for the accounting of disclosures only when 45 CFR 164.528 requires it. Disclosures for treatment, payment or operations, to the patient, or under an authorization are exempt and are not logged. When one is logged, the entry gives the date of the disclosure, the recipient, a brief description of what was sent and the purpose (164.528(b)(2)).',
].join('\n');

const TREATMENT =
  'A disclosure to another provider for its treatment of the patient needs no authorization (45 CFR 164.506(c)(2)), and minimum necessary does not apply to it (164.502(b)(2)(i)).';

/**
 * The accounting-of-disclosures item of a key (45 CFR 164.528). Disclosures for treatment, payment or
 * operations, to the patient, or under an authorization are exempt (164.528(a)(1)(i), (ii), (iv)): the
 * trainee logs nothing, and a log entry costs points. A disclosure under 164.512 (a subpoena, a court
 * order, a law) must be accounted for, with its date, recipient, description and purpose (164.528(b)(2)).
 */
const notAccountable = (paragraphs: string, why: string) => ({
  accountable: false,
  rule: rule(
    'CFR',
    `45 CFR 164.528(a)(1)${paragraphs}`,
    `${why} Such a disclosure is exempt from the accounting of disclosures and is not logged.`,
  ),
});

// R1 - continuing care to a rehabilitation hospital (Greene)
{
  const req = (what: string) => rule('CFR', '45 CFR 164.506(c)(2)', `${what} is on the rehabilitation hospital's list. ${TREATMENT}`);
  addTask(
    {
      id: 'rg-retrieve-01',
      kind: 'retrieve',
      title: 'Continuing care: rehabilitation hospital asks for stroke admission reports',
      instructions: [
        'Valley Inpatient Rehabilitation Hospital took one of our stroke patients on transfer and is asking for reports that were not final when he left. Find the patient and the stay, and release the documents on their list, no more and no fewer.',
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'easy',
      estimatedMinutes: 10,
      request: {
        type: 'continuing-care',
        requester: 'Valley Inpatient Rehabilitation Hospital - Health Information (C. Mbeki, MD)',
        receivedAt: '2025-03-24T08:40',
        text: `VALLEY INPATIENT REHABILITATION HOSPITAL
2700 Valley Pike, Riverside, OH 45502   Tel (937) 555-0450   Fax (937) 555-0455

REQUEST FOR MEDICAL RECORDS - CONTINUITY OF CARE                       Date: 03/24/2025
To: Riverside General Hospital, Health Information Management        Fax (937) 555-0110

Patient: GREENE, HAROLD E.          DOB: 09/09/1944          Riverside MRN: 0019538
Admitted to Valley Inpatient Rehabilitation 03/21/2025 on transfer from Riverside General Hospital (stay 03/16/2025 - 03/21/2025).

Our patient arrived with the transfer packet, but these reports were not in it or were not final. For his rehabilitation plan and anticoagulation management, please fax:
  1. Discharge summary, 03/21/2025
  2. History and physical for the 03/16/2025 admission
  3. Neurology consultation
  4. MRI/MRA brain report
  5. Echocardiogram report
  6. Emergency department note of 03/16/2025 documenting the alteplase (tPA) treatment

Purpose: treatment (continuity of care).
Requested by: C. Mbeki, MD, attending physiatrist.   HIM contact: (937) 555-0452`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-greene-harold',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.506(c)(2)',
          'A treating facility asking for the records of a patient now in its care is a treatment disclosure: it is honoured without an authorization.',
        ),
      },
      release: [
        { documentId: 'doc-greene-ds', rule: req('The discharge summary of 03/21/2025') },
        { documentId: 'doc-greene-hp', rule: req('The admission H&P') },
        { documentId: 'doc-greene-neuro', rule: req('The neurology consultation') },
        { documentId: 'doc-greene-mri', rule: req('The MRI/MRA brain report') },
        { documentId: 'doc-greene-echo', rule: req('The echocardiogram report') },
        { documentId: 'doc-greene-ed2-note', rule: req('The 03/16/2025 ED note with the alteplase documentation') },
      ],
      withhold: [
        {
          documentId: 'doc-greene-ed1-note',
          rule: rule(
            'CFR',
            '45 CFR 164.506(c)(2)',
            'The February 2025 TIA visit is not on the list: send what the treating facility asked for.',
          ),
        },
      ],
      accounting: notAccountable('(i)', "A disclosure to another provider for the patient's treatment is a treatment disclosure."),
    },
  );
}

// R2 - physician's chart request; look-alike patients (Allen Jr.)
{
  const req = (what: string) => rule('CFR', '45 CFR 164.506(c)(2)', `${what} is what Dr. Whitlock asked for. ${TREATMENT}`);
  const wrongPatient = rule(
    'CFR',
    '45 CFR 164.502(a); 164.514(h)',
    "This document belongs to Robert James Allen (DOB 03/14/1957, 412 Birch Lane), not to Dr. Whitlock's patient born 04/13/1957. Sending it discloses another patient's PHI to someone who does not treat him.",
  );
  addTask(
    {
      id: 'rg-retrieve-02',
      kind: 'retrieve',
      title: 'Physician request: "Robert Allen" records for his PCP',
      instructions: [
        "A primary care physician has faxed a request for her patient's recent records before his follow-up visit. Riverside has two patients named Robert Allen, both born in 1957. Match the request to the right one before you select anything.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 15,
      request: {
        type: 'physician',
        requester: 'Susan Whitlock, MD - Millbrook Family Practice',
        receivedAt: '2025-02-12T10:05',
        text: `MILLBROOK FAMILY PRACTICE
600 Mill Road, Millbrook, OH 45503   Tel (937) 555-0340   Fax (937) 555-0341

To: Riverside General Hospital - Medical Records                        Date: 02/12/2025
RE: ALLEN, ROBERT        DOB: 04/13/1957        Address: 88 Quarry Rd, Millbrook OH 45503

Mr. Allen is my patient, and I am seeing him on 02/18/2025 to follow up his COPD after his recent hospital stay. For his continuing care, please fax:
  - the discharge summary and the pulmonary consultation from his January 2025 admission
  - the note from his pulmonary clinic visit with Dr. Huang on 02/04/2025

Thank you,
Susan Whitlock, MD (signed)`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-allen-robert-jr',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.506(c)(2)',
          "The patient's own physician asking for records for his care is a treatment disclosure: no authorization is needed.",
        ),
      },
      release: [
        { documentId: 'doc-allen-rl-ds', rule: req('The discharge summary of the 01/09-01/13/2025 admission') },
        { documentId: 'doc-allen-rl-pulm', rule: req('The pulmonary consultation of 01/10/2025') },
        { documentId: 'doc-allen-rl-clinic-0204', rule: req('The pulmonary clinic note of 02/04/2025') },
      ],
      withhold: [
        { documentId: 'doc-allen-r-ds', critical: true, rule: wrongPatient },
        { documentId: 'doc-allen-r-clinic-1212', critical: true, rule: wrongPatient },
      ],
      accounting: notAccountable('(i)', "A disclosure to the patient's own physician for his care is a treatment disclosure."),
    },
  );
}

// R3 - physician's request for a patient with HIV information; authorization on file (Bell)
{
  const authorized = (what: string) =>
    rule(
      'state-law',
      'Ohio Rev. Code 3701.243; authorization doc-bell-roi-auth',
      `${what} is one of the record types the patient's authorization lists for 10/21-10/25/2024, and he initialled HIV information for release to this clinic: it may go.`,
    );
  const hivNotAuthorized = (what: string) =>
    rule(
      'state-law',
      'Ohio Rev. Code 3701.243; Riverside protected categories (HIV)',
      `${what} records HIV testing but is not one of the record types the patient authorized (discharge summary, H&P, laboratory results, radiology reports). HIV information leaves Riverside only within a specific authorization, even for treatment.`,
    );
  addTask(
    {
      id: 'rg-retrieve-03',
      kind: 'retrieve',
      title: 'Physician request: HIV clinic asks for "everything from the admission"',
      instructions: [
        "An infectious-diseases physician is asking for a patient's admission records before his first visit with her. The chart contains HIV test information, and the patient signed an authorization before discharge (it is in the chart). Read the request against the authorization and Riverside's rules for HIV information, and release what may go.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'physician',
        requester: 'Priya Raman, MD - Riverside Community Health Center, HIV Clinic',
        receivedAt: '2024-10-28T09:20',
        authorizationDocumentId: 'doc-bell-roi-auth',
        text: `RIVERSIDE COMMUNITY HEALTH CENTER - INFECTIOUS DISEASES / HIV CLINIC
415 Third Street, Riverside, OH 45501   Tel (937) 555-0387   Fax (937) 555-0388

RECORDS REQUEST                                                        Date: 10/28/2024
To: Riverside General Hospital - Health Information Management

Patient: Marcus Anthony Bell          DOB: 10/03/1979
Hospital stay: 10/21/2024 - 10/25/2024

Mr. Bell has an intake appointment with me on 11/06/2024 after the new HIV diagnosis made during your admission. He tells us he signed your release form before he went home. Please send everything from the admission, including the emergency department visit, the HIV confirmatory testing, CD4 count and viral load, so that we can start treatment at the first visit.

Priya Raman, MD (signed)`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-bell-marcus',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.506(c)(2); 164.508(c)',
          "A treating physician's request is honoured. For the HIV information, the patient's authorization on file is valid: signed and dated, unexpired (until 10/25/2025), naming this clinic, with HIV specifically initialled.",
        ),
      },
      release: [
        { documentId: 'doc-bell-ds', rule: authorized('The discharge summary') },
        { documentId: 'doc-bell-hp', rule: authorized('The history and physical') },
        { documentId: 'doc-bell-labs-hiv', rule: authorized('The HIV laboratory report') },
        { documentId: 'doc-bell-cxr', rule: authorized('The chest X-ray report of 10/21/2024') },
      ],
      withhold: [
        { documentId: 'doc-bell-ed-note', critical: true, rule: hivNotAuthorized('The ED physician note') },
        { documentId: 'doc-bell-pn-1023', critical: true, rule: hivNotAuthorized('The 10/23/2024 progress note') },
      ],
      accounting: notAccountable(
        '(i), (iv)',
        "A disclosure to a treating physician, made under the patient's own authorization, is both a treatment disclosure and a disclosure under an authorization.",
      ),
    },
  );
}

// R4 - patient's right of access (Marsh)
{
  const own = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.524(a)(1)',
      `${what} is on the patient's request. A patient has the right to a copy of her own record. Minimum necessary does not apply to the patient (164.502(b)(2)(ii)).`,
    );
  addTask(
    {
      id: 'rg-retrieve-04',
      kind: 'retrieve',
      title: 'Right of access: patient asks for copies of her surgery records',
      instructions: [
        "A patient came to the HIM window with a completed access-request form, and her identity was checked against her driver's license. Prepare the copies she asked for, exactly as listed.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'easy',
      estimatedMinutes: 10,
      request: {
        type: 'patient-access',
        requester: 'Evelyn R. Marsh (the patient)',
        receivedAt: '2025-07-07T11:30',
        text: `RIVERSIDE GENERAL HOSPITAL - REQUEST FOR ACCESS TO MY HEALTH INFORMATION (form HIM-12)

Patient name: Evelyn Rose Marsh          Other names used: Evelyn R. Pruitt (until 05/2023)
Date of birth: 12/05/1958                Address: 1826 Lakeview Terrace, Riverside, OH 45502
Identity verified: Ohio driver's license viewed at the HIM window by L. Carter, 07/07/2025 11:25

I am requesting a copy of:
  [X] Operative report, pathology report and discharge summary from my gallbladder surgery admission, 06/14/2025 - 06/17/2025
  [X] Other: the ultrasound report from my outpatient ultrasound on 05/20/2025
Format: paper copies, to be picked up at the HIM window.

Signature: Evelyn R. Marsh                Date: 07/07/2025`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-marsh-evelyn',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.524(a)(1), (b)(2)',
          'An identity-verified patient asking for her own records is granted access, within 30 days of the request.',
        ),
      },
      release: [
        { documentId: 'doc-marsh-op', rule: own('The operative report of 06/15/2025') },
        { documentId: 'doc-marsh-path', rule: own('The pathology report') },
        { documentId: 'doc-marsh-ds', rule: own('The discharge summary') },
        { documentId: 'doc-marsh-us-0520', rule: own('The outpatient ultrasound of 05/20/2025') },
      ],
      withhold: [
        {
          documentId: 'doc-marsh-ed-us',
          rule: rule(
            'CFR',
            '45 CFR 164.524(a)(1)',
            'She asked for the 05/20/2025 outpatient ultrasound, not the 06/14/2025 ED ultrasound: give her what she asked for.',
          ),
        },
      ],
      accounting: notAccountable(
        '(ii)',
        'A disclosure to the patient herself, under her right of access, is a disclosure to the individual.',
      ),
    },
  );
}

// R5 - attorney with a valid authorization (Brooks)
{
  const described = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.508(c)(1)(i); 164.502(b)(2)(iii)',
      `${what} is described in the authorization. Under a valid authorization, what the authorization describes is released (minimum necessary does not apply).`,
    );
  addTask(
    {
      id: 'rg-retrieve-05',
      kind: 'retrieve',
      title: "Attorney request with the client's authorization: disability claim",
      instructions: [
        "A law firm has sent a request with its client's signed authorization. Check the authorization element by element. If it is valid, release what it describes and nothing beyond that.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 15,
      request: {
        type: 'attorney-authorization',
        requester: 'Kessler & Ames LLP (attorneys for Tyler J. Brooks)',
        receivedAt: '2025-05-14T14:10',
        text: `KESSLER & AMES LLP - ATTORNEYS AT LAW
220 Main Street, Suite 900, Riverside, OH 45501   Tel (937) 555-0620   Fax (937) 555-0621

05/12/2025
Riverside General Hospital - Release of Information
RE: Our client Tyler James Brooks, DOB 07/19/2001 - short-term disability claim

We represent Mr. Brooks in the appeal of his short-term disability claim. Please provide the records listed in the enclosed authorization. Our check for the copying fee will follow your invoice.

Marisa Kessler, Esq.

---------------------------------------- Enclosure ----------------------------------------
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient: Tyler James Brooks                Date of birth: 07/19/2001
I authorize: Riverside General Hospital, 1200 River Road, Riverside, OH 45501
to release to: Kessler & Ames LLP, 220 Main Street, Suite 900, Riverside, OH 45501
Information to be released: the discharge summary, operative report and pathology report of my admission 04/05/2025 - 04/06/2025, and the surgery clinic note of 04/18/2025 (return-to-work date).
Purpose: appeal of my short-term disability claim.
This authorization expires: 12 months after the date I sign it.
I understand that I may revoke this authorization in writing at any time, except to the extent that action has already been taken in reliance on it. My treatment, payment, enrollment or eligibility for benefits will not be conditioned on whether I sign it. Information disclosed under this authorization may be redisclosed by the recipient and no longer be protected by federal privacy rules.
Signature: Tyler J. Brooks (signed)                 Date: 05/09/2025
(Signed by the patient, an adult.)`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-brooks-tyler',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.508(c)(1)-(2)',
          'Every core element is present: description, who discloses, who receives, purpose, expiration, signature and date. The three required statements are there too (revocation, no conditioning, redisclosure). The authorization is valid and unexpired.',
        ),
      },
      release: [
        { documentId: 'doc-brooks-ds', rule: described('The discharge summary') },
        { documentId: 'doc-brooks-op', rule: described('The operative report') },
        { documentId: 'doc-brooks-path', rule: described('The pathology report') },
        { documentId: 'doc-brooks-clinic-0418', rule: described('The 04/18/2025 surgery clinic note') },
      ],
      withhold: [
        {
          documentId: 'doc-brooks-hp',
          rule: rule(
            'CFR',
            '45 CFR 164.508(a)(1)',
            'The H&P is not described in the authorization, and a disclosure must stay within what the patient authorized.',
          ),
        },
        {
          documentId: 'doc-brooks-ed-note',
          rule: rule(
            'CFR',
            '45 CFR 164.508(a)(1)',
            'The ED note is not described in the authorization, and a disclosure must stay within what the patient authorized.',
          ),
        },
      ],
      accounting: notAccountable(
        '(iv)',
        "A disclosure to the attorneys under the patient's valid authorization is a disclosure under an authorization.",
      ),
    },
  );
}

// R6 - insurer (payer) claim review: minimum necessary (Ramirez)
{
  const listed = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.506(c)(3); 164.514(d)(3)(iii)(B)',
      `${what} is on the health plan's list. A covered entity may disclose for another covered entity's payment activities, and may rely on the plan's stated request as the minimum necessary.`,
    );
  const notListed = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.502(b)(1); 164.514(d)',
      `${what} is not on the health plan's list: a payment disclosure is limited to the minimum necessary.`,
    );
  addTask(
    {
      id: 'rg-retrieve-06',
      kind: 'retrieve',
      title: 'Insurer request: clinical validation of a sepsis claim',
      instructions: [
        "A health plan is reviewing an inpatient claim before payment and has asked for specific parts of the record. This is a payment disclosure: send exactly the documents on its list. The patient's ED visit on the day of admission falls within the payment window and is billed on the inpatient claim.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 20,
      request: {
        type: 'insurer',
        requester: 'Buckeye Health Plan - Clinical Claims Review',
        receivedAt: '2025-04-21T09:00',
        text: `BUCKEYE HEALTH PLAN - CLINICAL CLAIMS REVIEW
PO Box 5100, Columbus, OH 43216   Tel (800) 555-0177   Fax (614) 555-0180

MEDICAL RECORD REQUEST - PRE-PAYMENT CLINICAL VALIDATION                 Date: 04/18/2025
Provider: Riverside General Hospital
Member: RAMIREZ, DOLORES M        DOB: 11/02/1962        Member ID: BHP774120558
Claim: inpatient, patient account RG25002534, dates of service 03/10/2025 - 03/14/2025
Diagnoses under review: A41.51 Sepsis due to E. coli; R65.20 Severe sepsis without septic shock

To complete our review, please send the following:
  1. Emergency department physician note of 03/10/2025 (services within the payment window)
  2. History and physical
  3. Physician progress notes
  4. Discharge summary
  5. Blood and urine culture reports

Please respond within 30 days. Records are requested for payment purposes (45 CFR 164.506).`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-ramirez-dolores',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.506(c)(3)',
          'Records a health plan needs to decide payment of our claim may be disclosed without an authorization.',
        ),
      },
      release: [
        { documentId: 'doc-ramirez-ed-note', rule: listed('The 03/10/2025 ED physician note') },
        { documentId: 'doc-ramirez-hp', rule: listed('The history and physical') },
        { documentId: 'doc-ramirez-pn-0311', rule: listed('The 03/11/2025 progress note') },
        { documentId: 'doc-ramirez-pn-0312', rule: listed('The 03/12/2025 progress note') },
        { documentId: 'doc-ramirez-ds', rule: listed('The discharge summary') },
        {
          documentId: 'doc-ramirez-micro',
          rule: listed('The blood and urine culture report (collected in the ED, resulted during the stay)'),
        },
      ],
      withhold: [
        { documentId: 'doc-ramirez-nursing', rule: notListed('The nursing note') },
        { documentId: 'doc-ramirez-orders', rule: notListed('The admission order sheet') },
        { documentId: 'doc-ramirez-us', rule: notListed('The renal ultrasound report') },
      ],
      accounting: notAccountable(
        '(i)',
        "A disclosure to the health plan so that it can decide payment of Riverside's claim is a payment disclosure.",
      ),
    },
  );
}

// R7 - subpoena duces tecum with satisfactory assurance (Monroe): accountable disclosure
{
  const outside = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.512(e)(1)(ii); 164.502(b)(1)',
      `${what} is from the May 2025 admission, outside the subpoena's scope (the 10/08/2024 ED visit only). A disclosure under a subpoena is limited to what it commands.`,
    );
  addTask(
    {
      id: 'rg-retrieve-07',
      kind: 'retrieve',
      title: 'Subpoena duces tecum in an employment lawsuit',
      instructions: [
        "The custodian-of-records mailbox received a subpoena for records, with a statement from the issuing attorney. The subpoena is not signed by a judge, so check whether it carries the assurances HIPAA requires before records can go. If it may be honoured, produce exactly what it commands, and log the disclosure if it must appear in the patient's accounting of disclosures.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'subpoena',
        requester: 'Baird Whitcomb LLP, counsel for defendant Brookside Senior Living, LLC',
        receivedAt: '2025-09-08T10:45',
        text: `IN THE COURT OF COMMON PLEAS, RIVERSIDE COUNTY, OHIO

KEISHA L. MONROE, Plaintiff,
v.                                                                     Case No. 2025-CV-01873
BROOKSIDE SENIOR LIVING, LLC, Defendant.

SUBPOENA DUCES TECUM (production of records only - no appearance required)
To: Custodian of Records, Riverside General Hospital, 1200 River Road, Riverside, OH 45501

YOU ARE COMMANDED to produce, on or before 09/26/2025, true and complete copies of:
  All records of emergency department treatment of KEISHA L. MONROE, date of birth 02/11/1988, on 10/08/2024.

Issued by the Clerk of Courts at the request of Daniel P. Baird, Esq., Baird Whitcomb LLP, 40 Court Square, Riverside, OH 45501, counsel for Defendant.
Date issued: 08/18/2025                                                (Clerk's seal)

------------------------ Attached: statement of counsel ------------------------
Under 45 CFR 164.512(e)(1)(ii)(A) and (iii), I state that: (1) on 08/20/2025 written notice of this subpoena was mailed to the plaintiff through her counsel of record, Ana Lucero, Esq.; (2) the notice contained enough information about the litigation for the plaintiff to raise an objection with the court; and (3) the 14-day period for objection has passed, and no objection was filed. A copy of the notice and the proof of mailing are attached.
Daniel P. Baird, Esq. (signed)                                          09/05/2025`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-monroe-keisha',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.512(e)(1)(ii)(A), (iii)',
          'A subpoena without a court order may be honoured when the requesting party gives written assurance that the patient was notified and the time to object has passed without objection. This one does.',
        ),
      },
      release: [
        {
          documentId: 'doc-monroe-ed1-note',
          rule: rule(
            'CFR',
            '45 CFR 164.512(e)(1)(ii)',
            'The ED physician note of 10/08/2024 is the record of emergency department treatment the subpoena commands.',
          ),
        },
      ],
      withhold: [
        { documentId: 'doc-monroe-ed2-note', rule: outside('The 05/02/2025 ED note') },
        { documentId: 'doc-monroe-hp', rule: outside('The 05/02/2025 H&P') },
        { documentId: 'doc-monroe-ds', rule: outside('The 05/05/2025 discharge summary') },
      ],
      accounting: {
        accountable: true,
        recipientTerms: ['Baird'],
        purposeTerms: ['subpoena', 'litigation', 'lawsuit', 'legal', 'court', 'judicial', 'case'],
        rule: rule(
          'CFR',
          '45 CFR 164.528(a), (b)(2); 164.512(e)',
          "A disclosure for a judicial proceeding under 164.512(e) is none of the exemptions of 164.528(a)(1), so it must appear in the patient's accounting of disclosures. Log the date it was sent, the recipient (Baird Whitcomb LLP), a brief description of what was sent (the 10/08/2024 ED record) and the purpose (the subpoena in Monroe v. Brookside Senior Living, 2025-CV-01873).",
        ),
      },
    },
  );
}

// R8 - attorney with a defective authorization (Russo): deny
{
  const notOnDefective = (what: string) =>
    rule('CFR', '45 CFR 164.508(b)(2)', `${what} may not go: a defective authorization authorizes nothing.`);
  addTask(
    {
      id: 'rg-retrieve-08',
      kind: 'retrieve',
      title: 'Attorney request with an incomplete authorization',
      instructions: [
        "A personal-injury firm has asked for a patient's complete admission record and enclosed an authorization. Check every required element of the authorization. If it is defective, deny the request, mark each defect so the denial letter can list them, and release nothing.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 15,
      request: {
        type: 'attorney-authorization',
        requester: 'Delgado Injury Law, LLC (attorneys for Anthony J. Russo)',
        receivedAt: '2025-09-15T13:20',
        text: `DELGADO INJURY LAW, LLC
77 West Third Street, Dayton, OH 45402   Tel (937) 555-0710   Fax (937) 555-0711

09/12/2025
Riverside General Hospital - Medical Records
RE: Our client Anthony Joseph Russo, DOB 08/14/1968 - fall at your facility on 08/05/2025

We represent Mr. Russo concerning injuries he sustained in a fall while he was an inpatient at Riverside General Hospital. His authorization is enclosed. Please send the complete medical record of his admission of 08/04/2025 - 08/07/2025, including nursing notes, imaging reports and the procedure note for the laceration repair.

R. Delgado, Esq.

---------------------------------------- Enclosure ----------------------------------------
AUTHORIZATION TO DISCLOSE HEALTH INFORMATION
Patient: Anthony J. Russo          Date of birth: 08/14/1968          MRN (if known): 0069350
Disclosing party: Riverside General Hospital
Recipient: Delgado Injury Law, LLC, 77 West Third Street, Dayton, OH 45402
Information to be disclosed: complete medical record, inpatient admission 08/04/2025 - 08/07/2025
Purpose: legal claim
Expiration date or event: ______________________
I understand that I may revoke this authorization in writing, except to the extent action has been taken on it; that my treatment will not be conditioned on my signing; and that information disclosed may be redisclosed by the recipient and no longer be protected by federal law.
Signature of patient or representative: Anthony J. Russo (signed)
Date: ______________
If signed by a representative, describe authority: ______________________`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-russo-anthony',
      decision: {
        value: 'deny',
        critical: true,
        rule: rule(
          'CFR',
          '45 CFR 164.508(b)(2)(ii); 164.508(c)(1)',
          'An authorization that has not been filled out completely with respect to a core element of 164.508(c)(1) is defective, and no records may be released on it. Return it to the firm with the defects listed.',
        ),
      },
      defects: [
        {
          element: 'expiration',
          rule: rule(
            'CFR',
            '45 CFR 164.508(c)(1)(v)',
            'The expiration date or event line is blank, and every authorization must state when it expires.',
          ),
        },
        {
          element: 'signature-and-date',
          rule: rule(
            'CFR',
            '45 CFR 164.508(c)(1)(vi)',
            'The patient signed but did not date the authorization, and the rule requires both a signature and a date.',
          ),
        },
      ],
      withhold: [
        { documentId: 'doc-russo-nursing-fall', rule: notOnDefective('The fall nursing note') },
        { documentId: 'doc-russo-ct-head', rule: notOnDefective('The head CT report') },
        { documentId: 'doc-russo-lac-repair', rule: notOnDefective('The laceration repair note') },
        { documentId: 'doc-russo-hp', rule: notOnDefective('The H&P') },
        { documentId: 'doc-russo-ds', rule: notOnDefective('The discharge summary') },
      ],
      accounting: {
        accountable: false,
        rule: rule(
          'CFR',
          '45 CFR 164.528(a)',
          'The request is denied and nothing is disclosed, so there is nothing to account for: do not log it.',
        ),
      },
    },
  );
}

// R9 - life insurer with a valid authorization that does not cover HIV information (Bell)
{
  const general = (what: string) =>
    rule(
      'CFR',
      '45 CFR 164.508(c); 164.502(b)(2)(iii)',
      `${what} contains no HIV information and falls within the authorization (all records since 10/01/2024). Under a valid authorization, what it describes is released.`,
    );
  const hiv = (what: string) =>
    rule(
      'state-law',
      'Ohio Rev. Code 3701.243; Riverside protected categories (HIV)',
      `${what} contains HIV information, and the patient did not initial the HIV line of the insurer's form. Without a specific authorization it may not go, and Riverside does not send redacted copies.`,
    );
  addTask(
    {
      id: 'rg-retrieve-09',
      kind: 'retrieve',
      title: 'Life insurance underwriting request: general authorization, protected information',
      instructions: [
        "A life insurance company has asked for all of an applicant's records since October 2024, with an authorization he signed. Check the authorization. Then go through the record document by document, and decide what this authorization lets Riverside send.",
        '',
        ROI_RULES,
      ].join('\n'),
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'insurer',
        requester: 'Great Lakes Mutual Life Insurance Company - Underwriting',
        receivedAt: '2025-06-10T10:30',
        text: `GREAT LAKES MUTUAL LIFE INSURANCE COMPANY - UNDERWRITING DEPARTMENT
1 Lakefront Plaza, Cleveland, OH 44114   Tel (216) 555-0280   Fax (216) 555-0290

MEDICAL RECORDS REQUEST                                                Date: 06/06/2025
Proposed insured: Marcus A. Bell          DOB: 10/03/1979          Application no. GL-2025-448210
Address: 902 Fulton Street, Riverside, OH 45501
Please send copies of all medical records from 10/01/2024 to the present. The applicant's signed authorization is enclosed.

---------------------------------------- Enclosure ----------------------------------------
AUTHORIZATION TO OBTAIN AND DISCLOSE HEALTH INFORMATION (form GLM-AUTH-7)
I authorize any physician, hospital, clinic or other medical provider, including Riverside General Hospital, to disclose to Great Lakes Mutual Life Insurance Company, 1 Lakefront Plaza, Cleveland, OH 44114, all records of my medical history, examinations, diagnoses, treatment and test results from 10/01/2024 to the date of disclosure, so that Great Lakes Mutual can evaluate my application for life insurance.
Specially protected information is released ONLY if I initial the line:
   ____ HIV/AIDS test results and related information
   ____ Mental health treatment        ____ Alcohol or drug use treatment        ____ Genetic testing
This authorization expires 24 months from the date I sign it. I may revoke it in writing at any time, except to the extent that action has been taken in reliance on it. Great Lakes Mutual may refuse to issue a policy if I do not sign; my health care providers may not condition my treatment on it. Information disclosed may be redisclosed and no longer be protected by federal privacy rules.
Signature: Marcus A. Bell (signed)                  Date: 06/02/2025`,
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-bell-marcus',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.508(c)(1)-(2)',
          'The authorization has every core element and required statement, is signed and dated, and is unexpired, so it is valid for the records it covers. Leaving the HIV line blank limits its scope; it is not a defect.',
        ),
      },
      release: [
        { documentId: 'doc-bell-cxr', rule: general('The 10/21/2024 chest X-ray report') },
        { documentId: 'doc-bell-cxr-1202', rule: general('The 12/02/2024 follow-up chest X-ray report') },
      ],
      withhold: [
        { documentId: 'doc-bell-ed-note', critical: true, rule: hiv('The ED physician note (it records the HIV screening test)') },
        { documentId: 'doc-bell-hp', critical: true, rule: hiv('The history and physical') },
        { documentId: 'doc-bell-labs-hiv', critical: true, rule: hiv('The HIV laboratory report') },
        { documentId: 'doc-bell-pn-1023', critical: true, rule: hiv('The 10/23/2024 progress note') },
        { documentId: 'doc-bell-ds', critical: true, rule: hiv('The discharge summary') },
        { documentId: 'doc-bell-roi-auth', critical: true, rule: hiv("The patient's earlier authorization to the HIV clinic") },
      ],
      accounting: notAccountable(
        '(iv)',
        "A disclosure to the life insurer under the applicant's signed authorization is a disclosure under an authorization (not a payment disclosure: Riverside is not seeking payment from this insurer).",
      ),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Complete: quantitative deficiency analysis of discharged inpatient records
// ---------------------------------------------------------------------------------------------

const COMPLETION_RULES = [
  "Analyse the record as of 09/30/2025 against Riverside's completion rules (medical staff rules and 42 CFR 482.22(c)(5), 482.24(c)):",
  '- History and physical: done no more than 30 days before admission, with an update note within 24 hours after admission, or done within 24 hours after admission; before surgery in either case. An H&P more than 30 days old cannot be updated: a new one is required.',
  '- Operative report: within 24 hours of surgery.',
  '- Verbal and telephone orders: authenticated by the ordering practitioner within 48 hours.',
  '- Discharge summary: within 30 days of discharge. Whole record: complete within 30 days of discharge.',
  '- Every entry authenticated (signed, dated and timed) by its author. Resident entries are also cosigned by the attending named as cosigner.',
  'Flag each deficiency on the document or order it concerns, with its type, and assign it to the provider who must complete it. A document that is missing altogether is flagged without a document. Flag only real deficiencies: a false flag sends a provider work they do not owe.',
  'Anesthesia consents signed in the anesthesia information system are recorded in the anesthesia record; only paper forms are scanned separately.',
  'Then declare the record complete or incomplete. It is incomplete while anything remains for a provider to complete: a missing document, signature, cosignature or order authentication. An entry completed late (a late H&P, operative report or discharge summary; a verbal or telephone order authenticated after 48 hours) is still flagged, as a timeliness deficiency, but it cannot be made timely: a record whose only deficiencies were completed late is complete.',
].join('\n');

const incompleteRule = (why: string) =>
  rule('CoP', '42 CFR 482.24(c)(4)(viii); Riverside completion rules', `The record is not complete: ${why}`);
/** Record Room's convention: a record whose only deficiencies were completed late is complete (docs/pack-format.md). */
const lateOnlyRule = (why: string) =>
  rule(
    'facility',
    'Riverside completion rules; 42 CFR 482.24(c)(4)(viii)',
    `${why} Nothing remains for a provider to complete, and a late entry cannot be made timely, so the record is complete; the late entries are still reported.`,
  );

function completeTask(
  t: {
    id: string;
    title: string;
    patientId: string;
    encounterId: string;
    who: string;
    intro: string;
    difficulty: string;
    minutes: number;
    domain: string;
  },
  key: Any,
): void {
  addTask(
    {
      id: t.id,
      kind: 'complete',
      title: t.title,
      instructions: [`Deficiency analysis: ${t.who}. ${t.intro}`, '', COMPLETION_RULES].join('\n'),
      rhitDomain: t.domain,
      difficulty: t.difficulty,
      estimatedMinutes: t.minutes,
      patientId: t.patientId,
      encounterId: t.encounterId,
    },
    { kind: 'complete', ...key },
  );
}

completeTask(
  {
    id: 'rg-complete-01',
    title: 'Deficiency analysis: laparoscopic cholecystectomy stay',
    patientId: 'pt-marsh-evelyn',
    encounterId: 'enc-marsh-ip1',
    difficulty: 'easy',
    minutes: 10,
    domain: 'data-content',
    who: 'Evelyn R. Marsh, MRN 0055047, account RG25006046, General Surgery, admitted 06/14/2025, discharged 06/17/2025',
    intro: 'A short surgical stay; check every document, including the operative report timing and the daily notes.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-marsh-pn-0616',
        type: 'missing-signature',
        responsibleProviderId: 'prv-brennan',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(1)',
          "Dr. Brennan's POD 1 progress note of 06/16/2025 was never signed (status in progress). Every entry must be authenticated by its author.",
        ),
      },
    ],
    recordComplete: {
      value: false,
      rule: incompleteRule(
        'the POD 1 progress note is unsigned. The operative report was dictated within 2 hours, and the anesthesia consent is recorded in the anesthesia record.',
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-02',
    title: 'Deficiency analysis: cellulitis stay with an in-hospital fall',
    patientId: 'pt-russo-anthony',
    encounterId: 'enc-russo-ip1',
    difficulty: 'easy',
    minutes: 12,
    domain: 'compliance',
    who: 'Anthony J. Russo, MRN 0069350, account RG25007488, Hospital Medicine, admitted 08/04/2025, discharged 08/07/2025',
    intro: 'The stay included a fall on the unit, a verbal order for a head CT and a laceration repair by a resident.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-russo-ds',
        type: 'missing-signature',
        responsibleProviderId: 'prv-okafor',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(1), (c)(4)(vii)',
          'The discharge summary was dictated on 08/08/2025 but Dr. Okafor never authenticated it. An unsigned summary does not count, and it is now past the 30-day limit.',
        ),
      },
    ],
    recordComplete: {
      value: false,
      rule: incompleteRule(
        "the discharge summary is unsigned. The verbal CT order was authenticated within 5 hours, and the resident's repair note is cosigned, so neither is a deficiency.",
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-03',
    title: 'Deficiency analysis: COPD exacerbation stay',
    patientId: 'pt-allen-robert-jr',
    encounterId: 'enc-allen-rl-ip1',
    difficulty: 'medium',
    minutes: 12,
    domain: 'data-content',
    who: 'Robert L. Allen Jr., MRN 0051876, account RG25000391, Hospital Medicine, admitted 01/09/2025, discharged 01/13/2025',
    intro: 'Check each entry against the rules before you declare the record. Not every record has deficiencies.',
  },
  {
    deficiencies: [],
    recordComplete: {
      value: true,
      rule: rule(
        'facility',
        'Riverside completion rules; 42 CFR 482.24(c)',
        'Every required entry is present, signed and on time. The H&P was written 2 hours after admission, and the consultation, progress note and discharge summary are all signed. There were no verbal or telephone orders. The record is complete.',
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-04',
    title: 'Deficiency analysis: DKA stay on the teaching service',
    patientId: 'pt-monroe-keisha',
    encounterId: 'enc-monroe-ip1',
    difficulty: 'medium',
    minutes: 15,
    domain: 'compliance',
    who: 'Keisha L. Monroe, MRN 0074162, account RG25004955, Hospital Medicine Teaching Team B, admitted 05/02/2025, discharged 05/05/2025',
    intro: 'A PGY-2 resident wrote most of the notes. Check every resident entry for its attending cosignature.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-monroe-hp',
        type: 'missing-cosignature',
        responsibleProviderId: 'prv-lindqvist',
        rule: rule(
          'facility',
          'Riverside medical staff rules (resident supervision); 42 CFR 482.24(c)(1)',
          "Dr. Reyes's admission H&P names Dr. Lindqvist as the required cosigner, and the cosignature is still pending. The attending completes it.",
        ),
      },
      {
        documentId: 'doc-monroe-pn-0504',
        type: 'missing-cosignature',
        responsibleProviderId: 'prv-lindqvist',
        rule: rule(
          'facility',
          'Riverside medical staff rules (resident supervision); 42 CFR 482.24(c)(1)',
          "Dr. Reyes's 05/04/2025 progress note names Dr. Lindqvist as the required cosigner, and the cosignature is still pending.",
        ),
      },
    ],
    recordComplete: {
      value: false,
      rule: incompleteRule(
        "two resident entries still lack the attending's cosignature. The 05/03 note and the order sheet are cosigned, so they are not deficiencies.",
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-05',
    title: 'Deficiency analysis: small bowel obstruction, surgical service',
    patientId: 'pt-whitfield-dorothy',
    encounterId: 'enc-whitfield-ip1',
    difficulty: 'medium',
    minutes: 15,
    domain: 'data-content',
    who: 'Dorothy M. Whitfield, MRN 0023914, account RG25005199, General Surgery, admitted 05/19/2025, discharged 05/23/2025',
    intro: 'Non-operative management, so there is no operative report to expect. Check what is there, and what should be there and is not.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-whitfield-pn-0521',
        type: 'missing-signature',
        responsibleProviderId: 'prv-brennan',
        rule: rule('CoP', '42 CFR 482.24(c)(1)', "Dr. Brennan's progress note of 05/21/2025 was never signed (status in progress)."),
      },
      {
        type: 'missing-discharge-summary',
        responsibleProviderId: 'prv-brennan',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(4)(vii); Riverside completion rules (30 days)',
          'No discharge summary was ever dictated for the 05/23/2025 discharge; it was due by 06/22/2025. The attending surgeon, Dr. Brennan, owes it.',
        ),
      },
    ],
    recordComplete: { value: false, rule: incompleteRule('the discharge summary is missing and a progress note is unsigned.') },
  },
);

completeTask(
  {
    id: 'rg-complete-06',
    title: 'Deficiency analysis: sepsis stay with a bedside order',
    patientId: 'pt-ramirez-dolores',
    encounterId: 'enc-ramirez-ip1',
    difficulty: 'medium',
    minutes: 15,
    domain: 'compliance',
    who: 'Dolores M. Ramirez, MRN 0062914, account RG25002534, Hospital Medicine, admitted 03/10/2025, discharged 03/14/2025',
    intro: 'All the notes look signed at first glance. Review the orders as well as the documents.',
  },
  {
    deficiencies: [
      {
        documentId: 'ord-ramirez-05',
        type: 'unauthenticated-verbal-order',
        responsibleProviderId: 'prv-lindqvist',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(2); Riverside completion rules (48 hours)',
          'Dr. Lindqvist gave the 1 L saline bolus as a verbal order at 23:40 on 03/10/2025, and he never authenticated it. The ordering practitioner must authenticate within 48 hours.',
        ),
      },
    ],
    recordComplete: { value: false, rule: incompleteRule('a verbal order has never been authenticated.') },
  },
);

completeTask(
  {
    id: 'rg-complete-07',
    title: 'Deficiency analysis: elective total knee replacement',
    patientId: 'pt-fairbanks-linda',
    encounterId: 'enc-fairbanks-ip1',
    difficulty: 'hard',
    minutes: 20,
    domain: 'compliance',
    who: 'Linda C. Fairbanks, MRN 0036698, account RG25006803, Orthopaedics, admitted 07/14/2025 (surgery that morning), discharged 07/16/2025',
    intro:
      'An elective admission worked up in clinic beforehand. Compare the date of the H&P with the admission, and look for what the rules require when an H&P is written before admission.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-fairbanks-hp',
        type: 'history-and-physical-outdated',
        responsibleProviderId: 'prv-castillo',
        // An H&P more than 30 days old cannot be updated, so "no valid H&P" (missing) on it is equally right.
        alternates: [{ type: 'missing-history-and-physical' }],
        rule: rule(
          'CoP',
          '42 CFR 482.22(c)(5)(i)-(ii); 482.24(c)(4)(i)(A)-(B)',
          "Dr. Castillo's H&P was done on 06/04/2025, 40 days before the 07/14/2025 admission, and has no update note. An H&P must be no more than 30 days old, with an update, before surgery. The anesthesia pre-operative evaluation is not the surgeon's H&P update.",
        ),
      },
    ],
    recordComplete: {
      value: false,
      rule: incompleteRule(
        'there is no valid H&P for this admission. The operative report was dictated within 2 hours, and the anesthesia consent is in the anesthesia record.',
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-08',
    title: 'Deficiency analysis: heart failure stay discharged to a nursing facility',
    patientId: 'pt-doyle-margaret',
    encounterId: 'enc-doyle-ip1',
    difficulty: 'hard',
    minutes: 20,
    domain: 'compliance',
    who: 'Margaret A. Doyle, MRN 0031187, account RG24010815, Hospital Medicine, admitted 12/03/2024, discharged 12/09/2024 to a skilled nursing facility',
    intro:
      'Every document in this chart is signed today. Check when each was written and signed, and when each telephone order was authenticated, against the time limits.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-doyle-ip1-ds',
        type: 'discharge-summary-late',
        responsibleProviderId: 'prv-okafor',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(4)(vii)-(viii); Riverside completion rules (30 days)',
          'The discharge was on 12/09/2024. Dr. Okafor dictated the summary on 01/20/2025 and signed it on 01/21/2025, 42 days later; the limit is 30 days.',
        ),
      },
      {
        documentId: 'ord-doyle-07',
        type: 'unauthenticated-verbal-order',
        responsibleProviderId: 'prv-okafor',
        rule: rule(
          'CoP',
          '42 CFR 482.24(c)(2); Riverside completion rules (48 hours)',
          'Dr. Okafor gave the potassium and magnesium telephone order at 21:30 on 12/05/2024 and authenticated it only at 11:20 on 12/09/2024, about 86 hours later; the limit is 48 hours.',
        ),
      },
    ],
    recordComplete: {
      value: true,
      rule: lateOnlyRule(
        'Both of its deficiencies were completed late: the discharge summary, signed 42 days after discharge, and a telephone order, authenticated after 86 hours. They stand as timeliness deficiencies against Dr. Okafor, but every entry is now present and authenticated.',
      ),
    },
  },
);

completeTask(
  {
    id: 'rg-complete-09',
    title: 'Deficiency analysis: hip fracture with hemiarthroplasty',
    patientId: 'pt-thornton-william',
    encounterId: 'enc-thornton-ip1',
    difficulty: 'hard',
    minutes: 20,
    domain: 'data-content',
    who: 'William H. Thornton, MRN 0027450, account RG25001893, Orthopaedics, admitted 02/17/2025, surgery 02/18/2025, discharged 02/21/2025 to inpatient rehabilitation',
    intro: 'A surgical stay with a transfusion ordered by telephone. Time each entry against the rules, surgery included.',
  },
  {
    deficiencies: [
      {
        documentId: 'doc-thornton-op',
        type: 'operative-report-late',
        responsibleProviderId: 'prv-castillo',
        rule: rule(
          'CoP',
          '42 CFR 482.51(b)(6); Riverside completion rules (24 hours)',
          'Surgery began at 08:20 on 02/18/2025. Dr. Castillo dictated the operative report at 14:10 on 02/22/2025, about 102 hours later and after the discharge, with no brief operative note in between. It is due within 24 hours.',
        ),
      },
    ],
    recordComplete: {
      value: true,
      rule: lateOnlyRule(
        'Its only deficiency is the operative report, dictated and signed about 102 hours after surgery; it stands as a timeliness deficiency against Dr. Castillo. The telephone transfusion order was authenticated in 7 hours, and every other entry is present and signed.',
      ),
    },
  },
);

// ---------------------------------------------------------------------------------------------
// Code: ICD-10-CM (with POA for inpatients), ICD-10-PCS, HCPCS Level II
// ---------------------------------------------------------------------------------------------

const CODING_POLICY = [
  'Riverside coding policy (FY2025 code set):',
  '- Enter codes without the decimal point.',
  '- Inpatients: principal diagnosis first, then every other diagnosis that meets the UHDDS definition, each with its present-on-admission indicator (use "exempt" for codes on the POA-exempt list). ICD-10-PCS procedures, principal procedure first.',
  '- Outpatients and ED visits: first-listed diagnosis, then the other conditions that affected care. Uncertain diagnoses ("likely", "probable") are not coded in the outpatient setting. Drugs given in the ED are reported with HCPCS Level II J-codes: enter each code once, with its units of service (the dose given divided by the dose in the code\'s descriptor, rounded up to a whole unit).',
  "- Code from the provider's documentation as it stands. Where you would send a query, code what is documented now.",
  '- Do not report drug-allergy status (Z88.-) or family history codes. Do report latex allergy status (Z91.040) for surgical patients. Z23 (immunization) may be reported but is not required.',
  '- Riverside does not code moderate sedation, echocardiograms, nerve blocks or vaccine administration on inpatient claims.',
].join('\n');

const PDX = (text: string, cite = 'OGCR II') => rule('OGCR', cite, text);
const OTHER = (text: string, cite = 'UHDDS; OGCR III') => rule('UHDDS', cite, text);
const PCS = (cite: string, text: string) => rule('other', `ICD-10-PCS Official Guidelines ${cite}`, text);

function codeTask(
  t: {
    id: string;
    title: string;
    patientId: string;
    encounterId: string;
    who: string;
    intro: string;
    difficulty: string;
    minutes: number;
    systems: string[];
  },
  key: Any,
): void {
  addTask(
    {
      id: t.id,
      kind: 'code',
      title: t.title,
      instructions: [`Code ${t.who}. ${t.intro}`, '', CODING_POLICY].join('\n'),
      rhitDomain: 'revenue-cycle',
      difficulty: t.difficulty,
      estimatedMinutes: t.minutes,
      patientId: t.patientId,
      encounterId: t.encounterId,
      systems: t.systems,
    },
    { kind: 'code', ...key },
  );
}

// K1 - ED visit, ureteral stone with hydronephrosis; HCPCS drugs (Rahman)
codeTask(
  {
    id: 'rg-code-01',
    title: 'ED coding: right ureteral stone, treated and released',
    patientId: 'pt-rahman-aisha',
    encounterId: 'enc-rahman-ed1',
    difficulty: 'easy',
    minutes: 10,
    systems: ['ICD-10-CM', 'HCPCS'],
    who: 'the emergency department visit of Aisha N. Rahman, MRN 0092471, account RG25008120, 08/23/2025 (treated and released)',
    intro: 'Report the diagnoses and the HCPCS Level II codes for the drugs and fluids given in the ED.',
  },
  {
    principal: {
      code: 'N132',
      rule: rule(
        'OGCR',
        'IV.G; Tabular N20 Excludes1',
        'The CT shows a 5 mm obstructing right UVJ stone with hydronephrosis. A ureteral stone with hydronephrosis is the combination code N13.2, and N20.- is excluded when hydronephrosis is present.',
      ),
    },
    secondary: [
      {
        code: 'Z793',
        required: false,
        rule: rule(
          'OGCR',
          'IV.J',
          'Long-term oral contraceptive use is documented; it may be reported, but it did not change the ED care.',
        ),
      },
    ],
    hcpcs: [
      {
        code: 'J1885',
        rule: rule(
          'other',
          'HCPCS Level II J1885',
          'Ketorolac 15 mg IV was given at 01:55: J1885, injection, ketorolac tromethamine, per 15 mg (1 unit).',
        ),
      },
      {
        code: 'J2405',
        units: 4,
        rule: rule(
          'other',
          'HCPCS Level II J2405',
          'Ondansetron 4 mg IV was given at 01:55: J2405, injection, ondansetron hydrochloride, per 1 mg (4 units).',
        ),
      },
      {
        code: 'J7030',
        rule: rule('other', 'HCPCS Level II J7030', 'Normal saline 1 L IV was given: J7030, infusion, normal saline solution, 1000 cc.'),
      },
    ],
    notCodeable: [
      {
        code: 'N201',
        rule: rule(
          'OGCR',
          'Tabular N20 Excludes1',
          'Calculus of ureter without hydronephrosis is excluded here: with hydronephrosis, the stone is coded N13.2 alone.',
        ),
      },
      {
        code: 'R319',
        rule: rule(
          'OGCR',
          'I.B.5; IV.D',
          'Hematuria is routinely associated with a ureteral stone, so it is not coded once the stone is diagnosed.',
        ),
      },
    ],
  },
);

// K2 - ED visit, TIA (Greene)
codeTask(
  {
    id: 'rg-code-02',
    title: 'ED coding: transient ischemic attack, discharged home',
    patientId: 'pt-greene-harold',
    encounterId: 'enc-greene-ed1',
    difficulty: 'easy',
    minutes: 10,
    systems: ['ICD-10-CM'],
    who: 'the emergency department visit of Harold E. Greene, MRN 0019538, account RG25001274, 02/03/2025 (discharged home)',
    intro: 'Report the ICD-10-CM diagnoses. CPT for the visit and imaging is handled by the professional coders.',
  },
  {
    principal: {
      code: 'G459',
      rule: rule(
        'OGCR',
        'IV.G',
        "The ED physician's assessment is a transient ischemic attack, resolved, so it is listed first. No infarct was found.",
      ),
    },
    secondary: [
      {
        code: 'I10',
        rule: rule(
          'OGCR',
          'IV.J',
          'Hypertension, on lisinopril, is a chronic condition that affected management (BP 158/88, stroke risk).',
        ),
      },
      { code: 'E785', rule: rule('OGCR', 'IV.J', 'Hyperlipidemia was treated: the statin was continued with a lower LDL goal.') },
      {
        code: 'Z87891',
        rule: rule(
          'OGCR',
          'IV.J; I.C.21.c.4',
          'Former smoker: a history code is reported when the history bears on current care, here a vascular risk factor.',
        ),
      },
      {
        code: 'I6522',
        required: false,
        rule: rule(
          'OGCR',
          'IV.J',
          'The ED physician recorded a 40% left ICA stenosis on CTA in the TIA work-up. It may be reported, but it did not change the plan.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'R4701',
        rule: rule(
          'OGCR',
          'I.B.5; IV.D',
          'The resolved word-finding difficulty is a symptom of the TIA itself, so it is not coded separately.',
        ),
      },
      {
        code: 'I639',
        rule: rule(
          'OGCR',
          'IV.H',
          'No cerebral infarction was diagnosed (CT negative, symptoms resolved in 25 minutes). Do not code a condition the provider did not establish.',
        ),
      },
    ],
  },
);

// K3 - inpatient, appendicitis with localized peritonitis, laparoscopic appendectomy (Brooks)
codeTask(
  {
    id: 'rg-code-03',
    title: 'Inpatient coding: acute appendicitis, laparoscopic appendectomy',
    patientId: 'pt-brooks-tyler',
    encounterId: 'enc-brooks-ip1',
    difficulty: 'easy',
    minutes: 15,
    systems: ['ICD-10-CM', 'ICD-10-PCS'],
    who: 'the inpatient stay of Tyler J. Brooks, MRN 0088305, account RG25003309, 04/05/2025 - 04/06/2025',
    intro: 'Read the operative and pathology reports as well as the discharge summary: the diagnosis became more specific after surgery.',
  },
  {
    principal: {
      code: 'K3530',
      rule: PDX(
        'The postoperative diagnosis and pathology establish acute suppurative appendicitis with localized peritonitis, without perforation or gangrene. The diagnosis established after study is coded to its full specificity.',
      ),
    },
    principalPoa: 'Y',
    procedures: [
      {
        code: '0DTJ4ZZ',
        principal: true,
        rule: PCS(
          'B3.1a; Table 0DT',
          'The whole appendix was removed (root operation Resection) laparoscopically (percutaneous endoscopic approach): 0DTJ4ZZ.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'K3580',
        rule: PDX(
          '"Acute appendicitis" NOS is the admitting impression; the operative findings specify localized peritonitis, so the unspecified code is not used.',
        ),
      },
      {
        code: 'K3532',
        rule: PDX('There was no perforation (operative report and pathology), so the perforated-appendicitis codes do not apply.'),
      },
    ],
  },
);

// K4 - inpatient, DKA from insulin underdosing (Monroe)
codeTask(
  {
    id: 'rg-code-04',
    title: 'Inpatient coding: diabetic ketoacidosis from rationed insulin',
    patientId: 'pt-monroe-keisha',
    encounterId: 'enc-monroe-ip1',
    difficulty: 'medium',
    minutes: 20,
    systems: ['ICD-10-CM', 'ICD-10-PCS'],
    who: 'the inpatient stay of Keisha L. Monroe, MRN 0074162, account RG25004955, 05/02/2025 - 05/05/2025',
    intro: 'Pay attention to why the insulin was not taken, and to which conditions were present when she was admitted.',
  },
  {
    principal: {
      code: 'E1010',
      rule: PDX(
        'Type 1 diabetes with ketoacidosis without coma was the reason for admission. When underdosing leads to a relapse, the condition itself is sequenced first, not the underdosing (OGCR I.C.19.e.5.c).',
        'OGCR II; I.C.19.e.5.c',
      ),
    },
    principalPoa: 'Y',
    secondary: [
      {
        code: 'T383X6A',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.C.19.e.5.c',
          'She took less insulin than prescribed (underdosing), which caused the DKA. Underdosing is coded as a secondary diagnosis, never as the principal.',
        ),
      },
      {
        code: 'Z91120',
        poa: 'exempt',
        rule: rule(
          'OGCR',
          'I.C.19.e.5.c',
          'A noncompliance code shows the intent of the underdosing: intentional, because of financial hardship after she lost her insurance.',
        ),
      },
      {
        code: 'E876',
        poa: 'N',
        rule: OTHER(
          'Hypokalemia (K 3.1) developed on the insulin infusion after admission (K 5.6 on arrival). It was treated, and it was not present on admission.',
        ),
      },
      {
        code: 'E8342',
        poa: 'N',
        rule: OTHER('Hypomagnesemia developed during treatment and was replaced, so it was not present on admission.'),
      },
      {
        code: 'Z560',
        poa: 'exempt',
        required: false,
        rule: rule(
          'OGCR',
          'I.B.14; I.C.21.c.17',
          'Unemployment is documented by the resident and social work as a social determinant of health. It is optional at Riverside.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'Z794',
        rule: rule(
          'OGCR',
          'I.C.4.a.3; Tabular E11',
          'Long-term insulin use is reported with type 2 or secondary diabetes. Type 1 diabetes implies insulin, and E10 carries no instruction to add Z79.4.',
        ),
      },
      {
        code: 'E1065',
        rule: rule(
          'OGCR',
          'III.B; I.C.4.a',
          'No provider documented hyperglycemia or poor control as a diagnosis. An A1c value alone is a laboratory finding, and the hyperglycemia of DKA is part of the E10.10 code.',
        ),
      },
      {
        code: 'E871',
        rule: rule(
          'OGCR',
          'I.B.5; III.B',
          'The low sodium was pseudohyponatremia from hyperglycemia (corrected sodium 138, "no action"). It is not true hyponatremia, so it is not coded.',
        ),
      },
    ],
  },
);

// K5 - inpatient, acute calculous cholecystitis, laparoscopic cholecystectomy (Marsh)
codeTask(
  {
    id: 'rg-code-05',
    title: 'Inpatient coding: acute calculous cholecystitis, laparoscopic cholecystectomy',
    patientId: 'pt-marsh-evelyn',
    encounterId: 'enc-marsh-ip1',
    difficulty: 'medium',
    minutes: 20,
    systems: ['ICD-10-CM', 'ICD-10-PCS'],
    who: 'the inpatient stay of Evelyn R. Marsh, MRN 0055047, account RG25006046, 06/14/2025 - 06/17/2025',
    intro: 'Use the pathology report to settle the type of cholecystitis, and code every chronic condition the providers managed.',
  },
  {
    principal: {
      code: 'K8000',
      rule: PDX(
        'Gallstones with acute cholecystitis are one combination code. Pathology shows acute (not acute and chronic) cholecystitis, and no stone was impacted, so the code is "without obstruction".',
      ),
    },
    principalPoa: 'Y',
    secondary: [
      {
        code: 'E66812',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.B.14; Tabular E66.81- (FY2025)',
          'The surgeon documents obesity, class 2. From FY2025 the obesity class has its own code, E66.812.',
        ),
      },
      {
        code: 'Z6836',
        poa: 'exempt',
        rule: rule(
          'OGCR',
          'I.B.14',
          'BMI 36.1 is reported with the obesity the provider documented. A BMI code is never reported without an associated diagnosis.',
        ),
      },
      { code: 'K219', poa: 'Y', rule: OTHER('GERD, on omeprazole continued in hospital, is a chronic condition that was treated.') },
      {
        code: 'K760',
        poa: 'Y',
        rule: OTHER('Hepatic steatosis is documented as a discharge diagnosis with follow-up arranged with her PCP.'),
      },
      { code: 'I10', poa: 'Y', rule: OTHER('Hypertension, treated with lisinopril-HCTZ, is a chronic condition that affects care.') },
      {
        code: 'Z91040',
        poa: 'exempt',
        rule: rule(
          'OGCR',
          'I.C.21.c.3; Riverside coding policy',
          'Latex allergy status changed the surgery: the operation was done in a latex-free room.',
        ),
      },
    ],
    procedures: [
      {
        code: '0FT44ZZ',
        principal: true,
        rule: PCS(
          'B3.1a; Table 0FT',
          'The whole gallbladder was removed (root operation Resection) laparoscopically (percutaneous endoscopic approach): 0FT44ZZ.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'K8012',
        rule: PDX(
          'Pathology found acute cholecystitis without a significant chronic inflammatory infiltrate, so the acute-and-chronic code does not apply.',
        ),
      },
      { code: 'K8001', rule: PDX('No stone was impacted in the neck or duct ("no obstruction"), so the code is not "with obstruction".') },
      {
        code: 'K810',
        rule: rule(
          'OGCR',
          'I.A.15; Tabular K81 Excludes1',
          'The acute cholecystitis is part of the combination code K80.00; K81.0 is excluded when gallstones are present.',
        ),
      },
    ],
  },
);

// K6 - inpatient, severe sepsis due to E. coli pyelonephritis with AKI (Ramirez)
codeTask(
  {
    id: 'rg-code-06',
    title: 'Inpatient coding: severe sepsis from E. coli pyelonephritis',
    patientId: 'pt-ramirez-dolores',
    encounterId: 'enc-ramirez-ip1',
    difficulty: 'hard',
    minutes: 30,
    systems: ['ICD-10-CM', 'ICD-10-PCS'],
    who: 'the inpatient stay of Dolores M. Ramirez, MRN 0062914, account RG25002534, 03/10/2025 - 03/14/2025 (the same-day ED visit is billed on this claim)',
    intro:
      'Sequence sepsis, its source and the organ dysfunction following the sepsis guidelines. Read the culture report for the organism.',
  },
  {
    principal: {
      code: 'A4151',
      rule: PDX(
        'Sepsis and a localized infection were both present on admission, so the systemic infection is sequenced first. The organism is known (E. coli in blood and urine), so the code is A41.51, not A41.9.',
        'OGCR I.C.1.d.4; I.C.1.d.1.a',
      ),
    },
    principalPoa: 'Y',
    secondary: [
      // Severity (MS-DRG v43.1, ../shared/data/msdrg/v431): dx.tsv rates R65.20 MCC, N10 CC and N17.9 CC, but
      // A41.51's exclusion list (dx.tsv excl_id 2458, pdx_exclusions.tsv) contains R65.20, so for this stay
      // only N10 and N17.9 count, as CCs. The sepsis DRGs 871/872 split on an MCC only: the stay groups to 872.
      {
        code: 'R6520',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.C.1.d.1.b',
          'Sepsis with acute organ dysfunction (AKI, lactate 3.1) is severe sepsis. R65.20 follows the infection code, because she never needed vasopressors and had no septic shock. R65.20 is an MCC in the MS-DRG v43.1 table, but A41.51 as principal diagnosis excludes it, so it is not an MCC for this stay.',
        ),
      },
      {
        code: 'N10',
        poa: 'Y',
        severity: 'cc',
        weight: 2,
        rule: rule(
          'OGCR',
          'I.C.1.d.4',
          'Acute pyelonephritis is the localized infection that caused the sepsis. It is a secondary diagnosis, and a CC under MS-DRG v43.1.',
        ),
      },
      {
        code: 'N179',
        poa: 'Y',
        severity: 'cc',
        weight: 2,
        rule: rule(
          'OGCR',
          'I.C.1.d.1.b',
          'The acute kidney injury (creatinine 1.94, baseline 0.88) is the sepsis-associated organ dysfunction and is coded in addition to R65.20. It is a CC under MS-DRG v43.1.',
        ),
      },
      {
        code: 'E1165',
        poa: 'Y',
        rule: rule('OGCR', 'I.C.4.a', 'The discharge summary documents type 2 diabetes with hyperglycemia (A1c 8.6%).'),
      },
      { code: 'I10', poa: 'Y', rule: OTHER('Hypertension affected care: lisinopril was held for hypotension and AKI.') },
      { code: 'E785', poa: 'Y', rule: OTHER('Hyperlipidemia was treated: atorvastatin was continued.') },
      {
        code: 'Z7984',
        poa: 'exempt',
        rule: rule('OGCR', 'I.C.4.a.3', 'She takes metformin and glipizide long term, so Z79.84 is reported for the oral hypoglycemics.'),
      },
      {
        code: 'B9620',
        poa: 'Y',
        required: false,
        rule: rule(
          'OGCR',
          'I.C.1.d.4; Tabular N10 use-additional-code note',
          'N10 asks for an additional code for the organism. Some facilities omit it because A41.51 already names E. coli; it is accepted, not required.',
        ),
      },
      // For discussion (instructor notes, "Doubts to discuss"): drug resistance. Z16.11, Z16.24 and Z16.29 are CCs in dx.tsv, none excluded by A41.51.
      {
        code: 'Z1611',
        alternates: ['Z1624'],
        poa: 'Y',
        required: false,
        severity: 'cc',
        weight: 2,
        rule: rule(
          'OGCR',
          'I.C.1.c; Tabular Z16',
          'The discharge summary restates that the E. coli was resistant to ampicillin and TMP-SMX. A resistance code may follow the infection code: Z16.11 for the penicillin (ampicillin) and Z16.29 for the sulfonamide, or Z16.24 for resistance to multiple antibiotics. The provider restates the susceptibility report rather than calling the infection drug-resistant, so the key leaves it open: coded or not, it counts nothing.',
        ),
      },
      {
        code: 'Z1629',
        poa: 'Y',
        required: false,
        severity: 'cc',
        weight: 2,
        rule: rule(
          'OGCR',
          'I.C.1.c; Tabular Z16',
          'Resistance to a sulfonamide (TMP-SMX) is Z16.29, beside Z16.11 for the ampicillin. Coded or not, it counts nothing: the provider restates the susceptibility report rather than documenting a drug-resistant infection.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'R7881',
        rule: rule(
          'OGCR',
          'Tabular R78.81 Excludes1; I.C.1.d.1.a',
          'Bacteremia is not coded with sepsis: R78.81 excludes sepsis, and the positive blood culture is part of A41.51.',
        ),
      },
      {
        code: 'A419',
        rule: rule('OGCR', 'I.C.1.d.1.a', 'A41.9 is used only when the organism is not specified. Here the cultures grew E. coli.'),
      },
      {
        code: 'R6521',
        rule: rule(
          'OGCR',
          'I.C.1.d.2',
          'Septic shock was never documented: the hypotension responded to fluids, and no vasopressors were given.',
        ),
      },
      {
        code: 'Z794',
        rule: rule(
          'OGCR',
          'I.C.4.a.3',
          'Insulin was given only in hospital to control her sugars. Z79.4 is not assigned for temporary insulin in a type 2 diabetic.',
        ),
      },
    ],
  },
);

// K7 - inpatient, NSTEMI with PCI (Allen Sr.)
codeTask(
  {
    id: 'rg-code-07',
    title: 'Inpatient coding: NSTEMI with coronary stent',
    patientId: 'pt-allen-robert',
    encounterId: 'enc-allen-r-ip1',
    difficulty: 'hard',
    minutes: 35,
    systems: ['ICD-10-CM', 'ICD-10-PCS'],
    who: 'the inpatient stay of Robert J. Allen, MRN 0048213, account RG24010422, 11/18/2024 - 11/21/2024 (not the look-alike Robert L. Allen Jr.)',
    intro:
      'Code the diagnoses with their POA indicators, and every component of the catheterization and PCI from the procedure report. Watch the diabetes, hypertension and kidney disease relationships.',
  },
  {
    principal: {
      code: 'I214',
      rule: PDX(
        'A type 1 non-ST-elevation MI was the reason for admission. When a patient with CAD is admitted for an acute MI, the MI is sequenced first.',
        'OGCR II; I.C.9.e.1; I.C.9.b',
      ),
    },
    principalPoa: 'Y',
    secondary: [
      // For discussion (instructor notes, "Doubts to discuss"): some coders report CAD with angina pectoris; the key accepts it.
      {
        code: 'I2510',
        alternates: ['I25118', 'I25119'],
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.C.9.b',
          'Native-vessel coronary atherosclerosis is coded with the MI. The month of exertional angina progressed into the MI, so the key codes CAD without angina; CAD with angina pectoris (I25.118, I25.119) is accepted as well, since references differ. CAD with unstable angina is not: the unstable phase is the MI.',
        ),
      },
      {
        code: 'E1122',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.C.4.a; I.A.15',
          'Type 2 diabetes with chronic kidney disease: the provider documents "diabetic chronic kidney disease", and the "with" convention links them.',
        ),
      },
      {
        code: 'I129',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.C.9.a.2',
          'Hypertension with CKD is presumed to be hypertensive CKD (I12.-). With stage 3a CKD and no heart failure, the code is I12.9.',
        ),
      },
      {
        code: 'N1831',
        poa: 'Y',
        rule: rule('OGCR', 'I.C.9.a.2; I.C.14.a.1', 'I12.9 and E11.22 both require an additional code for the stage of CKD: stage 3a.'),
      },
      { code: 'E785', poa: 'Y', rule: OTHER('Hyperlipidemia was treated: the atorvastatin dose was increased.') },
      {
        code: 'E66811',
        poa: 'Y',
        rule: rule(
          'OGCR',
          'I.B.14; Tabular E66.81- (FY2025)',
          'The cardiologist documents obesity, class 1 (BMI 31.4). From FY2025 the class has its own code, E66.811.',
        ),
      },
      { code: 'Z6831', poa: 'exempt', rule: rule('OGCR', 'I.B.14', 'BMI 31.4 is reported with the documented obesity.') },
      {
        code: 'Z87891',
        poa: 'exempt',
        rule: rule(
          'OGCR',
          'I.C.21.c.4',
          'Former smoker (30 pack-years, quit 2009): personal history of nicotine dependence is a cardiac risk factor relevant to this stay.',
        ),
      },
      { code: 'Z7984', poa: 'exempt', rule: rule('OGCR', 'I.C.4.a.3', 'He takes metformin long term (held 48 hours after contrast).') },
      { code: 'Z7982', poa: 'exempt', rule: rule('OGCR', 'I.C.21.c.3', 'He takes aspirin 81 mg long term, and it continues.') },
      {
        code: 'Z23',
        poa: 'exempt',
        required: false,
        rule: rule(
          'OGCR',
          'I.C.21.c.2; Riverside coding policy',
          'He was given an influenza vaccine on 11/21. Z23 may be reported but is not required at Riverside.',
        ),
      },
    ],
    procedures: [
      {
        code: '027034Z',
        principal: true,
        rule: PCS(
          'B4.4; B6.1a',
          'The definitive treatment was dilation of one coronary artery (proximal LAD) with one drug-eluting stent, percutaneous: 027034Z. Coronary body parts count the arteries treated.',
        ),
      },
      {
        code: '4A023N7',
        rule: rule(
          'other',
          'ICD-10-PCS Table 4A0',
          'The left heart catheterization with measurement of LVEDP is Measurement, cardiac sampling and pressure, left heart, percutaneous: 4A023N7.',
        ),
      },
      {
        code: 'B2111ZZ',
        rule: rule(
          'other',
          'ICD-10-PCS Table B21',
          'Selective angiography of the left and right coronary systems with low-osmolar contrast (iohexol) is fluoroscopy of multiple coronary arteries, low osmolar: B2111ZZ.',
        ),
      },
    ],
    notCodeable: [
      {
        code: 'I255',
        rule: rule(
          'OGCR',
          'III',
          'The discharge summary says "ischemic cardiomyopathy is not diagnosed". The reduced EF is expected to improve.',
        ),
      },
      {
        code: 'N179',
        rule: rule(
          'OGCR',
          'III.B',
          'The creatinine went from 1.38 to 1.45 after contrast and back to 1.36. It was not called acute kidney injury and did not meet the criteria for it.',
        ),
      },
      {
        code: 'I25110',
        rule: rule(
          'OGCR',
          'I.C.9.b',
          'The preceding angina progressed to the MI. It is not reported as CAD with unstable angina alongside the NSTEMI.',
        ),
      },
      {
        code: 'Z955',
        rule: rule(
          'OGCR',
          'I.C.21.c.3',
          'The stent was placed during this stay and is reported with the PCS code. The status code Z95.5 is for later encounters.',
        ),
      },
      {
        code: 'E1165',
        rule: rule(
          'OGCR',
          'III.B; I.C.4.a',
          'An A1c of 8.1% was not documented as hyperglycemia or poor control, so E11.65 is not supported.',
        ),
      },
    ],
  },
);

// =============================================================================================
// ASSEMBLY
// =============================================================================================

// Allergies were asked about wherever a note documents NKDA: record that, so the banner reads NKA.
for (const p of patients as { allergies?: unknown[]; documents?: { text: string }[]; allergyAssessment?: string }[]) {
  if ((p.allergies?.length ?? 0) === 0 && p.documents?.some((d) => /NKDA|no known (drug )?allergies/i.test(d.text))) {
    p.allergyAssessment = 'no-known-allergies';
  }
}

const pack = {
  $schema: '../pack.schema.json',
  format: 'record-room-pack',
  version: 3,
  pack: {
    id: 'riverside-general',
    title: 'Riverside General Hospital — Medicine & Surgery',
    description: [
      "Riverside General Hospital's medicine and surgery service, fiscal year 2025 (10/01/2024 - 09/30/2025): 15 patients with 39 encounters",
      '(inpatient stays, emergency and clinic visits, outpatient imaging and endoscopy) and 148 chart documents, and 31 work-queue tasks from easy to',
      'hard: filing loose documents and a chart audit, records requests, deficiency analysis and coding. Skills practised: identifying patients on two',
      'identifiers, indexing documents to the right chart and visit, deciding release-of-information requests and the minimum necessary, record',
      'completion against the bylaws and the Conditions of Participation, and ICD-10-CM/PCS FY2025 and HCPCS Level II coding with POA.',
    ].join(' '),
    instructorNotes: [
      'A community hospital medicine and surgery service over fiscal year 2025 (10/01/2024 - 09/30/2025): 15 patients, 39 encounters',
      '(inpatient stays, emergency visits, clinic visits, outpatient imaging and endoscopy) and 148 chart documents, plus a Filing queue of 11',
      'loose documents. Cases include NSTEMI with PCI, acute on chronic systolic heart failure with a hospital-acquired pressure injury, COPD',
      'exacerbation, sepsis from E. coli pyelonephritis, DKA, embolic stroke after IV alteplase, appendicitis, cholecystitis, hip fracture with',
      'hemiarthroplasty, elective knee replacement, bleeding duodenal ulcer, adhesive small bowel obstruction, cellulitis with an in-hospital fall,',
      'and a death on comfort care. Planted HIM work: unsigned and uncosigned documents, a late discharge summary, a missing discharge summary, a',
      'late operative report, a stale H&P without update, a late H&P, unauthenticated and late-authenticated verbal/telephone orders, look-alike',
      "patients (two Robert Allens), a document misfiled in the look-alike's chart, a previous married name, nicknames, HIV-protected results,",
      'a misdirected fax and a name-only document.',
      'HIM tasks with answer keys: 5 filing batches and a chart audit, 9 records requests (continuing care, physicians, right of access, attorneys, a subpoena,',
      'insurers), 9 deficiency analyses and 7 coding cases (ICD-10-CM/PCS FY2025 with POA, HCPCS Level II). Instructor notes: docs/content/riverside-general.md.',
    ].join(' '),
    author: 'Record Room project',
    licence: 'CC0-1.0',
    packVersion: '1.3.0',
    codeSetYear: 2025,
    facility: {
      name: 'Riverside General Hospital',
      mrnFormat: { pattern: '^\\d{7}$', description: '7 digits, zero-filled' },
      accountNumberFormat: {
        pattern: '^RG\\d{8}$',
        description: 'RG followed by 8 digits (2-digit year + 6-digit sequence), e.g. RG25001234',
      },
      completion: {
        historyAndPhysicalMaxDaysBefore: 30,
        historyAndPhysicalHoursAfterAdmission: 24,
        operativeReportHours: 24,
        dischargeSummaryDays: 30,
        recordCompletionDays: 30,
        verbalOrderAuthenticationHours: 48,
      },
      protectedCategories: ['hiv'],
    },
  },
  providers,
  patients,
  looseDocuments: looseDocuments.map((l) => ({ ...l, text: String(l.text).replace(/^\n+/, '').replace(/\s+$/, '') })),
  tasks,
  keys,
};

// Authoring checks on the tasks: every loose document is in a filing task, every kind has at least 5 tasks.
{
  const filed = new Set(tasks.filter((t) => t.kind === 'file').flatMap((t) => t.looseDocumentIds as string[]));
  const unfiled = looseDocuments.map((l) => l.id as string).filter((id) => !filed.has(id));
  const perKind = Object.fromEntries(['file', 'retrieve', 'complete', 'code'].map((k) => [k, tasks.filter((t) => t.kind === k).length]));
  if (unfiled.length > 0 || Object.values(perKind).some((n) => n < 5)) {
    console.error(
      `task checks failed: loose documents in no filing task ${JSON.stringify(unfiled)}; tasks per kind ${JSON.stringify(perKind)}`,
    );
    process.exit(1);
  }
}

const parsed = PackFile.safeParse(pack);
if (!parsed.success) {
  console.error(JSON.stringify(parsed.error.issues.slice(0, 30), null, 1));
  process.exit(1);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(pack, null, 2) + '\n');

// Counts, for the author's report.
const byClass: Record<string, number> = {};
const byType: Record<string, number> = {};
let docs = 0;
for (const p of patients) {
  for (const e of p.encounters) byClass[e.class] = (byClass[e.class] ?? 0) + 1;
  for (const d of p.documents) {
    byType[d.type] = (byType[d.type] ?? 0) + 1;
    docs++;
  }
}
console.log(`wrote ${OUT}`);
console.log(`patients ${patients.length}; encounters ${Object.values(byClass).reduce((a, b) => a + b, 0)} ${JSON.stringify(byClass)}`);
console.log(`documents ${docs}; types ${Object.keys(byType).length} ${JSON.stringify(byType)}`);
console.log(`loose documents ${looseDocuments.length}; providers ${providers.length}`);
console.log(
  `tasks ${tasks.length} ${JSON.stringify(Object.fromEntries(['file', 'retrieve', 'complete', 'code'].map((k) => [k, tasks.filter((t) => t.kind === k).length])))}; keys ${keys.length}`,
);
