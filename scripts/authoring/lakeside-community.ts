/**
 * Deterministic authoring script for the Lakeside Community Health scenario pack.
 * Run: npx tsx scripts/authoring/lakeside-community.ts [--out <file>]
 * Writes scenarios/lakeside/lakeside-community.pack.json (or <file> with --out), validates it against
 * PackFile, runs cross-reference / date-order checks and prints counts. Deterministic: the same script
 * gives the same bytes (tests/scenarios/reproduce.test.ts checks the committed pack).
 *
 * Every document's prose is written by hand below; the helpers only assemble the JSON shape.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackFile } from '../../src/packs/format.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** Where the pack is written: the committed file, or the file given with `--out <file>`. */
function outPath(fallback: string): string {
  const i = process.argv.indexOf('--out');
  if (i === -1) return fallback;
  const file = process.argv[i + 1];
  if (!file || file.startsWith('--')) {
    console.error('usage: npx tsx scripts/authoring/lakeside-community.ts [--out <file>]');
    process.exit(2);
  }
  return resolve(file);
}
const OUT = outPath(resolve(here, '../../scenarios/lakeside/lakeside-community.pack.json'));

type Json = Record<string, unknown>;
type Sens = 'psychotherapy-notes' | 'substance-use-part2' | 'hiv' | 'behavioral-health' | 'genetic' | 'reproductive' | 'minor-confidential';

/** Removes the leading newline and trailing whitespace of a template literal. */
function clean(s: string): string {
  return s.replace(/^\n/, '').replace(/\s+$/, '') + '\n';
}

/** NPI check digit: Luhn over the 9 digits prefixed by 80840. */
function npi(nine: string): string {
  const digits = ('80840' + nine).split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = digits[i]!;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return nine + String((10 - (sum % 10)) % 10);
}

interface DocIn {
  id: string;
  type: string;
  title: string;
  enc?: string;
  author?: string;
  authorText?: string;
  at: string; // serviceAt
  written?: string;
  signed?: string; // author authentication time; omit for unsigned
  method?: 'electronic' | 'handwritten' | 'stamp';
  status?: 'in-progress' | 'final' | 'amended' | 'entered-in-error';
  cosigner?: string;
  cosigned?: string;
  sens?: Sens[];
  text: string;
}

function doc(d: DocIn): Json {
  const auths: Json[] = [];
  if (d.author && d.signed) auths.push({ providerId: d.author, role: 'author', at: d.signed, method: d.method ?? 'electronic' });
  if (d.cosigner && d.cosigned) auths.push({ providerId: d.cosigner, role: 'cosigner', at: d.cosigned, method: 'electronic' });
  const out: Json = {
    id: d.id,
    type: d.type,
    title: d.title,
  };
  if (d.enc) out.encounterId = d.enc;
  if (d.author) out.authorId = d.author;
  if (d.authorText) out.authorText = d.authorText;
  out.serviceAt = d.at;
  out.writtenAt = d.written ?? d.signed ?? d.at;
  out.status = d.status ?? (d.signed || d.authorText ? 'final' : 'in-progress');
  if (d.cosigner) out.cosignerRequiredId = d.cosigner;
  out.authentications = auths;
  if (d.sens) out.sensitivity = d.sens;
  out.text = clean(d.text);
  return out;
}

function res(
  id: string,
  enc: string | undefined,
  panel: string | undefined,
  test: string,
  value: number | string,
  unit: string | undefined,
  range: { low?: number; high?: number; text?: string } | undefined,
  flag: 'L' | 'H' | 'LL' | 'HH' | 'A' | undefined,
  collected: string,
  resulted: string,
  sens?: Sens[],
): Json {
  const r: Json = { id };
  if (enc) r.encounterId = enc;
  if (panel) r.panel = panel;
  r.test = test;
  r.value = value;
  if (unit) r.unit = unit;
  if (range) r.referenceRange = range;
  if (flag) r.flag = flag;
  r.collectedAt = collected;
  r.resultedAt = resulted;
  r.status = 'final';
  if (sens) r.sensitivity = sens;
  return r;
}

function ord(
  id: string,
  enc: string | undefined,
  category: string,
  text: string,
  at: string,
  by: string,
  status: string,
  mode: 'written' | 'electronic' | 'verbal' | 'telephone' = 'electronic',
  authAt?: string,
): Json {
  const o: Json = { id };
  if (enc) o.encounterId = enc;
  Object.assign(o, { category, text, orderedAt: at, orderedById: by, status, mode });
  if (mode === 'electronic' || mode === 'written') o.authenticatedAt = authAt ?? at;
  else if (authAt) o.authenticatedAt = authAt;
  return o;
}

function med(
  id: string,
  name: string,
  dose: string,
  route: string,
  frequency: string,
  status: string,
  start: string,
  opts: { end?: string; by?: string; enc?: string; setting?: 'inpatient' | 'outpatient' } = {},
): Json {
  const m: Json = { id, name, dose, route, frequency, status, start };
  if (opts.end) m.end = opts.end;
  if (opts.by) m.prescriberId = opts.by;
  if (opts.enc) m.encounterId = opts.enc;
  m.setting = opts.setting ?? 'outpatient';
  return m;
}

function enc(
  id: string,
  accountNumber: string,
  cls: 'inpatient' | 'outpatient' | 'emergency',
  admittedAt: string,
  dischargedAt: string,
  attendingId: string,
  service: string,
  location: string,
  reasonForVisit: string,
  admitSource: string,
  dischargeDisposition: string,
): Json {
  return {
    id,
    accountNumber,
    class: cls,
    admittedAt,
    dischargedAt,
    attendingId,
    service,
    location,
    reasonForVisit,
    admitSource,
    dischargeDisposition,
  };
}

// ---------------------------------------------------------------------------------------------
// Providers
// ---------------------------------------------------------------------------------------------
const providers: Json[] = [
  {
    id: 'prv-hartwell',
    name: { family: 'Hartwell', given: ['Susan', 'E.'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Family Medicine',
    role: 'attending',
    npi: npi('184210733'),
  },
  {
    id: 'prv-sato',
    name: { family: 'Sato', given: ['Kevin'], prefix: 'Dr.' },
    credentials: 'MD (PGY-2)',
    specialty: 'Family Medicine Residency',
    role: 'resident',
    npi: npi('162290481'),
  },
  {
    id: 'prv-dunne',
    name: { family: 'Dunne', given: ['Megan', 'R.'] },
    credentials: 'FNP-C',
    specialty: 'Family Medicine / Adolescent Health',
    role: 'nurse-practitioner',
    npi: npi('139517208'),
  },
  {
    id: 'prv-okafor',
    name: { family: 'Okafor', given: ['Chinedu'], prefix: 'Dr.' },
    credentials: 'MD, FACOG',
    specialty: 'Obstetrics and Gynecology',
    role: 'surgeon',
    npi: npi('158827364'),
  },
  {
    id: 'prv-lindqvist',
    name: { family: 'Lindqvist', given: ['Anna', 'M.'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Obstetrics and Gynecology',
    role: 'surgeon',
    npi: npi('127704915'),
  },
  {
    id: 'prv-reyes',
    name: { family: 'Reyes', given: ['Teresa'] },
    credentials: 'CNM, MSN',
    specialty: 'Nurse-Midwifery',
    role: 'nurse-practitioner',
    npi: npi('171148829'),
  },
  {
    id: 'prv-patel',
    name: { family: 'Patel', given: ['Rohan'], prefix: 'Dr.' },
    credentials: 'MD, FAAP',
    specialty: 'Pediatrics',
    role: 'attending',
    npi: npi('145093317'),
  },
  {
    id: 'prv-abernathy',
    name: { family: 'Abernathy', given: ['Lucille'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Psychiatry',
    role: 'attending',
    npi: npi('192863055'),
  },
  {
    id: 'prv-morrow',
    name: { family: 'Morrow', given: ['Dana'] },
    credentials: 'LCSW',
    specialty: 'Behavioral Health (Psychotherapy)',
    role: 'other',
    npi: npi('113609472'),
  },
  {
    id: 'prv-castellano',
    name: { family: 'Castellano', given: ['Marco'], prefix: 'Dr.' },
    credentials: 'DO, FASAM',
    specialty: 'Addiction Medicine',
    role: 'consultant',
    npi: npi('166437290'),
  },
  {
    id: 'prv-whitfield',
    name: { family: 'Whitfield', given: ['James'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Emergency Medicine',
    role: 'attending',
    npi: npi('150382746'),
  },
  {
    id: 'prv-nakamura',
    name: { family: 'Nakamura', given: ['Keiko'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Emergency Medicine',
    role: 'attending',
    npi: npi('178920134'),
  },
  {
    id: 'prv-brandt',
    name: { family: 'Brandt', given: ['Owen'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Anesthesiology',
    role: 'anesthesiologist',
    npi: npi('134476508'),
  },
  {
    id: 'prv-ferraro',
    name: { family: 'Ferraro', given: ['Linda'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Diagnostic Radiology',
    role: 'radiologist',
    npi: npi('188015623'),
  },
  {
    id: 'prv-iqbal',
    name: { family: 'Iqbal', given: ['Samira'], prefix: 'Dr.' },
    credentials: 'MD',
    specialty: 'Pathology and Laboratory Medicine',
    role: 'pathologist',
    npi: npi('120658397'),
  },
];

const patients: Json[] = [];
const looseDocuments: Json[] = [];

// ---------------------------------------------------------------------------------------------
// 1. Maria Elena Gonzalez — type 2 diabetes with polyneuropathy, hypertension; ED migraine.
//    Look-alike of Maria Gonzales (pt-gonzales-maria).
// ---------------------------------------------------------------------------------------------
patients.push({
  id: 'pt-gonzalez-maria',
  mrn: 'LC004517',
  name: { family: 'Gonzalez', given: ['Maria', 'Elena'] },
  previousNames: [],
  aliases: [],
  birthDate: '1984-03-12',
  sex: 'female',
  address: { line: ['418 Birchwood Avenue'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0142',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'BLH884120377', issuer: 'Blue Lake Health Plan (commercial)' },
    { type: 'ssn-last4', value: '4471' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: 'Name alert: a different patient, Maria Gonzales (MRN LC011832, DOB 12/03/1984), is registered. Verify DOB, address and phone before filing or releasing.',
    },
  ],
  encounters: [
    enc(
      'enc-gonzalez-op-20241105',
      '4024110501',
      'outpatient',
      '2024-11-05T09:20',
      '2024-11-05T10:05',
      'prv-hartwell',
      'Family Medicine',
      'Lakeside Family Medicine Clinic',
      'Diabetes and blood pressure follow-up; burning feet at night',
      'self',
      'home',
    ),
    enc(
      'enc-gonzalez-ed-20250118',
      '4025011803',
      'emergency',
      '2025-01-18T13:10',
      '2025-01-18T18:40',
      'prv-nakamura',
      'Emergency Medicine',
      'Emergency Department, bed 9',
      'Headache with nausea and light sensitivity',
      'self',
      'home',
    ),
    enc(
      'enc-gonzalez-op-20250506',
      '4025050602',
      'outpatient',
      '2025-05-06T14:00',
      '2025-05-06T14:50',
      'prv-hartwell',
      'Family Medicine',
      'Lakeside Family Medicine Clinic (resident clinic)',
      'Diabetes follow-up',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-gonzalez-pn-20241105',
      type: 'progress-note',
      title: 'Family Medicine Office Visit — Diabetes/Hypertension Follow-up',
      enc: 'enc-gonzalez-op-20241105',
      author: 'prv-hartwell',
      at: '2024-11-05T09:20',
      signed: '2024-11-05T12:40',
      text: `
LAKESIDE FAMILY MEDICINE CLINIC — OFFICE VISIT
Date of service: 11/05/2024    Provider: Susan E. Hartwell, MD

SUBJECTIVE
Chief complaint: Diabetes and blood pressure check; "my feet burn at night."
Ms. Gonzalez is a 40-year-old woman with type 2 diabetes mellitus diagnosed in 2016, hypertension and hyperlipidemia, seen for her three-month follow-up. She admits she often skips her evening metformin because it upsets her stomach when she eats late after her shift at the distribution centre. Home fasting glucose readings 160-220 mg/dL. No symptomatic lows. For about six months she has had burning and pins-and-needles in both feet, worse at night, now waking her two or three nights a week. No foot wounds. Denies chest pain, dyspnea, visual change or polyuria beyond baseline.

Current medications: metformin 1000 mg twice daily; insulin glargine 18 units at bedtime; lisinopril 20 mg daily; atorvastatin 20 mg daily.
Allergies: sulfamethoxazole-trimethoprim (generalized rash).
Social: Married, two children. Never smoker. Rare alcohol.

OBJECTIVE
BP 138/86 (repeat 136/84), HR 78, Wt 84.2 kg, BMI 31.6.
General: well appearing. Heart regular, no murmur. Lungs clear.
Feet: skin intact, no calluses or ulcers, pedal pulses 2+ bilaterally. 10-g monofilament: sensation absent at 4 of 10 sites on each foot. Vibration diminished at both great toes. Achilles reflexes 1+ and symmetric.

Point-of-care and same-day laboratory (see laboratory report): HbA1c 9.1%, glucose 212 mg/dL, creatinine 0.8 mg/dL, eGFR 94, urine albumin/creatinine ratio 18 mg/g, LDL 128 mg/dL.

ASSESSMENT AND PLAN
1. Type 2 diabetes mellitus with diabetic peripheral polyneuropathy, poorly controlled with hyperglycemia (A1c 9.1%). Increase insulin glargine to 22 units at bedtime and titrate by 2 units every 3 days to fasting glucose 90-130. Change metformin to extended-release 1000 mg twice daily with meals to improve tolerance. Start gabapentin 300 mg at bedtime for neuropathic pain. Referral to diabetes self-management education and to podiatry. Daily foot inspection reviewed.
2. Essential hypertension, above goal. Increase lisinopril to 40 mg daily. Home BP log.
3. Hyperlipidemia. Increase atorvastatin to 40 mg daily.
4. No albuminuria; renal function normal. Recheck annually.
Return in 3 months with glucose log. Long-term insulin and oral hypoglycemic use noted.

Electronically signed: Susan E. Hartwell, MD   11/05/2024 12:40
`,
    }),
    doc({
      id: 'doc-gonzalez-lab-20241105',
      type: 'laboratory-report',
      title: 'Chemistry and HbA1c',
      enc: 'enc-gonzalez-op-20241105',
      author: 'prv-iqbal',
      at: '2024-11-05T09:35',
      signed: '2024-11-05T11:52',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: GONZALEZ, MARIA ELENA   MRN: LC004517   DOB: 03/12/1984   Sex: F
Account: 4024110501   Ordering: Susan E. Hartwell, MD   Location: Family Medicine Clinic
Collected: 11/05/2024 09:35   Received: 11/05/2024 09:58   Reported: 11/05/2024 11:52

HEMOGLOBIN A1c
  Hemoglobin A1c ............ 9.1 %        (4.0-5.6)      H
  Estimated average glucose .. 214 mg/dL

BASIC METABOLIC PANEL (fasting)
  Glucose ................... 212 mg/dL    (70-99)        H
  Sodium .................... 139 mmol/L   (136-145)
  Potassium ................. 4.4 mmol/L   (3.5-5.1)
  Creatinine ................ 0.8 mg/dL    (0.5-1.1)
  eGFR (CKD-EPI 2021) ....... 94 mL/min/1.73m2  (>=60)

URINE ALBUMIN/CREATININE RATIO
  Albumin/creatinine ........ 18 mg/g      (<30)

LIPID PANEL
  Total cholesterol ......... 208 mg/dL    (<200)         H
  LDL cholesterol (calc) .... 128 mg/dL    (<100)         H
  HDL cholesterol ........... 44 mg/dL     (>=50)         L
  Triglycerides ............. 182 mg/dL    (<150)         H

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-gonzalez-ed-20250118',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Headache',
      enc: 'enc-gonzalez-ed-20250118',
      author: 'prv-nakamura',
      at: '2025-01-18T13:25',
      signed: '2025-01-18T19:05',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 01/18/2025 13:10   Seen: 13:25   Attending: Keiko Nakamura, MD   Triage ESI 3

CHIEF COMPLAINT: Headache since last night.

HISTORY OF PRESENT ILLNESS
40-year-old woman with type 2 diabetes and hypertension presents with a throbbing left-sided headache that began around 22:00 yesterday, built over an hour and has persisted despite ibuprofen 600 mg twice and sleep. Associated nausea with one episode of emesis, photophobia and phonophobia. No visual aura, no weakness, numbness or speech change. Not the worst headache of her life and not thunderclap in onset. She has had similar but milder headaches two or three times a year since her twenties, usually around menses, never evaluated. No fever, neck stiffness, head trauma or recent illness. LMP 01/02/2025.

PAST MEDICAL HISTORY: Type 2 diabetes mellitus with peripheral neuropathy; hypertension; hyperlipidemia.
MEDICATIONS: metformin ER 1000 mg twice daily, insulin glargine 22 units at bedtime, lisinopril 40 mg daily, atorvastatin 40 mg daily, gabapentin 300 mg at bedtime.
ALLERGIES: Sulfamethoxazole-trimethoprim (rash).

REVIEW OF SYSTEMS: Positive as in HPI. Negative for fever, chest pain, dyspnea, focal weakness. All other systems reviewed and negative.

PHYSICAL EXAM
BP 152/90, HR 84, RR 16, T 36.8 C, SpO2 99% RA. Uncomfortable in darkened room.
HEENT: no meningismus, fundi sharp discs bilaterally. Neuro: alert and oriented, cranial nerves II-XII intact, strength 5/5 throughout, sensation intact in the upper extremities, decreased to light touch in both feet (known), finger-nose normal, gait steady. Heart regular. Lungs clear.
Point-of-care glucose 231 mg/dL. Urine hCG negative.

ED COURSE
Normal saline 1 L IV bolus. Ketorolac 30 mg IV, prochlorperazine 10 mg IV and diphenhydramine 25 mg IV at 13:55. Dexamethasone deliberately not given because of poorly controlled diabetes. At 15:30 pain 2/10 from 9/10, nausea resolved, tolerating fluids. Neurologic exam unchanged. Presentation typical of primary headache with no red flags; neuroimaging not indicated.

ASSESSMENT
1. Migraine without aura, not intractable, without status migrainosus.
2. Type 2 diabetes mellitus with polyneuropathy, hyperglycemia today; on insulin and metformin.
3. Hypertension, elevated in the setting of pain.

PLAN
Discharge home. Sumatriptan 50 mg at onset, may repeat once in 2 hours, maximum 200 mg/day (#9). Headache diary. Follow up with Dr. Hartwell within 2 weeks for migraine prevention discussion and BP recheck. Return for worst headache, fever, stiff neck, weakness, confusion or visual loss.
Disposition: home, ambulatory, 18:40.

Electronically signed: Keiko Nakamura, MD   01/18/2025 19:05
`,
    }),
    doc({
      id: 'doc-gonzalez-orders-20250118',
      type: 'physician-orders',
      title: 'ED Physician Orders',
      enc: 'enc-gonzalez-ed-20250118',
      author: 'prv-nakamura',
      at: '2025-01-18T13:40',
      signed: '2025-01-18T13:42',
      text: `
EMERGENCY DEPARTMENT ORDERS — GONZALEZ, MARIA ELENA  LC004517  DOB 03/12/1984
Ordering physician: Keiko Nakamura, MD

01/18/2025 13:40  Point-of-care glucose now.
01/18/2025 13:40  Urine hCG, qualitative.
01/18/2025 13:40  Peripheral IV, saline lock.
01/18/2025 13:40  Sodium chloride 0.9% 1,000 mL IV bolus over 60 minutes.
01/18/2025 13:40  Ketorolac 30 mg IV once.
01/18/2025 13:40  Prochlorperazine 10 mg IV once, given slowly over 2 minutes.
01/18/2025 13:40  Diphenhydramine 25 mg IV once (akathisia prophylaxis).
01/18/2025 13:40  Dim lights, quiet room. Reassess pain score every 30 minutes.
01/18/2025 13:40  Neuro checks every 1 hour while in department.
01/18/2025 15:35  Oral fluid challenge.
01/18/2025 18:20  Discharge home with prescription for sumatriptan 50 mg.

Electronically signed: Keiko Nakamura, MD   01/18/2025 13:42 (discharge order signed 18:20)
`,
    }),
    doc({
      id: 'doc-gonzalez-pn-20250506',
      type: 'progress-note',
      title: 'Family Medicine Resident Clinic Note — Diabetes Follow-up',
      enc: 'enc-gonzalez-op-20250506',
      author: 'prv-sato',
      at: '2025-05-06T14:00',
      signed: '2025-05-06T17:10',
      cosigner: 'prv-hartwell',
      cosigned: '2025-05-07T08:15',
      text: `
LAKESIDE FAMILY MEDICINE — RESIDENT CLINIC
Date of service: 05/06/2025   Resident: Kevin Sato, MD (PGY-2)   Preceptor: Susan E. Hartwell, MD

S: 41-year-old woman with type 2 DM with peripheral polyneuropathy, HTN and hyperlipidemia returns for diabetes follow-up. She cancelled her February appointment. Since November she has taken metformin ER consistently and titrated glargine herself to 24 units; fasting readings now 110-145. Burning in the feet is much better on gabapentin 300 mg at bedtime; sleeping through most nights. Completed two diabetes education classes. ED visit in January for migraine; has used sumatriptan twice since with good relief, about one headache a month, mostly perimenstrual. No hypoglycemia.
Meds: metformin ER 1000 mg BID, insulin glargine 24 units qHS, lisinopril 40 mg daily, atorvastatin 40 mg daily, gabapentin 300 mg qHS, sumatriptan 50 mg PRN.
Allergies: sulfamethoxazole-trimethoprim (rash).

O: BP 128/78, HR 74, Wt 82.0 kg (down 2.2 kg). Feet: intact skin, pulses 2+, monofilament unchanged (absent 4/10 sites bilaterally). She reports seeing podiatry in February and now wears cushioned diabetic insoles.
Labs today: HbA1c 7.6% (from 9.1%), fasting glucose 148 mg/dL, creatinine 0.8 mg/dL, eGFR 93.

A/P:
1. Type 2 diabetes mellitus with diabetic peripheral polyneuropathy — much improved, A1c 7.6%, approaching goal (<7%). Continue glargine 24 units and metformin ER. Continue gabapentin. Annual eye exam: referral placed (last 2023).
2. Essential hypertension — at goal on lisinopril 40 mg.
3. Hyperlipidemia — continue atorvastatin 40 mg; lipids at next visit.
4. Migraine without aura — infrequent; continue sumatriptan PRN, no prophylaxis needed now.
Long-term use of insulin and of oral hypoglycemic agent. Return in 3 months.

Seen and discussed with Dr. Hartwell, who agrees with the plan.
Electronically signed: Kevin Sato, MD   05/06/2025 17:10
Cosigned: Susan E. Hartwell, MD   05/07/2025 08:15 — I saw and evaluated the patient, discussed with the resident and agree with the findings and plan as documented.
`,
    }),
    doc({
      id: 'doc-gonzalez-lab-20250506',
      type: 'laboratory-report',
      title: 'HbA1c and Basic Metabolic Panel',
      enc: 'enc-gonzalez-op-20250506',
      author: 'prv-iqbal',
      at: '2025-05-06T14:20',
      signed: '2025-05-06T16:05',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: GONZALEZ, MARIA ELENA   MRN: LC004517   DOB: 03/12/1984   Sex: F
Account: 4025050602   Ordering: Kevin Sato, MD / Susan E. Hartwell, MD
Collected: 05/06/2025 14:20   Reported: 05/06/2025 16:05

HEMOGLOBIN A1c
  Hemoglobin A1c ............ 7.6 %        (4.0-5.6)      H
  Estimated average glucose .. 171 mg/dL
  Prior 11/05/2024: 9.1 % — decrease of 1.5 percentage points.
  Method: HPLC, NGSP certified; no hemoglobin variant detected.

BASIC METABOLIC PANEL
  Glucose (fasting 10 h) .... 148 mg/dL    (70-99)        H
  Sodium .................... 140 mmol/L   (136-145)
  Potassium ................. 4.6 mmol/L   (3.5-5.1)
  Creatinine ................ 0.8 mg/dL    (0.5-1.1)
  eGFR (CKD-EPI 2021) ....... 93 mL/min/1.73m2  (>=60)

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
  ],
  problems: [
    {
      id: 'prob-gonzalez-dm',
      description: 'Type 2 diabetes mellitus with diabetic peripheral polyneuropathy',
      status: 'active',
      onset: '2016-06-01',
      recordedAt: '2024-11-05T12:40',
      encounterId: 'enc-gonzalez-op-20241105',
    },
    {
      id: 'prob-gonzalez-htn',
      description: 'Essential hypertension',
      status: 'active',
      onset: '2019-01-01',
      recordedAt: '2024-11-05T12:40',
    },
    { id: 'prob-gonzalez-hld', description: 'Hyperlipidemia', status: 'active', onset: '2019-01-01', recordedAt: '2024-11-05T12:40' },
    {
      id: 'prob-gonzalez-migraine',
      description: 'Migraine without aura, menstrually related pattern',
      status: 'active',
      onset: '2005-01-01',
      recordedAt: '2025-01-18T19:05',
      encounterId: 'enc-gonzalez-ed-20250118',
    },
  ],
  medications: [
    med('med-gonzalez-metformin-ir', 'Metformin', '1000 mg', 'oral', 'twice daily', 'discontinued', '2016-06-15T09:00', {
      end: '2024-11-05T12:40',
      by: 'prv-hartwell',
    }),
    med(
      'med-gonzalez-metformin-er',
      'Metformin extended-release',
      '1000 mg',
      'oral',
      'twice daily with meals',
      'active',
      '2024-11-05T12:40',
      { by: 'prv-hartwell', enc: 'enc-gonzalez-op-20241105' },
    ),
    med('med-gonzalez-glargine', 'Insulin glargine', '24 units', 'subcutaneous', 'at bedtime', 'active', '2023-03-01T09:00', {
      by: 'prv-hartwell',
    }),
    med('med-gonzalez-lisinopril', 'Lisinopril', '40 mg', 'oral', 'daily', 'active', '2024-11-05T12:40', {
      by: 'prv-hartwell',
      enc: 'enc-gonzalez-op-20241105',
    }),
    med('med-gonzalez-atorvastatin', 'Atorvastatin', '40 mg', 'oral', 'daily', 'active', '2024-11-05T12:40', {
      by: 'prv-hartwell',
      enc: 'enc-gonzalez-op-20241105',
    }),
    med('med-gonzalez-gabapentin', 'Gabapentin', '300 mg', 'oral', 'at bedtime', 'active', '2024-11-05T12:40', {
      by: 'prv-hartwell',
      enc: 'enc-gonzalez-op-20241105',
    }),
    med(
      'med-gonzalez-sumatriptan',
      'Sumatriptan',
      '50 mg',
      'oral',
      'at migraine onset, may repeat once in 2 h; max 200 mg/day',
      'active',
      '2025-01-18T18:20',
      { by: 'prv-nakamura', enc: 'enc-gonzalez-ed-20250118' },
    ),
    med('med-gonzalez-ketorolac', 'Ketorolac', '30 mg', 'intravenous', 'once', 'completed', '2025-01-18T13:55', {
      end: '2025-01-18T13:55',
      by: 'prv-nakamura',
      enc: 'enc-gonzalez-ed-20250118',
      setting: 'inpatient',
    }),
    med('med-gonzalez-prochlorperazine', 'Prochlorperazine', '10 mg', 'intravenous', 'once', 'completed', '2025-01-18T13:55', {
      end: '2025-01-18T13:55',
      by: 'prv-nakamura',
      enc: 'enc-gonzalez-ed-20250118',
      setting: 'inpatient',
    }),
    med('med-gonzalez-diphenhydramine', 'Diphenhydramine', '25 mg', 'intravenous', 'once', 'completed', '2025-01-18T13:55', {
      end: '2025-01-18T13:55',
      by: 'prv-nakamura',
      enc: 'enc-gonzalez-ed-20250118',
      setting: 'inpatient',
    }),
    med('med-gonzalez-ns', 'Sodium chloride 0.9%', '1000 mL', 'intravenous', 'bolus over 60 minutes', 'completed', '2025-01-18T13:50', {
      end: '2025-01-18T14:50',
      by: 'prv-nakamura',
      enc: 'enc-gonzalez-ed-20250118',
      setting: 'inpatient',
    }),
  ],
  allergies: [
    {
      id: 'alg-gonzalez-smx',
      substance: 'Sulfamethoxazole-trimethoprim',
      category: 'medication',
      reaction: 'Generalized maculopapular rash',
      severity: 'moderate',
      recordedAt: '2024-11-05T09:20',
    },
  ],
  orders: [
    ord(
      'ord-gonzalez-a1c-20241105',
      'enc-gonzalez-op-20241105',
      'lab',
      'Hemoglobin A1c; basic metabolic panel; urine albumin/creatinine ratio; lipid panel',
      '2024-11-05T09:30',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-gonzalez-dsme-20241105',
      'enc-gonzalez-op-20241105',
      'consult',
      'Referral: diabetes self-management education (4 sessions)',
      '2024-11-05T10:00',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-gonzalez-podiatry-20241105',
      'enc-gonzalez-op-20241105',
      'consult',
      'Referral: podiatry, diabetic foot evaluation (loss of protective sensation)',
      '2024-11-05T10:00',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-gonzalez-ed-poc-20250118',
      'enc-gonzalez-ed-20250118',
      'lab',
      'Point-of-care glucose; urine hCG qualitative',
      '2025-01-18T13:40',
      'prv-nakamura',
      'completed',
    ),
    ord(
      'ord-gonzalez-ed-meds-20250118',
      'enc-gonzalez-ed-20250118',
      'medication',
      'Sodium chloride 0.9% 1 L IV bolus; ketorolac 30 mg IV; prochlorperazine 10 mg IV; diphenhydramine 25 mg IV — once each',
      '2025-01-18T13:40',
      'prv-nakamura',
      'completed',
    ),
    ord(
      'ord-gonzalez-a1c-20250506',
      'enc-gonzalez-op-20250506',
      'lab',
      'Hemoglobin A1c; basic metabolic panel',
      '2025-05-06T14:10',
      'prv-sato',
      'completed',
    ),
    ord(
      'ord-gonzalez-eye-20250506',
      'enc-gonzalez-op-20250506',
      'consult',
      'Referral: ophthalmology, annual diabetic retinal examination',
      '2025-05-06T14:45',
      'prv-sato',
      'pending',
    ),
  ],
  results: [
    res(
      'res-gonzalez-a1c-1',
      'enc-gonzalez-op-20241105',
      'Hemoglobin A1c',
      'Hemoglobin A1c',
      9.1,
      '%',
      { low: 4.0, high: 5.6 },
      'H',
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-glu-1',
      'enc-gonzalez-op-20241105',
      'Basic metabolic panel',
      'Glucose, fasting',
      212,
      'mg/dL',
      { low: 70, high: 99 },
      'H',
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-cr-1',
      'enc-gonzalez-op-20241105',
      'Basic metabolic panel',
      'Creatinine',
      0.8,
      'mg/dL',
      { low: 0.5, high: 1.1 },
      undefined,
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-egfr-1',
      'enc-gonzalez-op-20241105',
      'Basic metabolic panel',
      'eGFR (CKD-EPI 2021)',
      94,
      'mL/min/1.73m2',
      { low: 60 },
      undefined,
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-uacr-1',
      'enc-gonzalez-op-20241105',
      undefined,
      'Urine albumin/creatinine ratio',
      18,
      'mg/g',
      { high: 30 },
      undefined,
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-ldl-1',
      'enc-gonzalez-op-20241105',
      'Lipid panel',
      'LDL cholesterol (calculated)',
      128,
      'mg/dL',
      { high: 100 },
      'H',
      '2024-11-05T09:35',
      '2024-11-05T11:52',
    ),
    res(
      'res-gonzalez-pocglu-ed',
      'enc-gonzalez-ed-20250118',
      undefined,
      'Glucose, point of care',
      231,
      'mg/dL',
      { low: 70, high: 140, text: '70-140 random' },
      'H',
      '2025-01-18T13:45',
      '2025-01-18T13:46',
    ),
    res(
      'res-gonzalez-hcg-ed',
      'enc-gonzalez-ed-20250118',
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-01-18T13:50',
      '2025-01-18T14:02',
    ),
    res(
      'res-gonzalez-a1c-2',
      'enc-gonzalez-op-20250506',
      'Hemoglobin A1c',
      'Hemoglobin A1c',
      7.6,
      '%',
      { low: 4.0, high: 5.6 },
      'H',
      '2025-05-06T14:20',
      '2025-05-06T16:05',
    ),
    res(
      'res-gonzalez-glu-2',
      'enc-gonzalez-op-20250506',
      'Basic metabolic panel',
      'Glucose, fasting',
      148,
      'mg/dL',
      { low: 70, high: 99 },
      'H',
      '2025-05-06T14:20',
      '2025-05-06T16:05',
    ),
    res(
      'res-gonzalez-cr-2',
      'enc-gonzalez-op-20250506',
      'Basic metabolic panel',
      'Creatinine',
      0.8,
      'mg/dL',
      { low: 0.5, high: 1.1 },
      undefined,
      '2025-05-06T14:20',
      '2025-05-06T16:05',
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 2. Maria Gonzales — a different woman: right lateral malleolus fracture (ED), colposcopy.
// ---------------------------------------------------------------------------------------------
patients.push({
  id: 'pt-gonzales-maria',
  mrn: 'LC011832',
  name: { family: 'Gonzales', given: ['Maria'] },
  previousNames: [],
  aliases: [],
  birthDate: '1984-12-03',
  sex: 'female',
  address: { line: ['77 Harbor View Court', 'Apt 3B'], city: 'Port Albright', state: 'MI', postalCode: '49127', country: 'US' },
  phone: '(269) 555-0187',
  language: 'Spanish (interpreter requested)',
  identifiers: [
    { type: 'medicaid', value: '0042219587', issuer: 'Michigan Medicaid — Healthy Michigan Plan' },
    { type: 'ssn-last4', value: '9032' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: 'Name alert: a different patient, Maria Elena Gonzalez (MRN LC004517, DOB 03/12/1984), is registered. Verify DOB, address and phone before filing or releasing.',
    },
    { kind: 'administrative', text: 'Spanish interpreter required for consent and discharge teaching.' },
  ],
  encounters: [
    enc(
      'enc-gonzales-ed-20241208',
      '4024120804',
      'emergency',
      '2024-12-08T15:05',
      '2024-12-08T18:20',
      'prv-whitfield',
      'Emergency Medicine',
      'Emergency Department, fast track 2',
      'Right ankle pain and swelling after a fall from the curb',
      'self',
      'home',
    ),
    enc(
      'enc-gonzales-op-20250304',
      '4025030401',
      'outpatient',
      '2025-03-04T10:30',
      '2025-03-04T11:40',
      'prv-okafor',
      'Gynecology',
      "Lakeside Women's Health Clinic, procedure room 2",
      'Colposcopy for abnormal Pap test (LSIL, high-risk HPV positive)',
      'physician-referral',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-gonzales-ed-20241208',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Right Ankle Injury',
      enc: 'enc-gonzales-ed-20241208',
      author: 'prv-whitfield',
      at: '2024-12-08T15:20',
      signed: '2024-12-08T18:45',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 12/08/2024 15:05   Attending: James Whitfield, MD   Triage ESI 4
History obtained through a Spanish video interpreter (interpreter ID 40217).

CHIEF COMPLAINT: Right ankle pain after a fall.

HISTORY OF PRESENT ILLNESS
40-year-old right-handed woman who was walking out of the grocery store on Main Street at about 14:15, misjudged the edge of the sidewalk curb, rolled her right foot inward and fell onto her right side. Immediate pain over the outer ankle and unable to take four steps without help. No head strike, no loss of consciousness. No other injury. She walked to her car with her daughter's help and was driven here.

PAST MEDICAL HISTORY: None. No surgeries. G2P2.
MEDICATIONS: None regularly.
ALLERGIES: No known drug allergies.
SOCIAL HISTORY: Works as a housekeeper at a hotel. Non-smoker. No alcohol.
LMP: 11/25/2024. Urine hCG negative.

REVIEW OF SYSTEMS: No numbness or tingling of the foot. No knee or hip pain. Otherwise negative.

PHYSICAL EXAM
BP 124/78, HR 88, T 36.7 C, SpO2 99%.
Right ankle: moderate soft-tissue swelling and ecchymosis over the lateral malleolus. Point tenderness at the tip and posterior edge of the lateral malleolus. No medial malleolar tenderness. No tenderness at the base of the fifth metatarsal or navicular. Proximal fibula non-tender. Dorsalis pedis and posterior tibial pulses 2+, capillary refill under 2 seconds, sensation intact to light touch, toes move fully. Skin intact.
Left ankle, knees and hips normal.

ED COURSE
Ottawa ankle rule positive. Right ankle radiographs, three views: nondisplaced transverse fracture of the distal fibula at the tip of the lateral malleolus, below the level of the syndesmosis; mortise congruent (see radiology report). Ibuprofen 600 mg by mouth and ice. Fitted with a pneumatic walking boot and crutches; demonstrated safe crutch use.

ASSESSMENT
Nondisplaced fracture of the lateral malleolus, right fibula (Weber A), closed, initial encounter.
Mechanism: fall from sidewalk curb while walking, public sidewalk.

PLAN
Walking boot at all times when up; weight bearing as tolerated with crutches for comfort. Elevate and ice. Ibuprofen 600 mg every 6 hours with food as needed for pain, acetaminophen 1000 mg every 8 hours as needed. Follow up with Lakeshore Orthopedic Associates in 5-7 days (referral faxed). Return for numbness, color change, uncontrolled pain or calf swelling. Discharge instructions given in Spanish; teach-back completed.
Disposition: home, 18:20.

Electronically signed: James Whitfield, MD   12/08/2024 18:45
`,
    }),
    doc({
      id: 'doc-gonzales-xr-20241208',
      type: 'radiology-report',
      title: 'XR Ankle Right, 3 Views',
      enc: 'enc-gonzales-ed-20241208',
      author: 'prv-ferraro',
      at: '2024-12-08T16:02',
      signed: '2024-12-08T16:31',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: GONZALES, MARIA   MRN: LC011832   DOB: 12/03/1984   Account: 4024120804
Exam: XR ANKLE RIGHT, 3 VIEWS (AP, mortise, lateral)   Performed: 12/08/2024 16:02
Ordering: James Whitfield, MD   Reason: Inversion injury, lateral malleolar tenderness

COMPARISON: None.

FINDINGS:
There is a transverse, nondisplaced fracture through the distal tip of the lateral malleolus, entirely below the level of the tibial plafond and syndesmosis. No intra-articular extension into the tibiotalar joint. The medial malleolus and posterior malleolus are intact. The ankle mortise is congruent with a medial clear space of 3 mm. Talar dome intact. Lateral soft-tissue swelling. The visualized base of the fifth metatarsal is intact. No radiopaque foreign body.

IMPRESSION:
1. Nondisplaced infrasyndesmotic (Weber A) fracture of the right lateral malleolus.
2. Congruent mortise. No additional fracture.

Electronically signed: Linda Ferraro, MD   12/08/2024 16:31
`,
    }),
    doc({
      id: 'doc-gonzales-auth-20250115',
      type: 'authorization-form',
      title: 'Authorization for Release of Information — Attorney (Personal Injury)',
      authorText: 'Maria Gonzales (patient); witnessed by HIM release-of-information clerk',
      at: '2025-01-15T10:30',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM
AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION
(Form HIM-ROI-01, English/Spanish)

Patient name: Maria Gonzales        Date of birth: 12/03/1984        MRN: LC011832
Address: 77 Harbor View Court, Apt 3B, Port Albright, MI 49127    Phone: (269) 555-0187

1. I authorize: Lakeside Community Health System, Health Information Management
2. To release information to: Whitcomb & Lane, PLLC, Attn: Records Department, 210 Commerce Street, Suite 400, Lakeside, MI 49116
3. Information to be released: Emergency Department record for the visit of 12/08/2024 — physician note, radiology report and images, discharge instructions and itemized bill. Dates of service: 12/08/2024 only.
4. Purpose: Personal injury claim (at the request of the individual).
5. This authorization expires on: 12/31/2025.
6. I understand I may revoke this authorization at any time by writing to the HIM Department, except to the extent action has already been taken in reliance on it.
7. I understand that treatment, payment, enrollment or eligibility for benefits will not be conditioned on whether I sign this authorization.
8. I understand that information disclosed under this authorization may be re-disclosed by the recipient and may no longer be protected by federal privacy regulations.
9. I am entitled to a copy of this authorization.

Signature of patient: Maria Gonzales (signed)         Date: 01/15/2025
If signed by a personal representative, name and authority: not applicable
Form explained in Spanish by certified interpreter (ID 40217, by telephone).
Received by: HIM release-of-information, 01/15/2025 10:30. Identity verified with state ID.
`,
    }),
    doc({
      id: 'doc-gonzales-consent-20250304',
      type: 'consent-form',
      title: 'Consent for Colposcopy with Cervical Biopsy',
      enc: 'enc-gonzales-op-20250304',
      author: 'prv-okafor',
      at: '2025-03-04T10:35',
      signed: '2025-03-04T10:40',
      method: 'handwritten',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — INFORMED CONSENT FOR PROCEDURE

Patient: Maria Gonzales   DOB: 12/03/1984   MRN: LC011832
Procedure: Colposcopy with cervical biopsy and endocervical curettage
Physician performing procedure: Chinedu Okafor, MD

I have been told, in Spanish through a qualified interpreter, why this procedure is recommended: my Pap test showed low-grade changes (LSIL) and high-risk HPV. The doctor will look at my cervix with a magnifying instrument, apply vinegar solution, and may take small tissue samples and scrape the cervical canal.

Risks explained: cramping, spotting or bleeding, infection, discomfort, and the small chance that the biopsy does not find an abnormal area. Alternatives explained: repeat Pap and HPV testing in one year, or no procedure. I was able to ask questions and they were answered.

I consent to the procedure and to the examination and disposal of any tissue removed.

Patient signature: Maria Gonzales         Date/time: 03/04/2025 10:38
Interpreter: Lucía Ferrer, certified medical interpreter (in person)   Date/time: 03/04/2025 10:38
Witness: Janelle Brooks, RN                Date/time: 03/04/2025 10:39
Physician: Chinedu Okafor, MD              Date/time: 03/04/2025 10:40
`,
    }),
    doc({
      id: 'doc-gonzales-proc-20250304',
      type: 'procedure-note',
      title: 'Colposcopy Procedure Note',
      enc: 'enc-gonzales-op-20250304',
      author: 'prv-okafor',
      at: '2025-03-04T10:50',
      signed: '2025-03-04T12:15',
      text: `
LAKESIDE WOMEN'S HEALTH — PROCEDURE NOTE
Date: 03/04/2025   Surgeon: Chinedu Okafor, MD   Assistant: Janelle Brooks, RN
Interpreter: Lucía Ferrer (Spanish), present throughout.

INDICATION: 40-year-old G2P2 referred from Northside Community Clinic with a screening Pap test dated 01/09/2025 showing low-grade squamous intraepithelial lesion (LSIL) with high-risk HPV positive (genotyping negative for 16/18). Prior screening 2019 normal per patient. LMP 02/24/2025. Urine hCG negative today.

PROCEDURE: Colposcopy with cervical biopsy (one site) and endocervical curettage.
ANESTHESIA: None. Topical benzocaine spray to the biopsy site.

DESCRIPTION: After consent was confirmed, the patient was placed in dorsal lithotomy. A Graves speculum was inserted. The cervix had a parous os and no gross lesions. 5% acetic acid was applied. Colposcopy was adequate; the squamocolumnar junction was fully visualized (transformation zone type 1). A thin, faint acetowhite epithelium with fine punctation was seen at 12 o'clock extending 4 mm from the os. No mosaicism or atypical vessels. Lugol's solution showed partial uptake at the same site. A biopsy was taken at 12 o'clock with Tischler forceps. Endocervical curettage was performed with a Kevorkian curette. Hemostasis with Monsel's solution. Specimens: A) cervix, 12 o'clock biopsy; B) endocervical curettings — to pathology.

COLPOSCOPIC IMPRESSION: Low-grade lesion at 12 o'clock.
ESTIMATED BLOOD LOSS: Minimal. COMPLICATIONS: None. The patient tolerated the procedure well.

PLAN: Expect light spotting and dark discharge for 2-3 days; nothing in the vagina for 3 days. Ibuprofen as needed. Results by phone with interpreter in 1-2 weeks. If CIN 1 or less, repeat co-testing in 1 year per ASCCP risk-based guidelines.

Electronically signed: Chinedu Okafor, MD   03/04/2025 12:15
`,
    }),
    doc({
      id: 'doc-gonzales-path-20250304',
      type: 'pathology-report',
      title: 'Surgical Pathology — Cervical Biopsy and ECC',
      enc: 'enc-gonzales-op-20250304',
      author: 'prv-iqbal',
      at: '2025-03-04T11:05',
      written: '2025-03-07T09:30',
      signed: '2025-03-07T14:10',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — SURGICAL PATHOLOGY REPORT
Accession: S25-01184
Patient: GONZALES, MARIA   MRN: LC011832   DOB: 12/03/1984   Account: 4025030401
Submitting physician: Chinedu Okafor, MD   Collected: 03/04/2025   Received: 03/04/2025   Reported: 03/07/2025

CLINICAL HISTORY: LSIL Pap, high-risk HPV positive. Acetowhite lesion at 12 o'clock.

SPECIMENS:
A. Cervix, 12 o'clock, biopsy
B. Endocervical curettage

GROSS DESCRIPTION:
A. Received in formalin labeled with the patient's name and "cervix 12 o'clock" is a tan-pink soft tissue fragment, 0.3 x 0.2 x 0.2 cm. Entirely submitted in cassette A1.
B. Received in formalin labeled "ECC" are multiple mucoid tan fragments and blood aggregating 0.5 x 0.4 x 0.1 cm, filtered and entirely submitted in cassette B1.

MICROSCOPIC DESCRIPTION:
A. Squamous mucosa with koilocytic atypia, binucleation and mild nuclear enlargement confined to the lower third of the epithelium. Mitoses are basal. No high-grade features.
B. Strips of benign endocervical glandular mucosa and mucus. No squamous dysplasia in the fragments examined.

DIAGNOSIS:
A. CERVIX, 12 O'CLOCK, BIOPSY: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL; CIN 1), WITH HPV CYTOPATHIC EFFECT.
B. ENDOCERVICAL CURETTAGE: BENIGN ENDOCERVICAL MUCOSA. NEGATIVE FOR DYSPLASIA.

Electronically signed: Samira Iqbal, MD, Pathologist   03/07/2025 14:10
`,
    }),
  ],
  problems: [
    {
      id: 'prob-gonzales-fx',
      description: 'Nondisplaced fracture of right lateral malleolus (Weber A) — healing',
      status: 'resolved',
      onset: '2024-12-08',
      recordedAt: '2024-12-08T18:45',
      encounterId: 'enc-gonzales-ed-20241208',
    },
    {
      id: 'prob-gonzales-cin1',
      description: 'Low-grade squamous intraepithelial lesion of cervix (CIN 1), high-risk HPV positive',
      status: 'active',
      onset: '2025-03-04',
      recordedAt: '2025-03-07T14:10',
      encounterId: 'enc-gonzales-op-20250304',
    },
  ],
  medications: [
    med('med-gonzales-ibuprofen-ed', 'Ibuprofen', '600 mg', 'oral', 'once', 'completed', '2024-12-08T16:20', {
      end: '2024-12-08T16:20',
      by: 'prv-whitfield',
      enc: 'enc-gonzales-ed-20241208',
      setting: 'inpatient',
    }),
    med('med-gonzales-ibuprofen', 'Ibuprofen', '600 mg', 'oral', 'every 6 hours as needed with food', 'completed', '2024-12-08T18:20', {
      end: '2024-12-29T00:00',
      by: 'prv-whitfield',
      enc: 'enc-gonzales-ed-20241208',
    }),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-gonzales-xr-20241208',
      'enc-gonzales-ed-20241208',
      'imaging',
      'XR ankle right, 3 views — inversion injury, positive Ottawa rule',
      '2024-12-08T15:35',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-gonzales-hcg-20241208',
      'enc-gonzales-ed-20241208',
      'lab',
      'Urine hCG, qualitative, before imaging',
      '2024-12-08T15:35',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-gonzales-boot-20241208',
      'enc-gonzales-ed-20241208',
      'procedure',
      'Fit pneumatic walking boot, right ankle; crutch training, weight bearing as tolerated',
      '2024-12-08T16:40',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-gonzales-path-20250304',
      'enc-gonzales-op-20250304',
      'lab',
      "Surgical pathology: A) cervical biopsy 12 o'clock, B) endocervical curettage",
      '2025-03-04T11:05',
      'prv-okafor',
      'completed',
    ),
  ],
  results: [
    res(
      'res-gonzales-hcg-ed',
      'enc-gonzales-ed-20241208',
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2024-12-08T15:40',
      '2024-12-08T15:52',
    ),
    res(
      'res-gonzales-hcg-colpo',
      'enc-gonzales-op-20250304',
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-03-04T10:32',
      '2025-03-04T10:40',
    ),
  ],
  procedures: [
    {
      id: 'proc-gonzales-colpo',
      encounterId: 'enc-gonzales-op-20250304',
      description: "Colposcopy of cervix with biopsy (12 o'clock) and endocervical curettage",
      performedAt: '2025-03-04T10:50',
      performerId: 'prv-okafor',
    },
  ],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 3. Emily Rose Thornton (née Carter) — first pregnancy, gestational diabetes (diet), SVD with
//    second-degree laceration, postpartum LNG-IUD. Married 01/18/2025 (name change).
// ---------------------------------------------------------------------------------------------
const TH = {
  op1: 'enc-thornton-op-20241203',
  op2: 'enc-thornton-op-20250325',
  lab: 'enc-thornton-op-20250331',
  op3: 'enc-thornton-op-20250408',
  ip: 'enc-thornton-ip-20250702',
  pp: 'enc-thornton-op-20250812',
};
patients.push({
  id: 'pt-thornton-emily',
  mrn: 'LC007203',
  name: { family: 'Thornton', given: ['Emily', 'Rose'] },
  previousNames: [{ family: 'Carter', given: ['Emily', 'Rose'], reason: 'marriage', until: '2025-01-18' }],
  aliases: [{ kind: 'nickname', given: 'Em' }],
  birthDate: '1995-06-21',
  sex: 'female',
  address: { line: ['2214 Orchard Lane'], city: 'Millbrook', state: 'MI', postalCode: '49120', country: 'US' },
  phone: '(269) 555-0119',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'PLH-55120983-02', issuer: 'Priority Lakes HMO (spouse Ryan Thornton, subscriber)' },
    { type: 'ssn-last4', value: '2290' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: 'Name changed 01/2025 on marriage: formerly Emily Rose CARTER. Outside records and results before 03/2025 may carry the maiden name.',
    },
  ],
  encounters: [
    enc(
      TH.op1,
      '4024120302',
      'outpatient',
      '2024-12-03T09:00',
      '2024-12-03T10:10',
      'prv-reyes',
      'Obstetrics — Midwifery',
      "Lakeside Women's Health Clinic",
      'Initial prenatal visit, 9 weeks',
      'self',
      'home',
    ),
    enc(
      TH.op2,
      '4025032503',
      'outpatient',
      '2025-03-25T13:30',
      '2025-03-25T14:10',
      'prv-reyes',
      'Obstetrics — Midwifery',
      "Lakeside Women's Health Clinic",
      'Routine prenatal visit, 25 weeks; glucose challenge',
      'self',
      'home',
    ),
    enc(
      TH.lab,
      '4025033101',
      'outpatient',
      '2025-03-31T07:30',
      '2025-03-31T10:50',
      'prv-reyes',
      'Laboratory',
      'Outpatient Laboratory, main campus',
      '3-hour 100-g oral glucose tolerance test',
      'clinic',
      'home',
    ),
    enc(
      TH.op3,
      '4025040805',
      'outpatient',
      '2025-04-08T10:15',
      '2025-04-08T11:00',
      'prv-okafor',
      'Obstetrics',
      "Lakeside Women's Health Clinic",
      'Prenatal visit 27 weeks; abnormal glucose tolerance test',
      'self',
      'home',
    ),
    enc(
      TH.ip,
      '4025070211',
      'inpatient',
      '2025-07-02T22:40',
      '2025-07-05T11:30',
      'prv-okafor',
      'Obstetrics',
      'Labor and Delivery, LDR 4; Mother-Baby Unit 212',
      'Spontaneous labor at 39 weeks',
      'self',
      'home',
    ),
    enc(
      TH.pp,
      '4025081204',
      'outpatient',
      '2025-08-12T07:00',
      '2025-08-12T10:15',
      'prv-reyes',
      'Obstetrics — Midwifery',
      "Lakeside Women's Health Clinic",
      'Postpartum visit; requests IUD',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-thornton-pn-20241203',
      type: 'progress-note',
      title: 'Initial Prenatal Visit',
      enc: TH.op1,
      author: 'prv-reyes',
      at: '2024-12-03T09:00',
      signed: '2024-12-03T13:05',
      text: `
LAKESIDE WOMEN'S HEALTH — INITIAL OBSTETRIC VISIT
Patient: Emily R. Carter   DOB 06/21/1995   Date: 12/03/2024   Clinician: Teresa Reyes, CNM

SUBJECTIVE
29-year-old G1P0 presents for a first prenatal visit after a positive home pregnancy test on 11/02. LMP 10/01/2024, certain, regular 28-day cycles; by LMP 9w0d today, EDD 07/08/2025. Mild nausea in the mornings, no vomiting, no bleeding or cramping. Planned pregnancy; she and her fiancé (Ryan Thornton) are marrying in January.
Past medical history: none. Past surgical: wisdom teeth 2013. Gyn: normal Pap and HPV co-test 2023. No STI history.
Medications: prenatal vitamin with DHA daily.
Allergies: no known drug allergies.
Family history: mother with type 2 diabetes diagnosed at 48; father hypertension. No genetic disorders or birth defects known.
Social: Elementary school teacher. Never smoker, no alcohol since positive test, no drugs. Feels safe at home.
Pre-pregnancy weight 79 kg, BMI 29.4.

OBJECTIVE
BP 112/70, HR 76, Wt 80.1 kg. Thyroid normal. Heart and lungs normal. Abdomen soft. Pelvic: normal external genitalia, cervix closed and long, uterus about 9-week size. Bedside transvaginal ultrasound: single intrauterine pregnancy, crown-rump length 23 mm consistent with 9w0d, fetal heart rate 172 bpm. Dating by LMP confirmed.

ASSESSMENT
Intrauterine pregnancy, first pregnancy, 9 weeks 0 days, normal. Risk factors for gestational diabetes: BMI over 25 and first-degree relative with diabetes.

PLAN
1. Prenatal panel today: type and screen, CBC, rubella, varicella, hepatitis B surface antigen, hepatitis C antibody, RPR, HIV-1/2 antigen/antibody (opt-out counselling given; patient agreed), urine culture, GC/chlamydia NAAT. Early HbA1c given risk factors.
2. Cell-free DNA aneuploidy screen offered and accepted — drawn today, sent to Great Lakes Reference Laboratory.
3. Continue prenatal vitamin. Nutrition and weight-gain goals (15-25 lb for BMI 25-29.9). Nausea measures.
4. Return in 4 weeks. Anatomy ultrasound at 18-20 weeks. Early glucose screen considered; will do standard 24-28 week screen if early A1c normal.

Electronically signed: Teresa Reyes, CNM   12/03/2024 13:05
`,
    }),
    doc({
      id: 'doc-thornton-lab-20241203',
      type: 'laboratory-report',
      title: 'Prenatal Panel',
      enc: TH.op1,
      author: 'prv-iqbal',
      at: '2024-12-03T10:00',
      signed: '2024-12-05T15:20',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: CARTER, EMILY ROSE   MRN: LC007203   DOB: 06/21/1995   Sex: F   Account: 4024120302
Ordering: Teresa Reyes, CNM   Collected: 12/03/2024 10:00   Final: 12/05/2024 15:20

PRENATAL PANEL
  ABO group .................. O
  Rh(D) type ................. Positive
  Antibody screen ............ Negative
  Hemoglobin ................. 12.6 g/dL     (11.0-15.0)
  Hematocrit ................. 37.8 %        (33.0-45.0)
  Platelets .................. 244 x10^3/uL (150-400)
  Rubella IgG ................ Immune (index 3.9)
  Varicella IgG .............. Immune
  Hepatitis B surface antigen  Nonreactive
  Hepatitis C antibody ....... Nonreactive
  RPR ........................ Nonreactive
  N. gonorrhoeae NAAT ........ Not detected
  C. trachomatis NAAT ........ Not detected
  Urine culture .............. No growth at 48 hours
  Hemoglobin A1c ............. 5.4 %  (4.0-5.6)

HIV-1/2 antigen/antibody screen: reported separately under restricted access (state HIV confidentiality law).
Cell-free DNA screen: sent out to Great Lakes Reference Laboratory; result will be filed when received.

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-thornton-pn-20250325',
      type: 'progress-note',
      title: 'Prenatal Visit — 25 Weeks',
      enc: TH.op2,
      author: 'prv-reyes',
      at: '2025-03-25T13:30',
      signed: '2025-03-25T17:45',
      text: `
LAKESIDE WOMEN'S HEALTH — PRENATAL VISIT
Patient: Emily R. Thornton (formerly Carter; married 01/18/2025 — registration, insurance and ID updated today)
Date: 03/25/2025   GA 25w0d by LMP   EDD 07/08/2025   Clinician: Teresa Reyes, CNM

S: Feeling well. Good fetal movement daily. Occasional round-ligament pain. No bleeding, leakage of fluid, contractions or headache. Anatomy ultrasound 02/11 at Lakeside Imaging normal, posterior placenta, growth on track. Cell-free DNA low risk for trisomies 21/18/13. Taking prenatal vitamin.

O: BP 114/72. Wt 84.6 kg (gain 5.6 kg from pre-pregnancy). Fundal height 25 cm. Fetal heart tones 148 by Doppler. Urine dip: protein negative, glucose trace. No edema.

A: Intrauterine pregnancy, first pregnancy, 25 weeks, progressing normally. Trace glycosuria; risk factors for GDM (BMI, mother with type 2 diabetes).

P:
1. 1-hour 50-g glucose challenge drawn today at 13:40 (nonfasting).
2. Reviewed preterm labor warning signs and kick counts after 28 weeks.
3. Tdap recommended at 27-36 weeks; plan next visit.
4. Return in 2 weeks or sooner per GCT result.

Addendum 03/25/2025 17:40: 1-hour GCT 162 mg/dL (screen positive, cut-off 140). Patient called; 3-hour 100-g OGTT scheduled 03/31 07:30, fasting from midnight. — T. Reyes, CNM
Electronically signed: Teresa Reyes, CNM   03/25/2025 17:45
`,
    }),
    doc({
      id: 'doc-thornton-lab-20250331',
      type: 'laboratory-report',
      title: 'Glucose Challenge and 3-Hour Oral Glucose Tolerance Test',
      enc: TH.lab,
      author: 'prv-iqbal',
      at: '2025-03-31T07:35',
      signed: '2025-03-31T12:10',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: THORNTON, EMILY ROSE   MRN: LC007203   DOB: 06/21/1995   Sex: F   Account: 4025033101
Ordering: Teresa Reyes, CNM   Reported: 03/31/2025 12:10
Pregnancy: 25 weeks 6 days

PRIOR SCREEN (03/25/2025 13:40, account 4025032503)
  Glucose, 1 h after 50-g load ... 162 mg/dL   (<140)   H

3-HOUR ORAL GLUCOSE TOLERANCE TEST, 100-g (Carpenter-Coustan criteria)
Patient fasting since 22:00. Load given 07:40.
  Fasting (07:35) ................ 98 mg/dL    (<95)    H
  1 hour (08:40) ................. 192 mg/dL   (<180)   H
  2 hours (09:40) ................ 168 mg/dL   (<155)   H
  3 hours (10:40) ................ 130 mg/dL   (<140)

Interpretation: Three of four values meet or exceed Carpenter-Coustan thresholds (two or more abnormal values are diagnostic of gestational diabetes mellitus). Result telephoned to Teresa Reyes, CNM at 12:15 by M. Ruiz, MLS.

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-thornton-pn-20250408',
      type: 'progress-note',
      title: 'Prenatal Visit — 27 Weeks, New Gestational Diabetes',
      enc: TH.op3,
      author: 'prv-okafor',
      at: '2025-04-08T10:15',
      signed: '2025-04-08T12:30',
      text: `
LAKESIDE WOMEN'S HEALTH — OBSTETRICS
Patient: Emily R. Thornton   Date: 04/08/2025   GA 27w0d   EDD 07/08/2025   Physician: Chinedu Okafor, MD

SUBJECTIVE
29-year-old G1P0 seen in physician consultation within the midwifery practice after her 3-hour glucose tolerance test on 03/31 showed three abnormal values (fasting 98, 1 h 192, 2 h 168). Asymptomatic. Fetal movement active. No contractions, bleeding or leakage. She is anxious about the diagnosis and what it means for the baby.

OBJECTIVE
BP 116/74. Wt 85.3 kg. Fundal height 27 cm. FHT 144. Urine: glucose negative, protein negative.

ASSESSMENT
1. Gestational diabetes mellitus, class A1, newly diagnosed at 27 weeks — to be managed by diet.
2. Intrauterine pregnancy at 27 weeks 0 days, otherwise uncomplicated.

PLAN
1. Medical nutrition therapy: referral to the registered dietitian and diabetes educator this week. Carbohydrate-consistent meal plan, 30 minutes walking daily.
2. Glucometer prescribed with teaching today: check fasting and 1 hour after each meal. Targets fasting under 95, 1-hour postprandial under 140. Log reviewed by portal every week.
3. If more than a third of values are above target over 1-2 weeks, start insulin (or metformin if she declines insulin).
4. Growth ultrasound at 32 and 36 weeks. Weekly antenatal testing not needed while diet-controlled with good values.
5. Tdap vaccine given today (left deltoid) — VIS provided.
6. Postpartum 75-g OGTT at 4-12 weeks after delivery discussed; lifetime diabetes risk counselling.
Return in 2 weeks with the midwife, alternating with physician visits.

Electronically signed: Chinedu Okafor, MD   04/08/2025 12:30
`,
    }),
    doc({
      id: 'doc-thornton-hp-20250702',
      type: 'history-and-physical',
      title: 'Labor and Delivery Admission History and Physical',
      enc: TH.ip,
      author: 'prv-reyes',
      at: '2025-07-02T22:50',
      signed: '2025-07-02T23:40',
      text: `
LABOR AND DELIVERY ADMISSION HISTORY AND PHYSICAL
Patient: Emily R. Thornton   Admitted: 07/02/2025 22:40   Attending: Chinedu Okafor, MD   Midwife: Teresa Reyes, CNM

CHIEF COMPLAINT: Painful contractions every 3-4 minutes since 18:00.

HISTORY OF PRESENT ILLNESS
29-year-old G1P0 at 39 weeks 1 day by LMP consistent with 9-week ultrasound (EDD 07/08/2025) presents in spontaneous labor. Membranes intact. Good fetal movement. No bleeding. Pregnancy complicated by gestational diabetes diagnosed at 27 weeks, managed with diet alone throughout; log reviewed 06/30 with 92% of values at target (fasting 78-94). Growth ultrasound 06/04 at 35w: estimated fetal weight 2,780 g (52nd percentile), normal fluid. GBS culture 06/05 negative.

PRENATAL LABS: O positive, antibody screen negative, rubella immune, varicella immune, HBsAg nonreactive, HCV nonreactive, RPR nonreactive, GC/CT negative, HIV screen result on file (restricted), cfDNA low risk, GBS negative.
PMH: Gestational diabetes A1 (this pregnancy). No chronic illness.
PSH: Third molar extraction 2013.
MEDICATIONS: Prenatal vitamin. No insulin or oral agents.
ALLERGIES: No known drug allergies.
SOCIAL: Married (husband Ryan at bedside). Teacher. No tobacco, alcohol or drugs.

REVIEW OF SYSTEMS: No headache, visual change, RUQ pain, fever or dysuria.

PHYSICAL EXAM
T 36.9 C, BP 122/76, HR 88, RR 18. Alert, coping with contractions.
Heart regular. Lungs clear. Abdomen gravid, nontender between contractions, fundal height 38 cm, EFW by Leopold 3,200 g, cephalic.
Sterile vaginal exam: 5 cm / 90% / -1 station, vertex, membranes intact.
Fetal heart tracing: baseline 135, moderate variability, accelerations present, no decelerations — Category I. Contractions every 3 minutes, 60-70 seconds.
Capillary glucose 96 mg/dL.

ASSESSMENT
Intrauterine pregnancy at 39 weeks 1 day in active labor. Gestational diabetes, diet controlled. GBS negative. Category I tracing.

PLAN
Admit to Labor and Delivery under Dr. Okafor with midwifery management. CBC, type and screen. Capillary glucose every 2 hours in active labor; notify if over 120. Clear liquids. Continuous fetal monitoring. Patient requests epidural — anesthesia notified. Expectant management of labor. Pediatrics aware of maternal GDM for newborn glucose protocol.

Electronically signed: Teresa Reyes, CNM   07/02/2025 23:40
`,
    }),
    doc({
      id: 'doc-thornton-orders-20250702',
      type: 'physician-orders',
      title: 'Labor and Delivery Admission Orders',
      enc: TH.ip,
      author: 'prv-reyes',
      at: '2025-07-02T23:00',
      signed: '2025-07-02T23:05',
      text: `
LABOR AND DELIVERY ADMISSION ORDERS — THORNTON, EMILY ROSE  LC007203  DOB 06/21/1995
Attending: Chinedu Okafor, MD   Ordering clinician: Teresa Reyes, CNM

07/02/2025 23:00  Admit to Labor and Delivery, inpatient. Diagnosis: IUP 39w1d, active labor; GDM A1.
07/02/2025 23:00  Vital signs every 1 hour in active labor; temperature every 4 hours while membranes intact.
07/02/2025 23:00  Continuous electronic fetal monitoring.
07/02/2025 23:00  Diet: clear liquids.
07/02/2025 23:00  Lactated Ringer's 125 mL/h IV; 500 mL bolus before neuraxial anesthesia.
07/02/2025 23:00  CBC and type and screen now.
07/02/2025 23:00  Capillary blood glucose every 2 hours during active labor; call if greater than 120 mg/dL.
07/02/2025 23:00  Anesthesia consult for labor epidural at patient request.
07/02/2025 23:00  Oxytocin 30 units in 500 mL LR after delivery of placenta, 167 mL/h for 1 hour, then 42 mL/h for 3 hours.
07/03/2025 05:05  VERBAL ORDER (T. Reyes, CNM, read back by L. Ames, RN): ibuprofen 800 mg by mouth once now. Authenticated by T. Reyes 07/03/2025 09:10.
07/03/2025 06:30  Transfer to Mother-Baby Unit. Postpartum order set: ibuprofen 600 mg every 6 hours; acetaminophen 1,000 mg every 8 hours as needed; docusate 100 mg twice daily; ice packs and witch-hazel pads; regular diet; ambulate ad lib. Capillary glucose discontinued after delivery.

Electronically signed: Teresa Reyes, CNM   07/02/2025 23:05 (subsequent entries signed at time of entry)
`,
    }),
    doc({
      id: 'doc-thornton-epidural-consent-20250703',
      type: 'consent-form',
      title: 'Consent for Labor Epidural Analgesia',
      enc: TH.ip,
      author: 'prv-brandt',
      at: '2025-07-03T00:20',
      signed: '2025-07-03T00:25',
      method: 'handwritten',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CONSENT FOR ANESTHESIA SERVICES

Patient: Emily R. Thornton   DOB: 06/21/1995   MRN: LC007203
Planned anesthetic: Lumbar epidural analgesia for labor (continuous infusion), with conversion to surgical anesthesia if cesarean delivery becomes necessary.
Anesthesiologist: Owen Brandt, MD

The anesthesiologist explained the procedure and its expected benefits. Risks discussed include low blood pressure, itching, incomplete or one-sided block, post-dural-puncture headache (about 1 in 100), temporary leg numbness or weakness, fever, infection or bleeding around the spine, nerve injury (rare), and very rare seizure, cardiac arrest or permanent paralysis. Alternatives discussed: IV opioid analgesia, nitrous oxide, non-drug comfort measures, or no analgesia. The patient was able to ask questions between contractions and stated she understood.

I agree to the anesthetic plan described above.

Patient signature: Emily Thornton                Date/time: 07/03/2025 00:22
Witness: Laura Ames, RN                         Date/time: 07/03/2025 00:22
Anesthesiologist: Owen Brandt, MD               Date/time: 07/03/2025 00:25
`,
    }),
    doc({
      id: 'doc-thornton-anes-20250703',
      type: 'anesthesia-record',
      title: 'Labor Epidural Anesthesia Record',
      enc: TH.ip,
      author: 'prv-brandt',
      at: '2025-07-03T00:30',
      signed: '2025-07-03T07:15',
      text: `
ANESTHESIA RECORD — NEURAXIAL LABOR ANALGESIA
Patient: Emily R. Thornton   MRN LC007203   Anesthesiologist: Owen Brandt, MD
ASA class: II (pregnancy, GDM diet-controlled). Weight 87 kg.

PRE-PROCEDURE: Consent signed 00:22. NPO except clear liquids. Platelets 231. No anticoagulants. Airway Mallampati II. Allergies: NKDA. LR 500 mL bolus given.
Time-out: 00:30.

PROCEDURE
Position: sitting. Monitors: BP cycling every 2 min, pulse oximetry, continuous fetal monitoring.
Skin prep chlorhexidine, sterile drape, mask, hat, sterile gloves. Local 1% lidocaine 3 mL.
17-gauge Tuohy needle at L3-L4, loss of resistance to saline at 5.5 cm, single pass. Catheter threaded easily, secured at 10 cm at skin. Aspiration negative for blood and CSF.
Test dose: 1.5% lidocaine with epinephrine 1:200,000, 3 mL at 00:41 — negative (no HR rise, no motor block).
Loading: bupivacaine 0.125% with fentanyl 2 mcg/mL, 10 mL in divided doses 00:45-00:50.
Maintenance: programmed intermittent epidural bolus bupivacaine 0.0625% + fentanyl 2 mcg/mL, 8 mL every 40 minutes, PCEA 5 mL, lockout 10 minutes, started 00:52.

COURSE
01:05 bilateral T10 sensory level, pain 1/10. BP nadir 104/62 at 01:00, no treatment required. FHR Category I throughout.
04:52 vaginal delivery. 05:25 infusion stopped after perineal repair; catheter removed intact, tip blue, site clean.

COMPLICATIONS: None. No wet tap.
Postpartum check 07/03 07:00: motor and sensory function fully returned, no headache, site clean.

Electronically signed: Owen Brandt, MD   07/03/2025 07:15
`,
    }),
    doc({
      id: 'doc-thornton-delivery-20250703',
      type: 'procedure-note',
      title: 'Delivery Note — Spontaneous Vaginal Delivery',
      enc: TH.ip,
      author: 'prv-reyes',
      at: '2025-07-03T04:52',
      signed: '2025-07-03T05:50',
      text: `
DELIVERY NOTE
Patient: Emily R. Thornton   G1P0 -> G1P1001   Date/time of birth: 07/03/2025 04:52
Delivering clinician: Teresa Reyes, CNM   Attending physician: Chinedu Okafor, MD (available, not present)
Anesthesia: labor epidural (O. Brandt, MD)

LABOR SUMMARY
Admitted 07/02 22:40 at 5 cm in spontaneous labor, 39 weeks 1 day. Spontaneous rupture of membranes 01:50, clear fluid. Complete at 03:55. Second stage 57 minutes with effective pushing. Fetal heart tracing Category I throughout, with early decelerations in the second stage. Intrapartum capillary glucose 88-104 mg/dL. No oxytocin augmentation.

DELIVERY
Spontaneous vaginal delivery of a live female infant from occiput anterior position over an intact perineum that then tore with delivery of the shoulders. Nuchal cord times one, loose, reduced. Delayed cord clamping 60 seconds; cord cut by the father. Infant placed skin to skin.
Apgars 8 at 1 minute and 9 at 5 minutes. Birth weight 3,340 g. Three-vessel cord. Cord blood to lab.
Placenta delivered spontaneously at 05:01, intact, with three-vessel cord. Oxytocin infusion started after placental delivery. Fundus firm.

LACERATION
Second-degree perineal laceration involving the vaginal mucosa and perineal body muscles; anal sphincter intact on inspection and rectal exam. Repaired in layers with 3-0 Vicryl Rapide: running locked closure of vaginal mucosa, interrupted sutures to the perineal muscles, subcuticular skin closure. Rectal exam after repair normal. Sponge and needle counts correct.

ESTIMATED BLOOD LOSS: 350 mL (quantitative).
COMPLICATIONS: None beyond the laceration.

Mother and baby stable, bonding and attempting breastfeeding in LDR 4. Newborn to the nursery team (Dr. Patel) for GDM glucose protocol.

Electronically signed: Teresa Reyes, CNM   07/03/2025 05:50
`,
    }),
    doc({
      id: 'doc-thornton-ds-20250705',
      type: 'discharge-summary',
      title: 'Obstetric Discharge Summary',
      enc: TH.ip,
      author: 'prv-reyes',
      at: '2025-07-05T11:30',
      signed: '2025-07-07T10:20',
      text: `
OBSTETRIC DISCHARGE SUMMARY
Patient: Emily R. Thornton   MRN LC007203
Admitted: 07/02/2025 22:40   Discharged: 07/05/2025 11:30   Attending: Chinedu Okafor, MD   Author: Teresa Reyes, CNM

ADMISSION DIAGNOSIS: Intrauterine pregnancy at 39 weeks 1 day, spontaneous labor; gestational diabetes mellitus, diet controlled.

DISCHARGE DIAGNOSES
1. Delivered: spontaneous vaginal delivery of a single liveborn female at 39 weeks 2 days on 07/03/2025.
2. Gestational diabetes mellitus, class A1 (diet controlled), in childbirth.
3. Second-degree perineal laceration, repaired.

PROCEDURES
07/03/2025 Spontaneous vaginal delivery (T. Reyes, CNM).
07/03/2025 Repair of second-degree perineal laceration (T. Reyes, CNM).
07/03/2025 Labor epidural analgesia (O. Brandt, MD).

HOSPITAL COURSE
Admitted in active labor at 5 cm. Epidural placed at 00:30. Spontaneous rupture of membranes at 01:50, complete at 03:55, and spontaneous vaginal delivery at 04:52 of a 3,340 g female, Apgars 8/9. Second-degree laceration repaired. EBL 350 mL. Intrapartum glucose 88-104 without insulin. Postpartum course uncomplicated: afebrile, fundus firm, lochia moderate, voiding and ambulating. Hemoglobin 11.8 on admission and 10.6 on postpartum day 1; asymptomatic, continue oral iron with prenatal vitamin. Breastfeeding well with lactation support. Postpartum glucose monitoring discontinued (GDM resolves with delivery). Rubella immune, Rh positive — no RhIG or MMR needed. Infant (Lily Grace Thornton) in the newborn nursery for transient hypoglycemia protocol; discharged together.

CONDITION AT DISCHARGE: Good.
DISPOSITION: Home with husband and infant.

DISCHARGE MEDICATIONS
Ibuprofen 600 mg by mouth every 6 hours as needed for pain.
Acetaminophen 1,000 mg every 8 hours as needed.
Docusate 100 mg twice daily as needed.
Prenatal vitamin daily (continue while breastfeeding).

FOLLOW-UP
Postpartum visit with T. Reyes, CNM in 6 weeks — 75-g 2-hour OGTT at that visit; contraception plan (she is considering a levonorgestrel IUD). Call for fever over 38 C, heavy bleeding, severe perineal pain, calf pain or mood concerns.

Electronically signed: Teresa Reyes, CNM   07/07/2025 10:20
`,
    }),
    doc({
      id: 'doc-thornton-pn-20250812',
      type: 'progress-note',
      title: 'Postpartum Visit',
      enc: TH.pp,
      author: 'prv-reyes',
      at: '2025-08-12T09:00',
      signed: '2025-08-12T12:20',
      text: `
LAKESIDE WOMEN'S HEALTH — POSTPARTUM VISIT
Patient: Emily R. Thornton   Date: 08/12/2025   Delivery: 07/03/2025 SVD (5 weeks 5 days postpartum)   Clinician: Teresa Reyes, CNM

S: Feeling well. Exclusively breastfeeding Lily, who is gaining well per her pediatrician. Lochia stopped at 4 weeks. Perineum no longer sore. Bowel and bladder normal. Sleeping in 3-hour stretches. Mood good; husband helping. Has not resumed intercourse. Would like a levonorgestrel IUD (Mirena) for contraception; does not want estrogen while breastfeeding.
Edinburgh Postnatal Depression Scale: 4 (negative).

O: BP 112/68, Wt 81.2 kg. Breasts lactating, no masses or redness. Abdomen soft, fundus not palpable. Perineum: second-degree repair well healed, no granulation tissue. Speculum: cervix normal, no discharge. Bimanual: uterus anteverted, normal size, nontender; adnexa normal.
Urine hCG negative. Fasting 75-g 2-hour OGTT this morning: fasting 88 mg/dL, 2 hours 121 mg/dL — normal.

A:
1. Routine postpartum follow-up, normal recovery after vaginal delivery with second-degree laceration.
2. Encounter for insertion of intrauterine contraceptive device.
3. History of gestational diabetes — postpartum glucose tolerance normal.

P:
1. LNG-IUD 52 mg inserted today after consent (see procedure note).
2. Repeat diabetes screening (A1c or fasting glucose) every 1-3 years for life; healthy weight and activity.
3. Return in 4-6 weeks for string check, or sooner for pain, fever or expelled device. Annual exam 12/2025.

Electronically signed: Teresa Reyes, CNM   08/12/2025 12:20
`,
    }),
    doc({
      id: 'doc-thornton-iud-consent-20250812',
      type: 'consent-form',
      title: 'Consent for Intrauterine Device Insertion',
      enc: TH.pp,
      author: 'prv-reyes',
      at: '2025-08-12T09:40',
      signed: '2025-08-12T09:45',
      method: 'handwritten',
      text: `
LAKESIDE WOMEN'S HEALTH — CONSENT FOR INTRAUTERINE DEVICE (IUD) INSERTION

Patient: Emily R. Thornton   DOB: 06/21/1995   MRN: LC007203
Device: Levonorgestrel-releasing intrauterine system 52 mg (Mirena)
Clinician: Teresa Reyes, CNM

I have received the patient information leaflet for this device. The clinician explained that the IUD prevents pregnancy for up to 8 years and can be removed at any time. Risks discussed: cramping and irregular bleeding in the first months, expulsion (higher in the first year after childbirth), perforation of the uterus (about 1 in 1,000, slightly higher while breastfeeding), infection in the first weeks, and ectopic pregnancy if pregnancy occurs. Alternatives discussed: copper IUD, implant, progestin-only pills, condoms, lactational amenorrhea, permanent contraception.

I choose to have the levonorgestrel IUD inserted today.

Patient signature: Emily R. Thornton          Date/time: 08/12/2025 09:43
Witness: Janelle Brooks, RN                   Date/time: 08/12/2025 09:43
Clinician: Teresa Reyes, CNM                  Date/time: 08/12/2025 09:45
`,
    }),
    doc({
      id: 'doc-thornton-iud-proc-20250812',
      type: 'procedure-note',
      title: 'IUD Insertion Procedure Note',
      enc: TH.pp,
      author: 'prv-reyes',
      at: '2025-08-12T09:50',
      signed: '2025-08-12T10:20',
      text: `
PROCEDURE NOTE — INTRAUTERINE DEVICE INSERTION
Patient: Emily R. Thornton   Date: 08/12/2025   Clinician: Teresa Reyes, CNM   Assistant: J. Brooks, RN

INDICATION: Contraception, 5 weeks 5 days postpartum, breastfeeding.
PRE-PROCEDURE: Consent signed. Urine hCG negative. No intercourse since delivery. GC/CT negative this pregnancy; no new partners. Ibuprofen 600 mg given 09:15.

DEVICE: Levonorgestrel-releasing intrauterine system 52 mg (Mirena), lot TU02F7K, expiration 03/2027.

PROCEDURE: Time-out performed. Bimanual exam: uterus anteverted, normal size. Speculum placed; cervix cleansed with povidone-iodine. Tenaculum applied to the anterior lip. Uterus sounded to 7.5 cm. The device was loaded, inserted to the fundus and released per manufacturer instructions. Inserter withdrawn. Strings trimmed to 3 cm from the external os. Tenaculum removed; small amount of bleeding at the tenaculum site stopped with pressure.

TOLERANCE: Moderate cramping during sounding, resolved within 5 minutes. No vasovagal symptoms.
EBL: Minimal. COMPLICATIONS: None.

INSTRUCTIONS: Backup contraception for 7 days. Expect cramping and spotting. String check at home taught. Warning signs reviewed: severe pain, fever, foul discharge, inability to feel strings. Device card given.

Electronically signed: Teresa Reyes, CNM   08/12/2025 10:20
`,
    }),
    // MISFILED (task file-chart-audit-thornton): the newborn's hearing-screen printout, scanned into the
    // mother's chart because the printout also carries the mother's MRN. It belongs to pt-thornton-lily.
    doc({
      id: 'doc-thornton-hearing-20250704',
      type: 'procedure-note',
      title: 'Newborn Hearing Screen (AABR) — Device Printout',
      author: 'prv-patel',
      at: '2025-07-04T14:00',
      written: '2025-07-04T14:30',
      signed: '2025-07-04T15:10',
      method: 'handwritten',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — NEWBORN HEARING SCREENING PROGRAM
NEWBORN HEARING SCREEN RESULT — AUTOMATED AUDITORY BRAINSTEM RESPONSE (AABR)

Infant: THORNTON, BABY GIRL          MRN: LC013777          DOB: 07/03/2025 04:52          Sex: F
Account: 4025070312          Unit: Mother-Baby Unit 212 (rooming-in)          Pediatrician: Rohan Patel, MD
Mother: THORNTON, EMILY R          Mother's MRN: LC007203
Screen date/time: 07/04/2025 14:00 (age 33 hours)          Screener: D. Alvarez, newborn hearing technician

RISK FACTORS FOR HEARING LOSS (JCIH 2019): none. Term birth, no NICU stay, no family history of childhood hearing loss, no in-utero infection, no craniofacial anomaly, no hyperbilirubinemia requiring exchange transfusion, no ototoxic medication. Maternal gestational diabetes is not a risk factor.

SCREEN
Infant asleep after a feed, quiet room. Click stimulus 35 dB nHL, disposable ear couplers, impedance within limits.
  Right ear: PASS (1 attempt)
  Left ear:  PASS (1 attempt)

RESULT: PASSED, BOTH EARS. No rescreen or referral needed.
Reported to the Michigan Early Hearing Detection and Intervention (EHDI) Program 07/04/2025.
Parents given the pamphlet "Your Baby's Hearing Screening" and the developmental checklist for hearing and speech milestones; hearing to be followed at routine well-child visits.

Reviewed: Rohan Patel, MD (signed)   07/04/2025 15:10
[Device printout, scanned by HIM 07/07/2025]
`,
    }),
  ],
  problems: [
    {
      id: 'prob-thornton-preg',
      description: 'Intrauterine pregnancy, first pregnancy (EDD 07/08/2025) — delivered 07/03/2025',
      status: 'resolved',
      onset: '2024-10-01',
      recordedAt: '2024-12-03T13:05',
      encounterId: TH.op1,
    },
    {
      id: 'prob-thornton-gdm',
      description: 'Gestational diabetes mellitus, class A1 (diet controlled)',
      status: 'resolved',
      onset: '2025-03-31',
      recordedAt: '2025-04-08T12:30',
      encounterId: TH.op3,
    },
    {
      id: 'prob-thornton-hx-gdm',
      description: 'History of gestational diabetes — postpartum OGTT normal 08/2025; needs periodic diabetes screening',
      status: 'active',
      onset: '2025-07-03',
      recordedAt: '2025-08-12T12:20',
      encounterId: TH.pp,
    },
    {
      id: 'prob-thornton-iud',
      description: 'Contraception: levonorgestrel IUD 52 mg inserted 08/12/2025',
      status: 'active',
      onset: '2025-08-12',
      recordedAt: '2025-08-12T12:20',
      encounterId: TH.pp,
    },
  ],
  medications: [
    med('med-thornton-pnv', 'Prenatal multivitamin with DHA', '1 tablet', 'oral', 'daily', 'active', '2024-11-05T08:00'),
    med(
      'med-thornton-glucometer',
      'Blood glucose meter, test strips and lancets',
      'testing 4 times daily',
      'other',
      'fasting and 1 h after meals',
      'completed',
      '2025-04-08T12:30',
      { end: '2025-07-03T04:52', by: 'prv-okafor', enc: TH.op3 },
    ),
    med(
      'med-thornton-oxytocin',
      "Oxytocin 30 units in 500 mL lactated Ringer's",
      '167 mL/h x1 h then 42 mL/h x3 h',
      'intravenous',
      'postpartum infusion',
      'completed',
      '2025-07-03T05:01',
      { end: '2025-07-03T09:05', by: 'prv-reyes', enc: TH.ip, setting: 'inpatient' },
    ),
    med(
      'med-thornton-epidural',
      'Bupivacaine 0.0625% with fentanyl 2 mcg/mL',
      '8 mL every 40 min (PIEB) + PCEA 5 mL',
      'epidural',
      'continuous labor analgesia',
      'completed',
      '2025-07-03T00:52',
      { end: '2025-07-03T05:25', by: 'prv-brandt', enc: TH.ip, setting: 'inpatient' },
    ),
    med('med-thornton-ibuprofen-ip', 'Ibuprofen', '600 mg', 'oral', 'every 6 hours', 'completed', '2025-07-03T06:30', {
      end: '2025-07-05T11:30',
      by: 'prv-reyes',
      enc: TH.ip,
      setting: 'inpatient',
    }),
    med('med-thornton-ibuprofen-dc', 'Ibuprofen', '600 mg', 'oral', 'every 6 hours as needed', 'completed', '2025-07-05T11:30', {
      end: '2025-07-26T00:00',
      by: 'prv-reyes',
      enc: TH.ip,
    }),
    med(
      'med-thornton-lng-iud',
      'Levonorgestrel-releasing intrauterine system (Mirena)',
      '52 mg',
      'intrauterine',
      'continuous (up to 8 years)',
      'active',
      '2025-08-12T09:50',
      { by: 'prv-reyes', enc: TH.pp },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-thornton-prenatal-20241203',
      TH.op1,
      'lab',
      'Prenatal panel: ABO/Rh, antibody screen, CBC, rubella IgG, varicella IgG, HBsAg, HCV Ab, RPR, HIV-1/2 Ag/Ab (opt-out), urine culture, GC/CT NAAT, HbA1c; cell-free DNA screen (send-out)',
      '2024-12-03T09:50',
      'prv-reyes',
      'completed',
    ),
    ord('ord-thornton-gct-20250325', TH.op2, 'lab', '1-hour 50-g glucose challenge test', '2025-03-25T13:35', 'prv-reyes', 'completed'),
    ord(
      'ord-thornton-ogtt-20250325',
      undefined,
      'lab',
      '3-hour 100-g oral glucose tolerance test (schedule 03/31, fasting)',
      '2025-03-25T17:40',
      'prv-reyes',
      'completed',
      'telephone',
      '2025-03-25T17:45',
    ),
    ord(
      'ord-thornton-mnt-20250408',
      TH.op3,
      'consult',
      'Referral: registered dietitian / diabetes educator — medical nutrition therapy for GDM A1',
      '2025-04-08T11:00',
      'prv-okafor',
      'completed',
    ),
    ord(
      'ord-thornton-tdap-20250408',
      TH.op3,
      'medication',
      'Tdap vaccine 0.5 mL IM once (27 weeks)',
      '2025-04-08T10:45',
      'prv-okafor',
      'completed',
    ),
    ord(
      'ord-thornton-admit-20250702',
      TH.ip,
      'admission',
      'Admit to Labor and Delivery, inpatient — IUP 39w1d in active labor, GDM A1',
      '2025-07-02T23:00',
      'prv-reyes',
      'completed',
    ),
    ord(
      'ord-thornton-cbg-20250702',
      TH.ip,
      'nursing',
      'Capillary blood glucose every 2 hours in active labor; notify if > 120 mg/dL',
      '2025-07-02T23:00',
      'prv-reyes',
      'discontinued',
    ),
    ord(
      'ord-thornton-epidural-20250702',
      TH.ip,
      'consult',
      'Anesthesia consult: labor epidural at patient request',
      '2025-07-02T23:00',
      'prv-reyes',
      'completed',
    ),
    ord(
      'ord-thornton-ibu-vo-20250703',
      TH.ip,
      'medication',
      'Ibuprofen 800 mg by mouth once now',
      '2025-07-03T05:05',
      'prv-reyes',
      'completed',
      'verbal',
      '2025-07-03T09:10',
    ),
    ord(
      'ord-thornton-ogtt-pp-20250812',
      TH.pp,
      'lab',
      '75-g 2-hour oral glucose tolerance test (postpartum)',
      '2025-08-12T07:00',
      'prv-reyes',
      'completed',
    ),
  ],
  results: [
    res(
      'res-thornton-abo',
      TH.op1,
      'Prenatal panel',
      'ABO/Rh',
      'O positive',
      undefined,
      undefined,
      undefined,
      '2024-12-03T10:00',
      '2024-12-03T15:10',
    ),
    res(
      'res-thornton-abscr',
      TH.op1,
      'Prenatal panel',
      'Antibody screen',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-03T15:10',
    ),
    res(
      'res-thornton-hgb-1',
      TH.op1,
      'Prenatal panel',
      'Hemoglobin',
      12.6,
      'g/dL',
      { low: 11.0, high: 15.0 },
      undefined,
      '2024-12-03T10:00',
      '2024-12-03T11:20',
    ),
    res(
      'res-thornton-rubella',
      TH.op1,
      'Prenatal panel',
      'Rubella IgG',
      'Immune (index 3.9)',
      undefined,
      { text: 'Immune >= 1.0' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-04T14:00',
    ),
    res(
      'res-thornton-hbsag',
      TH.op1,
      'Prenatal panel',
      'Hepatitis B surface antigen',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-04T14:00',
    ),
    res(
      'res-thornton-rpr',
      TH.op1,
      'Prenatal panel',
      'RPR',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-04T14:00',
    ),
    res(
      'res-thornton-hiv',
      TH.op1,
      'Prenatal panel',
      'HIV-1/2 antigen/antibody, 4th generation',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-04T14:00',
      ['hiv'],
    ),
    res(
      'res-thornton-ucx-1',
      TH.op1,
      'Prenatal panel',
      'Urine culture',
      'No growth at 48 hours',
      undefined,
      { text: 'No growth' },
      undefined,
      '2024-12-03T10:00',
      '2024-12-05T15:20',
    ),
    res(
      'res-thornton-a1c-early',
      TH.op1,
      'Prenatal panel',
      'Hemoglobin A1c',
      5.4,
      '%',
      { low: 4.0, high: 5.6 },
      undefined,
      '2024-12-03T10:00',
      '2024-12-03T13:00',
    ),
    res(
      'res-thornton-gct',
      TH.op2,
      'Glucose challenge',
      'Glucose, 1 h after 50-g load',
      162,
      'mg/dL',
      { high: 139, text: '<140' },
      'H',
      '2025-03-25T13:40',
      '2025-03-25T17:30',
    ),
    res(
      'res-thornton-gtt-f',
      TH.lab,
      '3-hour OGTT (100 g)',
      'Glucose, fasting',
      98,
      'mg/dL',
      { high: 94, text: '<95' },
      'H',
      '2025-03-31T07:35',
      '2025-03-31T12:10',
    ),
    res(
      'res-thornton-gtt-1',
      TH.lab,
      '3-hour OGTT (100 g)',
      'Glucose, 1 hour',
      192,
      'mg/dL',
      { high: 179, text: '<180' },
      'H',
      '2025-03-31T08:40',
      '2025-03-31T12:10',
    ),
    res(
      'res-thornton-gtt-2',
      TH.lab,
      '3-hour OGTT (100 g)',
      'Glucose, 2 hours',
      168,
      'mg/dL',
      { high: 154, text: '<155' },
      'H',
      '2025-03-31T09:40',
      '2025-03-31T12:10',
    ),
    res(
      'res-thornton-gtt-3',
      TH.lab,
      '3-hour OGTT (100 g)',
      'Glucose, 3 hours',
      130,
      'mg/dL',
      { high: 139, text: '<140' },
      undefined,
      '2025-03-31T10:40',
      '2025-03-31T12:10',
    ),
    res(
      'res-thornton-gbs',
      undefined,
      undefined,
      'Group B streptococcus culture, vaginal-rectal (35 weeks)',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-06-05T10:00',
      '2025-06-07T09:00',
    ),
    res(
      'res-thornton-hgb-adm',
      TH.ip,
      'CBC',
      'Hemoglobin',
      11.8,
      'g/dL',
      { low: 11.0, high: 15.0 },
      undefined,
      '2025-07-02T23:10',
      '2025-07-02T23:40',
    ),
    res(
      'res-thornton-plt-adm',
      TH.ip,
      'CBC',
      'Platelets',
      231,
      'x10^3/uL',
      { low: 150, high: 400 },
      undefined,
      '2025-07-02T23:10',
      '2025-07-02T23:40',
    ),
    res(
      'res-thornton-cbg-labor',
      TH.ip,
      undefined,
      'Glucose, capillary (intrapartum)',
      96,
      'mg/dL',
      { low: 70, high: 120 },
      undefined,
      '2025-07-02T23:00',
      '2025-07-02T23:01',
    ),
    res(
      'res-thornton-hgb-pp',
      TH.ip,
      'CBC',
      'Hemoglobin',
      10.6,
      'g/dL',
      { low: 11.0, high: 15.0 },
      'L',
      '2025-07-04T06:00',
      '2025-07-04T06:40',
    ),
    res(
      'res-thornton-ogtt-pp-f',
      TH.pp,
      '2-hour OGTT (75 g), postpartum',
      'Glucose, fasting',
      88,
      'mg/dL',
      { low: 70, high: 99 },
      undefined,
      '2025-08-12T07:10',
      '2025-08-12T09:30',
    ),
    res(
      'res-thornton-ogtt-pp-2',
      TH.pp,
      '2-hour OGTT (75 g), postpartum',
      'Glucose, 2 hours',
      121,
      'mg/dL',
      { high: 139, text: '<140' },
      undefined,
      '2025-08-12T09:10',
      '2025-08-12T09:30',
    ),
    res(
      'res-thornton-hcg-pp',
      TH.pp,
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-08-12T09:05',
      '2025-08-12T09:12',
    ),
  ],
  procedures: [
    {
      id: 'proc-thornton-epidural',
      encounterId: TH.ip,
      description: 'Lumbar epidural catheter placement for labor analgesia, L3-L4',
      performedAt: '2025-07-03T00:30',
      performerId: 'prv-brandt',
    },
    {
      id: 'proc-thornton-svd',
      encounterId: TH.ip,
      description: 'Spontaneous vaginal delivery, single liveborn female, manually assisted',
      performedAt: '2025-07-03T04:52',
      performerId: 'prv-reyes',
    },
    {
      id: 'proc-thornton-lac',
      encounterId: TH.ip,
      description: 'Repair of second-degree obstetric perineal laceration (vaginal mucosa, perineal muscles, skin)',
      performedAt: '2025-07-03T05:05',
      performerId: 'prv-reyes',
    },
    {
      id: 'proc-thornton-iud',
      encounterId: TH.pp,
      description: 'Insertion of levonorgestrel-releasing intrauterine device (52 mg)',
      performedAt: '2025-08-12T09:50',
      performerId: 'prv-reyes',
    },
  ],
  immunizations: [
    {
      id: 'imm-thornton-tdap',
      vaccine: 'Tdap (Adacel), 0.5 mL',
      administeredAt: '2025-04-08T10:50',
      lotNumber: 'U7842AA',
      site: 'left deltoid',
      route: 'intramuscular',
      encounterId: TH.op3,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 16. Lily Grace Thornton — newborn of Emily Thornton; registered as "Baby Girl Thornton".
// ---------------------------------------------------------------------------------------------
const LILY = 'enc-thornton-baby-ip-20250703';
patients.push({
  id: 'pt-thornton-lily',
  mrn: 'LC013777',
  name: { family: 'Thornton', given: ['Lily', 'Grace'] },
  previousNames: [{ family: 'Thornton', given: ['Baby Girl'], reason: 'other', until: '2025-07-04' }],
  aliases: [],
  birthDate: '2025-07-03',
  sex: 'female',
  address: { line: ['2214 Orchard Lane'], city: 'Millbrook', state: 'MI', postalCode: '49120', country: 'US' },
  phone: '(269) 555-0119',
  language: 'English',
  identifiers: [{ type: 'insurance-member', value: 'PLH-55120983-03', issuer: 'Priority Lakes HMO (father Ryan Thornton, subscriber)' }],
  alerts: [
    {
      kind: 'administrative',
      text: 'Newborn registered as "Baby Girl Thornton"; legal name Lily Grace Thornton entered 07/04/2025 from birth certificate worksheet. Mother: Emily R. Thornton, MRN LC007203.',
    },
  ],
  encounters: [
    enc(
      LILY,
      '4025070312',
      'inpatient',
      '2025-07-03T04:52',
      '2025-07-05T11:30',
      'prv-patel',
      'Newborn Nursery',
      'Mother-Baby Unit 212 (rooming-in)',
      'Liveborn infant, born in hospital by vaginal delivery',
      'other',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-lily-hp-20250703',
      type: 'history-and-physical',
      title: 'Newborn Admission History and Physical',
      enc: LILY,
      author: 'prv-patel',
      at: '2025-07-03T08:45',
      signed: '2025-07-03T09:40',
      text: `
NEWBORN HISTORY AND PHYSICAL
Infant: Baby Girl Thornton (name pending)   Born: 07/03/2025 04:52   Pediatrician: Rohan Patel, MD
Mother: Emily R. Thornton, 29 y, G1P1, MRN LC007203

MATERNAL AND PRENATAL HISTORY
Prenatal care from 9 weeks. Blood type O positive, antibody screen negative, rubella immune, HBsAg nonreactive, HCV nonreactive, RPR nonreactive, GBS negative, HIV screen negative per maternal chart. Pregnancy complicated by gestational diabetes diagnosed at 27 weeks, diet controlled throughout. Cell-free DNA screen low risk; anatomy scan normal.

BIRTH HISTORY
Spontaneous vaginal delivery at 39 weeks 2 days after spontaneous labor with epidural. Membranes ruptured 3 hours before delivery, clear fluid. No maternal fever. Loose nuchal cord x1. Apgars 8 and 9. Delayed cord clamping. Skin to skin and breastfed in the first hour.

NEWBORN MEDICATIONS GIVEN
Vitamin K (phytonadione) 1 mg IM 05:40; erythromycin 0.5% ophthalmic ointment both eyes 05:40; hepatitis B vaccine planned before discharge (parents consented).

GLUCOSE PROTOCOL (infant of mother with GDM)
Glucose at 1 hour of life (05:50) 38 mg/dL — asymptomatic; breastfed and given 5 mL expressed colostrum. 06:50: 52 mg/dL. 09:00 pre-feed: 61 mg/dL. Continue pre-feed checks through 12 hours of life.

PHYSICAL EXAM
Weight 3,340 g (55th percentile), length 50 cm, head circumference 34 cm. T 36.8 C axillary, HR 138, RR 44, SpO2 preductal 98% / postductal 98%.
General: vigorous, pink, good tone and cry. Skin: no jaundice, erythema toxicum on trunk. Head: anterior fontanelle soft and flat, mild molding. Eyes: red reflex present bilaterally. Ears: normally set. Mouth: palate intact. Neck: clavicles intact. Chest: clear, symmetric. Heart: regular, no murmur, femoral pulses 2+ bilaterally. Abdomen: soft, no masses, cord with three vessels, clamped. Genitourinary: normal female. Anus patent. Spine: straight, no dimple. Hips: Barlow and Ortolani negative. Neuro: Moro, suck, grasp and root symmetric.

ASSESSMENT
1. Term female, appropriate for gestational age, born in hospital by spontaneous vaginal delivery.
2. Infant of a mother with gestational diabetes with transient neonatal hypoglycemia (nadir 38 mg/dL at 1 hour), resolved with feeding.

PLAN
Rooming-in, breastfeeding on demand with lactation consult. Pre-feed glucose checks until three consecutive values 50 or above after 12 hours of life. Hepatitis B vaccine today. Newborn metabolic screen, hearing screen and CCHD screen after 24 hours. Transcutaneous bilirubin before discharge.

Electronically signed: Rohan Patel, MD   07/03/2025 09:40
`,
    }),
    doc({
      id: 'doc-lily-pn-20250704',
      type: 'progress-note',
      title: 'Newborn Progress Note — Day of Life 1',
      enc: LILY,
      author: 'prv-patel',
      at: '2025-07-04T08:30',
      signed: '2025-07-04T09:15',
      text: `
NEWBORN NURSERY PROGRESS NOTE — DAY OF LIFE 1
Infant: Lily Grace Thornton (name given by parents this morning; registration updated from "Baby Girl Thornton")
Date: 07/04/2025   Pediatrician: Rohan Patel, MD

SUBJECTIVE: Breastfeeding every 2-3 hours, latch improving with lactation help; mother reports colostrum. Voids x3, stools x4 (meconium). No emesis. Parents have no concerns.

OBJECTIVE: T 36.9 C, HR 134, RR 42. Weight 3,220 g (down 3.6% from birth).
Glucose log: 38 (1 h), 52 (2 h), 61 (4 h), 58 (7 h), 64 (10 h), 66 (13 h) mg/dL. Protocol completed at 13 hours of life; checks discontinued.
Exam: active, well perfused, mild facial jaundice only; no murmur; abdomen soft; cord drying; hips stable.
Hepatitis B vaccine given 07/03 at 10:15.

ASSESSMENT AND PLAN
1. Healthy term newborn, day of life 1, feeding well; weight loss appropriate.
2. Transient neonatal hypoglycemia in infant of mother with gestational diabetes — resolved; no further checks.
3. Mild physiologic jaundice — transcutaneous bilirubin at 36 hours.
4. Newborn screen, hearing and CCHD screens due after 24 hours (this afternoon).
Anticipate discharge with mother tomorrow.

Electronically signed: Rohan Patel, MD   07/04/2025 09:15
`,
    }),
    doc({
      id: 'doc-lily-ds-20250705',
      type: 'discharge-summary',
      title: 'Newborn Discharge Summary',
      enc: LILY,
      author: 'prv-patel',
      at: '2025-07-05T11:30',
      signed: '2025-07-05T14:05',
      text: `
NEWBORN DISCHARGE SUMMARY
Infant: Lily Grace Thornton   MRN LC013777   DOB 07/03/2025 04:52
Admitted: 07/03/2025 (birth)   Discharged: 07/05/2025 11:30 with mother   Pediatrician: Rohan Patel, MD
Mother: Emily R. Thornton (LC007203); father: Ryan Thornton.

DIAGNOSES
1. Single liveborn female infant, born in hospital, delivered vaginally, 39 weeks 2 days, appropriate for gestational age.
2. Infant of a mother with gestational diabetes, with transient neonatal hypoglycemia (nadir 38 mg/dL at 1 hour of life), resolved with early feeding. No IV dextrose required.

HOSPITAL COURSE
Uncomplicated. Glucose protocol completed at 13 hours of life with all subsequent values 58-66 mg/dL. Exclusively breastfed. Birth weight 3,340 g; discharge weight 3,180 g (down 4.8%). Transcutaneous bilirubin 7.2 mg/dL at 36 hours — low-risk zone, below phototherapy threshold. Voiding and stooling normally.

SCREENS AND PREVENTION
Vitamin K 1 mg IM and erythromycin eye ointment 07/03. Hepatitis B vaccine #1 07/03/2025 (Engerix-B 10 mcg, lot 9K42T, right anterolateral thigh). Newborn metabolic screen collected 07/04 at 31 hours — pending with the state laboratory. Hearing screen (automated ABR) passed both ears 07/04. CCHD pulse-oximetry screen passed (right hand 99%, foot 99%).

DISCHARGE EXAM: Normal; mild facial jaundice only. Red reflexes present. Hips stable.

DISCHARGE PLAN
Breastfeed 8-12 times a day. Safe sleep on back, in own crib. Car seat checked. Follow up with Lakeside Pediatrics (Dr. Patel) on 07/07/2025 for weight and jaundice check. Call for poor feeding, fewer than 4 wet diapers by day 4, fever 38 C or higher, or jaundice spreading below the chest.

Electronically signed: Rohan Patel, MD   07/05/2025 14:05
`,
    }),
  ],
  problems: [
    {
      id: 'prob-lily-hypogly',
      description: 'Transient neonatal hypoglycemia, infant of mother with gestational diabetes — resolved',
      status: 'resolved',
      onset: '2025-07-03',
      recordedAt: '2025-07-03T09:40',
      encounterId: LILY,
    },
  ],
  medications: [
    med('med-lily-vitk', 'Phytonadione (vitamin K1)', '1 mg', 'intramuscular', 'once', 'completed', '2025-07-03T05:40', {
      end: '2025-07-03T05:40',
      by: 'prv-patel',
      enc: LILY,
      setting: 'inpatient',
    }),
    med(
      'med-lily-erythro',
      'Erythromycin 0.5% ophthalmic ointment',
      '1 cm ribbon each eye',
      'ophthalmic',
      'once',
      'completed',
      '2025-07-03T05:40',
      { end: '2025-07-03T05:40', by: 'prv-patel', enc: LILY, setting: 'inpatient' },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-lily-admit',
      LILY,
      'admission',
      'Admit to newborn nursery / rooming-in; term newborn; infant of mother with GDM',
      '2025-07-03T05:10',
      'prv-patel',
      'completed',
      'verbal',
      '2025-07-03T09:40',
    ),
    ord(
      'ord-lily-glucose',
      LILY,
      'nursing',
      'Newborn hypoglycemia protocol: glucose at 1 h of life then before feeds until 3 consecutive values >= 50 mg/dL after 12 h',
      '2025-07-03T05:10',
      'prv-patel',
      'completed',
      'verbal',
      '2025-07-03T09:40',
    ),
    ord(
      'ord-lily-hepb',
      LILY,
      'medication',
      'Hepatitis B vaccine (recombinant) 10 mcg/0.5 mL IM once, parental consent obtained',
      '2025-07-03T09:30',
      'prv-patel',
      'completed',
    ),
    ord(
      'ord-lily-screens',
      LILY,
      'lab',
      'Newborn metabolic screen at 24-48 h; hearing screen (AABR); CCHD pulse-oximetry screen; transcutaneous bilirubin at 36 h',
      '2025-07-03T09:30',
      'prv-patel',
      'completed',
    ),
  ],
  results: [
    res(
      'res-lily-glu-1',
      LILY,
      'Newborn glucose protocol',
      'Glucose, heel stick (1 h of life)',
      38,
      'mg/dL',
      { low: 45, text: '>= 45 in first 4 h' },
      'L',
      '2025-07-03T05:50',
      '2025-07-03T05:52',
    ),
    res(
      'res-lily-glu-2',
      LILY,
      'Newborn glucose protocol',
      'Glucose, heel stick (2 h of life)',
      52,
      'mg/dL',
      { low: 45 },
      undefined,
      '2025-07-03T06:50',
      '2025-07-03T06:52',
    ),
    res(
      'res-lily-glu-3',
      LILY,
      'Newborn glucose protocol',
      'Glucose, heel stick (4 h of life)',
      61,
      'mg/dL',
      { low: 45 },
      undefined,
      '2025-07-03T09:00',
      '2025-07-03T09:02',
    ),
    res(
      'res-lily-tcb',
      LILY,
      undefined,
      'Bilirubin, transcutaneous (36 h of life)',
      7.2,
      'mg/dL',
      { text: 'Low-risk zone at 36 h (phototherapy threshold 14.6)' },
      undefined,
      '2025-07-04T17:00',
      '2025-07-04T17:01',
    ),
    res(
      'res-lily-hearing',
      LILY,
      undefined,
      'Newborn hearing screen (AABR)',
      'Pass, both ears',
      undefined,
      { text: 'Pass' },
      undefined,
      '2025-07-04T14:00',
      '2025-07-04T14:30',
    ),
    res(
      'res-lily-cchd',
      LILY,
      undefined,
      'CCHD pulse-oximetry screen',
      'Pass (right hand 99%, foot 99%)',
      undefined,
      { text: 'Pass' },
      undefined,
      '2025-07-04T13:00',
      '2025-07-04T13:05',
    ),
  ],
  procedures: [],
  immunizations: [
    {
      id: 'imm-lily-hepb-1',
      vaccine: 'Hepatitis B vaccine, pediatric (Engerix-B 10 mcg/0.5 mL), dose 1',
      administeredAt: '2025-07-03T10:15',
      lotNumber: '9K42T',
      site: 'right anterolateral thigh',
      route: 'intramuscular',
      encounterId: LILY,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 4. Aisha Noor Rahman-Brooks — hyphenated surname; scheduled repeat low-transverse cesarean;
//    postpartum Depo-Provera. Defects: consent without witness date; operative report late.
// ---------------------------------------------------------------------------------------------
const AR = { pre: 'enc-rahmanbrooks-op-20250210', ip: 'enc-rahmanbrooks-ip-20250220', pp: 'enc-rahmanbrooks-op-20250401' };
patients.push({
  id: 'pt-rahman-brooks-aisha',
  mrn: 'LC008842',
  name: { family: 'Rahman-Brooks', given: ['Aisha', 'Noor'] },
  previousNames: [],
  aliases: [
    { kind: 'alias', given: 'Aisha', family: 'Brooks' },
    { kind: 'alias', given: 'Aisha', family: 'Rahman' },
  ],
  birthDate: '1990-09-14',
  sex: 'female',
  address: { line: ['9 Lantern Way'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0163',
  language: 'English',
  identifiers: [
    { type: 'medicaid', value: '0057730192', issuer: 'Michigan Medicaid — Healthy Kids/Pregnancy' },
    { type: 'ssn-last4', value: '6618' },
  ],
  alerts: [
    { kind: 'clinical', text: 'ALLERGY: penicillin (hives, 2010). Cefazolin tolerated 02/20/2025.' },
    {
      kind: 'administrative',
      text: 'Hyphenated surname. Outside practices have registered her as "Aisha Brooks" and "Aisha Rahman" — search all three forms.',
    },
  ],
  encounters: [
    enc(
      AR.pre,
      '4025021004',
      'outpatient',
      '2025-02-10T14:00',
      '2025-02-10T15:05',
      'prv-lindqvist',
      'Obstetrics',
      "Lakeside Women's Health Clinic",
      'Transfer of prenatal care at 37 weeks; pre-operative visit for scheduled repeat cesarean',
      'physician-referral',
      'home',
    ),
    enc(
      AR.ip,
      '4025022001',
      'inpatient',
      '2025-02-20T05:45',
      '2025-02-23T12:00',
      'prv-lindqvist',
      'Obstetrics',
      'Labor and Delivery OR 1; Mother-Baby Unit 208',
      'Scheduled repeat low-transverse cesarean delivery at 39 weeks',
      'physician-referral',
      'home',
    ),
    enc(
      AR.pp,
      '4025040102',
      'outpatient',
      '2025-04-01T10:30',
      '2025-04-01T11:15',
      'prv-reyes',
      'Obstetrics — Midwifery',
      "Lakeside Women's Health Clinic",
      'Postpartum visit; contraception (Depo-Provera)',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-rahmanbrooks-outside-us-20241010',
      type: 'outside-record',
      title: "Outside Record — Detailed Fetal Anatomy Ultrasound (Harbor Women's Care)",
      authorText: "Harbor Women's Care, Maternal-Fetal Imaging — Grand Harbor, MI",
      at: '2024-10-10T14:00',
      written: '2025-02-10T14:05',
      text: `
HARBOR WOMEN'S CARE — MATERNAL-FETAL IMAGING
1400 Lakeshore Drive, Grand Harbor, MI   Phone (616) 555-0400
[Paper copy brought by patient to Lakeside Women's Health 02/10/2025; scanned by clinic staff]

Patient: RAHMAN BROOKS, AISHA     DOB: 09/14/1990     Practice ID: HWC-228841
Exam date: 10/10/2024     Exam: Detailed fetal anatomic survey, transabdominal
Referring: Harbor Women's Care OB   Sonographer: K. Patton, RDMS   Interpreting: Deborah Hale, MD

LMP 05/23/2024   EDD 02/27/2025 (by LMP, confirmed by 8-week ultrasound)   GA by dates 20w0d

BIOMETRY
BPD 4.7 cm (20w2d)   HC 17.6 cm (20w1d)   AC 15.1 cm (20w2d)   FL 3.2 cm (19w6d)
Estimated fetal weight 335 g (48th percentile). Fetal heart rate 146 bpm.

ANATOMY: Intracranial anatomy, face and lips, spine, four-chamber heart and outflow tracts, stomach, kidneys, bladder, abdominal cord insertion, three-vessel cord and extremities visualized and normal. Fetal sex: male (parents wish to know).
PLACENTA: Anterior, fundal, clear of the internal os. No sonographic signs of placenta accreta; uterine scar region (prior cesarean 2021) with normal myometrial thickness and clear retroplacental zone.
AMNIOTIC FLUID: Normal, deepest pocket 5.1 cm.
CERVIX: Transabdominal length 3.8 cm.

IMPRESSION: Single live intrauterine pregnancy at 20 weeks 0 days, normal anatomy survey, anterior fundal placenta remote from the prior hysterotomy scar. No follow-up imaging required for placentation.

Electronically signed: Deborah Hale, MD   10/10/2024
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-hp-20250210',
      type: 'history-and-physical',
      title: 'Pre-operative History and Physical / Transfer of Prenatal Care',
      enc: AR.pre,
      author: 'prv-lindqvist',
      at: '2025-02-10T14:00',
      signed: '2025-02-10T17:30',
      text: `
LAKESIDE WOMEN'S HEALTH — OBSTETRIC HISTORY AND PHYSICAL (PRE-OPERATIVE)
Patient: Aisha N. Rahman-Brooks   DOB 09/14/1990   Date: 02/10/2025   Surgeon: Anna M. Lindqvist, MD
Planned procedure: Repeat low-transverse cesarean delivery, scheduled 02/20/2025 at 39w0d.

HISTORY OF PRESENT ILLNESS
34-year-old G2P1001 at 37 weeks 4 days (LMP 05/23/2024, EDD 02/27/2025 confirmed by 8-week ultrasound) transferring care from Harbor Women's Care in Grand Harbor after moving to Lakeside in January. Records requested; she brought her anatomy ultrasound report (normal survey, anterior fundal placenta remote from scar). Prenatal course otherwise uncomplicated per patient and the records she carries: normal 28-week glucose challenge, Tdap at 29 weeks, blood type A positive. Good fetal movement. No contractions, bleeding, leakage, headache or visual changes.
Her first child was delivered in 2021 by primary low-transverse cesarean for arrest of descent after a 3-hour second stage (son, 3,900 g). She was counselled today about trial of labor after cesarean versus elective repeat cesarean and chooses repeat cesarean. She does not want permanent contraception.

OBSTETRIC HISTORY: G1 2021 primary LTCS at 40w1d, arrest of descent, no complications. G2 current.
PMH: None. PSH: Cesarean 2021.
MEDICATIONS: Prenatal vitamin daily.
ALLERGIES: Penicillin — hives (2010).
SOCIAL: Married (husband Marcus Brooks). Pharmacy technician, on leave. No tobacco, alcohol or drugs.
FAMILY HISTORY: Non-contributory.

REVIEW OF SYSTEMS: Negative except mild low-back ache and heartburn.

PHYSICAL EXAM
BP 118/74, HR 82, Wt 78.5 kg, BMI 28.8. Heart regular without murmur. Lungs clear. Abdomen gravid, well-healed Pfannenstiel scar, fundal height 37 cm, cephalic by Leopold and bedside ultrasound, FHT 140. Extremities: trace edema. Cervix deferred.

LABS TODAY: CBC — hemoglobin 11.9 g/dL, platelets 212. Type and screen to be repeated on admission.

ASSESSMENT
1. Intrauterine pregnancy at 37 weeks 4 days.
2. Previous low-transverse cesarean delivery; patient declines TOLAC — repeat cesarean planned.
3. Penicillin allergy (hives) — low risk of cross-reactivity with cefazolin; cefazolin prophylaxis planned with monitoring.

PLAN
Repeat low-transverse cesarean delivery at 39w0d on 02/20/2025, 07:30, spinal anesthesia. Consent signed today. NPO after midnight; arrive 05:30. Type and screen, CBC on arrival. Cefazolin 2 g IV within 60 minutes of incision. Sequential compression devices. Interval H&P update on the day of surgery.

Electronically signed: Anna M. Lindqvist, MD   02/10/2025 17:30
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-consent-20250210',
      type: 'consent-form',
      title: 'Consent for Repeat Cesarean Delivery',
      enc: AR.pre,
      author: 'prv-lindqvist',
      at: '2025-02-10T14:40',
      signed: '2025-02-10T14:50',
      method: 'handwritten',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — INFORMED CONSENT FOR SURGICAL PROCEDURE

Patient: Aisha N. Rahman-Brooks   DOB: 09/14/1990   MRN: LC008842
Procedure: Repeat low-transverse cesarean delivery
Surgeon: Anna M. Lindqvist, MD, with assistant surgeon(s) as needed
Anesthesia: Spinal (planned); general if required

Dr. Lindqvist explained the nature of the procedure, why it is recommended and what will happen if I do not have it. She explained the option of a trial of labor after cesarean, its success rate for me and its risks including uterine rupture, and I choose repeat cesarean.

Risks explained include: bleeding that may need transfusion, infection of the wound or uterus, injury to the bladder, bowel or ureters, blood clots, adhesions, reaction to anesthesia, placenta problems in future pregnancies, injury to the baby, need for hysterectomy in an emergency, and death (rare).

I consent to blood transfusion if needed: Yes (initials AR-B).
I consent to examination and disposal of tissue removed.
Permanent contraception (tubal sterilization) requested: No.

Patient signature: Aisha Rahman-Brooks          Date: 02/10/2025   Time: 14:45
Witness signature: R. Delgado, RN               Date: ________     Time: ______
Physician signature: Anna M. Lindqvist, MD      Date: 02/10/2025   Time: 14:50
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-update-20250220',
      type: 'progress-note',
      title: 'Pre-operative H&P Update (Day of Surgery)',
      enc: AR.ip,
      author: 'prv-lindqvist',
      at: '2025-02-20T06:30',
      signed: '2025-02-20T06:45',
      text: `
INTERVAL HISTORY AND PHYSICAL UPDATE — DAY OF SURGERY
Patient: Aisha N. Rahman-Brooks   Date: 02/20/2025 06:30   Surgeon: Anna M. Lindqvist, MD

The history and physical of 02/10/2025 (10 days ago) was reviewed and the patient was examined.
Interval history: No contractions, bleeding, leakage of fluid or illness since the pre-operative visit. Good fetal movement. NPO since 23:30. Took no medications this morning except prenatal vitamin yesterday.
Exam: BP 122/78, HR 84, T 36.7 C. Heart and lungs normal. Abdomen gravid, nontender. FHT 142, reactive NST on arrival. Cephalic on bedside ultrasound.
Labs: Hemoglobin 11.7 g/dL, platelets 208. Type and screen A positive, antibody screen negative; 2 units on hold.
Allergies re-confirmed: penicillin (hives). Cefazolin 2 g to be given in OR with anesthesia monitoring.

There are no changes to the history and physical. The patient remains an appropriate candidate for repeat low-transverse cesarean delivery under spinal anesthesia. Consent on chart and reviewed with patient, who has no further questions.

Electronically signed: Anna M. Lindqvist, MD   02/20/2025 06:45
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-anes-20250220',
      type: 'anesthesia-record',
      title: 'Anesthesia Record — Spinal for Cesarean Delivery',
      enc: AR.ip,
      author: 'prv-brandt',
      at: '2025-02-20T07:20',
      signed: '2025-02-20T09:30',
      text: `
ANESTHESIA RECORD
Patient: Aisha N. Rahman-Brooks   MRN LC008842   Procedure: Repeat low-transverse cesarean delivery
Anesthesiologist: Owen Brandt, MD   Surgeon: Anna M. Lindqvist, MD   Date: 02/20/2025

PRE-ANESTHETIC EVALUATION (06:50): ASA II (pregnancy). Airway Mallampati II, good mouth opening. Prior spinal 2021 without complication. NPO since 23:30. Allergies: penicillin (hives). Platelets 208. Anesthesia consent signed 06:55 (separate form).
Aspiration prophylaxis: sodium citrate 30 mL PO, famotidine 20 mg IV, metoclopramide 10 mg IV at 07:05.

TIMES: In room 07:20. Spinal placed 07:28. Incision 07:48. Delivery 07:56 (male). Closure complete 08:40. Out of room 08:52.

TECHNIQUE: Sitting, chlorhexidine prep, sterile technique. 25-gauge pencil-point needle at L3-L4, clear CSF on first pass. Hyperbaric bupivacaine 0.75% 1.6 mL (12 mg) + fentanyl 15 mcg + preservative-free morphine 150 mcg. T4 level to cold bilaterally at 07:38.
Left uterine displacement. Phenylephrine infusion 0.5 mcg/kg/min started prophylactically, titrated; BP maintained 100-128 systolic.

MEDICATIONS: Cefazolin 2 g IV at 07:35 (no reaction; observed 15 min). Oxytocin 3 units IV bolus at 07:58 then 30 units/500 mL infusion. Ondansetron 4 mg IV 08:30. Ketorolac 30 mg IV 08:38.
FLUIDS: Lactated Ringer's 1,500 mL. URINE: 150 mL clear. QBL: 750 mL.

Apgars (per pediatrics): 8 and 9.
POST-ANESTHESIA: To PACU 08:52, BP 118/70, HR 90, SpO2 98%, sensory level T8 receding, pain 0/10. No complications. Neuraxial morphine monitoring protocol ordered (respiratory rate and sedation every hour for 12 hours, then every 2 hours for 12 hours).

Electronically signed: Owen Brandt, MD   02/20/2025 09:30
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-op-20250220',
      type: 'operative-report',
      title: 'Operative Report — Repeat Low-Transverse Cesarean Delivery',
      enc: AR.ip,
      author: 'prv-lindqvist',
      at: '2025-02-20T07:48',
      written: '2025-02-23T16:10',
      signed: '2025-02-23T16:20',
      text: `
OPERATIVE REPORT
Patient: Aisha N. Rahman-Brooks   MRN LC008842   Date of surgery: 02/20/2025
Dictated: 02/23/2025 16:10

SURGEON: Anna M. Lindqvist, MD
ASSISTANT: Chinedu Okafor, MD
ANESTHESIA: Spinal — Owen Brandt, MD

PREOPERATIVE DIAGNOSIS: Intrauterine pregnancy at 39 weeks 0 days; previous low-transverse cesarean delivery; patient declines trial of labor.
POSTOPERATIVE DIAGNOSIS: Same. Delivered of a single liveborn male.

PROCEDURE: Repeat low-transverse cesarean delivery (low cervical, Kerr hysterotomy).

FINDINGS: Viable male infant in cephalic presentation delivered at 07:56, weight 3,610 g, Apgars 8 and 9. Clear amniotic fluid. Normal-appearing placenta delivered intact with three-vessel cord. Well-healed prior hysterotomy without window. Normal uterus, tubes and ovaries. Mild filmy adhesions of the bladder peritoneum to the lower segment.

ESTIMATED BLOOD LOSS: 750 mL (quantitative).
FLUIDS: 1,500 mL crystalloid. URINE OUTPUT: 150 mL, clear.
SPECIMENS: None. Cord blood gases not sent. Placenta to labor and delivery (not to pathology).
DRAINS: Foley catheter.
COMPLICATIONS: None.
COUNTS: Sponge, needle and instrument counts correct x2.

DESCRIPTION OF PROCEDURE
After adequate spinal anesthesia was confirmed, the patient was positioned supine with left lateral tilt, prepped with chlorhexidine-alcohol on the abdomen and povidone-iodine in the vagina, and draped sterilely. Cefazolin 2 g had been given before incision. Time-out was performed. A Pfannenstiel skin incision was made through the prior scar, which was excised, and carried down to the fascia. The fascia was incised transversely and extended with Mayo scissors; rectus muscles were separated in the midline and the peritoneum entered bluntly. An Alexis retractor was placed. The bladder blade was placed and a low-transverse hysterotomy made with the scalpel and extended bluntly. The infant's head was elevated and delivered atraumatically, followed by the body. The cord was clamped after 30 seconds and cut, and the infant was handed to the waiting pediatric team. The placenta was delivered with gentle traction and uterine massage. The uterus was exteriorized and cleared of clots and membranes. The hysterotomy was closed in two layers with 1-0 Vicryl, the first running locked and the second imbricating. Hemostasis was excellent. The uterus was returned to the abdomen, the gutters were irrigated, and hemostasis confirmed. The fascia was closed with 0 PDS running. Subcutaneous tissue was irrigated and closed with 3-0 plain gut (depth 3 cm). The skin was closed with 4-0 Monocryl subcuticular and Dermabond. The patient tolerated the procedure well and went to PACU in stable condition with the infant rooming-in.

Electronically signed: Anna M. Lindqvist, MD   02/23/2025 16:20
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-orders-20250220',
      type: 'physician-orders',
      title: 'Post-Cesarean Orders',
      enc: AR.ip,
      author: 'prv-lindqvist',
      at: '2025-02-20T08:50',
      signed: '2025-02-20T08:55',
      text: `
POST-CESAREAN ORDER SET — RAHMAN-BROOKS, AISHA N  LC008842  DOB 09/14/1990
Ordering physician: Anna M. Lindqvist, MD   Signed 02/20/2025 08:55

Admit status: inpatient, Obstetrics, Mother-Baby Unit after PACU criteria met.
Vital signs every 15 minutes x4, every 30 minutes x2, then every 4 hours x24 hours.
Neuraxial morphine monitoring per anesthesia: respiratory rate and sedation score every 1 hour x12 hours, then every 2 hours x12 hours. Naloxone 0.1 mg IV as needed for RR < 10 or sedation score 3.
Oxytocin 30 units/500 mL LR at 42 mL/h for 4 hours, then saline lock.
Foley catheter to gravity; remove at 12 hours.
Diet: clear liquids, advance as tolerated.
Ambulate with assistance 6 hours postoperatively, then ad lib. Sequential compression devices while in bed.
Ibuprofen 600 mg PO every 6 hours scheduled x72 hours (start 6 hours after ketorolac).
Acetaminophen 1,000 mg PO every 8 hours scheduled.
Oxycodone 5 mg PO every 4 hours as needed for severe pain.
Ondansetron 4 mg IV/PO every 8 hours as needed for nausea.
Docusate 100 mg PO twice daily. Simethicone 80 mg chewable as needed.
CBC on postoperative day 1.
Incentive spirometry every hour while awake.
02/21/2025 09:15 VERBAL ORDER (A. Lindqvist, MD, read back by T. Greer, RN): discontinue Foley catheter now; measure first two voids. Authenticated by A. Lindqvist 02/21/2025 16:40.
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-pod1-20250221',
      type: 'progress-note',
      title: 'Postoperative Day 1 Progress Note',
      enc: AR.ip,
      author: 'prv-lindqvist',
      at: '2025-02-21T07:30',
      signed: '2025-02-21T08:10',
      text: `
OBSTETRICS PROGRESS NOTE — POSTOPERATIVE DAY 1
Patient: Aisha N. Rahman-Brooks   Date: 02/21/2025   Physician: Anna M. Lindqvist, MD

S: Pain 3/10 at rest on scheduled ibuprofen and acetaminophen; used oxycodone 5 mg once overnight. Tolerating regular diet, passing flatus. Ambulated to the bathroom with help. Breastfeeding her son every 2-3 hours. Mild itching after spinal morphine, resolved. No dizziness, chest pain or shortness of breath.

O: T 37.1 C, BP 116/72, HR 86, RR 16, SpO2 98% RA. Urine output adequate via Foley (to be removed this morning).
Abdomen: appropriately tender, fundus firm 1 cm below umbilicus. Incision clean, dry and intact with skin adhesive. Lochia moderate, rubra. Calves nontender, no edema.
Labs: hemoglobin 10.2 g/dL (preop 11.7), platelets 189.

A: Postoperative day 1 after repeat low-transverse cesarean delivery, recovering as expected. Acute blood-loss drop in hemoglobin appropriate for EBL 750 mL, asymptomatic — no transfusion needed.

P: Remove Foley, voiding trial. Continue multimodal analgesia. Start ferrous sulfate 325 mg daily. Ambulate at least four times today; SCDs in bed. Lactation support. Anticipate discharge on postoperative day 3.

Electronically signed: Anna M. Lindqvist, MD   02/21/2025 08:10
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-ds-20250223',
      type: 'discharge-summary',
      title: 'Discharge Summary — Cesarean Delivery',
      enc: AR.ip,
      author: 'prv-lindqvist',
      at: '2025-02-23T12:00',
      signed: '2025-02-25T09:40',
      text: `
DISCHARGE SUMMARY
Patient: Aisha N. Rahman-Brooks   MRN LC008842
Admitted: 02/20/2025 05:45   Discharged: 02/23/2025 12:00   Attending: Anna M. Lindqvist, MD

ADMITTING DIAGNOSIS: Intrauterine pregnancy at 39 weeks 0 days; previous low-transverse cesarean delivery, elective repeat.
DISCHARGE DIAGNOSES:
1. Repeat low-transverse cesarean delivery of a single liveborn male at 39 weeks 0 days.
2. Maternal care for low-transverse scar from previous cesarean delivery.
3. Penicillin allergy (cefazolin tolerated).

PROCEDURE: 02/20/2025 Repeat low-transverse (low cervical) cesarean delivery under spinal anesthesia — A. Lindqvist, MD; assistant C. Okafor, MD.

HOSPITAL COURSE
Admitted the morning of surgery. Uncomplicated repeat cesarean under spinal anesthesia with delivery of a 3,610 g male, Apgars 8 and 9. QBL 750 mL. Postoperative course uncomplicated: Foley removed on POD1 with spontaneous voiding, tolerated diet, ambulated, afebrile. Hemoglobin 10.2 on POD1, asymptomatic; started oral iron. Incision healing well. Breastfeeding established. Blood type A positive — no RhIG needed.

CONDITION AT DISCHARGE: Good, ambulating, pain controlled on oral medications.
DISPOSITION: Home with infant and husband.

DISCHARGE MEDICATIONS: Ibuprofen 600 mg every 6 hours as needed; acetaminophen 1,000 mg every 8 hours as needed; oxycodone 5 mg every 6 hours as needed for severe pain (#8, no refills); ferrous sulfate 325 mg daily; docusate 100 mg twice daily; prenatal vitamin daily.

FOLLOW-UP: Incision check is optional; postpartum visit with T. Reyes, CNM in about 6 weeks — contraception plan (considering Depo-Provera). No lifting over the weight of the baby for 6 weeks, no driving while taking oxycodone. Call for fever, wound redness or drainage, heavy bleeding, leg swelling, or mood concerns.

Electronically signed: Anna M. Lindqvist, MD   02/25/2025 09:40
`,
    }),
    doc({
      id: 'doc-rahmanbrooks-pp-20250401',
      type: 'progress-note',
      title: 'Postpartum Visit with Depo-Provera Injection',
      enc: AR.pp,
      author: 'prv-reyes',
      at: '2025-04-01T10:30',
      signed: '2025-04-01T13:10',
      text: `
LAKESIDE WOMEN'S HEALTH — POSTPARTUM VISIT
Patient: Aisha N. Rahman-Brooks   Date: 04/01/2025   Clinician: Teresa Reyes, CNM
Delivery: 02/20/2025 repeat low-transverse cesarean, 39w0d, male infant (5 weeks 5 days postpartum)

S: Recovering well. Incision no longer sore. Lochia ended at 4 weeks. Breastfeeding with one formula bottle at night. Sleep broken but manageable; husband and her mother helping. Mood good. No intercourse yet. Wants a reliable method she does not have to remember daily and is not ready for an IUD; has used Depo-Provera before her first pregnancy without problems. Understands possible delay in return of fertility of up to 10 months after stopping.
Edinburgh Postnatal Depression Scale: 6 (negative). No thoughts of self-harm.

O: BP 114/70, HR 76, Wt 71.4 kg. Breasts lactating, no masses. Abdomen soft; Pfannenstiel incision well healed. Pelvic exam deferred (normal Pap and HPV co-test 2022 per outside records; due 2027).
Urine hCG negative.

A:
1. Routine postpartum follow-up after cesarean delivery — normal recovery.
2. Initiation of injectable contraception (medroxyprogesterone acetate).

P:
1. Depo-Provera (medroxyprogesterone acetate) 150 mg/mL IM given in the right deltoid at 11:00, lot P81142, expiration 11/2026, by J. Brooks, RN. No immediate reaction.
2. Next injection due between 06/17/2025 and 07/01/2025 (11-13 weeks). Reminder card given.
3. Calcium and vitamin D intake, weight-bearing exercise counselled.
4. Continue prenatal vitamin while breastfeeding; stop iron when current bottle finished.

Electronically signed: Teresa Reyes, CNM   04/01/2025 13:10
`,
    }),
  ],
  problems: [
    {
      id: 'prob-rb-preg',
      description: 'Intrauterine pregnancy, G2 (EDD 02/27/2025) — delivered by repeat cesarean 02/20/2025',
      status: 'resolved',
      onset: '2024-05-23',
      recordedAt: '2025-02-10T17:30',
      encounterId: AR.pre,
    },
    {
      id: 'prob-rb-prior-cs',
      description: 'History of low-transverse cesarean delivery x2 (2021, 2025)',
      status: 'active',
      onset: '2021-01-01',
      recordedAt: '2025-02-25T09:40',
      encounterId: AR.ip,
    },
    {
      id: 'prob-rb-contra',
      description: 'Contraception: depot medroxyprogesterone acetate, started 04/01/2025',
      status: 'active',
      onset: '2025-04-01',
      recordedAt: '2025-04-01T13:10',
      encounterId: AR.pp,
    },
  ],
  medications: [
    med('med-rb-pnv', 'Prenatal multivitamin', '1 tablet', 'oral', 'daily', 'active', '2024-06-20T08:00'),
    med('med-rb-cefazolin', 'Cefazolin', '2 g', 'intravenous', 'once, pre-incision', 'completed', '2025-02-20T07:35', {
      end: '2025-02-20T07:35',
      by: 'prv-lindqvist',
      enc: AR.ip,
      setting: 'inpatient',
    }),
    med('med-rb-ibuprofen-ip', 'Ibuprofen', '600 mg', 'oral', 'every 6 hours', 'completed', '2025-02-20T14:40', {
      end: '2025-02-23T12:00',
      by: 'prv-lindqvist',
      enc: AR.ip,
      setting: 'inpatient',
    }),
    med('med-rb-oxycodone', 'Oxycodone', '5 mg', 'oral', 'every 6 hours as needed for severe pain (#8)', 'completed', '2025-02-23T12:00', {
      end: '2025-03-02T00:00',
      by: 'prv-lindqvist',
      enc: AR.ip,
    }),
    med('med-rb-iron', 'Ferrous sulfate', '325 mg', 'oral', 'daily', 'completed', '2025-02-21T09:00', {
      end: '2025-04-15T00:00',
      by: 'prv-lindqvist',
      enc: AR.ip,
    }),
    med(
      'med-rb-dmpa',
      'Medroxyprogesterone acetate (Depo-Provera)',
      '150 mg',
      'intramuscular',
      'every 12 weeks (next due 06/17-07/01/2025)',
      'active',
      '2025-04-01T11:00',
      { by: 'prv-reyes', enc: AR.pp },
    ),
  ],
  allergies: [
    {
      id: 'alg-rb-pcn',
      substance: 'Penicillin',
      category: 'medication',
      reaction: 'Hives (urticaria), 2010; tolerated cefazolin 2025',
      severity: 'moderate',
      recordedAt: '2025-02-10T14:00',
    },
  ],
  orders: [
    ord('ord-rb-cbc-20250210', AR.pre, 'lab', 'CBC (pre-operative)', '2025-02-10T14:30', 'prv-lindqvist', 'completed'),
    ord(
      'ord-rb-schedule-20250210',
      AR.pre,
      'procedure',
      'Schedule repeat low-transverse cesarean delivery 02/20/2025 07:30, spinal anesthesia, 39w0d',
      '2025-02-10T15:00',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-rb-ts-20250220',
      AR.ip,
      'lab',
      'Type and screen; CBC on arrival; hold 2 units',
      '2025-02-20T05:50',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-rb-cefazolin-20250220',
      AR.ip,
      'medication',
      'Cefazolin 2 g IV within 60 minutes before incision',
      '2025-02-20T05:50',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-rb-postop-20250220',
      AR.ip,
      'admission',
      'Post-cesarean order set (vital signs, neuraxial morphine monitoring, oxytocin, Foley, diet, analgesia, SCDs)',
      '2025-02-20T08:50',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-rb-foley-vo-20250221',
      AR.ip,
      'nursing',
      'Discontinue Foley catheter now; measure first two voids',
      '2025-02-21T09:15',
      'prv-lindqvist',
      'completed',
      'verbal',
      '2025-02-21T16:40',
    ),
    ord(
      'ord-rb-dmpa-20250401',
      AR.pp,
      'medication',
      'Medroxyprogesterone acetate 150 mg IM once now',
      '2025-04-01T10:50',
      'prv-reyes',
      'completed',
    ),
  ],
  results: [
    res(
      'res-rb-hgb-pre',
      AR.pre,
      'CBC',
      'Hemoglobin',
      11.9,
      'g/dL',
      { low: 11.0, high: 15.0 },
      undefined,
      '2025-02-10T14:35',
      '2025-02-10T15:20',
    ),
    res(
      'res-rb-plt-pre',
      AR.pre,
      'CBC',
      'Platelets',
      212,
      'x10^3/uL',
      { low: 150, high: 400 },
      undefined,
      '2025-02-10T14:35',
      '2025-02-10T15:20',
    ),
    res(
      'res-rb-abo',
      AR.ip,
      'Type and screen',
      'ABO/Rh',
      'A positive',
      undefined,
      undefined,
      undefined,
      '2025-02-20T05:55',
      '2025-02-20T06:40',
    ),
    res(
      'res-rb-abscr',
      AR.ip,
      'Type and screen',
      'Antibody screen',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-02-20T05:55',
      '2025-02-20T06:40',
    ),
    res(
      'res-rb-hgb-adm',
      AR.ip,
      'CBC',
      'Hemoglobin',
      11.7,
      'g/dL',
      { low: 11.0, high: 15.0 },
      undefined,
      '2025-02-20T05:55',
      '2025-02-20T06:25',
    ),
    res(
      'res-rb-hgb-pod1',
      AR.ip,
      'CBC',
      'Hemoglobin',
      10.2,
      'g/dL',
      { low: 11.0, high: 15.0 },
      'L',
      '2025-02-21T05:30',
      '2025-02-21T06:10',
    ),
    res(
      'res-rb-hcg-pp',
      AR.pp,
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-04-01T10:35',
      '2025-04-01T10:45',
    ),
  ],
  procedures: [
    {
      id: 'proc-rb-spinal',
      encounterId: AR.ip,
      description: 'Spinal anesthesia for cesarean delivery, L3-L4',
      performedAt: '2025-02-20T07:28',
      performerId: 'prv-brandt',
    },
    {
      id: 'proc-rb-cs',
      encounterId: AR.ip,
      description: 'Repeat low-transverse (low cervical) cesarean delivery, single liveborn male',
      performedAt: '2025-02-20T07:48',
      performerId: 'prv-lindqvist',
    },
  ],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 5. Zoë Marchetti — acute pyelonephritis (E. coli) at 22 weeks: ED then inpatient.
//    Defects: day-2 progress note unsigned; NO discharge summary for the stay.
// ---------------------------------------------------------------------------------------------
const ZM = { ed: 'enc-marchetti-ed-20250509', ip: 'enc-marchetti-ip-20250509', op: 'enc-marchetti-op-20250527' };
patients.push({
  id: 'pt-marchetti-zoe',
  mrn: 'LC012265',
  name: { family: 'Marchetti', given: ['Zoë'] },
  previousNames: [],
  aliases: [{ kind: 'alias', given: 'Zoe', family: 'Marchetti' }],
  birthDate: '1999-02-08',
  sex: 'female',
  address: { line: ['503 Willow Street', 'Apt 2'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0178',
  language: 'English',
  identifiers: [
    { type: 'medicaid', value: '0061184420', issuer: 'Michigan Medicaid — Great Lakes Community Health Plan' },
    { type: 'ssn-last4', value: '5127' },
  ],
  alerts: [{ kind: 'administrative', text: 'Name contains a diaeresis (Zoë). Outside systems and faxes often spell it "Zoe".' }],
  encounters: [
    enc(
      ZM.ed,
      '4025050907',
      'emergency',
      '2025-05-09T16:20',
      '2025-05-09T20:55',
      'prv-nakamura',
      'Emergency Medicine',
      'Emergency Department, bed 4',
      'Fever, right flank pain and dysuria, 22 weeks pregnant',
      'self',
      'admitted-inpatient',
    ),
    enc(
      ZM.ip,
      '4025050908',
      'inpatient',
      '2025-05-09T21:00',
      '2025-05-12T14:00',
      'prv-okafor',
      'Obstetrics',
      'Antepartum Unit, room 230',
      'Acute pyelonephritis in pregnancy',
      'emergency-department',
      'home',
    ),
    enc(
      ZM.op,
      '4025052703',
      'outpatient',
      '2025-05-27T15:00',
      '2025-05-27T15:40',
      'prv-reyes',
      'Obstetrics — Midwifery',
      "Lakeside Women's Health Clinic",
      'Prenatal visit 25 weeks; follow-up after pyelonephritis',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-marchetti-ed-20250509',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Fever and Flank Pain in Pregnancy',
      enc: ZM.ed,
      author: 'prv-nakamura',
      at: '2025-05-09T16:35',
      signed: '2025-05-09T21:20',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 05/09/2025 16:20   Attending: Keiko Nakamura, MD   Triage ESI 2

CHIEF COMPLAINT: Fever and right back pain; 22 weeks pregnant.

HISTORY OF PRESENT ILLNESS
26-year-old G1P0 at 22 weeks 3 days (LMP 12/03/2024, EDD 09/09/2025; prenatal care at Lakeside Women's Health) with 3 days of burning urination and frequency, and since yesterday right flank pain, chills and fever to 39.0 C at home. Nausea with two episodes of vomiting today; keeping down sips. No vaginal bleeding, leakage of fluid or contractions. Good fetal movement. No prior UTIs in this pregnancy; asymptomatic bacteriuria screen at the first visit was negative.

PMH: None. PSH: None. MEDICATIONS: Prenatal vitamin. ALLERGIES: No known drug allergies.
SOCIAL: Lives with partner. Barista. No tobacco, alcohol or drugs.

REVIEW OF SYSTEMS: Positive for fever, chills, dysuria, flank pain, nausea. Negative for cough, headache, rash, diarrhea.

PHYSICAL EXAM
T 39.2 C, HR 112, BP 108/64, RR 20, SpO2 98% RA.
Ill-appearing but alert and oriented. Mucous membranes dry. Heart tachycardic, regular. Lungs clear. Abdomen: gravid, fundus at umbilicus +2 cm, nontender uterus, no contractions palpated. Marked right costovertebral-angle tenderness; left CVA nontender. Fetal heart rate 158 by Doppler.

ED RESULTS
WBC 17.8 x10^3/uL with 88% neutrophils; hemoglobin 11.4 g/dL. Creatinine 0.6 mg/dL. Lactate 1.4 mmol/L.
Urinalysis: cloudy, leukocyte esterase 3+, nitrite positive, WBC > 50/hpf, many bacteria, RBC 5-10/hpf.
Urine culture and blood cultures x2 sent before antibiotics.

ED COURSE
Lactated Ringer's 1 L bolus, acetaminophen 1,000 mg PO for fever, ondansetron 4 mg IV. Ceftriaxone 1 g IV started 17:45. At 19:30 T 38.1 C, HR 98, feeling better. Discussed with Dr. Okafor (OB), who evaluated the patient at 20:15 and accepts admission to the antepartum unit. Tocodynamometry 30 minutes: no contractions.

ASSESSMENT
1. Acute pyelonephritis, right, in pregnancy, second trimester (22 weeks 3 days). Organism pending.
2. SIRS criteria present without organ dysfunction — not septic; lactate normal.

DISPOSITION: Admitted, inpatient, Obstetrics (Dr. Okafor), 20:55. Condition guarded but improving.

Electronically signed: Keiko Nakamura, MD   05/09/2025 21:20
`,
    }),
    doc({
      id: 'doc-marchetti-lab-ed-20250509',
      type: 'laboratory-report',
      title: 'ED Laboratory — CBC, Chemistry, Urinalysis',
      enc: ZM.ed,
      author: 'prv-iqbal',
      at: '2025-05-09T16:50',
      signed: '2025-05-09T17:40',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: MARCHETTI, ZOE   MRN: LC012265   DOB: 02/08/1999   Sex: F   Account: 4025050907
Ordering: Keiko Nakamura, MD   Collected: 05/09/2025 16:50   Reported: 05/09/2025 17:40
(Laboratory information system does not display diacritics.)

CBC WITH DIFFERENTIAL
  WBC ...................... 17.8 x10^3/uL  (4.5-11.0)   H
  Neutrophils .............. 88 %           (40-75)      H
  Hemoglobin ............... 11.4 g/dL      (11.0-15.0)
  Platelets ................ 198 x10^3/uL   (150-400)

CHEMISTRY
  Sodium ................... 136 mmol/L     (136-145)
  Potassium ................ 3.6 mmol/L     (3.5-5.1)
  Creatinine ............... 0.6 mg/dL      (0.5-1.1)
  Lactate .................. 1.4 mmol/L     (0.5-2.0)

URINALYSIS (clean catch)
  Appearance ............... Cloudy                      A
  Leukocyte esterase ....... 3+             (Negative)   A
  Nitrite .................. Positive       (Negative)   A
  Protein .................. 1+             (Negative)   A
  WBC ...................... >50 /hpf       (0-5)        A
  RBC ...................... 5-10 /hpf      (0-2)        A
  Bacteria ................. Many           (None)       A

Pending: urine culture; blood cultures x2.
Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-marchetti-hp-20250509',
      type: 'history-and-physical',
      title: 'Antepartum Admission History and Physical',
      enc: ZM.ip,
      author: 'prv-okafor',
      at: '2025-05-09T21:30',
      signed: '2025-05-09T22:45',
      text: `
OBSTETRICS ADMISSION HISTORY AND PHYSICAL
Patient: Zoë Marchetti   Admitted: 05/09/2025 21:00 from the ED   Attending: Chinedu Okafor, MD

CHIEF COMPLAINT: Fever and right flank pain.

HPI: 26-year-old G1P0 at 22 weeks 3 days by LMP consistent with first-trimester ultrasound (EDD 09/09/2025) with three days of dysuria and one day of right flank pain, fever to 39.2 C, chills and vomiting. ED workup showed leukocytosis 17.8, pyuria and nitrite-positive urine; cultures sent; ceftriaxone 1 g IV at 17:45. No contractions, bleeding or leakage of fluid. Active fetal movement. Prenatal course to date uncomplicated: normal anatomy ultrasound 04/22, negative initial urine culture, blood type B positive, rubella immune.

PMH: None. PSH: None. OB: G1. GYN: normal Pap 2023.
MEDICATIONS: Prenatal vitamin. ALLERGIES: NKDA.
SOCIAL: Lives with partner (Devin), no tobacco, alcohol or drugs.
FAMILY HISTORY: Mother with recurrent kidney stones.

ROS: As in HPI; otherwise negative, including no headache, visual change, cough or rash.

EXAM: T 38.1 C, HR 98, BP 112/66, RR 18, SpO2 98%.
Alert, tired. Heart regular, no murmur. Lungs clear. Right CVA tenderness. Uterus nontender, fundal height 24 cm. FHR 150 by Doppler; tocodynamometry without contractions. No edema. Speculum exam deferred (no bleeding, no leakage).

ASSESSMENT
1. Acute pyelonephritis in pregnancy, second trimester, 22 weeks 3 days. Not septic.
2. Intrauterine pregnancy, no preterm labor.

PLAN
Admit inpatient, antepartum unit. Ceftriaxone 1 g IV every 24 hours. LR 125 mL/h. Acetaminophen for fever over 38.0 C. Ondansetron as needed. Strict intake and output. Vital signs every 4 hours, with pulse oximetry — watch for respiratory compromise (pregnancy pyelonephritis risk of ARDS). Fetal heart tones every shift; tocodynamometry if cramping. CBC and creatinine in the morning. Follow urine and blood cultures. Renal ultrasound if not improving in 48 hours or if stone suspected — will obtain in the morning given family history of stones. Plan oral step-down when afebrile 24-48 hours, then suppressive therapy for the rest of pregnancy.

Electronically signed: Chinedu Okafor, MD   05/09/2025 22:45
`,
    }),
    doc({
      id: 'doc-marchetti-orders-20250509',
      type: 'physician-orders',
      title: 'Antepartum Admission Orders',
      enc: ZM.ip,
      author: 'prv-okafor',
      at: '2025-05-09T21:10',
      signed: '2025-05-09T21:15',
      text: `
ADMISSION ORDERS — MARCHETTI, ZOË  LC012265  DOB 02/08/1999
Attending: Chinedu Okafor, MD   Signed 05/09/2025 21:15

Admit: inpatient, Obstetrics, Antepartum Unit. Diagnosis: acute pyelonephritis, IUP 22w3d.
Condition: guarded. Code status: full.
Vital signs with SpO2 every 4 hours; notify for T > 38.5 C, HR > 120, RR > 24, SpO2 < 95%, SBP < 90.
Fetal heart tones every 8 hours; tocodynamometry for cramping or back pain change.
Strict intake and output.
Diet: regular as tolerated.
Lactated Ringer's 125 mL/h IV.
Ceftriaxone 1 g IV every 24 hours (next dose 05/10 17:45).
Acetaminophen 650 mg PO every 6 hours as needed for T > 38.0 C or pain (max 3 g/day).
Ondansetron 4 mg IV every 8 hours as needed for nausea.
Prenatal vitamin daily.
Sequential compression devices while in bed.
Labs: CBC and basic metabolic panel 05/10 06:00. Follow urine culture and blood cultures.
Imaging: Ultrasound, kidneys and bladder, 05/10 AM — reason: pyelonephritis in pregnancy, family history of nephrolithiasis.
05/11/2025 14:20 VERBAL ORDER (C. Okafor, MD, read back by P. Novak, RN): discontinue IV fluids; saline lock. Authenticated C. Okafor 05/11/2025 17:05.
`,
    }),
    doc({
      id: 'doc-marchetti-us-20250510',
      type: 'radiology-report',
      title: 'US Kidneys and Bladder',
      enc: ZM.ip,
      author: 'prv-ferraro',
      at: '2025-05-10T09:15',
      signed: '2025-05-10T10:02',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: MARCHETTI, ZOE   MRN: LC012265   DOB: 02/08/1999   Account: 4025050908
Exam: US RETROPERITONEAL, KIDNEYS AND BLADDER   Performed: 05/10/2025 09:15
Ordering: Chinedu Okafor, MD   Indication: Acute pyelonephritis at 22 weeks' gestation; family history of nephrolithiasis.

FINDINGS:
Right kidney: 12.1 cm. Mild pelvicaliectasis (renal pelvis AP diameter 11 mm) with smooth tapering of the proximal ureter at the pelvic brim, typical of physiologic hydronephrosis of pregnancy. Slightly increased cortical echogenicity in the upper pole without focal mass or fluid collection. No perinephric fluid. No shadowing calculus.
Left kidney: 11.4 cm, normal corticomedullary differentiation, no hydronephrosis, no calculus.
Bladder: moderately distended, no debris or wall thickening. Ureteral jets seen bilaterally on color Doppler.
Incidental: gravid uterus.

IMPRESSION:
1. No renal abscess and no nephrolithiasis.
2. Mild right pelvicaliectasis consistent with physiologic hydronephrosis of pregnancy.
3. Subtle right upper-pole echogenicity, compatible with the clinical diagnosis of pyelonephritis.

Electronically signed: Linda Ferraro, MD   05/10/2025 10:02
`,
    }),
    doc({
      id: 'doc-marchetti-pn-20250510',
      type: 'progress-note',
      title: 'Obstetrics Progress Note — Hospital Day 2',
      enc: ZM.ip,
      author: 'prv-okafor',
      at: '2025-05-10T08:00',
      written: '2025-05-10T12:30',
      status: 'in-progress',
      text: `
OBSTETRICS PROGRESS NOTE — HOSPITAL DAY 2 (DRAFT)
Patient: Zoë Marchetti   Date: 05/10/2025   GA 22w4d

S: Slept poorly; right flank pain 5/10, improved from 8/10. One episode of chills at 02:00. Tolerating toast and fluids, no vomiting since admission. Good fetal movement. No contractions, bleeding or leakage.

O: Tmax 38.6 C at 02:10, now 37.6 C. HR 94, BP 110/64, RR 18, SpO2 97% RA. I/O 2,150/1,400 mL.
Right CVA tenderness persists, less marked. Uterus soft, nontender. FHR 148.
Labs: WBC 14.2 (from 17.8), creatinine 0.6. Blood cultures no growth at 12 hours. Urine culture: greater than 100,000 CFU/mL gram-negative rods, identification and susceptibilities pending.
Renal ultrasound: no abscess or stone; mild right physiologic hydronephrosis.

A/P: Acute pyelonephritis in pregnancy, 22 weeks, improving clinically on ceftriaxone; still febrile overnight — expected in the first 24-48 hours.
Continue ceftriaxone 1 g IV every 24 hours, IV fluids. Ambulate. Incentive spirometry. Will tailor antibiotics to culture. If febrile beyond 72 hours, repeat imaging.

[Note saved as draft; not signed]
`,
    }),
    doc({
      id: 'doc-marchetti-pn-20250511',
      type: 'progress-note',
      title: 'Obstetrics Progress Note — Hospital Day 3',
      enc: ZM.ip,
      author: 'prv-okafor',
      at: '2025-05-11T08:15',
      signed: '2025-05-11T09:05',
      text: `
OBSTETRICS PROGRESS NOTE — HOSPITAL DAY 3
Patient: Zoë Marchetti   Date: 05/11/2025   GA 22w5d   Physician: Chinedu Okafor, MD

S: Feels much better. Flank pain 2/10. Eating full meals. No chills since 05/10 02:00. Active fetal movement, no cramping.

O: Afebrile since 05/10 06:00 (Tmax last 24 h 37.4 C). HR 82, BP 114/70, RR 16, SpO2 99%. Mild right CVA tenderness. Uterus nontender. FHR 146.
Urine culture (collected 05/09 16:50) final: greater than 100,000 CFU/mL Escherichia coli — susceptible to ceftriaxone, cefazolin, cephalexin, nitrofurantoin and trimethoprim-sulfamethoxazole; resistant to ampicillin. Blood cultures: no growth at 36 hours.

A/P:
1. Acute pyelonephritis due to E. coli in pregnancy, second trimester — clinically improved, afebrile more than 24 hours.
   Ceftriaxone dose today, then transition to cephalexin 500 mg PO four times daily to complete a 14-day course (through 05/23).
   After completion, nitrofurantoin 100 mg PO at bedtime as suppression for the remainder of pregnancy (until 36 weeks), with monthly urine cultures.
   Saline-lock IV this afternoon if tolerating oral intake.
2. Pregnancy 22 weeks 5 days — fetal status reassuring; no preterm labor.
Anticipate discharge tomorrow if afebrile overnight, with follow-up at Women's Health in about 2 weeks with test-of-cure urine culture.

Electronically signed: Chinedu Okafor, MD   05/11/2025 09:05
`,
    }),
    doc({
      id: 'doc-marchetti-ucx-20250511',
      type: 'laboratory-report',
      title: 'Microbiology — Urine Culture and Blood Cultures',
      enc: ZM.ed,
      author: 'prv-iqbal',
      at: '2025-05-09T16:50',
      written: '2025-05-11T07:40',
      signed: '2025-05-11T07:45',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — MICROBIOLOGY
Patient: MARCHETTI, ZOE   MRN: LC012265   DOB: 02/08/1999   Accounts: 4025050907 (ED) / 4025050908 (inpatient)
Ordering: Keiko Nakamura, MD   Attending: Chinedu Okafor, MD

URINE CULTURE (clean catch)   Collected 05/09/2025 16:50   Final 05/11/2025 07:40
  Result: >100,000 CFU/mL Escherichia coli
  Susceptibility (MIC, interpretation):
    Ampicillin ............... >=32     R
    Cefazolin (urine) ........ <=4      S
    Cephalexin ............... <=4      S
    Ceftriaxone .............. <=1      S
    Nitrofurantoin ........... <=16     S
    Trimethoprim-sulfameth ... <=20     S
    Ciprofloxacin ............ <=0.25   S

BLOOD CULTURES x2   Collected 05/09/2025 16:55 and 17:00
  Preliminary 05/11/2025 05:00: No growth at 36 hours. Final report at 5 days.

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-marchetti-pn-20250527',
      type: 'progress-note',
      title: 'Prenatal Visit — 25 Weeks, Post-Pyelonephritis Follow-up',
      enc: ZM.op,
      author: 'prv-reyes',
      at: '2025-05-27T15:00',
      signed: '2025-05-27T18:20',
      text: `
LAKESIDE WOMEN'S HEALTH — PRENATAL VISIT
Patient: Zoë Marchetti   Date: 05/27/2025   GA 25w0d   EDD 09/09/2025   Clinician: Teresa Reyes, CNM

S: Hospitalized 05/09-05/12 for E. coli pyelonephritis; completed cephalexin on 05/23 and started nitrofurantoin 100 mg at bedtime on 05/24 as prescribed. No fever, dysuria or flank pain since discharge. Good fetal movement. No contractions, bleeding or leakage. Mild heartburn.

O: BP 108/66, T 36.6 C, Wt 66.8 kg. Fundal height 25 cm. FHT 144. No CVA tenderness. Urine dip negative for leukocytes and nitrite.
Blood cultures from 05/09: final no growth at 5 days.

A:
1. Supervision of high-risk pregnancy at 25 weeks because of pyelonephritis earlier in this pregnancy; on nitrofurantoin suppression.
2. Personal history of urinary tract infection (pyelonephritis 05/2025), resolved.

P:
1. Test-of-cure urine culture sent today; then monthly urine cultures while on suppression.
2. Continue nitrofurantoin 100 mg at bedtime until 36 weeks (stop before term).
3. 1-hour glucose challenge at the next visit (26-28 weeks); CBC then.
4. Preterm labor precautions reviewed. Return in 2 weeks.

Addendum 05/29/2025 10:15: urine culture no growth — test of cure negative. Patient notified by portal. — T. Reyes, CNM
Electronically signed: Teresa Reyes, CNM   05/27/2025 18:20
`,
    }),
  ],
  problems: [
    {
      id: 'prob-zm-preg',
      description: 'Intrauterine pregnancy, first pregnancy (EDD 09/09/2025)',
      status: 'active',
      onset: '2024-12-03',
      recordedAt: '2025-05-09T22:45',
      encounterId: ZM.ip,
    },
    {
      id: 'prob-zm-pyelo',
      description: 'Acute pyelonephritis due to E. coli in pregnancy, second trimester — treated',
      status: 'resolved',
      onset: '2025-05-08',
      recordedAt: '2025-05-09T22:45',
      encounterId: ZM.ip,
    },
    {
      id: 'prob-zm-suppress',
      description: 'On nitrofurantoin suppression for remainder of pregnancy after pyelonephritis',
      status: 'active',
      onset: '2025-05-24',
      recordedAt: '2025-05-27T18:20',
      encounterId: ZM.op,
    },
  ],
  medications: [
    med('med-zm-pnv', 'Prenatal multivitamin', '1 tablet', 'oral', 'daily', 'active', '2025-01-10T08:00'),
    med('med-zm-ceftriaxone', 'Ceftriaxone', '1 g', 'intravenous', 'every 24 hours', 'completed', '2025-05-09T17:45', {
      end: '2025-05-11T17:45',
      by: 'prv-okafor',
      enc: ZM.ip,
      setting: 'inpatient',
    }),
    med('med-zm-lr', "Lactated Ringer's", '125 mL/h', 'intravenous', 'continuous', 'discontinued', '2025-05-09T21:15', {
      end: '2025-05-11T14:20',
      by: 'prv-okafor',
      enc: ZM.ip,
      setting: 'inpatient',
    }),
    med('med-zm-cephalexin', 'Cephalexin', '500 mg', 'oral', 'four times daily through 05/23/2025', 'completed', '2025-05-12T09:00', {
      end: '2025-05-23T21:00',
      by: 'prv-okafor',
      enc: ZM.ip,
    }),
    med(
      'med-zm-nitrofurantoin',
      'Nitrofurantoin monohydrate/macrocrystals',
      '100 mg',
      'oral',
      'at bedtime until 36 weeks',
      'active',
      '2025-05-24T21:00',
      { by: 'prv-okafor', enc: ZM.ip },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-zm-ed-labs',
      ZM.ed,
      'lab',
      'CBC with differential, BMP, lactate, urinalysis, urine culture, blood cultures x2 (before antibiotics)',
      '2025-05-09T16:40',
      'prv-nakamura',
      'completed',
    ),
    ord('ord-zm-ed-ctx', ZM.ed, 'medication', 'Ceftriaxone 1 g IV once now', '2025-05-09T17:20', 'prv-nakamura', 'completed'),
    ord(
      'ord-zm-admit',
      ZM.ip,
      'admission',
      'Admit inpatient, Obstetrics antepartum unit — acute pyelonephritis, IUP 22w3d',
      '2025-05-09T21:10',
      'prv-okafor',
      'completed',
    ),
    ord('ord-zm-ctx-ip', ZM.ip, 'medication', 'Ceftriaxone 1 g IV every 24 hours', '2025-05-09T21:10', 'prv-okafor', 'completed'),
    ord(
      'ord-zm-us',
      ZM.ip,
      'imaging',
      'Ultrasound kidneys and bladder — pyelonephritis in pregnancy, family history of nephrolithiasis',
      '2025-05-09T21:10',
      'prv-okafor',
      'completed',
    ),
    ord(
      'ord-zm-ivf-dc',
      ZM.ip,
      'medication',
      'Discontinue IV fluids; saline lock',
      '2025-05-11T14:20',
      'prv-okafor',
      'completed',
      'verbal',
      '2025-05-11T17:05',
    ),
    ord('ord-zm-toc', ZM.op, 'lab', 'Urine culture — test of cure after pyelonephritis', '2025-05-27T15:20', 'prv-reyes', 'completed'),
  ],
  results: [
    res('res-zm-wbc', ZM.ed, 'CBC', 'WBC', 17.8, 'x10^3/uL', { low: 4.5, high: 11.0 }, 'H', '2025-05-09T16:50', '2025-05-09T17:25'),
    res(
      'res-zm-hgb',
      ZM.ed,
      'CBC',
      'Hemoglobin',
      11.4,
      'g/dL',
      { low: 11.0, high: 15.0 },
      undefined,
      '2025-05-09T16:50',
      '2025-05-09T17:25',
    ),
    res(
      'res-zm-cr',
      ZM.ed,
      'Chemistry',
      'Creatinine',
      0.6,
      'mg/dL',
      { low: 0.5, high: 1.1 },
      undefined,
      '2025-05-09T16:50',
      '2025-05-09T17:35',
    ),
    res(
      'res-zm-lactate',
      ZM.ed,
      'Chemistry',
      'Lactate',
      1.4,
      'mmol/L',
      { low: 0.5, high: 2.0 },
      undefined,
      '2025-05-09T16:50',
      '2025-05-09T17:10',
    ),
    res(
      'res-zm-ua-le',
      ZM.ed,
      'Urinalysis',
      'Leukocyte esterase',
      '3+',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-05-09T16:50',
      '2025-05-09T17:15',
    ),
    res(
      'res-zm-ua-nit',
      ZM.ed,
      'Urinalysis',
      'Nitrite',
      'Positive',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-05-09T16:50',
      '2025-05-09T17:15',
    ),
    res(
      'res-zm-ua-wbc',
      ZM.ed,
      'Urinalysis',
      'WBC, urine',
      '>50',
      '/hpf',
      { low: 0, high: 5 },
      'A',
      '2025-05-09T16:50',
      '2025-05-09T17:15',
    ),
    res(
      'res-zm-ucx',
      ZM.ed,
      'Microbiology',
      'Urine culture',
      '>100,000 CFU/mL Escherichia coli; S to ceftriaxone, cefazolin, cephalexin, nitrofurantoin, TMP-SMX, ciprofloxacin; R to ampicillin',
      undefined,
      { text: 'No growth' },
      'A',
      '2025-05-09T16:50',
      '2025-05-11T07:40',
    ),
    res(
      'res-zm-bcx',
      ZM.ed,
      'Microbiology',
      'Blood cultures x2',
      'No growth at 5 days',
      undefined,
      { text: 'No growth' },
      undefined,
      '2025-05-09T16:55',
      '2025-05-14T17:00',
    ),
    res('res-zm-wbc-2', ZM.ip, 'CBC', 'WBC', 14.2, 'x10^3/uL', { low: 4.5, high: 11.0 }, 'H', '2025-05-10T06:00', '2025-05-10T06:45'),
    res(
      'res-zm-toc',
      ZM.op,
      'Microbiology',
      'Urine culture (test of cure)',
      'No growth',
      undefined,
      { text: 'No growth' },
      undefined,
      '2025-05-27T15:25',
      '2025-05-29T09:00',
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 6. Denise Marie Harlow — symptomatic fibroids, menorrhagia, iron-deficiency anemia; total
//    abdominal hysterectomy with bilateral salpingectomy.
//    Defects: NO history and physical for the surgical admission; discharge summary late (23 days).
// ---------------------------------------------------------------------------------------------
const DH = { op: 'enc-harlow-op-20241022', ip: 'enc-harlow-ip-20241114' };
patients.push({
  id: 'pt-harlow-denise',
  mrn: 'LC003391',
  name: { family: 'Harlow', given: ['Denise', 'Marie'] },
  previousNames: [],
  aliases: [{ kind: 'preferred', given: 'Dee' }],
  birthDate: '1976-11-29',
  sex: 'female',
  address: { line: ['1180 Ridge Road'], city: 'Millbrook', state: 'MI', postalCode: '49120', country: 'US' },
  phone: '(269) 555-0111',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'LEH-7730451-01', issuer: 'Lakeshore Employers Health Plan' },
    { type: 'ssn-last4', value: '3308' },
  ],
  alerts: [{ kind: 'clinical', text: 'LATEX ALLERGY (contact dermatitis with blistering) — latex-free OR and room required.' }],
  encounters: [
    enc(
      DH.op,
      '4024102206',
      'outpatient',
      '2024-10-22T10:00',
      '2024-10-22T11:50',
      'prv-lindqvist',
      'Gynecology',
      "Lakeside Women's Health Clinic",
      'Gynecology consultation: heavy menstrual bleeding, uterine fibroids, anemia (referred by Dr. Hartwell)',
      'physician-referral',
      'home',
    ),
    enc(
      DH.ip,
      '4024111402',
      'inpatient',
      '2024-11-14T06:00',
      '2024-11-16T11:00',
      'prv-lindqvist',
      'Gynecology',
      'Main OR 3; Surgical Unit 3 West, room 312',
      'Elective total abdominal hysterectomy with bilateral salpingectomy for symptomatic fibroids',
      'physician-referral',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-harlow-us-20241022',
      type: 'radiology-report',
      title: 'US Pelvis, Transabdominal and Transvaginal',
      enc: DH.op,
      author: 'prv-ferraro',
      at: '2024-10-22T10:00',
      signed: '2024-10-22T10:48',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: HARLOW, DENISE MARIE   MRN: LC003391   DOB: 11/29/1976   Account: 4024102206
Exam: US PELVIS, TRANSABDOMINAL AND TRANSVAGINAL   Performed: 10/22/2024 10:00
Ordering: Susan E. Hartwell, MD (cc: Anna M. Lindqvist, MD)   Indication: Heavy menstrual bleeding, enlarged uterus, anemia.
LMP: 10/08/2024.

FINDINGS:
Uterus: anteverted and enlarged, 14.2 x 9.8 x 8.6 cm, with a heterogeneous, lobulated contour from multiple leiomyomas:
  1. Fundal intramural leiomyoma, 7.1 x 6.4 x 6.0 cm, indenting but not projecting into the endometrial cavity (FIGO type 3-4).
  2. Posterior subserosal leiomyoma, 3.2 cm (FIGO type 6).
  3. Anterior intramural leiomyoma, 1.8 cm (FIGO type 4).
No submucosal component identified. Endometrium 8 mm, homogeneous.
Right ovary 3.1 x 2.0 x 1.8 cm with a 1.4 cm simple follicle. Left ovary 2.8 x 1.9 x 1.6 cm, normal. No adnexal mass. No free fluid.

IMPRESSION:
Enlarged multifibroid uterus (dominant 7.1 cm fundal intramural leiomyoma; 3.2 cm posterior subserosal; 1.8 cm anterior intramural). Normal ovaries.

Electronically signed: Linda Ferraro, MD   10/22/2024 10:48
`,
    }),
    doc({
      id: 'doc-harlow-lab-20241022',
      type: 'laboratory-report',
      title: 'CBC, Iron Studies, TSH, hCG',
      enc: DH.op,
      author: 'prv-iqbal',
      at: '2024-10-22T10:50',
      signed: '2024-10-22T13:05',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: HARLOW, DENISE MARIE   MRN: LC003391   DOB: 11/29/1976   Sex: F   Account: 4024102206
Ordering: Anna M. Lindqvist, MD   Collected: 10/22/2024 10:50   Reported: 10/22/2024 13:05

CBC
  WBC ...................... 6.2 x10^3/uL   (4.5-11.0)
  Hemoglobin ............... 9.4 g/dL       (12.0-15.5)   L
  Hematocrit ............... 30.1 %         (36.0-46.0)   L
  MCV ...................... 72 fL          (80-100)      L
  RDW ...................... 17.8 %         (11.5-14.5)   H
  Platelets ................ 388 x10^3/uL   (150-400)

IRON STUDIES
  Ferritin ................. 6 ng/mL        (15-150)      L
  Iron ..................... 28 mcg/dL      (50-170)      L
  Transferrin saturation ... 6 %            (20-50)       L

TSH ........................ 1.9 mIU/L      (0.4-4.0)
hCG, serum, qualitative .... Negative

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-harlow-consult-20241022',
      type: 'consultation',
      title: 'Gynecology Consultation — Fibroids and Heavy Menstrual Bleeding',
      enc: DH.op,
      author: 'prv-lindqvist',
      at: '2024-10-22T11:00',
      signed: '2024-10-22T16:30',
      text: `
GYNECOLOGY CONSULTATION
Patient: Denise M. Harlow   DOB 11/29/1976   Date: 10/22/2024
Consultant: Anna M. Lindqvist, MD   Requesting physician: Susan E. Hartwell, MD (Family Medicine)
Reason for consultation: Heavy menstrual bleeding with uterine fibroids and iron-deficiency anemia; discuss definitive management.

HISTORY OF PRESENT ILLNESS
47-year-old G2P2 with 18 months of progressively heavy but regular periods every 27-29 days lasting 8 days, soaking a super tampon plus pad every hour on days 1-3 with clots, twice staining through clothes at work. Fatigue, exertional breathlessness on stairs and ice craving. Tried combined oral contraceptive (stopped for migraines) and tranexamic acid for three cycles with partial benefit. Endometrial biopsy at Dr. Hartwell's office in 08/2024 was benign proliferative endometrium. No intermenstrual or postcoital bleeding. Pap and HPV co-test 2023 negative. Completed childbearing; partner had vasectomy.

PMH: Iron-deficiency anemia. Migraine with aura (hence no estrogen). PSH: Two vaginal deliveries; no abdominal surgery.
MEDICATIONS: Ferrous sulfate 325 mg daily (started 09/2024, constipating, taking about half the days); sumatriptan 50 mg as needed.
ALLERGIES: Latex — contact dermatitis with blistering after gloves.
SOCIAL: Office manager. Never smoker. Two glasses of wine a week.
FAMILY HISTORY: Mother hysterectomy for fibroids. No gynecologic cancers.

REVIEW OF SYSTEMS: Fatigue, dyspnea on exertion. No chest pain, urinary frequency or constipation beyond iron-related. Otherwise negative.

PHYSICAL EXAM
BP 124/76, HR 92, BMI 27.2. Pale conjunctivae. Heart regular, soft flow murmur. Abdomen: firm irregular uterus palpable two fingerbreadths below the umbilicus. Pelvic: normal vulva and vagina, parous cervix without lesion; uterus about 16-week size, irregular, mobile, nontender; adnexa not separately palpable.

DATA
Pelvic ultrasound today: multifibroid uterus 14.2 cm, dominant 7.1 cm fundal intramural, 3.2 cm posterior subserosal, 1.8 cm anterior intramural; normal ovaries.
Labs today: hemoglobin 9.4 g/dL, MCV 72, ferritin 6, TSH normal, hCG negative.

ASSESSMENT
1. Symptomatic uterine leiomyomas — intramural (dominant) and subserosal — with heavy menstrual bleeding in a regular cycle.
2. Chronic iron-deficiency anemia secondary to blood loss.
3. Latex allergy.

RECOMMENDATIONS / PLAN
Options reviewed in detail: continued medical therapy (tranexamic acid, progestin, GnRH antagonist combination), levonorgestrel IUD (less effective with this uterine size), uterine artery embolization, myomectomy, and hysterectomy (laparoscopic versus abdominal). Given the 16-week irregular uterus, completed childbearing and her preference for definitive treatment, she chooses total abdominal hysterectomy with bilateral salpingectomy and ovarian conservation.
- Surgery scheduled 11/14/2024, latex-free precautions.
- Switch to ferrous sulfate every other day with vitamin C to improve tolerance; recheck hemoglobin pre-op; discuss IV iron if below 10.
- Pre-operative history and physical and anesthesia evaluation to be completed within 30 days before surgery.
Thank you for this referral; I will keep you informed.

Electronically signed: Anna M. Lindqvist, MD   10/22/2024 16:30
`,
    }),
    doc({
      id: 'doc-harlow-consent-20241114',
      type: 'consent-form',
      title: 'Consent for Total Abdominal Hysterectomy and Bilateral Salpingectomy',
      enc: DH.ip,
      author: 'prv-lindqvist',
      at: '2024-11-14T06:20',
      signed: '2024-11-14T06:30',
      method: 'handwritten',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — INFORMED CONSENT FOR SURGICAL PROCEDURE

Patient: Denise M. Harlow   DOB: 11/29/1976   MRN: LC003391
Procedure: Total abdominal hysterectomy (removal of uterus and cervix) with bilateral salpingectomy (removal of both fallopian tubes); ovaries to be preserved
Surgeon: Anna M. Lindqvist, MD, with assistant
Anesthesia: General

The surgeon explained the procedure, the reason for it (symptomatic fibroids and heavy bleeding causing anemia), and the alternatives we discussed on 10/22/2024, including medicines, IUD, uterine artery embolization, myomectomy and a laparoscopic approach.

Risks explained include: bleeding and possible transfusion, infection, injury to the bladder, ureters or bowel, blood clots, wound problems and hernia, anesthesia complications, early menopause symptoms if ovarian blood supply is affected, need for further surgery, and death (rare). I understand I will not be able to become pregnant after this operation.

I consent to blood transfusion if needed: Yes (DMH).
I consent to examination and disposal of removed tissue by the pathology department.
Latex allergy acknowledged; latex-free room confirmed.

Patient signature: Denise M. Harlow          Date: 11/14/2024   Time: 06:25
Witness: Carla Jimenez, RN                   Date: 11/14/2024   Time: 06:25
Physician: Anna M. Lindqvist, MD             Date: 11/14/2024   Time: 06:30
`,
    }),
    doc({
      id: 'doc-harlow-anes-20241114',
      type: 'anesthesia-record',
      title: 'Anesthesia Record — General Endotracheal',
      enc: DH.ip,
      author: 'prv-brandt',
      at: '2024-11-14T07:15',
      signed: '2024-11-14T10:40',
      text: `
ANESTHESIA RECORD
Patient: Denise M. Harlow   MRN LC003391   Date: 11/14/2024   Anesthesiologist: Owen Brandt, MD
Procedure: Total abdominal hysterectomy, bilateral salpingectomy   Surgeon: Anna M. Lindqvist, MD

PRE-ANESTHESIA EVALUATION (06:45): 47-year-old woman, 73 kg. ASA II (anemia, migraine). Airway Mallampati I, full neck extension. NPO since midnight. Allergies: LATEX (latex-free setup verified). No prior anesthetics except two epidurals. Hemoglobin 9.6 g/dL (11/14 06:10). Type and screen O positive, 2 units crossmatched. Anesthesia consent signed 06:50. Plan: general endotracheal anesthesia; postoperative multimodal analgesia with TAP blocks at the end of surgery.

TIMES: In room 07:15. Induction 07:25. Incision 07:45. Closure complete 09:50. Extubated 09:58. Out of room 10:05.

INDUCTION: Preoxygenation. Midazolam 2 mg, fentanyl 100 mcg, propofol 150 mg, rocuronium 50 mg. Grade I view, 7.0 ETT, secured at 21 cm, bilateral breath sounds, ETCO2 confirmed.
MAINTENANCE: Sevoflurane in air/oxygen. Fentanyl total 250 mcg, hydromorphone 0.6 mg. Dexamethasone 4 mg (no contraindication), ondansetron 4 mg. Cefazolin 2 g IV at 07:30. Tranexamic acid 1 g IV at 07:40.
REGIONAL: Bilateral ultrasound-guided TAP blocks, ropivacaine 0.25% 20 mL each side, 09:52.
REVERSAL: Sugammadex 200 mg.
FLUIDS: Lactated Ringer's 1,800 mL. EBL 400 mL. Urine 300 mL, clear.
MONITORS: Standard ASA, temperature 36.4-36.8 C, forced-air warmer.

POSTOPERATIVE: To PACU awake, BP 126/74, HR 84, SpO2 98% on 2 L. Pain 2/10. No anesthetic complications.

Electronically signed: Owen Brandt, MD   11/14/2024 10:40
`,
    }),
    doc({
      id: 'doc-harlow-op-20241114',
      type: 'operative-report',
      title: 'Operative Report — Total Abdominal Hysterectomy, Bilateral Salpingectomy',
      enc: DH.ip,
      author: 'prv-lindqvist',
      at: '2024-11-14T07:45',
      written: '2024-11-14T10:30',
      signed: '2024-11-14T10:45',
      text: `
OPERATIVE REPORT
Patient: Denise M. Harlow   MRN LC003391   Date of surgery: 11/14/2024

SURGEON: Anna M. Lindqvist, MD
ASSISTANT: Chinedu Okafor, MD
ANESTHESIA: General endotracheal, with bilateral TAP blocks — Owen Brandt, MD

PREOPERATIVE DIAGNOSES: Symptomatic uterine leiomyomas; heavy menstrual bleeding; iron-deficiency anemia.
POSTOPERATIVE DIAGNOSES: Same. Multiple intramural and subserosal leiomyomas.

PROCEDURE: Total abdominal hysterectomy (uterus and cervix) with bilateral salpingectomy; ovaries conserved.

FINDINGS: Irregular, 16-week-size multifibroid uterus with a dominant 7 cm fundal intramural leiomyoma and a 3 cm pedunculated-sessile posterior subserosal leiomyoma. Normal-appearing ovaries bilaterally. Normal fallopian tubes. No endometriosis. Normal upper abdomen on palpation (liver edge, gallbladder, kidneys).

ESTIMATED BLOOD LOSS: 400 mL.  FLUIDS: 1,800 mL crystalloid.  URINE: 300 mL, clear throughout.
SPECIMENS: Uterus, cervix and bilateral fallopian tubes, to pathology.
DRAINS: Foley catheter.  COMPLICATIONS: None.  COUNTS: Correct x2.

DESCRIPTION OF PROCEDURE
After informed consent, the patient was taken to a latex-free operating room and placed under general anesthesia. She was positioned supine, prepped with chlorhexidine (abdomen) and povidone-iodine (vagina), a Foley catheter was placed, and she was draped sterilely. Time-out was completed. Cefazolin 2 g and tranexamic acid 1 g had been given.
A Pfannenstiel incision was made and carried through the fascia, which was dissected off the rectus muscles. The peritoneum was entered sharply. A Bookwalter retractor was placed and the bowel packed into the upper abdomen. The uterus was grasped with a tenaculum and elevated. The round ligaments were suture-ligated and transected bilaterally and the anterior leaf of the broad ligament opened to create a bladder flap, which was developed sharply. The mesosalpinx was serially clamped, cut and ligated bilaterally with the LigaSure device, freeing both fallopian tubes to the cornua. The utero-ovarian ligaments were clamped, cut and suture-ligated with 0 Vicryl, preserving the ovaries. The uterine vessels were skeletonized, clamped at the level of the internal os, cut and suture-ligated bilaterally. The cardinal and uterosacral ligaments were serially clamped, cut and ligated. The vagina was entered anteriorly and the cervix amputated circumferentially. The uterus, cervix and both tubes were removed en bloc. The vaginal cuff angles were secured with Heaney stitches and the cuff closed with figure-of-eight sutures of 0 Vicryl. Ureters were identified peristalsing bilaterally throughout. The pelvis was irrigated; hemostasis was confirmed at all pedicles. Packs and retractor were removed. The fascia was closed with running 0 PDS, the subcutaneous tissue irrigated, and the skin closed with a 4-0 Monocryl subcuticular stitch and skin adhesive. TAP blocks were placed by anesthesia. The patient was extubated and taken to PACU in stable condition.

Electronically signed: Anna M. Lindqvist, MD   11/14/2024 10:45
`,
    }),
    doc({
      id: 'doc-harlow-path-20241114',
      type: 'pathology-report',
      title: 'Surgical Pathology — Uterus, Cervix, Bilateral Fallopian Tubes',
      enc: DH.ip,
      author: 'prv-iqbal',
      at: '2024-11-14T09:55',
      written: '2024-11-18T10:20',
      signed: '2024-11-18T15:45',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — SURGICAL PATHOLOGY REPORT
Accession: S24-06633
Patient: HARLOW, DENISE MARIE   MRN: LC003391   DOB: 11/29/1976   Account: 4024111402
Surgeon: Anna M. Lindqvist, MD   Collected: 11/14/2024   Reported: 11/18/2024

CLINICAL HISTORY: Symptomatic fibroids, menorrhagia, iron-deficiency anemia. TAH with bilateral salpingectomy.

SPECIMEN: Uterus with cervix and bilateral fallopian tubes.

GROSS DESCRIPTION:
Received fresh, then fixed: a 410 g uterus with attached cervix, 14.0 x 10.2 x 8.4 cm, with separately attached right (6.2 cm) and left (5.9 cm) fallopian tubes. The serosa is lobulated with a 3.1 cm firm, well-circumscribed subserosal nodule on the posterior wall. Sectioning reveals a 7.0 x 6.2 x 5.9 cm whorled, white, rubbery intramural nodule in the fundus compressing, but not entering, the endometrial cavity, and a 1.9 cm intramural nodule in the anterior wall. No hemorrhage or necrosis. The endometrium is tan and 0.4 cm thick. The cervix is unremarkable. Representative sections submitted (A1-A14); fallopian tubes entirely submitted per SEE-FIM protocol (B1-B6).

MICROSCOPIC: Leiomyomas composed of fascicles of bland spindle smooth-muscle cells without atypia, necrosis or increased mitotic activity (< 1 per 10 HPF). Proliferative-phase endometrium. Cervix with mild chronic cervicitis and squamous metaplasia. Fallopian tubes with unremarkable mucosa; no serous tubal intraepithelial carcinoma.

DIAGNOSIS:
A. UTERUS AND CERVIX, TOTAL HYSTERECTOMY:
   1. LEIOMYOMATA: INTRAMURAL (7.0 CM FUNDAL; 1.9 CM ANTERIOR) AND SUBSEROSAL (3.1 CM POSTERIOR).
   2. PROLIFERATIVE ENDOMETRIUM. NO HYPERPLASIA OR MALIGNANCY.
   3. CERVIX: CHRONIC CERVICITIS WITH SQUAMOUS METAPLASIA. NEGATIVE FOR DYSPLASIA.
B. FALLOPIAN TUBES, BILATERAL, SALPINGECTOMY: BENIGN FALLOPIAN TUBES. NO STIC OR MALIGNANCY.

Electronically signed: Samira Iqbal, MD, Pathologist   11/18/2024 15:45
`,
    }),
    doc({
      id: 'doc-harlow-orders-20241114',
      type: 'physician-orders',
      title: 'Post-operative Orders — Gynecologic Surgery',
      enc: DH.ip,
      author: 'prv-lindqvist',
      at: '2024-11-14T10:10',
      signed: '2024-11-14T10:15',
      text: `
POST-OPERATIVE ORDERS — HARLOW, DENISE MARIE  LC003391  DOB 11/29/1976
Physician: Anna M. Lindqvist, MD   Signed 11/14/2024 10:15

Admit inpatient to 3 West (surgical unit) from PACU. Status: inpatient. Code status: full.
LATEX ALLERGY — latex-free room and supplies.
Vital signs every 4 hours x24 hours, then every 6 hours.
Diet: clear liquids tonight, advance to regular on POD1 as tolerated.
Activity: out of bed to chair tonight, ambulate four times daily from POD1. Incentive spirometry every hour while awake. SCDs while in bed.
Enoxaparin 40 mg subcutaneously daily starting 11/15 06:00.
Foley catheter: remove 11/15 06:00; void trial.
IV: LR 100 mL/h until tolerating oral fluids, then saline lock.
Analgesia: acetaminophen 1,000 mg PO every 6 hours scheduled; ibuprofen 600 mg PO every 6 hours scheduled from 16:00; oxycodone 5-10 mg PO every 4 hours as needed for moderate to severe pain; hydromorphone 0.2 mg IV every 2 hours as needed for breakthrough pain x24 hours.
Ondansetron 4 mg IV every 6 hours as needed for nausea.
Labs: CBC 11/15 AM.
11/15/2024 07:50 TELEPHONE ORDER (A. Lindqvist, MD, read back by M. Oyelaran, RN): ferrous sulfate 325 mg PO every other day with vitamin C 500 mg. Authenticated A. Lindqvist 11/15/2024 12:30.
`,
    }),
    doc({
      id: 'doc-harlow-pn-20241115',
      type: 'progress-note',
      title: 'Gynecology Progress Note — Postoperative Day 1',
      enc: DH.ip,
      author: 'prv-lindqvist',
      at: '2024-11-15T07:40',
      signed: '2024-11-15T08:20',
      text: `
GYNECOLOGY PROGRESS NOTE — POSTOPERATIVE DAY 1
Patient: Denise M. Harlow   Date: 11/15/2024   Physician: Anna M. Lindqvist, MD

S: Pain 4/10 with movement, 2/10 at rest; used oxycodone 5 mg twice overnight, no IV hydromorphone. Mild nausea last evening, none now. Tolerating clears, wants breakfast. Passing flatus this morning. Foley removed at 06:00. No chest pain or dyspnea. Feels tired.

O: T 37.3 C, HR 88, BP 118/70, RR 16, SpO2 97% RA. UO via Foley 1,250 mL/12 h before removal.
Lungs clear. Abdomen soft, appropriately tender, hypoactive bowel sounds. Pfannenstiel incision clean, dry and intact. Minimal vaginal spotting. Calves soft, nontender.
Labs: hemoglobin 8.9 g/dL (pre-op 9.6), WBC 10.8, platelets 341.

A: POD1 after total abdominal hysterectomy and bilateral salpingectomy for symptomatic leiomyomas. Expected postoperative course. Hemoglobin decline consistent with measured surgical blood loss on a background of chronic iron-deficiency anemia; hemodynamically stable and asymptomatic — no transfusion.

P: Advance to regular diet. Ambulate at least four times today. Void trial after Foley removal. Transition to oral analgesia only; stop IV hydromorphone. Enoxaparin prophylaxis started. Resume oral iron every other day with vitamin C. Expect discharge POD2 if tolerating diet, voiding and pain controlled. Final pathology pending.

Electronically signed: Anna M. Lindqvist, MD   11/15/2024 08:20
`,
    }),
    doc({
      id: 'doc-harlow-ds-20241116',
      type: 'discharge-summary',
      title: 'Discharge Summary — Gynecologic Surgery',
      enc: DH.ip,
      author: 'prv-lindqvist',
      at: '2024-11-16T11:00',
      written: '2024-12-09T16:40',
      signed: '2024-12-09T16:55',
      text: `
DISCHARGE SUMMARY
Patient: Denise M. Harlow   MRN LC003391
Admitted: 11/14/2024 06:00   Discharged: 11/16/2024 11:00   Attending: Anna M. Lindqvist, MD
Dictated: 12/09/2024

ADMITTING DIAGNOSES: Symptomatic uterine leiomyomas with heavy menstrual bleeding; iron-deficiency anemia.
DISCHARGE DIAGNOSES:
1. Uterine leiomyomata, intramural (dominant 7.0 cm) and subserosal (3.1 cm), confirmed by pathology.
2. Heavy menstrual bleeding with regular cycle.
3. Chronic iron-deficiency anemia secondary to blood loss.
4. Latex allergy.

PROCEDURE: 11/14/2024 Total abdominal hysterectomy with bilateral salpingectomy, ovarian conservation (A. Lindqvist, MD; assistant C. Okafor, MD; general anesthesia with TAP blocks, O. Brandt, MD).

HOSPITAL COURSE
Admitted the morning of surgery. Uncomplicated TAH-BS; EBL 400 mL. Postoperatively she was managed with multimodal analgesia and TAP blocks, requiring only occasional oral oxycodone. Foley removed on POD1 with spontaneous voiding. Diet advanced on POD1 and tolerated. Hemoglobin 9.6 pre-op and 8.9 on POD1, asymptomatic and hemodynamically stable; no transfusion; oral iron resumed. Ambulating independently. Afebrile. Pathology (reported 11/18): benign leiomyomata, proliferative endometrium, benign cervix and fallopian tubes.

CONDITION AT DISCHARGE: Good.  DISPOSITION: Home with husband.

DISCHARGE MEDICATIONS: Ibuprofen 600 mg every 6 hours as needed; acetaminophen 1,000 mg every 6 hours as needed (max 3 g/day); oxycodone 5 mg every 6 hours as needed for severe pain (#10); ferrous sulfate 325 mg every other day with vitamin C 500 mg; docusate 100 mg twice daily; sumatriptan 50 mg as needed (home medication).

INSTRUCTIONS: No lifting over 10 lb and nothing in the vagina for 6 weeks. Shower allowed. Call for fever over 38.3 C, heavy vaginal bleeding, wound redness or drainage, calf pain or shortness of breath.
FOLLOW-UP: Dr. Lindqvist in 2 weeks (wound check, pathology review) and 6 weeks. CBC at 6 weeks; Dr. Hartwell to follow anemia.

Electronically signed: Anna M. Lindqvist, MD   12/09/2024 16:55
`,
    }),
  ],
  problems: [
    {
      id: 'prob-dh-fibroids',
      description: 'Uterine leiomyomata, intramural and subserosal, with heavy menstrual bleeding — status post hysterectomy',
      status: 'resolved',
      onset: '2023-05-01',
      recordedAt: '2024-10-22T16:30',
      encounterId: DH.op,
    },
    {
      id: 'prob-dh-ida',
      description: 'Iron-deficiency anemia secondary to chronic blood loss',
      status: 'active',
      onset: '2024-08-01',
      recordedAt: '2024-10-22T16:30',
      encounterId: DH.op,
    },
    {
      id: 'prob-dh-migraine',
      description: 'Migraine with aura (estrogen contraindicated)',
      status: 'active',
      onset: '2010-01-01',
      recordedAt: '2024-10-22T16:30',
    },
    {
      id: 'prob-dh-posthyst',
      description: 'Acquired absence of uterus and cervix (TAH-BS 11/14/2024), ovaries retained',
      status: 'active',
      onset: '2024-11-14',
      recordedAt: '2024-12-09T16:55',
      encounterId: DH.ip,
    },
  ],
  medications: [
    med('med-dh-iron', 'Ferrous sulfate', '325 mg', 'oral', 'every other day with vitamin C 500 mg', 'active', '2024-10-22T16:30', {
      by: 'prv-lindqvist',
      enc: DH.op,
    }),
    med('med-dh-sumatriptan', 'Sumatriptan', '50 mg', 'oral', 'as needed for migraine', 'active', '2019-04-01T09:00'),
    med('med-dh-cefazolin', 'Cefazolin', '2 g', 'intravenous', 'once, pre-incision', 'completed', '2024-11-14T07:30', {
      end: '2024-11-14T07:30',
      by: 'prv-lindqvist',
      enc: DH.ip,
      setting: 'inpatient',
    }),
    med('med-dh-enox', 'Enoxaparin', '40 mg', 'subcutaneous', 'daily', 'completed', '2024-11-15T06:00', {
      end: '2024-11-16T06:00',
      by: 'prv-lindqvist',
      enc: DH.ip,
      setting: 'inpatient',
    }),
    med('med-dh-oxycodone', 'Oxycodone', '5 mg', 'oral', 'every 6 hours as needed for severe pain (#10)', 'completed', '2024-11-16T11:00', {
      end: '2024-11-23T00:00',
      by: 'prv-lindqvist',
      enc: DH.ip,
    }),
  ],
  allergies: [
    {
      id: 'alg-dh-latex',
      substance: 'Latex (natural rubber)',
      category: 'environment',
      reaction: 'Contact dermatitis with blistering',
      severity: 'moderate',
      recordedAt: '2024-10-22T11:00',
    },
  ],
  orders: [
    ord(
      'ord-dh-us',
      undefined,
      'imaging',
      'US pelvis transabdominal and transvaginal — heavy menstrual bleeding, enlarged uterus (ordered at Family Medicine before GYN referral)',
      '2024-10-15T09:00',
      'prv-hartwell',
      'completed',
    ),
    ord('ord-dh-labs', DH.op, 'lab', 'CBC, ferritin, iron/TIBC, TSH, serum hCG', '2024-10-22T10:45', 'prv-lindqvist', 'completed'),
    ord(
      'ord-dh-schedule',
      DH.op,
      'procedure',
      'Schedule total abdominal hysterectomy with bilateral salpingectomy 11/14/2024 — latex-free',
      '2024-10-22T11:45',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-dh-postop',
      DH.ip,
      'admission',
      'Post-operative gynecologic surgery order set; admit inpatient 3 West',
      '2024-11-14T10:10',
      'prv-lindqvist',
      'completed',
    ),
    ord(
      'ord-dh-iron-to',
      DH.ip,
      'medication',
      'Ferrous sulfate 325 mg PO every other day with vitamin C 500 mg',
      '2024-11-15T07:50',
      'prv-lindqvist',
      'active',
      'telephone',
      '2024-11-15T12:30',
    ),
    ord(
      'ord-dh-path',
      DH.ip,
      'lab',
      'Surgical pathology: uterus, cervix, bilateral fallopian tubes (SEE-FIM for tubes)',
      '2024-11-14T09:55',
      'prv-lindqvist',
      'completed',
    ),
  ],
  results: [
    res('res-dh-hgb-1', DH.op, 'CBC', 'Hemoglobin', 9.4, 'g/dL', { low: 12.0, high: 15.5 }, 'L', '2024-10-22T10:50', '2024-10-22T11:30'),
    res('res-dh-mcv', DH.op, 'CBC', 'MCV', 72, 'fL', { low: 80, high: 100 }, 'L', '2024-10-22T10:50', '2024-10-22T11:30'),
    res(
      'res-dh-ferritin',
      DH.op,
      'Iron studies',
      'Ferritin',
      6,
      'ng/mL',
      { low: 15, high: 150 },
      'L',
      '2024-10-22T10:50',
      '2024-10-22T13:05',
    ),
    res('res-dh-tsh', DH.op, undefined, 'TSH', 1.9, 'mIU/L', { low: 0.4, high: 4.0 }, undefined, '2024-10-22T10:50', '2024-10-22T13:05'),
    res(
      'res-dh-hcg',
      DH.op,
      undefined,
      'hCG, serum, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2024-10-22T10:50',
      '2024-10-22T12:10',
    ),
    res('res-dh-hgb-pre', DH.ip, 'CBC', 'Hemoglobin', 9.6, 'g/dL', { low: 12.0, high: 15.5 }, 'L', '2024-11-14T06:10', '2024-11-14T06:40'),
    res(
      'res-dh-abo',
      DH.ip,
      'Type and screen',
      'ABO/Rh',
      'O positive',
      undefined,
      undefined,
      undefined,
      '2024-11-14T06:10',
      '2024-11-14T06:55',
    ),
    res('res-dh-hgb-pod1', DH.ip, 'CBC', 'Hemoglobin', 8.9, 'g/dL', { low: 12.0, high: 15.5 }, 'L', '2024-11-15T05:30', '2024-11-15T06:15'),
  ],
  procedures: [
    {
      id: 'proc-dh-tah',
      encounterId: DH.ip,
      description: 'Total abdominal hysterectomy (uterus and cervix), open approach',
      performedAt: '2024-11-14T07:45',
      performerId: 'prv-lindqvist',
    },
    {
      id: 'proc-dh-bs',
      encounterId: DH.ip,
      description: 'Bilateral salpingectomy, open approach (ovaries conserved)',
      performedAt: '2024-11-14T08:30',
      performerId: 'prv-lindqvist',
    },
    {
      id: 'proc-dh-tap',
      encounterId: DH.ip,
      description: 'Bilateral transversus abdominis plane blocks, ultrasound guided',
      performedAt: '2024-11-14T09:52',
      performerId: 'prv-brandt',
    },
  ],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 7. Mateo Núñez — 7-year-old, moderate persistent asthma with acute exacerbation: ED, inpatient,
//    clinic follow-up with influenza vaccine. Parents: José Núñez (pt-nunez-jose) and Carmen Ruiz.
//    Defect: resident progress note (Dr. Sato) requires co-signature by Dr. Patel — never co-signed.
// ---------------------------------------------------------------------------------------------
const MN = { ed: 'enc-nunez-mateo-ed-20250113', ip: 'enc-nunez-mateo-ip-20250113', op: 'enc-nunez-mateo-op-20250128' };
patients.push({
  id: 'pt-nunez-mateo',
  mrn: 'LC009958',
  name: { family: 'Núñez', given: ['Mateo', 'José'] },
  previousNames: [],
  aliases: [{ kind: 'alias', given: 'Mateo', family: 'Nunez' }],
  birthDate: '2017-04-02',
  sex: 'male',
  address: { line: ['640 Elm Street'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0131',
  language: 'English (family also speaks Spanish)',
  identifiers: [{ type: 'medicaid', value: '0070045512', issuer: 'Michigan Medicaid — MIChild' }],
  alerts: [
    { kind: 'clinical', text: 'PEANUT ALLERGY — anaphylaxis 2020. Epinephrine auto-injector prescribed.' },
    {
      kind: 'administrative',
      text: "Parents/guardians: mother Carmen Ruiz and father José Núñez. Do not disclose a parent's own health information from this chart.",
    },
  ],
  encounters: [
    enc(
      MN.ed,
      '4025011305',
      'emergency',
      '2025-01-13T18:40',
      '2025-01-13T23:15',
      'prv-whitfield',
      'Emergency Medicine (Pediatric)',
      'Emergency Department, pediatric bay 2',
      'Wheezing and shortness of breath for 2 days',
      'self',
      'admitted-inpatient',
    ),
    enc(
      MN.ip,
      '4025011306',
      'inpatient',
      '2025-01-13T23:20',
      '2025-01-15T15:00',
      'prv-patel',
      'Pediatrics',
      'Pediatric Unit, room 4B',
      'Acute asthma exacerbation requiring oxygen',
      'emergency-department',
      'home',
    ),
    enc(
      MN.op,
      '4025012804',
      'outpatient',
      '2025-01-28T15:30',
      '2025-01-28T16:15',
      'prv-patel',
      'Pediatrics',
      'Lakeside Pediatrics Clinic',
      'Hospital follow-up for asthma',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-mateo-ed-20250113',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Asthma Exacerbation',
      enc: MN.ed,
      author: 'prv-whitfield',
      at: '2025-01-13T18:50',
      signed: '2025-01-13T23:45',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD (PEDIATRIC)
Arrival: 01/13/2025 18:40   Attending: James Whitfield, MD   Triage ESI 2
History from the patient and his father, José Núñez.

CHIEF COMPLAINT: Wheezing and trouble breathing.

HISTORY OF PRESENT ILLNESS
7-year-old boy with asthma diagnosed at age 4 has had a runny nose and cough for 3 days and increasing wheeze and breathlessness for 2 days. Father has been giving albuterol 4 puffs by spacer every 2 hours since this morning with only brief relief. Tonight he could not finish sentences and was using his belly to breathe. Fever to 38.1 C yesterday. Baseline: daytime symptoms 3-4 days a week and night waking about twice a week over the past months; prescribed fluticasone 44 mcg 2 puffs twice daily but father says doses are often missed. Two oral steroid courses in the past year; no ICU admissions or intubations. Triggers: colds, cold air and cigarette smoke (father smokes outside the house).

PMH: Asthma. Peanut allergy with anaphylaxis (2020). Immunizations up to date except this season's influenza vaccine.
MEDICATIONS: Albuterol HFA 90 mcg with spacer as needed; fluticasone HFA 44 mcg 2 puffs twice daily; epinephrine auto-injector 0.15 mg.
ALLERGIES: Peanut (anaphylaxis). No known drug allergies.

PHYSICAL EXAM
T 37.9 C, HR 142, RR 36, BP 104/62, SpO2 89% on room air. Weight 26 kg.
Speaking in phrases. Suprasternal and subcostal retractions. Diffuse expiratory wheeze with prolonged expiration and decreased air entry at the bases. No stridor. Nasal congestion. TMs normal. Heart tachycardic, no murmur. Capillary refill 2 seconds.
PRAM score 9 (severe).

ED COURSE
18:55 oxygen by nasal cannula 2 L, SpO2 94%.
19:00, 19:20, 19:40 albuterol 5 mg + ipratropium 0.5 mg nebulized (x3).
19:05 dexamethasone 16 mg PO.
20:30 persistent retractions, PRAM 6, SpO2 91% on room air trial: magnesium sulfate 1.3 g IV (50 mg/kg) over 20 minutes with normal saline bolus 20 mL/kg.
21:30 albuterol 5 mg nebulized; PRAM 5, still requiring 1 L oxygen to keep SpO2 above 92%.
Chest radiograph: hyperinflation and peribronchial thickening, no consolidation or pneumothorax.
Influenza A/B, SARS-CoV-2 and RSV PCR: not detected.

ASSESSMENT
1. Acute exacerbation of moderate persistent asthma, with ongoing oxygen requirement after three back-to-back bronchodilators, systemic steroid and IV magnesium.
2. Viral upper respiratory infection, trigger.
3. Exposure to second-hand tobacco smoke.

DISPOSITION: Admit to Pediatrics (Dr. Patel), inpatient. Father at bedside, agrees. 23:15.

Electronically signed: James Whitfield, MD   01/13/2025 23:45
`,
    }),
    doc({
      id: 'doc-mateo-cxr-20250113',
      type: 'radiology-report',
      title: 'XR Chest, 2 Views',
      enc: MN.ed,
      author: 'prv-ferraro',
      at: '2025-01-13T20:10',
      signed: '2025-01-13T20:41',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: NUNEZ, MATEO JOSE   MRN: LC009958   DOB: 04/02/2017   Account: 4025011305
Exam: XR CHEST, 2 VIEWS (PA and lateral)   Performed: 01/13/2025 20:10
Ordering: James Whitfield, MD   Indication: Asthma exacerbation with hypoxemia; fever.

COMPARISON: None available.

FINDINGS:
Lungs are hyperinflated with flattening of the hemidiaphragms. Mild central peribronchial cuffing bilaterally. No focal consolidation, pleural effusion or pneumothorax. No pneumomediastinum. Cardiothymic silhouette is normal. Osseous structures are normal for age.

IMPRESSION:
Hyperinflation and peribronchial thickening consistent with reactive airway disease or viral bronchitis. No pneumonia. No air leak.

Electronically signed: Linda Ferraro, MD   01/13/2025 20:41
`,
    }),
    doc({
      id: 'doc-mateo-hp-20250114',
      type: 'history-and-physical',
      title: 'Pediatric Admission History and Physical',
      enc: MN.ip,
      author: 'prv-patel',
      at: '2025-01-14T00:10',
      signed: '2025-01-14T01:05',
      text: `
PEDIATRIC ADMISSION HISTORY AND PHYSICAL
Patient: Mateo Núñez   Age 7 y 9 m   Admitted: 01/13/2025 23:20   Attending: Rohan Patel, MD
Source: patient, father (José Núñez) and ED record.

CHIEF COMPLAINT: Asthma attack, needing oxygen.

HPI: 7-year-old with moderate persistent asthma and peanut allergy, with 3 days of viral URI symptoms and 2 days of progressive wheeze and dyspnea despite home albuterol every 2 hours. In the ED: SpO2 89% on room air, PRAM 9; treated with three albuterol-ipratropium nebulizers, dexamethasone 16 mg PO, magnesium sulfate 1.3 g IV and a further albuterol nebulizer. Improved to PRAM 5 but still needs 1 L nasal cannula oxygen. CXR: hyperinflation, no pneumonia. Viral PCR negative for influenza, COVID-19 and RSV.

PAST MEDICAL HISTORY: Asthma since age 4; two oral steroid bursts in the last 12 months (04/2024, 10/2024); no prior admissions or PICU stays. Peanut anaphylaxis 2020. Eczema in infancy.
BIRTH HISTORY: Term, uncomplicated.
MEDICATIONS: Fluticasone HFA 44 mcg 2 puffs twice daily (poor adherence), albuterol HFA as needed, epinephrine auto-injector 0.15 mg.
ALLERGIES: Peanut (anaphylaxis). NKDA.
IMMUNIZATIONS: Up to date except 2024-25 influenza vaccine.
SOCIAL: Second grade. Lives with mother (Carmen Ruiz), father (José Núñez) and older sister in a house with a cat. Father smokes cigarettes, outdoors only, but Mateo is often in the car with him.
FAMILY HISTORY: Mother with allergic rhinitis; maternal uncle with asthma.

ROS: Positive for cough, congestion, low-grade fever, decreased appetite. Negative for vomiting, diarrhea, rash, ear pain.

EXAM (00:10): T 37.6 C, HR 128 (post-albuterol), RR 30, SpO2 94% on 1 L NC. Weight 26 kg.
Alert, speaking in short sentences. Mild subcostal retractions. Diffuse end-expiratory wheeze, fair air movement throughout. No crackles. Heart regular, no murmur. Abdomen soft. Skin: mild flexural dryness, no rash.

ASSESSMENT
1. Acute exacerbation of moderate persistent asthma with hypoxemia, improving.
2. Viral URI trigger.
3. Environmental tobacco smoke exposure.
4. Inadequate controller adherence.

PLAN
Admit inpatient, Pediatrics. Albuterol 8 puffs by MDI/spacer every 2 hours and as needed, space as tolerated per pathway. Dexamethasone 16 mg PO second dose 01/14 evening. Oxygen to keep SpO2 at or above 92%; wean as tolerated. Continuous pulse oximetry while on oxygen. Regular diet. Asthma education with respiratory therapist; controller step-up before discharge. Smoking-cessation counselling offered to father. Influenza vaccine at follow-up (febrile now).

Electronically signed: Rohan Patel, MD   01/14/2025 01:05
`,
    }),
    doc({
      id: 'doc-mateo-orders-20250114',
      type: 'physician-orders',
      title: 'Pediatric Asthma Admission Orders',
      enc: MN.ip,
      author: 'prv-patel',
      at: '2025-01-13T23:25',
      signed: '2025-01-13T23:30',
      text: `
PEDIATRIC ASTHMA PATHWAY — ADMISSION ORDERS
Patient: NÚÑEZ, MATEO  LC009958  DOB 04/02/2017  Weight 26 kg
Attending: Rohan Patel, MD   Signed 01/13/2025 23:30

Admit: inpatient, Pediatrics. Diagnosis: acute asthma exacerbation with hypoxemia.
Allergies: PEANUT (anaphylaxis) — peanut-free tray.
Vital signs and respiratory score (PRAM) every 2 hours and before/after each albuterol treatment.
Continuous pulse oximetry while on oxygen. Oxygen by nasal cannula to keep SpO2 >= 92%; wean per RT.
Albuterol HFA 90 mcg/puff, 8 puffs with spacer every 2 hours; RT may space to every 3 then every 4 hours per pathway when PRAM <= 3.
Dexamethasone 16 mg PO once on 01/14/2025 at 19:00 (second dose).
Diet: regular, peanut-free.
Acetaminophen 390 mg PO every 6 hours as needed for fever or discomfort.
Respiratory therapy: asthma education, spacer technique, written asthma action plan before discharge.
Social work / tobacco-cessation resources for family.
01/14/2025 14:10 VERBAL ORDER (R. Patel, MD, read back by S. Kim, RN): discontinue continuous pulse oximetry; spot checks every 4 hours. Authenticated R. Patel 01/14/2025 17:30.
`,
    }),
    doc({
      id: 'doc-mateo-pn-20250114',
      type: 'progress-note',
      title: 'Pediatric Resident Progress Note — Hospital Day 1',
      enc: MN.ip,
      author: 'prv-sato',
      at: '2025-01-14T09:30',
      signed: '2025-01-14T11:20',
      cosigner: 'prv-patel',
      text: `
PEDIATRICS PROGRESS NOTE — RESIDENT
Patient: Mateo Núñez   Date: 01/14/2025   Hospital day 1
Resident: Kevin Sato, MD (PGY-2, Family Medicine, pediatric rotation)   Attending: Rohan Patel, MD

S: Slept from about 02:00. Cough less frequent. Still some "tight chest" with activity. Eating breakfast. Mother now at bedside, father went home to rest.

O: Tmax 37.8 C overnight, now 37.1 C. HR 112, RR 26, SpO2 93-95% on 0.5 L NC; on room-air trial at 08:00, SpO2 91% at rest, back on 0.5 L.
Albuterol spaced to every 3 hours since 06:00; PRAM 2-3.
Exam: comfortable, speaking full sentences. Minimal subcostal retractions. Scattered end-expiratory wheeze bilaterally, good air entry. Heart regular. Abdomen soft.

A: 7-year-old with acute exacerbation of moderate persistent asthma, improving on pathway; persistent low oxygen requirement.

P:
1. Asthma: albuterol 8 puffs every 3 hours, space to every 4 hours when PRAM 3 or less for 2 consecutive scores. Dexamethasone second dose tonight 19:00. Wean oxygen, room-air trial again this afternoon.
2. Controller: discuss step-up with Dr. Patel — candidate for budesonide-formoterol 80/4.5 as daily controller and reliever (SMART) given nocturnal symptoms and two bursts this year.
3. Education with RT this afternoon; asthma action plan.
4. Environmental tobacco smoke: discussed with mother; father to be offered cessation resources.
5. Dispo: home when on room air, albuterol every 4 hours and family educated — likely tomorrow.

Electronically signed: Kevin Sato, MD   01/14/2025 11:20
[Awaiting attending co-signature: Rohan Patel, MD]
`,
    }),
    doc({
      id: 'doc-mateo-ds-20250115',
      type: 'discharge-summary',
      title: 'Pediatric Discharge Summary',
      enc: MN.ip,
      author: 'prv-patel',
      at: '2025-01-15T15:00',
      signed: '2025-01-16T09:10',
      text: `
PEDIATRIC DISCHARGE SUMMARY
Patient: Mateo Núñez   MRN LC009958   DOB 04/02/2017
Admitted: 01/13/2025 23:20 (from ED)   Discharged: 01/15/2025 15:00   Attending: Rohan Patel, MD

ADMITTING DIAGNOSIS: Acute asthma exacerbation with hypoxemia.
DISCHARGE DIAGNOSES:
1. Moderate persistent asthma with acute exacerbation.
2. Viral upper respiratory infection (influenza, SARS-CoV-2 and RSV negative) as trigger.
3. Exposure to environmental tobacco smoke.
4. Peanut allergy.

HOSPITAL COURSE
Admitted from the ED after three albuterol-ipratropium nebulizers, oral dexamethasone and IV magnesium with a persistent oxygen requirement (SpO2 89% on arrival). Managed on the pediatric asthma pathway. Albuterol spaced to every 3 hours on 01/14 and every 4 hours by 01/15 morning. Second dexamethasone dose given 01/14 at 19:00. Oxygen weaned off at 22:00 on 01/14; SpO2 95-97% on room air thereafter. Afebrile since 01/14 morning. Respiratory therapist completed asthma education with mother and father, including spacer technique and the written action plan. Controller therapy stepped up: given nightly symptoms and two oral steroid courses in a year, changed from fluticasone 44 mcg to budesonide-formoterol 80/4.5 mcg as maintenance and reliever therapy. Father was counselled about second-hand smoke, especially in the car, and given Michigan Tobacco Quitline information.

CONDITION AT DISCHARGE: Good. Room air, PRAM 1, playing in the hallway.
DISPOSITION: Home with parents.

DISCHARGE MEDICATIONS
Budesonide-formoterol 80/4.5 mcg inhaler: 2 puffs twice daily with spacer, plus 1 puff as needed for symptoms (maximum 8 puffs/day).
Albuterol HFA 90 mcg: 4 puffs every 4 hours as needed for the next 2 days, then only if the budesonide-formoterol reliever dose is not enough (per action plan).
Epinephrine auto-injector 0.15 mg — continue.
Fluticasone 44 mcg — STOP.

FOLLOW-UP: Lakeside Pediatrics (Dr. Patel) on 01/28/2025 — influenza vaccine due. Return to ED for breathing difficulty, retractions, inability to speak in sentences, or albuterol needed more often than every 4 hours.

Electronically signed: Rohan Patel, MD   01/16/2025 09:10
`,
    }),
    doc({
      id: 'doc-mateo-pn-20250128',
      type: 'progress-note',
      title: 'Pediatric Clinic Visit — Asthma Follow-up',
      enc: MN.op,
      author: 'prv-patel',
      at: '2025-01-28T15:30',
      signed: '2025-01-28T18:05',
      text: `
LAKESIDE PEDIATRICS — OFFICE VISIT
Patient: Mateo Núñez   Age 7 y 9 m   Date: 01/28/2025   Physician: Rohan Patel, MD
Accompanied by mother, Carmen Ruiz.

S: Hospital follow-up after admission 01/13-01/15 for asthma exacerbation. Back at school since 01/20. Using budesonide-formoterol 2 puffs twice daily with the spacer; needed the as-needed puff on 3 days in the last week, none at night. No night waking since discharge. No albuterol needed. Mother reports father now smokes only outside and not in the car, and has called the quitline.
Asthma Control Test (childhood): 21 (well controlled).

O: T 36.7 C, HR 88, RR 20, SpO2 98% RA. Wt 26.4 kg.
Lungs clear with good air entry, no wheeze, no retractions. Nose mildly boggy turbinates. Skin clear.

A:
1. Moderate persistent asthma, currently without exacerbation — good response to step-up to ICS-formoterol maintenance and reliever therapy.
2. Exposure to environmental tobacco smoke, reduced.
3. Needs influenza vaccine.

P:
1. Continue budesonide-formoterol 80/4.5, 2 puffs twice daily plus 1 puff as needed. Updated action plan given; school medication form completed.
2. Influenza vaccine 2024-25 (trivalent, preservative-free) given today, left deltoid — VIS given to mother; no prior reactions.
3. Continue peanut avoidance; epinephrine auto-injector for school renewed.
4. Spirometry at the next well visit; recheck in 3 months or sooner if needing reliever more than twice a week.

Electronically signed: Rohan Patel, MD   01/28/2025 18:05
`,
    }),
  ],
  problems: [
    {
      id: 'prob-mateo-asthma',
      description: 'Moderate persistent asthma',
      status: 'active',
      onset: '2021-05-01',
      recordedAt: '2025-01-14T01:05',
      encounterId: MN.ip,
    },
    {
      id: 'prob-mateo-peanut',
      description: 'Peanut allergy with history of anaphylaxis',
      status: 'active',
      onset: '2020-03-01',
      recordedAt: '2025-01-14T01:05',
    },
    {
      id: 'prob-mateo-ets',
      description: 'Exposure to environmental tobacco smoke (father smokes)',
      status: 'active',
      onset: '2017-04-02',
      recordedAt: '2025-01-14T01:05',
      encounterId: MN.ip,
    },
  ],
  medications: [
    med(
      'med-mateo-fluticasone',
      'Fluticasone propionate HFA',
      '44 mcg, 2 puffs',
      'inhaled',
      'twice daily',
      'discontinued',
      '2023-09-01T08:00',
      { end: '2025-01-15T15:00', by: 'prv-patel' },
    ),
    med(
      'med-mateo-budform',
      'Budesonide-formoterol HFA',
      '80/4.5 mcg, 2 puffs',
      'inhaled (spacer)',
      'twice daily plus 1 puff as needed (max 8 puffs/day)',
      'active',
      '2025-01-15T15:00',
      { by: 'prv-patel', enc: MN.ip },
    ),
    med(
      'med-mateo-albuterol',
      'Albuterol HFA',
      '90 mcg, 4 puffs',
      'inhaled (spacer)',
      'every 4 hours as needed',
      'active',
      '2021-05-01T08:00',
      { by: 'prv-patel' },
    ),
    med(
      'med-mateo-epi',
      'Epinephrine auto-injector',
      '0.15 mg',
      'intramuscular',
      'as needed for anaphylaxis',
      'active',
      '2020-03-10T08:00',
      { by: 'prv-patel' },
    ),
    med('med-mateo-dex-ed', 'Dexamethasone', '16 mg', 'oral', 'once', 'completed', '2025-01-13T19:05', {
      end: '2025-01-13T19:05',
      by: 'prv-whitfield',
      enc: MN.ed,
      setting: 'inpatient',
    }),
    med('med-mateo-mag', 'Magnesium sulfate', '1.3 g (50 mg/kg)', 'intravenous', 'once over 20 minutes', 'completed', '2025-01-13T20:30', {
      end: '2025-01-13T20:50',
      by: 'prv-whitfield',
      enc: MN.ed,
      setting: 'inpatient',
    }),
    med(
      'med-mateo-duoneb',
      'Albuterol 5 mg + ipratropium 0.5 mg',
      '3 mL',
      'nebulized',
      'every 20 minutes x3',
      'completed',
      '2025-01-13T19:00',
      { end: '2025-01-13T19:40', by: 'prv-whitfield', enc: MN.ed, setting: 'inpatient' },
    ),
    med('med-mateo-dex-ip', 'Dexamethasone', '16 mg', 'oral', 'once (second dose)', 'completed', '2025-01-14T19:00', {
      end: '2025-01-14T19:00',
      by: 'prv-patel',
      enc: MN.ip,
      setting: 'inpatient',
    }),
  ],
  allergies: [
    {
      id: 'alg-mateo-peanut',
      substance: 'Peanut',
      category: 'food',
      reaction: 'Anaphylaxis (hives, lip swelling, wheeze) 2020',
      severity: 'severe',
      recordedAt: '2025-01-13T18:50',
    },
  ],
  orders: [
    ord(
      'ord-mateo-cxr',
      MN.ed,
      'imaging',
      'XR chest 2 views — asthma exacerbation with hypoxemia, fever',
      '2025-01-13T19:10',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-mateo-viral',
      MN.ed,
      'lab',
      'Influenza A/B, SARS-CoV-2 and RSV PCR (nasal swab)',
      '2025-01-13T19:10',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-mateo-mag',
      MN.ed,
      'medication',
      'Magnesium sulfate 50 mg/kg (1.3 g) IV over 20 minutes; normal saline 20 mL/kg bolus',
      '2025-01-13T20:25',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-mateo-admit',
      MN.ip,
      'admission',
      'Admit inpatient, Pediatrics — asthma pathway',
      '2025-01-13T23:25',
      'prv-patel',
      'completed',
    ),
    ord(
      'ord-mateo-spo2-dc',
      MN.ip,
      'nursing',
      'Discontinue continuous pulse oximetry; spot checks every 4 hours',
      '2025-01-14T14:10',
      'prv-patel',
      'completed',
      'verbal',
      '2025-01-14T17:30',
    ),
    ord(
      'ord-mateo-flu',
      MN.op,
      'medication',
      'Influenza vaccine 2024-25 trivalent, preservative-free, 0.5 mL IM once',
      '2025-01-28T15:55',
      'prv-patel',
      'completed',
    ),
  ],
  results: [
    res(
      'res-mateo-flu',
      MN.ed,
      'Respiratory viral PCR',
      'Influenza A/B PCR',
      'Not detected',
      undefined,
      { text: 'Not detected' },
      undefined,
      '2025-01-13T19:15',
      '2025-01-13T20:05',
    ),
    res(
      'res-mateo-covid',
      MN.ed,
      'Respiratory viral PCR',
      'SARS-CoV-2 PCR',
      'Not detected',
      undefined,
      { text: 'Not detected' },
      undefined,
      '2025-01-13T19:15',
      '2025-01-13T20:05',
    ),
    res(
      'res-mateo-rsv',
      MN.ed,
      'Respiratory viral PCR',
      'RSV PCR',
      'Not detected',
      undefined,
      { text: 'Not detected' },
      undefined,
      '2025-01-13T19:15',
      '2025-01-13T20:05',
    ),
  ],
  procedures: [],
  immunizations: [
    {
      id: 'imm-mateo-flu-2425',
      vaccine: 'Influenza vaccine 2024-25, trivalent, preservative-free (Fluarix), 0.5 mL',
      administeredAt: '2025-01-28T16:00',
      lotNumber: '5T7K2',
      site: 'left deltoid',
      route: 'intramuscular',
      encounterId: MN.op,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 8. Noah Minh Pham — toddler: ED visit for left acute suppurative otitis media; 18-month
//    well-child visit with DTaP #4 and hepatitis A #2. Mother: Linh Pham.
// ---------------------------------------------------------------------------------------------
const NP = { ed: 'enc-pham-ed-20241123', op: 'enc-pham-op-20250220' };
patients.push({
  id: 'pt-pham-noah',
  mrn: 'LC013390',
  name: { family: 'Pham', given: ['Noah', 'Minh'] },
  previousNames: [],
  aliases: [{ kind: 'preferred', given: 'Minh' }],
  birthDate: '2023-08-19',
  sex: 'male',
  address: { line: ['31 Cedar Court'], city: 'Port Albright', state: 'MI', postalCode: '49127', country: 'US' },
  phone: '(269) 555-0154',
  language: 'English; mother prefers Vietnamese for medical discussions',
  identifiers: [{ type: 'medicaid', value: '0072218840', issuer: 'Michigan Medicaid — Healthy Kids' }],
  alerts: [{ kind: 'administrative', text: 'Legal guardian: mother, Linh Pham. Vietnamese interpreter for consent and teaching.' }],
  encounters: [
    enc(
      NP.ed,
      '4024112301',
      'emergency',
      '2024-11-23T02:10',
      '2024-11-23T04:05',
      'prv-nakamura',
      'Emergency Medicine (Pediatric)',
      'Emergency Department, pediatric bay 1',
      'Fever and pulling at left ear',
      'self',
      'home',
    ),
    enc(
      NP.op,
      '4025022003',
      'outpatient',
      '2025-02-20T09:00',
      '2025-02-20T09:50',
      'prv-patel',
      'Pediatrics',
      'Lakeside Pediatrics Clinic',
      '18-month well-child visit',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-noah-ed-20241123',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Fever and Ear Pain',
      enc: NP.ed,
      author: 'prv-nakamura',
      at: '2024-11-23T02:25',
      signed: '2024-11-23T04:30',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD (PEDIATRIC)
Arrival: 11/23/2024 02:10   Attending: Keiko Nakamura, MD   Triage ESI 4
History from mother, Linh Pham, with Vietnamese telephone interpreter (ID 71880).

CHIEF COMPLAINT: Fever and pulling at the left ear.

HISTORY OF PRESENT ILLNESS
15-month-old boy with 3 days of runny nose and cough, who developed fever to 39.4 C at 23:00 and woke screaming and pulling at his left ear. Drinking less but has had 4 wet diapers today. No vomiting, diarrhea, rash, breathing difficulty or ear drainage. Attends home day care. No antibiotics in the past 30 days. No prior ear infections.

PMH: Term birth, no hospitalizations. Immunizations up to date through 12 months per mother.
MEDICATIONS: Acetaminophen at 23:00 (160 mg).
ALLERGIES: No known drug allergies.

PHYSICAL EXAM
T 39.1 C rectal, HR 148, RR 30, SpO2 99% RA. Weight 10.2 kg.
Fussy but consolable, well perfused, capillary refill < 2 seconds, moist mucous membranes. Anterior fontanelle nearly closed, flat.
Left TM: bulging, erythematous and opaque with purulent effusion and loss of landmarks; no perforation, no otorrhea. Right TM: pearly grey with normal landmarks.
Clear rhinorrhea. Throat mildly erythematous without exudate. Neck supple. Lungs clear, no retractions. Heart regular. Abdomen soft. Skin: no rash.

ED COURSE
Ibuprofen 100 mg PO at 02:40. At 03:45 T 37.9 C, playful, took 120 mL of oral rehydration solution.

ASSESSMENT
Acute suppurative otitis media of the left ear without spontaneous rupture of the eardrum. Viral URI.

PLAN
Amoxicillin 90 mg/kg/day: 400 mg/5 mL suspension, 5.7 mL (456 mg) by mouth twice daily for 10 days. Ibuprofen 100 mg every 6-8 hours or acetaminophen 150 mg every 6 hours as needed for pain or fever. Fluids. Follow up with pediatrician in 2-3 days if still febrile, and ear recheck at the next well visit. Return for lethargy, poor drinking, fewer than 3 wet diapers a day, breathing difficulty, or swelling behind the ear. Instructions reviewed with interpreter; mother repeated the dosing back correctly.
Disposition: home with mother, 04:05.

Electronically signed: Keiko Nakamura, MD   11/23/2024 04:30
`,
    }),
    doc({
      id: 'doc-noah-wcc-20250220',
      type: 'progress-note',
      title: 'Well-Child Visit — 18 Months',
      enc: NP.op,
      author: 'prv-patel',
      at: '2025-02-20T09:00',
      signed: '2025-02-20T12:40',
      text: `
LAKESIDE PEDIATRICS — 18-MONTH WELL-CHILD VISIT
Patient: Noah Minh Pham   DOB 08/19/2023   Age 18 months   Date: 02/20/2025   Physician: Rohan Patel, MD
Accompanied by mother, Linh Pham (Vietnamese interpreter in person, Tran Bao).

INTERVAL HISTORY: Left ear infection treated in the ED 11/23/2024 with amoxicillin, completed course, no further ear infections. No hospitalizations. Eating table foods, whole milk 16 oz/day, drinks from an open cup. Sleeps 11 hours at night plus one nap. Attends home day care.
Development: walks well and runs, climbs onto furniture, scribbles, uses a spoon, says about 15 words including "mama", "ba", "nuoc", points to show interest, follows one-step commands, points to three body parts.
M-CHAT-R/F: 0 (low risk). Lead and TB risk questionnaires: negative. Dental: brushing twice daily with rice-grain fluoride toothpaste; dentist referral given.

EXAM: Wt 11.1 kg (50th percentile), length 81.5 cm (45th), head circumference 47 cm (50th). T 36.8 C, HR 112.
General: active, social. HEENT: red reflexes present, TMs normal bilaterally, teeth without caries. Heart: regular, no murmur. Lungs clear. Abdomen soft, no masses. GU: normal circumcised male, testes descended bilaterally. Hips: normal. Skin: no rashes, no bruising. Neuro: normal gait, tone and strength.

ASSESSMENT
Well child, 18 months, normal growth and development, no abnormal findings.
Immunizations due: DTaP #4 and hepatitis A #2.

PLAN
1. Vaccines given after VIS review and consent (see consent form): DTaP #4 left thigh, hepatitis A #2 right thigh. Observed 15 minutes, no reaction.
2. Anticipatory guidance: car seat rear-facing, poison and water safety, reading daily, limit screens, transition from bottle complete.
3. Next well visit at 2 years (lead level and anemia screen then).

Electronically signed: Rohan Patel, MD   02/20/2025 12:40
`,
    }),
    doc({
      id: 'doc-noah-vaxconsent-20250220',
      type: 'consent-form',
      title: 'Immunization Consent and VIS Acknowledgment',
      enc: NP.op,
      author: 'prv-patel',
      at: '2025-02-20T09:35',
      signed: '2025-02-20T09:38',
      method: 'handwritten',
      text: `
LAKESIDE PEDIATRICS — IMMUNIZATION CONSENT AND VACCINE INFORMATION STATEMENT ACKNOWLEDGMENT

Child: Noah Minh Pham   DOB: 08/19/2023   MRN: LC013390
Parent/guardian: Linh Pham (mother)   Relationship verified: birth certificate on file
Language: Vietnamese — VIS provided in Vietnamese; in-person interpreter Tran Bao.

Vaccines to be given today:
  DTaP (diphtheria, tetanus, acellular pertussis) — dose 4. VIS edition 08/06/2021 (Vietnamese).
  Hepatitis A (pediatric) — dose 2. VIS edition 10/15/2021 (Vietnamese).

Screening questions (answered by parent): child not sick today (yes, well); no severe allergy to any vaccine or component; no previous serious reaction; no seizures or brain problems; no immune system problems; no blood products in past year. All answers "no" except "well today: yes".

I have read or had explained to me the information in the Vaccine Information Statements. I had the chance to ask questions, which were answered. I consent to my child receiving the vaccines listed above.

Parent/guardian signature: Linh Pham              Date/time: 02/20/2025 09:36
Interpreter: Tran Bao                              Date/time: 02/20/2025 09:36
Witness: Gina Morales, MA                          Date/time: 02/20/2025 09:37
Physician: Rohan Patel, MD                         Date/time: 02/20/2025 09:38
`,
    }),
  ],
  problems: [
    {
      id: 'prob-noah-aom',
      description: 'Acute suppurative otitis media, left ear — resolved',
      status: 'resolved',
      onset: '2024-11-22',
      recordedAt: '2024-11-23T04:30',
      encounterId: NP.ed,
    },
  ],
  medications: [
    med(
      'med-noah-amox',
      'Amoxicillin 400 mg/5 mL suspension',
      '456 mg (5.7 mL)',
      'oral',
      'twice daily for 10 days',
      'completed',
      '2024-11-23T04:00',
      { end: '2024-12-03T08:00', by: 'prv-nakamura', enc: NP.ed },
    ),
    med('med-noah-ibu-ed', 'Ibuprofen 100 mg/5 mL suspension', '100 mg', 'oral', 'once', 'completed', '2024-11-23T02:40', {
      end: '2024-11-23T02:40',
      by: 'prv-nakamura',
      enc: NP.ed,
      setting: 'inpatient',
    }),
  ],
  allergies: [],
  orders: [
    ord('ord-noah-ibu', NP.ed, 'medication', 'Ibuprofen 10 mg/kg (100 mg) PO once', '2024-11-23T02:35', 'prv-nakamura', 'completed'),
    ord(
      'ord-noah-vax',
      NP.op,
      'medication',
      'DTaP 0.5 mL IM (dose 4); hepatitis A pediatric 0.5 mL IM (dose 2)',
      '2025-02-20T09:30',
      'prv-patel',
      'completed',
    ),
  ],
  results: [],
  procedures: [],
  immunizations: [
    {
      id: 'imm-noah-dtap-4',
      vaccine: 'DTaP (Daptacel), dose 4, 0.5 mL',
      administeredAt: '2025-02-20T09:42',
      lotNumber: 'C5791AA',
      site: 'left anterolateral thigh',
      route: 'intramuscular',
      encounterId: NP.op,
    },
    {
      id: 'imm-noah-hepa-2',
      vaccine: 'Hepatitis A, pediatric (Havrix 720 EL.U.), dose 2, 0.5 mL',
      administeredAt: '2025-02-20T09:43',
      lotNumber: 'AHAVB842BA',
      site: 'right anterolateral thigh',
      route: 'intramuscular',
      encounterId: NP.op,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 9. José Antonio "Tony" Núñez — alcohol dependence with withdrawal (ED -> inpatient), then
//    Lakeside Recovery Clinic (42 CFR Part 2 program): oral then extended-release naltrexone,
//    early remission by July. Father of Mateo Núñez.
//    Defect: telephone order for lorazepam (03/09 02:40) never authenticated.
// ---------------------------------------------------------------------------------------------
const JN = {
  ed: 'enc-nunez-jose-ed-20250308',
  ip: 'enc-nunez-jose-ip-20250308',
  p2a: 'enc-nunez-jose-op-20250320',
  p2b: 'enc-nunez-jose-op-20250515',
  p2c: 'enc-nunez-jose-op-20250710',
};
const PART2: Sens[] = ['substance-use-part2'];
const P2_NOTICE = `
42 CFR PART 2 NOTICE: This record is protected by federal confidentiality rules (42 CFR part 2). Federal law prohibits any further disclosure of this record unless further disclosure is expressly permitted by the written consent of the individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2. A general authorization for the release of medical or other information is NOT sufficient for this purpose. The federal rules restrict any use of the information to investigate or prosecute with regard to a crime any patient with a substance use disorder.`;
patients.push({
  id: 'pt-nunez-jose',
  mrn: 'LC006120',
  name: { family: 'Núñez', given: ['José', 'Antonio'] },
  previousNames: [],
  aliases: [
    { kind: 'nickname', given: 'Tony' },
    { kind: 'alias', given: 'Jose', family: 'Nunez' },
  ],
  birthDate: '1981-07-30',
  sex: 'male',
  address: { line: ['640 Elm Street'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0131',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'LEH-2209387-01', issuer: 'Lakeshore Employers Health Plan (Great Lakes Cold Storage)' },
    { type: 'ssn-last4', value: '7754' },
    { type: 'drivers-license', value: 'N520-114-873-309', issuer: 'Michigan Secretary of State' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: '42 CFR Part 2: records of Lakeside Recovery Clinic (addiction medicine) are Part 2 protected. Release only with Part 2-compliant written consent; attach redisclosure notice.',
    },
    {
      kind: 'clinical',
      text: 'History of alcohol withdrawal requiring benzodiazepines (03/2025). On extended-release naltrexone — opioid analgesics will be blocked.',
    },
  ],
  encounters: [
    enc(
      JN.ed,
      '4025030806',
      'emergency',
      '2025-03-08T09:15',
      '2025-03-08T13:50',
      'prv-whitfield',
      'Emergency Medicine',
      'Emergency Department, bed 12',
      'Shaking, sweating and anxiety after stopping drinking',
      'self',
      'admitted-inpatient',
    ),
    enc(
      JN.ip,
      '4025030807',
      'inpatient',
      '2025-03-08T14:00',
      '2025-03-12T11:30',
      'prv-hartwell',
      'Family Medicine Inpatient Service',
      'Medical-Surgical Unit 2 East, room 218',
      'Alcohol withdrawal',
      'emergency-department',
      'home',
    ),
    enc(
      JN.p2a,
      '4025032002',
      'outpatient',
      '2025-03-20T13:00',
      '2025-03-20T14:30',
      'prv-castellano',
      'Addiction Medicine — Lakeside Recovery Clinic',
      'Lakeside Recovery Clinic, 300 Harbor Street',
      'Intake after inpatient alcohol withdrawal',
      'physician-referral',
      'home',
    ),
    enc(
      JN.p2b,
      '4025051503',
      'outpatient',
      '2025-05-15T10:00',
      '2025-05-15T10:50',
      'prv-castellano',
      'Addiction Medicine — Lakeside Recovery Clinic',
      'Lakeside Recovery Clinic, 300 Harbor Street',
      'Medication management; first extended-release naltrexone injection',
      'self',
      'home',
    ),
    enc(
      JN.p2c,
      '4025071002',
      'outpatient',
      '2025-07-10T10:00',
      '2025-07-10T10:45',
      'prv-castellano',
      'Addiction Medicine — Lakeside Recovery Clinic',
      'Lakeside Recovery Clinic, 300 Harbor Street',
      'Medication management; extended-release naltrexone injection',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-jose-ed-20250308',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Alcohol Withdrawal',
      enc: JN.ed,
      author: 'prv-whitfield',
      at: '2025-03-08T09:25',
      signed: '2025-03-08T14:15',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 03/08/2025 09:15   Attending: James Whitfield, MD   Triage ESI 2

CHIEF COMPLAINT: "I'm shaking and can't stop sweating."

HISTORY OF PRESENT ILLNESS
43-year-old man who drinks 12-15 beers a day on weekdays and additionally about a pint of vodka on weekend days for several years. Last drink about 22:00 last night; he decided to stop after his wife told him she would leave. Woke at 05:00 tremulous, drenched in sweat, nauseated with dry heaves, heart racing and very anxious. No hallucinations. No seizures ever. Similar but milder shakes when he tried to stop last summer; no prior detoxification admissions. No other drugs. Smokes one pack of cigarettes a day. No chest pain, hematemesis, melena, abdominal pain or head injury. Denies suicidal thoughts.

PMH: No physician care for years. "Fatty liver" mentioned at an urgent care in 2023.
MEDICATIONS: None. ALLERGIES: No known drug allergies.
SOCIAL: Forklift operator at a cold-storage warehouse. Married, two children (youngest 7).

REVIEW OF SYSTEMS: As in HPI. Negative for fever, cough, dysuria, focal weakness.

PHYSICAL EXAM
T 37.6 C, HR 118, BP 162/98, RR 20, SpO2 97% RA.
Anxious, diaphoretic, oriented x4, coarse tremor of outstretched hands. No tongue laceration. Pupils equal and reactive. No asterixis. Mild scleral icterus absent. Heart tachycardic, regular. Lungs clear. Abdomen soft, liver edge palpable 2 cm below the costal margin, nontender; no ascites. No focal neurologic deficit; gait deferred. Skin: no spider angiomata.
CIWA-Ar at 09:35: 18.

RESULTS
Blood ethanol 86 mg/dL (09:40). Potassium 3.1, magnesium 1.4, glucose 104, creatinine 0.9, AST 112, ALT 68, GGT 240, total bilirubin 1.1, lipase 38. Platelets 162, MCV 101. Urine drug screen negative. ECG: sinus tachycardia 116, normal intervals.

ED COURSE
Lorazepam 2 mg IV at 10:05 and 2 mg IV at 11:10; CIWA 18 -> 11 -> 8. Thiamine 100 mg IV given before dextrose-containing fluids, then normal saline 1 L with potassium chloride 20 mEq; magnesium sulfate 2 g IV. Folic acid 1 mg and multivitamin PO.

ASSESSMENT
1. Alcohol dependence with withdrawal, uncomplicated (no delirium, hallucinations or seizures), CIWA 18 on arrival despite measurable blood alcohol.
2. Hypokalemia and hypomagnesemia.
3. Elevated liver enzymes, likely alcohol-related.
4. Tobacco use, cigarettes.

DISPOSITION: Admitted inpatient to the Family Medicine service (Dr. Hartwell) for symptom-triggered withdrawal management. 13:50.

Electronically signed: James Whitfield, MD   03/08/2025 14:15
`,
    }),
    doc({
      id: 'doc-jose-lab-20250308',
      type: 'laboratory-report',
      title: 'ED Laboratory — Ethanol, Chemistry, Drug Screen',
      enc: JN.ed,
      author: 'prv-iqbal',
      at: '2025-03-08T09:40',
      signed: '2025-03-08T10:45',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: NUNEZ, JOSE ANTONIO   MRN: LC006120   DOB: 07/30/1981   Sex: M   Account: 4025030806
Ordering: James Whitfield, MD   Collected: 03/08/2025 09:40   Reported: 03/08/2025 10:45

ETHANOL, SERUM (medical, not forensic chain of custody)
  Ethanol .................. 86 mg/dL        (<10)         H

COMPREHENSIVE METABOLIC PANEL + MAGNESIUM
  Sodium ................... 137 mmol/L      (136-145)
  Potassium ................ 3.1 mmol/L      (3.5-5.1)     L
  Chloride ................. 99 mmol/L       (98-107)
  Bicarbonate .............. 23 mmol/L       (22-29)
  Glucose .................. 104 mg/dL       (70-99)       H
  Creatinine ............... 0.9 mg/dL       (0.7-1.3)
  Magnesium ................ 1.4 mg/dL       (1.7-2.2)     L
  AST ...................... 112 U/L         (10-40)       H
  ALT ...................... 68 U/L          (7-56)        H
  GGT ...................... 240 U/L         (8-61)        H
  Total bilirubin .......... 1.1 mg/dL       (0.2-1.2)
  Albumin .................. 3.9 g/dL        (3.5-5.0)
  Lipase ................... 38 U/L          (13-60)

CBC
  Hemoglobin ............... 14.6 g/dL       (13.5-17.5)
  MCV ...................... 101 fL          (80-100)      H
  Platelets ................ 162 x10^3/uL    (150-400)

URINE DRUG SCREEN (immunoassay; screening only)
  Amphetamines, barbiturates, benzodiazepines, cannabinoids, cocaine, fentanyl, opiates, oxycodone, methadone, buprenorphine, PCP ... all NEGATIVE

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-jose-hp-20250308',
      type: 'history-and-physical',
      title: 'Admission History and Physical — Alcohol Withdrawal',
      enc: JN.ip,
      author: 'prv-hartwell',
      at: '2025-03-08T15:10',
      signed: '2025-03-08T16:40',
      text: `
FAMILY MEDICINE INPATIENT SERVICE — ADMISSION HISTORY AND PHYSICAL
Patient: José A. Núñez   Admitted: 03/08/2025 14:00 from ED   Attending: Susan E. Hartwell, MD

CHIEF COMPLAINT: Alcohol withdrawal.

HPI: 43-year-old man with heavy daily alcohol use (12-15 beers/day, plus vodka at weekends) for at least 8 years, last drink 03/07 at 22:00, who presented with tremor, diaphoresis, nausea, tachycardia and anxiety. CIWA-Ar 18 in the ED despite blood alcohol 86 mg/dL; received lorazepam 4 mg IV total, thiamine, potassium and magnesium, with CIWA now 8. No hallucinations, seizures or confusion. He wants to stop drinking and is open to treatment. Reports loss of control over amount, multiple failed attempts to cut down, craving, morning drinking to stop shakes, missed shifts and family conflict — meets criteria for severe alcohol use disorder (dependence).

PMH: Told of "fatty liver" 2023. No hypertension diagnosis. PSH: none.
MEDICATIONS: None. ALLERGIES: NKDA.
SOCIAL: Married, lives with wife (Carmen) and two children. Forklift operator. Tobacco 1 pack/day for 25 years. No other substances. No legal charges.
FAMILY HISTORY: Father with alcohol use disorder, died of cirrhosis at 61.

ROS: Nausea, sweats, insomnia. No melena, hematemesis, chest pain, dyspnea, abdominal pain.

EXAM: T 37.4 C, HR 102, BP 148/92, RR 18, SpO2 97%. CIWA 8.
Alert, oriented, mild tremor. No icterus. Heart regular, no murmur. Lungs clear. Abdomen soft, nontender, liver edge 2 cm below costal margin, no splenomegaly or ascites. No asterixis. No stigmata of chronic liver disease. Neuro: no nystagmus, no ataxia on finger-nose, normal mentation (no features of Wernicke encephalopathy).

DATA: Ethanol 86, K 3.1, Mg 1.4, AST 112, ALT 68 (AST:ALT > 1.5), GGT 240, bilirubin 1.1, albumin 3.9, platelets 162, MCV 101. UDS negative. ECG sinus tachycardia.

ASSESSMENT AND PLAN
1. Alcohol dependence with withdrawal, uncomplicated. Symptom-triggered lorazepam per CIWA-Ar protocol (CIWA every 1 hour while >= 10, every 4 hours when < 10); seizure precautions; thiamine 100 mg IV daily x3 days then PO; folic acid; multivitamin. Addiction medicine consult (Dr. Castellano) for medication for alcohol use disorder and linkage to outpatient treatment.
2. Hypokalemia and hypomagnesemia — replete; recheck BMP/Mg in the morning.
3. Transaminitis with AST-predominant pattern and hepatomegaly — probable alcoholic fatty liver. RUQ ultrasound; hepatitis serologies.
4. Nicotine dependence, cigarettes — nicotine patch 21 mg daily; cessation counselling.
5. Elevated BP with withdrawal — reassess after withdrawal resolves.
DVT prophylaxis: enoxaparin 40 mg daily. Code status: full.

Electronically signed: Susan E. Hartwell, MD   03/08/2025 16:40
`,
    }),
    doc({
      id: 'doc-jose-orders-20250308',
      type: 'physician-orders',
      title: 'Admission Orders — Alcohol Withdrawal (CIWA-Ar)',
      enc: JN.ip,
      author: 'prv-hartwell',
      at: '2025-03-08T14:05',
      signed: '2025-03-08T14:20',
      text: `
ADMISSION ORDERS — NÚÑEZ, JOSÉ ANTONIO  LC006120  DOB 07/30/1981
Attending: Susan E. Hartwell, MD   Signed 03/08/2025 14:20

Admit: inpatient, Family Medicine service, 2 East. Diagnosis: alcohol withdrawal. Code: full.
Seizure and fall precautions. Low-stimulation room.
Vital signs every 4 hours and with each CIWA assessment.
CIWA-Ar every 1 hour while score >= 10; every 4 hours when < 10 x 24 hours, then discontinue if < 10 for 24 hours.
Lorazepam (symptom-triggered): CIWA 10-15: 1 mg PO; CIWA 16-20: 2 mg PO; CIWA > 20: 2 mg IV and notify physician.
Thiamine 100 mg IV daily x3 days, then 100 mg PO daily.
Folic acid 1 mg PO daily. Multivitamin PO daily.
Potassium chloride 40 mEq PO x2 doses 4 hours apart. Magnesium sulfate 2 g IV x1 tonight.
Nicotine patch 21 mg/24 h daily.
Enoxaparin 40 mg subcutaneously daily.
Diet: regular. Encourage oral fluids.
Labs: BMP, magnesium, phosphorus 03/09 AM; hepatitis A IgM, hepatitis B surface antigen and core antibody, hepatitis C antibody.
Imaging: US abdomen, right upper quadrant — elevated transaminases, hepatomegaly.
Consult: Addiction Medicine (Dr. Castellano) — medication for alcohol use disorder, outpatient linkage.
03/09/2025 02:40 TELEPHONE ORDER (S. Hartwell, MD, read back by D. Frost, RN): CIWA 22 at 02:30 with marked tremor and agitation — lorazepam 2 mg IV now; may repeat 2 mg IV once in 1 hour if CIWA remains > 20; increase CIWA checks to every 30 minutes until < 15. [Not yet authenticated by ordering physician]
03/09/2025 09:30 Discontinue IV lorazepam orders; continue PO symptom-triggered protocol.
`,
    }),
    doc({
      id: 'doc-jose-consult-20250309',
      type: 'consultation',
      title: 'Addiction Medicine Consultation',
      enc: JN.ip,
      author: 'prv-castellano',
      at: '2025-03-09T11:00',
      signed: '2025-03-09T13:15',
      sens: PART2,
      text: `
ADDICTION MEDICINE CONSULTATION — LAKESIDE RECOVERY CLINIC CONSULT SERVICE
Patient: José A. Núñez   Date: 03/09/2025   Consultant: Marco Castellano, DO
Requesting physician: Susan E. Hartwell, MD   Reason: alcohol use disorder, medication for AUD, linkage to treatment.

HISTORY
43-year-old man admitted 03/08 in alcohol withdrawal. Overnight CIWA rose to 22 at 02:30, treated with IV lorazepam by telephone order; this morning CIWA 9, tremor mild, sleeping intermittently. Alcohol history: began drinking at 15; daily drinking since his late twenties; current 12-15 beers daily plus a pint of vodka on weekend days. DSM-5 criteria met (8 of 11): larger amounts than intended, persistent desire/unsuccessful efforts to cut down, time spent, craving, failure to fulfil work role (two written warnings for lateness), continued use despite family conflict, tolerance, withdrawal. Severity: severe. One prior self-attempt at cutting down (summer 2024) with shakes. Never in treatment or mutual-help groups. No other substance use; tobacco 1 pack/day. No history of overdose, suicidal behaviour or psychiatric treatment. PHQ-9 today 8 (mild, largely sleep and guilt). AUDIT 31.
Family history: father with alcohol use disorder and cirrhosis.
Motivation: high — "I don't want my kids to see me like my dad." Wife supportive but has set a limit.

EXAM: Calm, mild tremor, oriented, no hallucinations. CIWA 9.
Labs: AST 112, ALT 68 (less than 3x upper limit), bilirubin 1.1; hepatitis serologies pending.

ASSESSMENT
1. Alcohol use disorder, severe (alcohol dependence), currently in withdrawal, uncomplicated.
2. Tobacco use disorder (nicotine dependence, cigarettes).
3. Mild depressive symptoms, likely substance-related; reassess after 4 weeks of abstinence.

RECOMMENDATIONS
1. Continue symptom-triggered lorazepam; expect withdrawal to resolve within 72-96 hours.
2. Start naltrexone 50 mg PO daily once withdrawal has settled (transaminases acceptable; no opioid use — UDS negative). Discuss extended-release naltrexone 380 mg IM monthly for adherence after oral tolerance is confirmed.
3. Intake appointment at Lakeside Recovery Clinic 03/20/2025 13:00; intensive outpatient program 3 evenings a week; offered mutual-help meeting list.
4. Nicotine patch 21 mg; consider varenicline at follow-up.
5. Return-to-work: he asked that his employer's EAP be told only attendance and fitness for duty — will complete a Part 2 consent at intake.
Thank you for this consultation.

Electronically signed: Marco Castellano, DO   03/09/2025 13:15
${P2_NOTICE}
`,
    }),
    doc({
      id: 'doc-jose-us-20250310',
      type: 'radiology-report',
      title: 'US Abdomen, Right Upper Quadrant',
      enc: JN.ip,
      author: 'prv-ferraro',
      at: '2025-03-10T10:20',
      signed: '2025-03-10T11:05',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: NUNEZ, JOSE ANTONIO   MRN: LC006120   DOB: 07/30/1981   Account: 4025030807
Exam: US ABDOMEN LIMITED, RIGHT UPPER QUADRANT   Performed: 03/10/2025 10:20
Ordering: Susan E. Hartwell, MD   Indication: Elevated transaminases, hepatomegaly, heavy alcohol use.

FINDINGS:
Liver: enlarged, 18.6 cm in craniocaudal length, with diffusely increased echogenicity and posterior beam attenuation, obscuring the hepatic vein walls and diaphragm. Smooth surface contour; no nodularity. No focal lesion. Portal vein patent with normal hepatopetal flow.
Gallbladder: no stones, wall 2 mm, no pericholecystic fluid; sonographic Murphy sign negative.
Common bile duct: 4 mm.
Pancreas: visualized head and body unremarkable.
Right kidney: 11.2 cm, normal. Spleen 11.0 cm. No ascites.

IMPRESSION:
1. Hepatomegaly with diffuse moderate hepatic steatosis. No sonographic signs of cirrhosis or portal hypertension.
2. Normal gallbladder and bile ducts.

Electronically signed: Linda Ferraro, MD   03/10/2025 11:05
`,
    }),
    doc({
      id: 'doc-jose-pn-20250310',
      type: 'progress-note',
      title: 'Family Medicine Inpatient Progress Note — Hospital Day 3',
      enc: JN.ip,
      author: 'prv-hartwell',
      at: '2025-03-10T08:30',
      signed: '2025-03-10T12:10',
      text: `
FAMILY MEDICINE INPATIENT PROGRESS NOTE
Patient: José A. Núñez   Date: 03/10/2025   Hospital day 3   Attending: Susan E. Hartwell, MD

S: Slept 5 hours. Tremor much less. Appetite returning. Craving "but manageable." No hallucinations. Saw Dr. Castellano yesterday; wants to start naltrexone and go to the recovery clinic. Wife visited.

O: T 36.9 C, HR 84, BP 134/84, RR 16. CIWA scores last 24 h: 9, 7, 6, 4, 4 — last lorazepam 03/09 at 16:00 (1 mg PO). Total lorazepam 03/09: 4 mg IV (overnight) + 3 mg PO.
Mild fine tremor only. Oriented, no nystagmus or ataxia.
Labs: K 3.9, Mg 1.9, phosphorus 3.0. Hepatitis A IgM, HBsAg, HBcAb and HCV antibody all negative.
RUQ ultrasound this morning: hepatomegaly with diffuse moderate steatosis, no cirrhosis.

A/P:
1. Alcohol dependence with withdrawal, uncomplicated — resolving, CIWA < 10 for > 16 hours. Continue protocol 24 more hours; start naltrexone 50 mg PO daily today per addiction medicine.
2. Alcoholic fatty liver (hepatic steatosis with AST-predominant transaminase elevation in heavy drinker) — abstinence; recheck LFTs in 6-8 weeks at the recovery clinic.
3. Hypokalemia and hypomagnesemia — corrected; stop supplementation.
4. Nicotine dependence, cigarettes — patch; interested in quitting after alcohol is stable.
5. BP normalising as withdrawal resolves; no antihypertensive.
Plan discharge 03/12 if CIWA remains < 10 off lorazepam for 24 hours.

Electronically signed: Susan E. Hartwell, MD   03/10/2025 12:10
`,
    }),
    doc({
      id: 'doc-jose-ds-20250312',
      type: 'discharge-summary',
      title: 'Discharge Summary — Alcohol Withdrawal',
      enc: JN.ip,
      author: 'prv-hartwell',
      at: '2025-03-12T11:30',
      signed: '2025-03-14T15:20',
      text: `
DISCHARGE SUMMARY
Patient: José A. Núñez   MRN LC006120
Admitted: 03/08/2025 14:00 (via ED)   Discharged: 03/12/2025 11:30   Attending: Susan E. Hartwell, MD

PRINCIPAL DIAGNOSIS: Alcohol dependence with withdrawal, uncomplicated.
SECONDARY DIAGNOSES:
1. Alcoholic fatty liver (hepatomegaly with steatosis on ultrasound).
2. Hypokalemia, corrected.
3. Hypomagnesemia, corrected.
4. Nicotine dependence, cigarettes.

PROCEDURES: Alcohol detoxification (medically managed withdrawal) with symptom-triggered lorazepam. RUQ ultrasound 03/10.
CONSULTS: Addiction Medicine — Marco Castellano, DO (03/09).

HOSPITAL COURSE
Admitted from the ED with CIWA 18, blood alcohol 86 mg/dL. Managed with symptom-triggered lorazepam: peak CIWA 22 overnight 03/08-03/09 requiring 4 mg IV lorazepam by telephone order, then PO doses only; last lorazepam 03/09 16:00. No seizures, hallucinations or delirium. CIWA below 10 since 03/09 evening and below 5 from 03/10. Electrolytes repleted (K 3.1 to 3.9; Mg 1.4 to 1.9). Thiamine IV for 3 days then oral. Hepatitis serologies negative; ultrasound showed hepatomegaly with moderate steatosis without cirrhosis — alcoholic fatty liver. Addiction medicine recommended naltrexone, started 03/10 and tolerated, and arranged intake at Lakeside Recovery Clinic. Nicotine patch used throughout. Blood pressure normalised (128/80 at discharge) without treatment.

CONDITION AT DISCHARGE: Good; CIWA 2; ambulating independently.
DISPOSITION: Home with wife.

DISCHARGE MEDICATIONS: Naltrexone 50 mg PO daily; thiamine 100 mg PO daily; folic acid 1 mg PO daily; multivitamin daily; nicotine patch 21 mg/24 h daily with taper per package.

FOLLOW-UP: Lakeside Recovery Clinic intake 03/20/2025 13:00 (Dr. Castellano). Family Medicine (Dr. Hartwell) in 4-6 weeks for BP and LFTs. Return for tremor, confusion, hallucinations, seizure, vomiting blood or black stools. Do not drive or operate the forklift until cleared.

Electronically signed: Susan E. Hartwell, MD   03/14/2025 15:20
`,
    }),
    doc({
      id: 'doc-jose-p2-intake-20250320',
      type: 'progress-note',
      title: 'Lakeside Recovery Clinic — Intake Assessment',
      enc: JN.p2a,
      author: 'prv-castellano',
      at: '2025-03-20T13:00',
      signed: '2025-03-20T17:30',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC — ADDICTION MEDICINE INTAKE
Patient: José A. Núñez   Date: 03/20/2025   Physician: Marco Castellano, DO

SUBJECTIVE
43-year-old man seen for intake 8 days after discharge from medically managed alcohol withdrawal (03/08-03/12). Abstinent since 03/07 at 22:00 (13 days). Taking naltrexone 50 mg daily since 03/10 — missed 2 doses; mild nausea first week, now resolved. Craving 3/10, worst after work and on Friday evenings. Has attended 2 mutual-help meetings with his brother-in-law. Sleep improving. Returned to light duty at work; employer requires EAP clearance for forklift duty. Smoking 1 pack/day; patch irritating his skin.
Substance history as documented in the 03/09 consult: severe alcohol use disorder; no other drug use. ASAM dimensions reviewed: withdrawal risk low; biomedical — fatty liver; emotional — mild low mood improving; readiness — action stage; relapse risk — moderate to high; recovery environment — supportive spouse, alcohol in the home removed.
PHQ-9: 5. GAD-7: 4. No suicidal ideation.

OBJECTIVE
BP 126/78, HR 74. No tremor. Alert, engaged, good insight.
Breath alcohol 0.000. Urine EtG/EtS negative. UDS negative.

ASSESSMENT
1. Alcohol use disorder, severe (alcohol dependence), abstinent 13 days — not yet in remission (early remission requires at least 3 months without criteria other than craving).
2. Nicotine dependence, cigarettes.
3. Alcoholic fatty liver.

PLAN
1. Continue naltrexone 50 mg daily; discussed extended-release naltrexone 380 mg IM monthly to support adherence — he would like to start after prior authorization.
2. Intensive outpatient program, Monday/Wednesday/Thursday 18:00-21:00, starting 03/24.
3. Weekly individual counselling with clinic counsellor.
4. Switch nicotine patch brand; varenicline to be considered in 4 weeks.
5. Random urine EtG monthly. LFTs in 6-8 weeks.
6. Part 2 consent for disclosure to employer EAP signed today (attendance, participation, toxicology pass/fail and fitness-for-duty statement only).
Return 4 weeks (medication management) and for injection when approved.

Electronically signed: Marco Castellano, DO   03/20/2025 17:30
${P2_NOTICE}
`,
    }),
    doc({
      id: 'doc-jose-p2-consent-20250320',
      type: 'authorization-form',
      title: 'Part 2 Consent for Disclosure — Employer EAP (Return to Work)',
      enc: JN.p2a,
      authorText: 'José A. Núñez (patient); witnessed by clinic intake coordinator',
      at: '2025-03-20T14:10',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC (a program of Lakeside Community Health System)
CONSENT FOR THE DISCLOSURE OF SUBSTANCE USE DISORDER PATIENT RECORDS — 42 CFR PART 2

1. Patient: José Antonio Núñez     Date of birth: 07/30/1981     MRN: LC006120

2. Program permitted to make the disclosure: Lakeside Recovery Clinic, Addiction Medicine, 300 Harbor Street, Lakeside, MI 49116 (Marco Castellano, DO, medical director).

3. Recipient: Renee Osei, LPC, Employee Assistance Program Coordinator, Great Lakes Cold Storage, 4100 Industrial Parkway, Lakeside, MI 49116. Fax (269) 555-0290.

4. How much and what kind of information may be disclosed (explicit description of the substance use disorder information):
   (a) Dates of scheduled and attended appointments and program sessions;
   (b) Whether I am participating in treatment as recommended (yes/no);
   (c) Whether random toxicology tests are negative or positive for alcohol (pass/fail only; no levels);
   (d) A statement whether I am medically fit to return to safety-sensitive duty (forklift operation).
   NOT to be disclosed: my diagnosis details, medication names, counselling content, or any other health information.

5. Purpose of the disclosure: Return-to-work and fitness-for-duty determination under my employer's Employee Assistance Program last-chance agreement.

6. Expiration: This consent expires on 12/31/2025, or on the date my EAP case is closed, whichever comes first.

7. Right to revoke: I understand that I may revoke this consent at any time, orally or in writing, except to the extent that the program has already acted in reliance on it.

8. I understand that my substance use disorder records are protected under federal law (42 CFR part 2) and HIPAA and cannot be disclosed without my written consent unless otherwise provided for by the regulations. I understand that my treatment at the program is not conditioned on my signing this consent, although my employer may require the information for my return to work.

9. I understand that information disclosed under this consent will be accompanied by the federal notice prohibiting redisclosure (42 CFR 2.32).

Signature of patient: José A. Núñez (signed)            Date: 03/20/2025
Witness: Alicia Ferreira, intake coordinator             Date: 03/20/2025 14:10
Copy given to patient: Yes
`,
    }),
    doc({
      id: 'doc-jose-p2-pn-20250515',
      type: 'progress-note',
      title: 'Lakeside Recovery Clinic — Medication Management; Extended-Release Naltrexone #1',
      enc: JN.p2b,
      author: 'prv-castellano',
      at: '2025-05-15T10:00',
      signed: '2025-05-15T12:45',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC — MEDICATION MANAGEMENT
Patient: José A. Núñez   Date: 05/15/2025   Physician: Marco Castellano, DO

S: Abstinent from alcohol since 03/07/2025 (9 weeks 5 days). Completed 6 weeks of IOP on 05/08; now weekly group and individual counselling. Took oral naltrexone fairly consistently but missed about one dose in five. Prior authorization for extended-release naltrexone approved 05/09. Cleared by EAP for forklift duty 04/28. Craving 1-2/10. Smoking reduced to half a pack a day on varenicline (started 04/17), no mood changes on it. Mood good, sleeping 7 hours.

O: BP 122/76, HR 70, Wt 88 kg. No tremor, no jaundice. Gluteal sites normal.
Today: breath alcohol 0.000; urine EtG/EtS negative; UDS negative for opioids (required before naltrexone); AST 48, ALT 41, GGT 92 (improving).

A:
1. Alcohol use disorder, severe (alcohol dependence), abstinent 9+ weeks — not yet 3 months; continuing medication for AUD.
2. Nicotine dependence, cigarettes, improving on varenicline.
3. Alcoholic fatty liver, improving enzymes with abstinence.

P:
1. Extended-release naltrexone (Vivitrol) 380 mg IM, right upper outer gluteal, given at 10:35 by J. Ortiz, RN; lot 2401VX5, expiration 10/2026; 20-gauge 1.5-inch needle. Stop oral naltrexone. Wallet card given (opioid blockade warning). Injection-site care reviewed.
2. Continue varenicline 1 mg twice daily.
3. Continue weekly counselling. Monthly injections at clinic.
4. Next visit 06/12 (injection #2).

Electronically signed: Marco Castellano, DO   05/15/2025 12:45
${P2_NOTICE}
`,
    }),
    doc({
      id: 'doc-jose-p2-lab-20250515',
      type: 'laboratory-report',
      title: 'Lakeside Recovery Clinic — Toxicology and Hepatic Panel',
      enc: JN.p2b,
      author: 'prv-iqbal',
      at: '2025-05-15T10:10',
      signed: '2025-05-15T15:30',
      sens: PART2,
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
=== 42 CFR PART 2 PROTECTED — LAKESIDE RECOVERY CLINIC ORDER ===
Patient: NUNEZ, JOSE ANTONIO   MRN: LC006120   DOB: 07/30/1981   Sex: M   Account: 4025051503
Ordering: Marco Castellano, DO (Lakeside Recovery Clinic)   Collected: 05/15/2025 10:10   Reported: 05/15/2025 15:30

URINE ALCOHOL METABOLITES (LC-MS/MS)
  Ethyl glucuronide (EtG) ... Negative  (cutoff 500 ng/mL)
  Ethyl sulfate (EtS) ....... Negative  (cutoff 100 ng/mL)

URINE DRUG SCREEN (immunoassay)
  Opiates, oxycodone, fentanyl, methadone, buprenorphine, benzodiazepines, cocaine, amphetamines, cannabinoids ... all NEGATIVE

HEPATIC FUNCTION PANEL
  AST ....................... 48 U/L     (10-40)    H    (03/08/2025: 112)
  ALT ....................... 41 U/L     (7-56)          (03/08/2025: 68)
  GGT ....................... 92 U/L     (8-61)     H    (03/08/2025: 240)
  Total bilirubin ........... 0.7 mg/dL  (0.2-1.2)
  Albumin ................... 4.2 g/dL   (3.5-5.0)

Verified by laboratory medical director: Samira Iqbal, MD
${P2_NOTICE}
`,
    }),
    doc({
      id: 'doc-jose-p2-pn-20250710',
      type: 'progress-note',
      title: 'Lakeside Recovery Clinic — Medication Management; Early Remission',
      enc: JN.p2c,
      author: 'prv-castellano',
      at: '2025-07-10T10:00',
      signed: '2025-07-10T11:50',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC — MEDICATION MANAGEMENT
Patient: José A. Núñez   Date: 07/10/2025   Physician: Marco Castellano, DO

S: No alcohol since 03/07/2025 — 4 months. Received extended-release naltrexone #2 on 06/12; due for #3 today. Minimal craving (0-1/10), even at a family barbecue on July 4th where others drank. Continues weekly group; individual counselling now every other week. Quit smoking on 06/20 (completed varenicline course through 07/15). Working full duty including overtime. Family relationships improving; attends his son's asthma appointments.
He meets no DSM-5 criteria for alcohol use disorder in the past 3 months, including no craving most weeks.

O: BP 118/74, HR 66. Prior injection sites (right and left gluteal) without induration or abscess.
Breath alcohol 0.000. Urine EtG negative today (point-of-care, confirmation sent).

A:
1. Alcohol use disorder, severe, in early remission (dependence in remission), on maintenance extended-release naltrexone.
2. Nicotine dependence, cigarettes — abstinent 3 weeks (early).
3. Alcoholic fatty liver — LFTs normalising (recheck 08/2025).

P:
1. Extended-release naltrexone 380 mg IM, left upper outer gluteal, given 10:25 by J. Ortiz, RN; lot 2403VX1, expiration 01/2027. Continue monthly for at least 6 more months.
2. Relapse-prevention plan updated; continue counselling every other week.
3. Nicotine: complete varenicline; quitline follow-up.
4. Return 08/07/2025.

Electronically signed: Marco Castellano, DO   07/10/2025 11:50
${P2_NOTICE}
`,
    }),
  ],
  problems: [
    {
      id: 'prob-jose-aud',
      description: 'Alcohol use disorder, severe (alcohol dependence) — in early remission since 06/2025; on extended-release naltrexone',
      status: 'active',
      onset: '2016-01-01',
      recordedAt: '2025-03-08T16:40',
      encounterId: JN.ip,
    },
    {
      id: 'prob-jose-afld',
      description: 'Alcoholic fatty liver (hepatic steatosis on ultrasound 03/2025)',
      status: 'active',
      onset: '2023-01-01',
      recordedAt: '2025-03-10T12:10',
      encounterId: JN.ip,
    },
    {
      id: 'prob-jose-tobacco',
      description: 'Nicotine dependence, cigarettes — quit 06/20/2025',
      status: 'active',
      onset: '2000-01-01',
      recordedAt: '2025-03-08T16:40',
      encounterId: JN.ip,
    },
    {
      id: 'prob-jose-lytes',
      description: 'Hypokalemia and hypomagnesemia with alcohol withdrawal — corrected',
      status: 'resolved',
      onset: '2025-03-08',
      recordedAt: '2025-03-08T16:40',
      encounterId: JN.ip,
    },
  ],
  medications: [
    med('med-jose-loraz-ed', 'Lorazepam', '2 mg', 'intravenous', 'x2 doses (10:05, 11:10)', 'completed', '2025-03-08T10:05', {
      end: '2025-03-08T11:10',
      by: 'prv-whitfield',
      enc: JN.ed,
      setting: 'inpatient',
    }),
    med('med-jose-thiamine-ed', 'Thiamine', '100 mg', 'intravenous', 'once', 'completed', '2025-03-08T10:10', {
      end: '2025-03-08T10:10',
      by: 'prv-whitfield',
      enc: JN.ed,
      setting: 'inpatient',
    }),
    med(
      'med-jose-loraz-ip',
      'Lorazepam (CIWA-Ar symptom-triggered)',
      '1-2 mg PO; 2 mg IV for CIWA > 20',
      'oral/intravenous',
      'per CIWA-Ar protocol',
      'completed',
      '2025-03-08T14:20',
      { end: '2025-03-11T14:00', by: 'prv-hartwell', enc: JN.ip, setting: 'inpatient' },
    ),
    med('med-jose-thiamine', 'Thiamine', '100 mg', 'oral', 'daily', 'completed', '2025-03-11T09:00', {
      end: '2025-05-15T00:00',
      by: 'prv-hartwell',
      enc: JN.ip,
    }),
    med('med-jose-folate', 'Folic acid', '1 mg', 'oral', 'daily', 'completed', '2025-03-08T18:00', {
      end: '2025-05-15T00:00',
      by: 'prv-hartwell',
      enc: JN.ip,
    }),
    med('med-jose-nicotine', 'Nicotine transdermal patch', '21 mg/24 h', 'transdermal', 'daily', 'discontinued', '2025-03-08T18:00', {
      end: '2025-04-17T00:00',
      by: 'prv-hartwell',
      enc: JN.ip,
    }),
    med('med-jose-ntx-po', 'Naltrexone', '50 mg', 'oral', 'daily', 'discontinued', '2025-03-10T12:00', {
      end: '2025-05-15T10:35',
      by: 'prv-castellano',
      enc: JN.ip,
    }),
    med(
      'med-jose-ntx-xr',
      'Naltrexone extended-release injectable suspension (Vivitrol)',
      '380 mg',
      'intramuscular (gluteal)',
      'every 4 weeks, given in clinic',
      'active',
      '2025-05-15T10:35',
      { by: 'prv-castellano', enc: JN.p2b },
    ),
    med('med-jose-varenicline', 'Varenicline', '1 mg', 'oral', 'twice daily (12-week course)', 'active', '2025-04-17T09:00', {
      end: '2025-07-15T00:00',
      by: 'prv-castellano',
    }),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-jose-ed-labs',
      JN.ed,
      'lab',
      'Serum ethanol, CMP, magnesium, lipase, CBC, urine drug screen, ECG',
      '2025-03-08T09:30',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-jose-ed-loraz',
      JN.ed,
      'medication',
      'Lorazepam 2 mg IV now; may repeat x1 in 1 hour for CIWA > 15',
      '2025-03-08T10:00',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-jose-admit',
      JN.ip,
      'admission',
      'Admit inpatient, Family Medicine service — alcohol withdrawal, CIWA-Ar protocol',
      '2025-03-08T14:05',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-jose-ciwa',
      JN.ip,
      'medication',
      'Lorazepam symptom-triggered per CIWA-Ar (10-15: 1 mg PO; 16-20: 2 mg PO; > 20: 2 mg IV and notify)',
      '2025-03-08T14:05',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-jose-to-loraz',
      JN.ip,
      'medication',
      'Lorazepam 2 mg IV now; may repeat 2 mg IV once in 1 hour if CIWA > 20; CIWA every 30 minutes until < 15',
      '2025-03-09T02:40',
      'prv-hartwell',
      'completed',
      'telephone',
    ),
    ord(
      'ord-jose-consult',
      JN.ip,
      'consult',
      'Addiction Medicine consult — medication for alcohol use disorder, linkage to outpatient treatment',
      '2025-03-08T14:05',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-jose-ruq',
      JN.ip,
      'imaging',
      'US abdomen RUQ — elevated transaminases, hepatomegaly',
      '2025-03-08T14:05',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-jose-hep',
      JN.ip,
      'lab',
      'Hepatitis A IgM, HBsAg, HBcAb, HCV antibody; BMP, Mg, phosphorus AM',
      '2025-03-08T14:05',
      'prv-hartwell',
      'completed',
    ),
    ord('ord-jose-ntx-po', JN.ip, 'medication', 'Naltrexone 50 mg PO daily', '2025-03-10T11:00', 'prv-hartwell', 'completed'),
    ord(
      'ord-jose-p2-tox',
      JN.p2b,
      'lab',
      'Urine EtG/EtS, urine drug screen, hepatic function panel',
      '2025-05-15T10:05',
      'prv-castellano',
      'completed',
    ),
    ord(
      'ord-jose-p2-xrntx-1',
      JN.p2b,
      'medication',
      'Naltrexone ER 380 mg IM gluteal once (injection #1)',
      '2025-05-15T10:20',
      'prv-castellano',
      'completed',
    ),
    ord(
      'ord-jose-p2-xrntx-3',
      JN.p2c,
      'medication',
      'Naltrexone ER 380 mg IM gluteal once (injection #3)',
      '2025-07-10T10:15',
      'prv-castellano',
      'completed',
    ),
  ],
  results: [
    res(
      'res-jose-etoh',
      JN.ed,
      undefined,
      'Ethanol, serum',
      86,
      'mg/dL',
      { high: 10, text: '<10' },
      'H',
      '2025-03-08T09:40',
      '2025-03-08T10:15',
    ),
    res('res-jose-k', JN.ed, 'CMP', 'Potassium', 3.1, 'mmol/L', { low: 3.5, high: 5.1 }, 'L', '2025-03-08T09:40', '2025-03-08T10:30'),
    res('res-jose-mg', JN.ed, undefined, 'Magnesium', 1.4, 'mg/dL', { low: 1.7, high: 2.2 }, 'L', '2025-03-08T09:40', '2025-03-08T10:30'),
    res('res-jose-ast', JN.ed, 'CMP', 'AST', 112, 'U/L', { low: 10, high: 40 }, 'H', '2025-03-08T09:40', '2025-03-08T10:30'),
    res('res-jose-alt', JN.ed, 'CMP', 'ALT', 68, 'U/L', { low: 7, high: 56 }, 'H', '2025-03-08T09:40', '2025-03-08T10:30'),
    res('res-jose-ggt', JN.ed, undefined, 'GGT', 240, 'U/L', { low: 8, high: 61 }, 'H', '2025-03-08T09:40', '2025-03-08T10:45'),
    res(
      'res-jose-plt',
      JN.ed,
      'CBC',
      'Platelets',
      162,
      'x10^3/uL',
      { low: 150, high: 400 },
      undefined,
      '2025-03-08T09:40',
      '2025-03-08T10:05',
    ),
    res('res-jose-mcv', JN.ed, 'CBC', 'MCV', 101, 'fL', { low: 80, high: 100 }, 'H', '2025-03-08T09:40', '2025-03-08T10:05'),
    res(
      'res-jose-uds',
      JN.ed,
      'Urine drug screen',
      'Urine drug screen (10-panel plus fentanyl, buprenorphine)',
      'Negative for all analytes',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-03-08T09:45',
      '2025-03-08T10:35',
    ),
    res(
      'res-jose-k-2',
      JN.ip,
      'BMP',
      'Potassium',
      3.9,
      'mmol/L',
      { low: 3.5, high: 5.1 },
      undefined,
      '2025-03-10T05:30',
      '2025-03-10T06:30',
    ),
    res(
      'res-jose-mg-2',
      JN.ip,
      undefined,
      'Magnesium',
      1.9,
      'mg/dL',
      { low: 1.7, high: 2.2 },
      undefined,
      '2025-03-10T05:30',
      '2025-03-10T06:30',
    ),
    res(
      'res-jose-hcv',
      JN.ip,
      'Hepatitis panel',
      'Hepatitis C antibody',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2025-03-08T17:00',
      '2025-03-09T14:00',
    ),
    res(
      'res-jose-p2-etg',
      JN.p2b,
      'Alcohol metabolites',
      'Ethyl glucuronide, urine',
      'Negative (< 500 ng/mL)',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-05-15T10:10',
      '2025-05-15T15:30',
      PART2,
    ),
    res(
      'res-jose-p2-uds',
      JN.p2b,
      'Urine drug screen',
      'Urine drug screen (opioids before naltrexone)',
      'Negative for all analytes',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-05-15T10:10',
      '2025-05-15T11:00',
      PART2,
    ),
    res(
      'res-jose-p2-ast',
      JN.p2b,
      'Hepatic function panel',
      'AST',
      48,
      'U/L',
      { low: 10, high: 40 },
      'H',
      '2025-05-15T10:10',
      '2025-05-15T15:30',
      PART2,
    ),
    res(
      'res-jose-p2-ggt',
      JN.p2b,
      'Hepatic function panel',
      'GGT',
      92,
      'U/L',
      { low: 8, high: 61 },
      'H',
      '2025-05-15T10:10',
      '2025-05-15T15:30',
      PART2,
    ),
    res(
      'res-jose-p2-etg-2',
      JN.p2c,
      'Alcohol metabolites',
      'Ethyl glucuronide, urine (point of care)',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-07-10T10:05',
      '2025-07-10T10:15',
      PART2,
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 10. Daniel James Whitaker — recurrent major depressive disorder: outpatient therapy (LCSW) with
//     separate psychotherapy notes, ED visit and voluntary psychiatric admission for suicidal
//     ideation, psychiatry follow-up, partial remission. Defective authorization (disability insurer).
//     Defect: verbal order 12/03 authenticated after 48 hours (12/06).
// ---------------------------------------------------------------------------------------------
const DW = {
  t1: 'enc-whitaker-op-20241015',
  t2: 'enc-whitaker-op-20241112',
  ed: 'enc-whitaker-ed-20241202',
  ip: 'enc-whitaker-ip-20241202',
  psy: 'enc-whitaker-op-20241219',
  t3: 'enc-whitaker-op-20250311',
};
const BH: Sens[] = ['behavioral-health'];
const PN: Sens[] = ['psychotherapy-notes', 'behavioral-health'];
patients.push({
  id: 'pt-whitaker-daniel',
  mrn: 'LC005076',
  name: { family: 'Whitaker', given: ['Daniel', 'James'] },
  previousNames: [],
  aliases: [{ kind: 'preferred', given: 'Dan' }],
  birthDate: '1988-05-17',
  sex: 'male',
  address: { line: ['2707 Shoreline Drive', 'Apt 14'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0196',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'BLH663098214', issuer: 'Blue Lake Health Plan (commercial)' },
    { type: 'ssn-last4', value: '1186' },
  ],
  alerts: [
    {
      kind: 'behavioral',
      text: 'Psychiatric admission 12/2024 for suicidal ideation with plan. Safety plan on file; brother (Michael Whitaker, 269-555-0123) holds medications.',
    },
    {
      kind: 'administrative',
      text: 'Behavioral health records: release only with specific authorization. Psychotherapy notes are kept separately and require their own authorization (45 CFR 164.508(a)(2)).',
    },
  ],
  encounters: [
    enc(
      DW.t1,
      '4024101503',
      'outpatient',
      '2024-10-15T16:00',
      '2024-10-15T16:55',
      'prv-morrow',
      'Behavioral Health',
      'Lakeside Behavioral Health Clinic',
      'Psychotherapy intake — depression after divorce (referred by Dr. Hartwell)',
      'physician-referral',
      'home',
    ),
    enc(
      DW.t2,
      '4024111205',
      'outpatient',
      '2024-11-12T16:00',
      '2024-11-12T16:53',
      'prv-morrow',
      'Behavioral Health',
      'Lakeside Behavioral Health Clinic',
      'Individual psychotherapy',
      'self',
      'home',
    ),
    enc(
      DW.ed,
      '4024120205',
      'emergency',
      '2024-12-02T15:30',
      '2024-12-02T19:00',
      'prv-nakamura',
      'Emergency Medicine',
      'Emergency Department, safe room 1',
      'Suicidal thoughts',
      'self',
      'admitted-inpatient',
    ),
    enc(
      DW.ip,
      '4024120206',
      'inpatient',
      '2024-12-02T19:00',
      '2024-12-09T10:00',
      'prv-abernathy',
      'Psychiatry',
      'Behavioral Health Unit (5 North), room 507',
      'Major depressive disorder with suicidal ideation — voluntary admission',
      'emergency-department',
      'home',
    ),
    enc(
      DW.psy,
      '4024121902',
      'outpatient',
      '2024-12-19T09:00',
      '2024-12-19T09:40',
      'prv-abernathy',
      'Psychiatry',
      'Lakeside Behavioral Health Clinic',
      'Post-discharge psychiatric follow-up',
      'self',
      'home',
    ),
    enc(
      DW.t3,
      '4025031104',
      'outpatient',
      '2025-03-11T16:00',
      '2025-03-11T16:55',
      'prv-morrow',
      'Behavioral Health',
      'Lakeside Behavioral Health Clinic',
      'Individual psychotherapy',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-whitaker-bh-20241015',
      type: 'progress-note',
      title: 'Behavioral Health Intake Assessment (Psychotherapy)',
      enc: DW.t1,
      author: 'prv-morrow',
      at: '2024-10-15T16:00',
      signed: '2024-10-15T18:30',
      sens: BH,
      text: `
LAKESIDE BEHAVIORAL HEALTH CLINIC — DIAGNOSTIC INTAKE ASSESSMENT
Client: Daniel J. Whitaker   DOB 05/17/1988   Date: 10/15/2024   Session: 16:00-16:55 (55 min), in person
Clinician: Dana Morrow, LCSW   Referred by: Susan E. Hartwell, MD

PRESENTING PROBLEM
36-year-old man referred by his PCP for low mood since his divorce was finalised in June 2024. Reports 4 months of depressed mood most of the day, loss of interest in cycling and music, early-morning waking at 04:00, poor appetite with 5 kg weight loss, fatigue, poor concentration at work (IT support analyst) and feelings of worthlessness. Started sertraline 50 mg in August, increased to 100 mg in September by Dr. Hartwell, with slight improvement in sleep.

HISTORY
Prior episode of major depression at age 28 (2016) after job loss, treated with sertraline and therapy for a year with full recovery. No mania or hypomania. No psychosis. No prior hospitalisations or suicide attempts. Alcohol 2-3 beers on weekends, no drugs. Shares custody of daughter (age 6) every other weekend. Lives alone in an apartment. Brother Michael lives nearby and is supportive.

MENTAL STATUS
Casually dressed, good hygiene. Cooperative, fair eye contact. Psychomotor slowing. Speech soft, normal rate. Mood "flat, like nothing matters." Affect constricted, tearful when discussing his daughter. Thought process linear. No delusions or hallucinations. Insight and judgement fair.

RISK ASSESSMENT
Columbia (C-SSRS screen): passive death wish in the past month ("sometimes I wish I wouldn't wake up"); denies active ideation, intent, plan or preparatory behaviour. No firearms in the home. Protective factors: daughter, brother, prior recovery, engaged in care. Risk formulation: low acute risk, elevated chronic risk. Safety plan completed collaboratively (warning signs, coping strategies, contacts, 988 Lifeline, means safety).

MEASURES: PHQ-9 16 (moderately severe range). GAD-7 9.

DIAGNOSIS
Major depressive disorder, recurrent episode, moderate.

PLAN
Individual cognitive behavioural therapy every 2 weeks, 53-minute sessions. Behavioural activation homework (walk 20 minutes on 3 days). Coordinate with Dr. Hartwell regarding medication response. Re-administer PHQ-9 every session. Client agrees with plan and safety plan; given crisis numbers.

Electronically signed: Dana Morrow, LCSW   10/15/2024 18:30
`,
    }),
    doc({
      id: 'doc-whitaker-ptn-20241015',
      type: 'psychotherapy-note',
      title: 'Psychotherapy Note (Process Note) — Session 1',
      enc: DW.t1,
      author: 'prv-morrow',
      at: '2024-10-15T16:00',
      signed: '2024-10-15T18:40',
      sens: PN,
      text: `
PSYCHOTHERAPY NOTE — KEPT SEPARATE FROM THE MEDICAL RECORD
Clinician: Dana Morrow, LCSW   Client: D.W.   Date: 10/15/2024   Session 1

Process observations: Dan spent the first ten minutes explaining the divorce in an almost procedural way — dates, lawyers, the custody schedule — and only slowed down when he described the first weekend his daughter left with her mother. He stopped mid-sentence and looked at the floor for a long time. I sat with the silence; he said, "I'm the guy who fixes things and I couldn't fix this."

Themes I am holding: identity tied to competence and being needed; shame about "failing" the marriage; possible anger toward ex-wife that he is not allowing himself to feel (jaw tightening when her new partner came up, then immediate "she deserves to be happy"). His father left when he was 9 — he mentioned this almost in passing. Wonder whether the current loss is re-activating that earlier one, and whether he fears repeating his father's absence with his own daughter.

My reactions: I noticed a pull to reassure him and solve problems for him, matching his own fix-it stance. Note to self: resist rescuing; let him stay in the feeling longer.

Hypotheses to explore: (1) perfectionistic standards and self-blame as core beliefs for cognitive work; (2) grief work around the marriage and, later, father; (3) whether the 04:00 waking is rumination-driven.

Next session: ask about the father more directly only if he brings it up again; start thought record around "I failed."
Signed: Dana Morrow, LCSW   10/15/2024 18:40
`,
    }),
    doc({
      id: 'doc-whitaker-bh-20241112',
      type: 'progress-note',
      title: 'Behavioral Health Psychotherapy Progress Note',
      enc: DW.t2,
      author: 'prv-morrow',
      at: '2024-11-12T16:00',
      signed: '2024-11-12T17:50',
      sens: BH,
      text: `
LAKESIDE BEHAVIORAL HEALTH CLINIC — PSYCHOTHERAPY PROGRESS NOTE
Client: Daniel J. Whitaker   Date: 11/12/2024   Session: 16:00-16:53 (53 min), individual CBT, in person
Clinician: Dana Morrow, LCSW

SUBJECTIVE: Missed the 10/29 session (migraine, he says). Reports mood worse over the last 2 weeks as holidays approach and he learned his ex-wife will take their daughter out of state for Thanksgiving. Sleeping 4-5 hours, eating one meal a day. Completed behavioural activation walks only once. Taking sertraline 100 mg daily.

OBJECTIVE / MENTAL STATUS: Unshaven, fatigued. Mood "worse." Affect sad, constricted. Thought process linear, content with hopelessness about the future and guilt. No psychosis.
PHQ-9: 18 (from 16). Item 9 positive ("several days").

RISK ASSESSMENT: C-SSRS: passive ideation more frequent ("it would be easier not to be here"); denies intent or plan; no preparatory behaviour; no access to firearms. Safety plan reviewed and updated; brother added as first contact. Risk: low-moderate acute, elevated chronic. Client agreed to contact 988 or come to ED if ideation becomes active.

INTERVENTIONS: Reviewed safety plan. Cognitive restructuring of "I failed my family" using a thought record. Scheduled two pleasant activities for the holiday weekend (dinner at brother's, cycling group ride).

ASSESSMENT: Major depressive disorder, recurrent, moderate — worsening symptoms with partial response to sertraline.

PLAN: Increase session frequency to weekly through December. With client's consent, messaged Dr. Hartwell recommending sertraline increase and psychiatric evaluation; Dr. Hartwell increased sertraline to 150 mg today by phone and placed a psychiatry referral. Next session 11/19.

Electronically signed: Dana Morrow, LCSW   11/12/2024 17:50
`,
    }),
    doc({
      id: 'doc-whitaker-ptn-20241112',
      type: 'psychotherapy-note',
      title: 'Psychotherapy Note (Process Note) — Session 2',
      enc: DW.t2,
      author: 'prv-morrow',
      at: '2024-11-12T16:00',
      signed: '2024-11-12T18:00',
      sens: PN,
      text: `
PSYCHOTHERAPY NOTE — KEPT SEPARATE FROM THE MEDICAL RECORD
Clinician: Dana Morrow, LCSW   Client: D.W.   Date: 11/12/2024   Session 2

He opened by apologising twice for missing the last session; I think the "migraine" was avoidance, and I said so gently. He laughed and admitted he sat in the parking lot and could not make himself come in because "what's the point of talking about it."

Most charged moment: when he described his daughter's Thanksgiving trip he said, "she'll have a better holiday without me anyway." The sentence came out flat. That flatness worries me more than the content. We talked about how that thought felt true in the moment, and he allowed that his daughter had asked him to come to her school concert in December — he had forgotten to mention it.

Dream he reported: driving on the lake road at night, the headlights go out, he keeps driving. He offered it himself as "pretty obvious, huh." Did not interpret; noted the image of continuing in the dark without help.

My reactions: felt a heaviness in the room and some anxiety after he left. Consulted with Dr. Abernathy informally (no identifiers) about threshold for a higher level of care — agreed outpatient with weekly sessions and medication change is reasonable for now, with low threshold to escalate.

Working formulation: depression deepening around anniversaries/holidays; hopelessness centred on belief he is replaceable as a father. Next: anchor to the December concert as a concrete future event; ask about the father again.
Signed: Dana Morrow, LCSW   11/12/2024 18:00
`,
    }),
    doc({
      id: 'doc-whitaker-ed-20241202',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Suicidal Ideation',
      enc: DW.ed,
      author: 'prv-nakamura',
      at: '2024-12-02T15:40',
      signed: '2024-12-02T19:30',
      sens: BH,
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 12/02/2024 15:30   Attending: Keiko Nakamura, MD   Triage ESI 2 — placed in safe room, 1:1 observation, belongings searched.

CHIEF COMPLAINT: "I've been thinking about killing myself."

HISTORY OF PRESENT ILLNESS
36-year-old man with recurrent major depression, in weekly therapy (Dana Morrow, LCSW) and on sertraline 150 mg, brought by his brother Michael after texting him "I can't do this anymore, take care of Emma." Since returning from an empty Thanksgiving weekend he has had daily thoughts of suicide. For the past 3 days he has thought about taking all of his sertraline and a bottle of over-the-counter sleep aids, looked up doses online, and bought the sleep aid yesterday. He did not take any pills. He says part of him wants to die and part does not because of his daughter. Sleep 3-4 hours, not eating, missed 4 days of work. No alcohol in a week. No drug use. No homicidal ideation. No psychotic symptoms.

PMH: Major depressive disorder, recurrent (first episode 2016). Migraine.
MEDICATIONS: Sertraline 150 mg daily. ALLERGIES: NKDA.
SOCIAL: Divorced 06/2024, daughter age 6. Lives alone. IT analyst. No firearms (brother confirms).

REVIEW OF SYSTEMS: Weight loss, insomnia, fatigue. No chest pain, dyspnea, abdominal pain or ingestion-related symptoms.

PHYSICAL EXAM
T 36.6 C, HR 88, BP 128/82, RR 14, SpO2 99%.
Thin, tired, cooperative. Mental status: depressed mood, constricted tearful affect, linear thoughts, suicidal ideation with plan and recent preparatory behaviour, no hallucinations, insight partial. Medical exam otherwise normal; no signs of intoxication or self-injury.

RESULTS: Acetaminophen and salicylate levels undetectable. Ethanol < 10 mg/dL. Urine drug screen negative. TSH 2.1. CMP and CBC normal. ECG normal sinus rhythm, QTc 412.

ED COURSE
Medically cleared. Brother retrieved the sleep aid and sertraline from the apartment. Psychiatry consulted — Dr. Abernathy evaluated at 17:30 and recommends inpatient admission; patient agrees to voluntary admission and signed the voluntary application.

ASSESSMENT
1. Major depressive disorder, recurrent, severe, without psychotic features.
2. Suicidal ideation with plan and preparatory behaviour (no attempt).

DISPOSITION: Admitted, voluntary, to the Behavioral Health Unit under Dr. Abernathy. 1:1 observation until transfer. 19:00.

Electronically signed: Keiko Nakamura, MD   12/02/2024 19:30
`,
    }),
    doc({
      id: 'doc-whitaker-consult-20241202',
      type: 'consultation',
      title: 'Psychiatry Consultation (Emergency Department)',
      enc: DW.ed,
      author: 'prv-abernathy',
      at: '2024-12-02T17:30',
      signed: '2024-12-02T18:45',
      sens: BH,
      text: `
PSYCHIATRY CONSULTATION — EMERGENCY DEPARTMENT
Patient: Daniel J. Whitaker   Date: 12/02/2024 17:30   Consultant: Lucille Abernathy, MD
Requesting: Keiko Nakamura, MD   Question: Safety and disposition for suicidal ideation.

HISTORY: As in the ED note. Collateral from brother Michael (with patient's permission): Dan has withdrawn over 3 weeks, stopped answering calls, and his apartment had the sleep-aid bottle unopened on the counter next to his sertraline. Outpatient therapist Dana Morrow, LCSW, reached by phone: engaged in weekly CBT, PHQ-9 rose from 16 to 18, passive ideation without plan at last session (11/26). Sertraline increased to 150 mg on 11/12 (3 weeks ago).

MENTAL STATUS EXAMINATION: Appears stated age, thin, poor eye contact. Psychomotor retardation. Speech slow, low volume. Mood "empty." Affect depressed, tearful. Thought process goal-directed, slowed. Thought content: active suicidal ideation with plan (overdose on sertraline and diphenhydramine-containing sleep aid), recent preparatory behaviour (purchase, internet search), ambivalent intent; future orientation limited to daughter. No homicidal ideation. No delusions. No hallucinations. Alert, oriented x4, attention impaired on serial 7s. Insight partial, judgement impaired.

RISK FORMULATION: High acute risk — active ideation with plan and preparation, hopelessness, insomnia, living alone, recent divorce, male sex; protective factors (daughter, brother, engagement in care) insufficient to mitigate at outpatient level.

DIAGNOSIS: Major depressive disorder, recurrent, current episode severe, without psychotic features. Suicidal ideation.

RECOMMENDATIONS: Inpatient psychiatric admission; patient accepts voluntary admission (voluntary application signed 18:30). Continue 1:1 until transfer. Hold sertraline tonight; will reassess regimen on the unit.

Electronically signed: Lucille Abernathy, MD   12/02/2024 18:45
`,
    }),
    doc({
      id: 'doc-whitaker-hp-20241202',
      type: 'history-and-physical',
      title: 'Psychiatric Admission Evaluation and History and Physical',
      enc: DW.ip,
      author: 'prv-abernathy',
      at: '2024-12-02T20:30',
      signed: '2024-12-02T22:15',
      sens: BH,
      text: `
BEHAVIORAL HEALTH UNIT — PSYCHIATRIC ADMISSION EVALUATION / HISTORY AND PHYSICAL
Patient: Daniel J. Whitaker   Admitted: 12/02/2024 19:00 (voluntary)   Attending: Lucille Abernathy, MD

CHIEF COMPLAINT: "I don't see a way forward."

HISTORY OF PRESENT ILLNESS: See ED psychiatry consultation of today. Four-month depressive episode after divorce with partial response to sertraline (now 150 mg x3 weeks), worsening over the Thanksgiving weekend to active suicidal ideation with a plan to overdose and purchase of a sleep aid. No attempt.
PAST PSYCHIATRIC HISTORY: MDD episode 2016 treated with sertraline and therapy, full remission. No hospitalisations, attempts or self-harm. No mania, psychosis, eating disorder or trauma-related disorder.
SUBSTANCE USE: Alcohol 2-3 beers weekly, none in the last week. No tobacco or drugs. Ethanol and UDS negative.
MEDICAL HISTORY: Migraine without aura (rare). No surgeries. MEDICATIONS: Sertraline 150 mg daily. ALLERGIES: NKDA.
FAMILY HISTORY: Mother with depression. Father with alcohol use; left family when patient was 9.
SOCIAL HISTORY: Divorced 06/2024, daughter Emma (6). IT analyst. Lives alone. No firearms. No legal issues.

REVIEW OF SYSTEMS: 5 kg weight loss, insomnia, fatigue, poor concentration. Otherwise negative.

PHYSICAL EXAMINATION: T 36.7 C, HR 84, BP 124/80, RR 14, SpO2 99%, Wt 70.2 kg, BMI 21.9. HEENT normal. Neck supple, no thyroid enlargement. Heart regular without murmur. Lungs clear. Abdomen soft, nontender. Skin: no self-injury marks. Neurological: cranial nerves intact, normal strength, reflexes and gait, no tremor.

MENTAL STATUS: As documented at consultation; on the unit calmer, contracts to tell staff of urges, still endorses passive and intermittent active ideation without intent on the unit.

LABS: CMP, CBC, TSH 2.1 normal. Ethanol negative. UDS negative. ECG QTc 412.

ASSESSMENT
Major depressive disorder, recurrent, severe, without psychotic features, with suicidal ideation with plan. Partial response to sertraline.

PLAN
1. Voluntary inpatient admission. Observation: every 15 minutes, suicide precautions, ligature-safe room.
2. Increase sertraline to 200 mg daily; add mirtazapine 7.5 mg at bedtime for insomnia and appetite (increase to 15 mg if tolerated). Consent to psychotropic medication obtained.
3. Individual and group therapy daily; family meeting with brother; coordinate with outpatient therapist.
4. Safety planning and means-restriction counselling before discharge.
Estimated length of stay 5-7 days.

Electronically signed: Lucille Abernathy, MD   12/02/2024 22:15
`,
    }),
    doc({
      id: 'doc-whitaker-consent-20241202',
      type: 'consent-form',
      title: 'Voluntary Admission and Consent to Psychotropic Medication',
      enc: DW.ip,
      author: 'prv-abernathy',
      at: '2024-12-02T20:15',
      signed: '2024-12-02T20:25',
      method: 'handwritten',
      sens: BH,
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — BEHAVIORAL HEALTH UNIT
APPLICATION FOR VOLUNTARY ADMISSION AND CONSENT TO PSYCHOTROPIC MEDICATION

Patient: Daniel J. Whitaker   DOB: 05/17/1988   MRN: LC005076

PART A — VOLUNTARY ADMISSION
I request admission to the Behavioral Health Unit for treatment. I have been told of my rights as a voluntary patient, including my right to give written notice of my intention to leave, after which the hospital must discharge me within 3 days (excluding weekends and holidays) unless a petition for involuntary treatment is filed. I received a copy of the Recipient Rights booklet.
(ED voluntary application signed 12/02/2024 18:30 is attached to this form.)

PART B — CONSENT TO PSYCHOTROPIC MEDICATION
Medication(s): sertraline (increase to 200 mg daily); mirtazapine 7.5-15 mg at bedtime.
Purpose: treatment of major depressive disorder, insomnia and poor appetite.
Common side effects explained: nausea, diarrhoea, sexual side effects, headache (sertraline); sleepiness, increased appetite and weight gain, dry mouth (mirtazapine). Rare serious effects: serotonin syndrome, increased suicidal thoughts early in treatment in young adults, low sodium, allergic reaction. Alternatives discussed: other antidepressants, psychotherapy alone, electroconvulsive therapy, no medication.
I understand I may withdraw consent at any time.

Patient signature: Daniel J. Whitaker           Date/time: 12/02/2024 20:20
Witness: Theresa Kowalski, RN                   Date/time: 12/02/2024 20:20
Physician: Lucille Abernathy, MD                Date/time: 12/02/2024 20:25
`,
    }),
    doc({
      id: 'doc-whitaker-orders-20241202',
      type: 'physician-orders',
      title: 'Behavioral Health Unit Admission Orders',
      enc: DW.ip,
      author: 'prv-abernathy',
      at: '2024-12-02T19:05',
      signed: '2024-12-02T19:15',
      sens: BH,
      text: `
ADMISSION ORDERS — BEHAVIORAL HEALTH UNIT — WHITAKER, DANIEL J  LC005076  DOB 05/17/1988
Attending: Lucille Abernathy, MD   Signed 12/02/2024 19:15

Legal status: voluntary (formal voluntary application signed 12/02/2024 18:30).
Admit inpatient, Behavioral Health Unit 5 North. Diagnosis: MDD, recurrent, severe, with suicidal ideation.
Precautions: suicide precautions; observation every 15 minutes; ligature-resistant room; belongings search; no sharps; finger foods not required.
Vital signs daily. Weight on admission and weekly.
Diet: regular; record meal intake percentage.
Activity: unit restricted; groups as tolerated.
Sertraline 200 mg PO daily with breakfast (start 12/03).
Mirtazapine 7.5 mg PO at bedtime (start 12/02).
Acetaminophen 650 mg PO every 6 hours as needed for headache.
Labs: lipid panel and HbA1c 12/03 AM (baseline before mirtazapine).
Consults: social work (family meeting, discharge planning); occupational therapy groups.
12/03/2024 21:15 VERBAL ORDER (L. Abernathy, MD, read back by T. Kowalski, RN): hydroxyzine 25 mg PO every 6 hours as needed for anxiety, maximum 100 mg/day. Authenticated L. Abernathy 12/06/2024 09:00.
12/05/2024 10:00 Increase mirtazapine to 15 mg PO at bedtime. Change observation to every 30 minutes.
`,
    }),
    doc({
      id: 'doc-whitaker-pn-20241205',
      type: 'progress-note',
      title: 'Psychiatry Inpatient Progress Note — Day 4',
      enc: DW.ip,
      author: 'prv-abernathy',
      at: '2024-12-05T09:30',
      signed: '2024-12-05T11:05',
      sens: BH,
      text: `
PSYCHIATRY PROGRESS NOTE — BEHAVIORAL HEALTH UNIT
Patient: Daniel J. Whitaker   Date: 12/05/2024   Hospital day 4   Attending: Lucille Abernathy, MD

S: Slept 6 hours with mirtazapine, first time in weeks. Eating 75% of meals. Attending all groups; "the CBT group was actually useful." Used hydroxyzine once on 12/03 evening. Spoke with his daughter by phone yesterday — "she told me about her concert solo." Suicidal thoughts fleeting, last one yesterday morning, without intent; identifies reasons for living (daughter, brother, cycling group). No side effects except mild dry mouth.

O: Vitals stable. Wt 70.6 kg. Groomed. Mood "a bit lighter." Affect brighter, reactive, smiled appropriately. Thought process linear. Passive ideation only, no plan or intent; future-oriented (concert 12/17, return to work). No psychosis. Insight improving.
PHQ-9: 14 (from 22 on admission). C-SSRS since last contact: passive wish only.
Labs 12/03: lipid panel and HbA1c normal.

ASSESSMENT: Major depressive disorder, recurrent, severe, improving. Suicidal ideation decreasing, now passive without intent.

PLAN
1. Increase mirtazapine to 15 mg at bedtime; continue sertraline 200 mg.
2. Observation every 30 minutes.
3. Family meeting with brother 12/06 — means restriction: brother will hold medications and dispense weekly.
4. Outpatient plan: therapy with D. Morrow, LCSW weekly; psychiatry follow-up 12/19.
5. Tentative discharge 12/08-12/09 if improvement continues.

Electronically signed: Lucille Abernathy, MD   12/05/2024 11:05
`,
    }),
    doc({
      id: 'doc-whitaker-ds-20241209',
      type: 'discharge-summary',
      title: 'Psychiatric Discharge Summary',
      enc: DW.ip,
      author: 'prv-abernathy',
      at: '2024-12-09T10:00',
      signed: '2024-12-12T14:30',
      sens: BH,
      text: `
PSYCHIATRIC DISCHARGE SUMMARY
Patient: Daniel J. Whitaker   MRN LC005076
Admitted: 12/02/2024 19:00 (voluntary, via ED)   Discharged: 12/09/2024 10:00   Attending: Lucille Abernathy, MD

REASON FOR ADMISSION: Suicidal ideation with plan (overdose) and preparatory behaviour in the setting of a worsening depressive episode.

DISCHARGE DIAGNOSES
1. Major depressive disorder, recurrent, severe, without psychotic features — improving.
2. Suicidal ideation — resolved at discharge.

HOSPITAL COURSE
Admitted voluntarily from the ED. Sertraline increased from 150 to 200 mg daily and mirtazapine added (7.5 mg, increased to 15 mg on 12/05) with marked improvement in sleep and appetite. Participated in daily CBT and process groups and individual therapy. Hydroxyzine used twice for anxiety. Observation reduced from every 15 to every 30 minutes on 12/05 and routine on 12/07. Family meeting with brother on 12/06: safety plan updated, brother to hold and dispense medication weekly, sleep aid discarded, no firearms. PHQ-9 22 on admission, 14 on 12/05, 9 on 12/08. On the day of discharge he denied suicidal ideation, intent or plan, was future-oriented and demonstrated his safety plan. Risk at discharge assessed as low acute / moderate chronic.

MENTAL STATUS AT DISCHARGE: Well groomed, good eye contact, mood "better, still not myself," affect reactive, no suicidal or homicidal ideation, no psychosis, insight and judgement fair to good.

DISCHARGE MEDICATIONS: Sertraline 200 mg daily; mirtazapine 15 mg at bedtime. (Seven-day supply; brother dispensing.)
DISPOSITION: Home. Return to work part-time 12/16 with note.

FOLLOW-UP: Dana Morrow, LCSW, 12/12/2024 16:00 (weekly therapy). Lucille Abernathy, MD, psychiatry clinic 12/19/2024 09:00. Crisis resources: 988 Suicide and Crisis Lifeline; Lakeside ED.

Electronically signed: Lucille Abernathy, MD   12/12/2024 14:30
`,
    }),
    doc({
      id: 'doc-whitaker-psy-20241219',
      type: 'progress-note',
      title: 'Psychiatry Clinic Follow-up — Medication Management',
      enc: DW.psy,
      author: 'prv-abernathy',
      at: '2024-12-19T09:00',
      signed: '2024-12-19T12:10',
      sens: BH,
      text: `
LAKESIDE BEHAVIORAL HEALTH CLINIC — PSYCHIATRY MEDICATION MANAGEMENT
Patient: Daniel J. Whitaker   Date: 12/19/2024   Psychiatrist: Lucille Abernathy, MD

S: Ten days after discharge. Sleeping 6-7 hours, appetite improved (gained 1.5 kg). Back at work 4 hours a day since 12/16. Attended his daughter's concert on 12/17 — "the best night in months." Saw Dana Morrow on 12/12. Mood still low in the evenings. No suicidal thoughts since discharge. Brother continues to hold medications. Mild morning grogginess on mirtazapine, improving. No sexual side effects.

O: Neat, good eye contact. Mood "okay, better." Affect mildly constricted but reactive. Linear, future-oriented. Denies SI/HI. No psychosis. PHQ-9: 12. C-SSRS since last visit: negative.

A: Major depressive disorder, recurrent, current episode moderate (improving from severe). Suicide risk: low acute, moderate chronic.

P:
1. Continue sertraline 200 mg daily and mirtazapine 15 mg at bedtime.
2. Brother may move to two-week supply dispensing.
3. Continue weekly therapy with D. Morrow; increase work to full time 01/06 as tolerated.
4. Safety plan reviewed; crisis numbers confirmed.
5. Return in 4 weeks.

Electronically signed: Lucille Abernathy, MD   12/19/2024 12:10
`,
    }),
    doc({
      id: 'doc-whitaker-bh-20250311',
      type: 'progress-note',
      title: 'Behavioral Health Psychotherapy Progress Note',
      enc: DW.t3,
      author: 'prv-morrow',
      at: '2025-03-11T16:00',
      signed: '2025-03-11T17:40',
      sens: BH,
      text: `
LAKESIDE BEHAVIORAL HEALTH CLINIC — PSYCHOTHERAPY PROGRESS NOTE
Client: Daniel J. Whitaker   Date: 03/11/2025   Session: 16:00-16:55 (55 min), individual CBT, in person
Clinician: Dana Morrow, LCSW

SUBJECTIVE: Working full time since January. Rejoined the Saturday cycling group. Sleeping 7 hours. Sees daughter every other weekend plus one weeknight dinner. Some low days around the anniversary of the separation in February but "they pass." Taking sertraline 200 mg and mirtazapine 15 mg; psychiatry follow-up 02/13 with Dr. Abernathy, no changes. He asked for help completing a short-term disability insurer's form for his December absence; informed him that the clinic's HIM department processes authorizations and that psychotherapy notes are not part of his medical record.

OBJECTIVE / MENTAL STATUS: Well groomed, relaxed, good eye contact. Mood "pretty good." Affect full range. Linear, future-oriented. No suicidal or homicidal ideation. No psychosis.
PHQ-9: 7 (mild). GAD-7: 4.

RISK ASSESSMENT: C-SSRS screen negative since last session. Protective factors strong. Safety plan remains current. Low acute risk.

INTERVENTIONS: Relapse-prevention planning — identified early warning signs (withdrawing from calls, skipping rides, 04:00 waking) and response steps. Reviewed core-belief work ("I'm replaceable") with balanced alternative.

ASSESSMENT: Major depressive disorder, recurrent, in partial remission.

PLAN: Reduce sessions to every 2 weeks for 2 months, then monthly. Continue medications per psychiatry. Next session 03/25.

Electronically signed: Dana Morrow, LCSW   03/11/2025 17:40
`,
    }),
    doc({
      id: 'doc-whitaker-ptn-20250311',
      type: 'psychotherapy-note',
      title: 'Psychotherapy Note (Process Note) — Session 14',
      enc: DW.t3,
      author: 'prv-morrow',
      at: '2025-03-11T16:00',
      signed: '2025-03-11T17:50',
      sens: PN,
      text: `
PSYCHOTHERAPY NOTE — KEPT SEPARATE FROM THE MEDICAL RECORD
Clinician: Dana Morrow, LCSW   Client: D.W.   Date: 03/11/2025   Session 14

Noticeable shift: he arrived early, joked with the front desk, and started by telling me about a hill climb on Saturday where he "didn't quit at the top." He made the link himself to the night in November when he drove to the lake road — he had never told me he actually drove there. Said he sat in the car for an hour, then drove to his brother's instead of home and did not tell him why. We stayed with this for a long time. He cried, then said he felt lighter for having said it out loud.

Father material surfaced: he wondered whether his dad felt the same kind of hopelessness when he left, and for the first time spoke about him with curiosity rather than contempt. Possible future work — he mentioned looking up his father's address. Will follow his lead; not pushing.

Disability form: he felt embarrassed asking; underneath, fear that his employer will see him as "broken." Explored. He chose to ask HIM to send only what the insurer actually needs.

My reactions: relief, and some retroactive fear hearing about the lake road night. Brought this to peer supervision on 03/12 (no identifiers).

Plan for next sessions: relapse-prevention consolidation; grief work about the marriage; let the father thread develop.
Signed: Dana Morrow, LCSW   03/11/2025 17:50
`,
    }),
    doc({
      id: 'doc-whitaker-auth-20250308',
      type: 'authorization-form',
      title: 'Authorization — Northstar Mutual Disability (Received 03/11/2025)',
      authorText: 'Daniel J. Whitaker (patient); form supplied by Northstar Mutual Insurance Company',
      at: '2025-03-08T12:00',
      written: '2025-03-11T15:20',
      sens: BH,
      text: `
NORTHSTAR MUTUAL INSURANCE COMPANY — GROUP DISABILITY CLAIMS
PO Box 8800, Milwaukee, WI 53201   Claim no. STD-25-0047712
[Received by fax at Lakeside Community Health HIM 03/11/2025 15:20; 2 pages]

AUTHORIZATION TO OBTAIN AND RELEASE INFORMATION

Claimant: Daniel J. Whitaker     Date of birth: 05/17/1988     Employer: Harborline Technologies

I authorize any physician, hospital, clinic, mental health professional or other medical provider, including Lakeside Community Health System and Lakeside Behavioral Health Clinic, to release to Northstar Mutual Insurance Company, its claim administrators and reinsurers:

  any and all records of my medical and mental health history, diagnosis, treatment and prognosis, including office notes, hospital records, discharge summaries, psychiatric and psychological evaluations, psychotherapy notes, and counselling notes, from 01/01/2020 to present.

Purpose: evaluation of my claim for short-term disability benefits.

A photocopy of this authorization shall be as valid as the original.
I understand that I may revoke this authorization in writing except to the extent action has been taken in reliance on it.

Signature: Daniel J. Whitaker (signed)          Date: 03/08/2025

[No expiration date or expiration event stated anywhere on the form.]
[No statement about the ability or inability to condition treatment, payment, enrollment or eligibility on signing.]
[No statement about potential redisclosure by the recipient.]
`,
    }),
  ],
  problems: [
    {
      id: 'prob-whitaker-mdd',
      description: 'Major depressive disorder, recurrent — severe episode 12/2024 with suicidal ideation; in partial remission 03/2025',
      status: 'active',
      onset: '2016-03-01',
      recordedAt: '2024-10-15T18:30',
      encounterId: DW.t1,
    },
    {
      id: 'prob-whitaker-si',
      description: 'Suicidal ideation with plan (12/2024), no attempt — resolved; safety plan in place',
      status: 'resolved',
      onset: '2024-11-29',
      recordedAt: '2024-12-02T22:15',
      encounterId: DW.ip,
    },
    {
      id: 'prob-whitaker-migraine',
      description: 'Migraine without aura, infrequent',
      status: 'active',
      onset: '2012-01-01',
      recordedAt: '2024-12-02T22:15',
    },
  ],
  medications: [
    med('med-whitaker-sertraline-100', 'Sertraline', '100 mg', 'oral', 'daily', 'discontinued', '2024-09-10T09:00', {
      end: '2024-11-12T17:30',
      by: 'prv-hartwell',
    }),
    med('med-whitaker-sertraline-150', 'Sertraline', '150 mg', 'oral', 'daily', 'discontinued', '2024-11-12T17:30', {
      end: '2024-12-02T19:15',
      by: 'prv-hartwell',
    }),
    med('med-whitaker-sertraline-200', 'Sertraline', '200 mg', 'oral', 'daily', 'active', '2024-12-03T08:00', {
      by: 'prv-abernathy',
      enc: DW.ip,
    }),
    med('med-whitaker-mirtazapine', 'Mirtazapine', '15 mg', 'oral', 'at bedtime', 'active', '2024-12-05T21:00', {
      by: 'prv-abernathy',
      enc: DW.ip,
    }),
    med(
      'med-whitaker-hydroxyzine',
      'Hydroxyzine',
      '25 mg',
      'oral',
      'every 6 hours as needed for anxiety (max 100 mg/day)',
      'completed',
      '2024-12-03T21:15',
      { end: '2024-12-09T10:00', by: 'prv-abernathy', enc: DW.ip, setting: 'inpatient' },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-whitaker-ed-labs',
      DW.ed,
      'lab',
      'Acetaminophen level, salicylate level, ethanol, urine drug screen, CMP, CBC, TSH, ECG',
      '2024-12-02T15:50',
      'prv-nakamura',
      'completed',
    ),
    ord(
      'ord-whitaker-ed-psych',
      DW.ed,
      'consult',
      'Psychiatry consult — suicidal ideation with plan',
      '2024-12-02T16:30',
      'prv-nakamura',
      'completed',
    ),
    ord(
      'ord-whitaker-admit',
      DW.ip,
      'admission',
      'Admit inpatient (voluntary), Behavioral Health Unit — suicide precautions, q15 min observation',
      '2024-12-02T19:05',
      'prv-abernathy',
      'completed',
    ),
    ord(
      'ord-whitaker-meds',
      DW.ip,
      'medication',
      'Sertraline 200 mg PO daily; mirtazapine 7.5 mg PO at bedtime',
      '2024-12-02T19:05',
      'prv-abernathy',
      'completed',
    ),
    ord(
      'ord-whitaker-hydroxyzine-vo',
      DW.ip,
      'medication',
      'Hydroxyzine 25 mg PO every 6 hours as needed for anxiety, max 100 mg/day',
      '2024-12-03T21:15',
      'prv-abernathy',
      'completed',
      'verbal',
      '2024-12-06T09:00',
    ),
    ord(
      'ord-whitaker-mirt-15',
      DW.ip,
      'medication',
      'Increase mirtazapine to 15 mg PO at bedtime; observation every 30 minutes',
      '2024-12-05T10:00',
      'prv-abernathy',
      'completed',
    ),
  ],
  results: [
    res(
      'res-whitaker-apap',
      DW.ed,
      'Toxicology',
      'Acetaminophen, serum',
      '<10',
      'mcg/mL',
      { text: 'Undetectable' },
      undefined,
      '2024-12-02T15:55',
      '2024-12-02T16:40',
      BH,
    ),
    res(
      'res-whitaker-etoh',
      DW.ed,
      'Toxicology',
      'Ethanol, serum',
      '<10',
      'mg/dL',
      { high: 10, text: '<10' },
      undefined,
      '2024-12-02T15:55',
      '2024-12-02T16:40',
      BH,
    ),
    res(
      'res-whitaker-uds',
      DW.ed,
      'Toxicology',
      'Urine drug screen',
      'Negative for all analytes',
      undefined,
      { text: 'Negative' },
      undefined,
      '2024-12-02T16:00',
      '2024-12-02T16:50',
      BH,
    ),
    res(
      'res-whitaker-tsh',
      DW.ed,
      undefined,
      'TSH',
      2.1,
      'mIU/L',
      { low: 0.4, high: 4.0 },
      undefined,
      '2024-12-02T15:55',
      '2024-12-02T17:10',
    ),
    res(
      'res-whitaker-a1c',
      DW.ip,
      undefined,
      'Hemoglobin A1c',
      5.2,
      '%',
      { low: 4.0, high: 5.6 },
      undefined,
      '2024-12-03T06:00',
      '2024-12-03T11:00',
    ),
    res(
      'res-whitaker-ldl',
      DW.ip,
      'Lipid panel',
      'LDL cholesterol (calculated)',
      96,
      'mg/dL',
      { high: 100 },
      undefined,
      '2024-12-03T06:00',
      '2024-12-03T11:00',
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 11. Tyler James Voss — accidental fentanyl poisoning (counterfeit pill) in the ED; bridge to
//     Lakeside Recovery Clinic (Part 2) for buprenorphine-naloxone.
// ---------------------------------------------------------------------------------------------
const TV = { ed: 'enc-voss-ed-20250215', p2: 'enc-voss-op-20250218' };
patients.push({
  id: 'pt-voss-tyler',
  mrn: 'LC010477',
  name: { family: 'Voss', given: ['Tyler', 'James'] },
  previousNames: [],
  aliases: [{ kind: 'nickname', given: 'TJ' }],
  birthDate: '1996-10-03',
  sex: 'male',
  address: { line: ['88 Foundry Street', 'Apt 5'], city: 'Port Albright', state: 'MI', postalCode: '49127', country: 'US' },
  phone: '(269) 555-0125',
  language: 'English',
  identifiers: [
    { type: 'medicaid', value: '0066120374', issuer: 'Michigan Medicaid — Healthy Michigan Plan' },
    { type: 'ssn-last4', value: '0419' },
  ],
  alerts: [
    { kind: 'clinical', text: 'Opioid overdose x2 (01/2025 outside ED; 02/2025 Lakeside ED). Naloxone kit dispensed 02/16/2025.' },
    {
      kind: 'administrative',
      text: '42 CFR Part 2: Lakeside Recovery Clinic records from 02/18/2025 are Part 2 protected. ED records are not Part 2 records.',
    },
  ],
  encounters: [
    enc(
      TV.ed,
      '4025021509',
      'emergency',
      '2025-02-15T23:40',
      '2025-02-16T05:10',
      'prv-whitfield',
      'Emergency Medicine',
      'Emergency Department, resuscitation bay 1',
      'Found unresponsive; naloxone given by roommate and EMS',
      'other',
      'home',
    ),
    enc(
      TV.p2,
      '4025021803',
      'outpatient',
      '2025-02-18T09:00',
      '2025-02-18T10:30',
      'prv-castellano',
      'Addiction Medicine — Lakeside Recovery Clinic',
      'Lakeside Recovery Clinic, 300 Harbor Street',
      'Bridge appointment from ED: opioid use disorder, buprenorphine start',
      'emergency-department',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-voss-ed-20250215',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Opioid Overdose',
      enc: TV.ed,
      author: 'prv-whitfield',
      at: '2025-02-15T23:42',
      signed: '2025-02-16T05:40',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 02/15/2025 23:40 by ambulance (Port Albright Fire/EMS)   Attending: James Whitfield, MD   Triage ESI 1

CHIEF COMPLAINT: Unresponsive, suspected opioid overdose.

HISTORY OF PRESENT ILLNESS
28-year-old man found unresponsive on the bathroom floor by his roommate at about 23:10, breathing slowly with blue lips. Roommate gave naloxone 4 mg intranasal and called 911. EMS found RR 6 and SpO2 78%, ventilated with bag-valve-mask and gave a second naloxone 4 mg intranasal at 23:22, with partial awakening. On arrival he is drowsy but rousable. Once awake he states he swallowed "one blue M30" (sold as oxycodone 30 mg) bought from an acquaintance about 22:45. He has been taking 3-4 of these pills a day for about a year after a back injury at work, with withdrawal (sweats, diarrhoea, body aches) when he runs out, craving, and failed attempts to stop on his own. He had a similar overdose on 01/26/2025 treated at Bayview Medical Center ED (records requested). Denies intentional overdose or suicidal thoughts: "I just wanted to feel normal." No alcohol tonight. No other pills. No injection drug use.

PMH: Lumbar strain 2023. MEDICATIONS: None prescribed. ALLERGIES: NKDA.
SOCIAL: Roofer, currently not working. Lives with roommate. Tobacco 1/2 pack/day. Cannabis occasionally.

REVIEW OF SYSTEMS: Limited on arrival; after awakening denies chest pain, dyspnea, headache, vomiting.

PHYSICAL EXAM (23:45)
T 36.2 C, HR 62, BP 108/64, RR 8, SpO2 84% on room air.
Somnolent, opens eyes to voice, GCS 13 (E3 V4 M6). Pupils 2 mm, sluggish. No trauma to head. Lungs: shallow respirations, clear, no crackles. Heart regular, bradycardic. Skin: no track marks, no abscesses. Moves all extremities.

ED COURSE
23:48 naloxone 0.4 mg IV: RR 16, SpO2 96% on room air within 2 minutes, GCS 15. Mild withdrawal symptoms (yawning, rhinorrhoea), COWS 6 — no further naloxone.
Oxygen not required after 00:10.
Labs: urine drug screen positive for fentanyl; negative for oxycodone, opiates, benzodiazepines, cocaine, amphetamines, methadone, buprenorphine; cannabinoids positive. Ethanol < 10 mg/dL. Acetaminophen and salicylate undetectable. BMP normal. CK 212. ECG: sinus rhythm 74, QTc 426.
Chest radiograph not indicated (no hypoxia after reversal, clear lungs).
Observed 5 hours after the last naloxone dose with no recurrent sedation or hypoventilation; ambulating, eating, SpO2 98%.
Counselling: counterfeit pills contain fentanyl. Offered ED buprenorphine induction — declined tonight because withdrawal is mild; accepted a bridge appointment at Lakeside Recovery Clinic 02/18 09:00. Naloxone 4 mg nasal spray two-pack dispensed and roommate re-trained by phone. Not suicidal; safety screen negative.

ASSESSMENT
1. Poisoning by fentanyl (counterfeit "M30" pill), accidental (unintentional), initial encounter, with hypoventilation and hypoxemia reversed by naloxone.
2. Opioid use disorder, severe (opioid dependence).
3. Tobacco use.

DISPOSITION: Home with his sister (Amanda Voss, who arrived at 03:30). 05:10.

Electronically signed: James Whitfield, MD   02/16/2025 05:40
`,
    }),
    doc({
      id: 'doc-voss-lab-20250216',
      type: 'laboratory-report',
      title: 'ED Laboratory — Toxicology Screen',
      enc: TV.ed,
      author: 'prv-iqbal',
      at: '2025-02-16T00:05',
      signed: '2025-02-16T01:10',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: VOSS, TYLER JAMES   MRN: LC010477   DOB: 10/03/1996   Sex: M   Account: 4025021509
Ordering: James Whitfield, MD   Collected: 02/16/2025 00:05   Reported: 02/16/2025 01:10
(Emergency department specimen — general medical care; not a 42 CFR Part 2 program record.)

URINE DRUG SCREEN (immunoassay; presumptive — confirm if clinically needed)
  Fentanyl ................. POSITIVE (cutoff 1 ng/mL)           A
  Opiates (morphine/codeine)  Negative (cutoff 300 ng/mL)
  Oxycodone ................ Negative (cutoff 100 ng/mL)
  Methadone ................ Negative
  Buprenorphine ............ Negative
  Benzodiazepines .......... Negative
  Cocaine metabolite ....... Negative
  Amphetamines ............. Negative
  Cannabinoids (THC) ....... POSITIVE (cutoff 50 ng/mL)           A
  Phencyclidine ............ Negative

SERUM TOXICOLOGY
  Ethanol .................. <10 mg/dL      (<10)
  Acetaminophen ............ <10 mcg/mL     (undetectable)
  Salicylate ............... <3 mg/dL       (undetectable)

CHEMISTRY
  Sodium 139, potassium 4.0, bicarbonate 24, creatinine 1.0 mg/dL, glucose 96 mg/dL
  Creatine kinase .......... 212 U/L        (39-308)

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-voss-p2-20250218',
      type: 'progress-note',
      title: 'Lakeside Recovery Clinic — Intake and Buprenorphine Initiation',
      enc: TV.p2,
      author: 'prv-castellano',
      at: '2025-02-18T09:00',
      signed: '2025-02-18T13:20',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC — ADDICTION MEDICINE INTAKE
Patient: Tyler J. Voss   Date: 02/18/2025   Physician: Marco Castellano, DO
Referred from Lakeside ED (overdose 02/15).

SUBJECTIVE
28-year-old man with about 12 months of daily use of counterfeit "M30" pills (fentanyl on ED screen), 3-4 pills a day swallowed, occasionally smoked on foil in the last 2 months. Started after a roofing back injury when a co-worker shared prescription oxycodone. Two overdoses in 3 weeks (01/26 Bayview ED; 02/15 Lakeside ED). Last use 02/17 at 21:00 (one pill). Now 12 hours later: sweats, gooseflesh, yawning, stomach cramps, anxiety. DSM-5 opioid use disorder criteria: 9 of 11 — severe. No prior treatment. Cannabis 2-3 times a week, tobacco half a pack a day, alcohol rarely. No benzodiazepines. PHQ-9 9; no suicidal ideation, denies the overdoses were intentional. Hepatitis C and HIV status unknown.
Goals: "get off the pills and back to work." Lives with roommate; sister supportive.

OBJECTIVE
BP 132/84, HR 96. Diaphoretic, piloerection, mydriasis, yawning, mild tremor. COWS 11 (mild-moderate withdrawal). Urine: fentanyl positive, buprenorphine negative, norfentanyl present.

ASSESSMENT
1. Opioid use disorder, severe (opioid dependence), with current mild-moderate withdrawal. Recent accidental fentanyl overdoses x2.
2. Cannabis use, tobacco use.

PLAN
1. Buprenorphine-naloxone 8 mg/2 mg sublingual film: first 4 mg/1 mg dose observed in clinic at 10:05 (COWS 11 -> 5 at 11:00); second 4 mg/1 mg at home this afternoon if withdrawal persists; day 2 onward 16 mg/4 mg daily. Prescription: 7-day supply (#14 films of 8 mg/2 mg). Informed consent signed.
2. Naloxone nasal spray confirmed in home; sister trained.
3. Labs: HIV, hepatitis B and C screening, hepatic panel — drawn today (results to this program only).
4. Weekly visits for 4 weeks with urine toxicology; counselling with clinic therapist; peer recovery coach referral.
5. Michigan Automated Prescription System (MAPS) checked: no controlled prescriptions in 12 months.
Return 02/25/2025.

Electronically signed: Marco Castellano, DO   02/18/2025 13:20
${P2_NOTICE}
`,
    }),
    doc({
      id: 'doc-voss-p2-consent-20250218',
      type: 'consent-form',
      title: 'Informed Consent for Buprenorphine Treatment of Opioid Use Disorder',
      enc: TV.p2,
      author: 'prv-castellano',
      at: '2025-02-18T09:40',
      signed: '2025-02-18T09:50',
      method: 'handwritten',
      sens: PART2,
      text: `
LAKESIDE RECOVERY CLINIC — INFORMED CONSENT AND TREATMENT AGREEMENT
BUPRENORPHINE FOR OPIOID USE DISORDER

Patient: Tyler James Voss   DOB: 10/03/1996   MRN: LC010477
Physician: Marco Castellano, DO (DEA registration includes Schedule III narcotic authority)

I understand that buprenorphine-naloxone is a medicine for opioid use disorder. It is an opioid partial agonist that reduces withdrawal and craving and lowers the risk of overdose death. I have been told:
- Taking it too soon after fentanyl can cause sudden (precipitated) withdrawal; I should start only when I am in moderate withdrawal or follow the doctor's instructions.
- Combining it with alcohol, benzodiazepines or other sedatives can cause dangerous sedation or death.
- Common side effects include constipation, headache, nausea, sweating and sleep problems.
- It can cause physical dependence; stopping suddenly causes withdrawal. Tapering, if I choose it, will be planned with my doctor.
- I must keep my medicine locked away from children and others; lost or stolen medicine may not be replaced.
- Urine drug tests will be part of my care and are used to help my treatment, not to punish me.
- Other options include methadone at an opioid treatment program, extended-release naltrexone after full withdrawal, and counselling without medication.
- My records at this program are protected by 42 CFR Part 2 and will not be shared without my written consent except as the law allows.

I agree to take the medicine as prescribed, use one pharmacy (Harbor Street Pharmacy), attend scheduled visits, and tell my doctor about all medicines I take.

Patient signature: Tyler J. Voss                Date/time: 02/18/2025 09:45
Witness: Joanna Ortiz, RN                       Date/time: 02/18/2025 09:45
Physician: Marco Castellano, DO                 Date/time: 02/18/2025 09:50
`,
    }),
  ],
  problems: [
    {
      id: 'prob-voss-oud',
      description: 'Opioid use disorder, severe (opioid dependence) — on buprenorphine-naloxone from 02/18/2025',
      status: 'active',
      onset: '2024-02-01',
      recordedAt: '2025-02-16T05:40',
      encounterId: TV.ed,
    },
    {
      id: 'prob-voss-od',
      description: 'Accidental fentanyl poisoning (counterfeit pill) 02/15/2025 — reversed with naloxone',
      status: 'resolved',
      onset: '2025-02-15',
      recordedAt: '2025-02-16T05:40',
      encounterId: TV.ed,
    },
  ],
  medications: [
    med('med-voss-naloxone-ed', 'Naloxone', '0.4 mg', 'intravenous', 'once', 'completed', '2025-02-15T23:48', {
      end: '2025-02-15T23:48',
      by: 'prv-whitfield',
      enc: TV.ed,
      setting: 'inpatient',
    }),
    med(
      'med-voss-naloxone-kit',
      'Naloxone nasal spray',
      '4 mg per spray (two-pack)',
      'intranasal',
      'as needed for suspected overdose; may repeat in 2-3 minutes',
      'active',
      '2025-02-16T04:50',
      { by: 'prv-whitfield', enc: TV.ed },
    ),
    med(
      'med-voss-bup',
      'Buprenorphine-naloxone sublingual film',
      '16 mg/4 mg (two 8 mg/2 mg films)',
      'sublingual',
      'daily (day 1: 4 mg/1 mg observed, repeat 4 mg/1 mg if needed)',
      'active',
      '2025-02-18T10:05',
      { by: 'prv-castellano', enc: TV.p2 },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-voss-naloxone',
      TV.ed,
      'medication',
      'Naloxone 0.4 mg IV now; titrate to respiratory rate, not consciousness',
      '2025-02-15T23:46',
      'prv-whitfield',
      'completed',
      'verbal',
      '2025-02-16T00:30',
    ),
    ord(
      'ord-voss-tox',
      TV.ed,
      'lab',
      'Urine drug screen with fentanyl; ethanol, acetaminophen, salicylate; BMP; CK; ECG',
      '2025-02-15T23:50',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-voss-obs',
      TV.ed,
      'nursing',
      'Continuous pulse oximetry and capnography; observe at least 4 hours after last naloxone dose',
      '2025-02-15T23:50',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-voss-kit',
      TV.ed,
      'medication',
      'Dispense naloxone 4 mg nasal spray two-pack (take-home kit) with teaching',
      '2025-02-16T04:45',
      'prv-whitfield',
      'completed',
    ),
    ord(
      'ord-voss-bup',
      TV.p2,
      'medication',
      'Buprenorphine-naloxone 8 mg/2 mg SL film: 4 mg/1 mg observed now; home induction; then 16 mg/4 mg daily; #14, 7 days',
      '2025-02-18T09:55',
      'prv-castellano',
      'completed',
    ),
    ord(
      'ord-voss-p2-labs',
      TV.p2,
      'lab',
      'HIV-1/2 Ag/Ab, hepatitis B surface antigen and core antibody, hepatitis C antibody with reflex RNA, hepatic function panel, urine drug screen',
      '2025-02-18T09:20',
      'prv-castellano',
      'completed',
    ),
  ],
  results: [
    res(
      'res-voss-fent',
      TV.ed,
      'Urine drug screen',
      'Fentanyl, urine (immunoassay)',
      'Positive',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-02-16T00:05',
      '2025-02-16T00:50',
    ),
    res(
      'res-voss-oxy',
      TV.ed,
      'Urine drug screen',
      'Oxycodone, urine (immunoassay)',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-02-16T00:05',
      '2025-02-16T00:50',
    ),
    res(
      'res-voss-thc',
      TV.ed,
      'Urine drug screen',
      'Cannabinoids, urine (immunoassay)',
      'Positive',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-02-16T00:05',
      '2025-02-16T00:50',
    ),
    res(
      'res-voss-etoh',
      TV.ed,
      'Serum toxicology',
      'Ethanol, serum',
      '<10',
      'mg/dL',
      { high: 10, text: '<10' },
      undefined,
      '2025-02-16T00:05',
      '2025-02-16T00:55',
    ),
    res(
      'res-voss-ck',
      TV.ed,
      undefined,
      'Creatine kinase',
      212,
      'U/L',
      { low: 39, high: 308 },
      undefined,
      '2025-02-16T00:05',
      '2025-02-16T01:10',
    ),
    res(
      'res-voss-p2-uds',
      TV.p2,
      'Urine drug screen',
      'Fentanyl / norfentanyl, urine',
      'Positive',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-02-18T09:10',
      '2025-02-18T09:30',
      PART2,
    ),
    res(
      'res-voss-p2-hiv',
      TV.p2,
      'Infectious disease screening',
      'HIV-1/2 antigen/antibody, 4th generation',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2025-02-18T09:20',
      '2025-02-19T14:00',
      ['substance-use-part2', 'hiv'],
    ),
    res(
      'res-voss-p2-hcv',
      TV.p2,
      'Infectious disease screening',
      'Hepatitis C antibody',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2025-02-18T09:20',
      '2025-02-19T14:00',
      PART2,
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 12. Brianna Lynn "Bree" Caldwell — age 16: sports physical with MenACWY booster; confidential
//     reproductive-health visits (contraception, chlamydia); ED dog bite with mother present.
// ---------------------------------------------------------------------------------------------
const BC = {
  pe: 'enc-caldwell-op-20241010',
  conf1: 'enc-caldwell-op-20250422',
  conf2: 'enc-caldwell-op-20250429',
  ed: 'enc-caldwell-ed-20250614',
};
const MINOR: Sens[] = ['minor-confidential', 'reproductive'];
patients.push({
  id: 'pt-caldwell-brianna',
  mrn: 'LC013002',
  name: { family: 'Caldwell', given: ['Brianna', 'Lynn'] },
  previousNames: [],
  aliases: [{ kind: 'nickname', given: 'Bree' }],
  birthDate: '2008-08-30',
  sex: 'female',
  address: { line: ['15 Maple Hollow Road'], city: 'Millbrook', state: 'MI', postalCode: '49120', country: 'US' },
  phone: '(269) 555-0108 (home — parents)',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'BLH551270043-03', issuer: 'Blue Lake Health Plan (mother Karen Caldwell, subscriber)' },
    { type: 'other', value: 'TX-2025-00318', issuer: 'Title X confidential services account (self-pay, sliding fee)' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: "CONFIDENTIAL MINOR SERVICES (reproductive, 04/2025+): do not disclose to parent/guardian; contact only at patient's cell (269) 555-0177; bill Title X account, not parent's insurance.",
    },
    { kind: 'administrative', text: 'Parent/guardian for other care: mother Karen Caldwell, (269) 555-0108.' },
  ],
  encounters: [
    enc(
      BC.pe,
      '4024101004',
      'outpatient',
      '2024-10-10T15:30',
      '2024-10-10T16:10',
      'prv-hartwell',
      'Family Medicine',
      'Lakeside Family Medicine Clinic',
      'Sports pre-participation physical (basketball)',
      'self',
      'home',
    ),
    enc(
      BC.conf1,
      '4025042205',
      'outpatient',
      '2025-04-22T15:45',
      '2025-04-22T16:35',
      'prv-dunne',
      'Adolescent Health (Title X)',
      'Lakeside Teen Health Clinic',
      'Confidential visit — contraception',
      'self',
      'home',
    ),
    enc(
      BC.conf2,
      '4025042904',
      'outpatient',
      '2025-04-29T15:30',
      '2025-04-29T16:00',
      'prv-dunne',
      'Adolescent Health (Title X)',
      'Lakeside Teen Health Clinic',
      'Confidential visit — test result follow-up',
      'self',
      'home',
    ),
    enc(
      BC.ed,
      '4025061408',
      'emergency',
      '2025-06-14T15:20',
      '2025-06-14T17:05',
      'prv-nakamura',
      'Emergency Medicine',
      'Emergency Department, fast track 1',
      'Dog bite to left lower leg',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-caldwell-pe-20241010',
      type: 'progress-note',
      title: 'Sports Pre-participation Physical Examination',
      enc: BC.pe,
      author: 'prv-hartwell',
      at: '2024-10-10T15:30',
      signed: '2024-10-10T18:05',
      text: `
LAKESIDE FAMILY MEDICINE — PRE-PARTICIPATION PHYSICAL EVALUATION
Patient: Brianna L. Caldwell   DOB 08/30/2008   Age 16   Date: 10/10/2024   Physician: Susan E. Hartwell, MD
Accompanied by mother, Karen Caldwell. Sport: varsity basketball (Millbrook High School).

HISTORY (PPE form reviewed with patient and mother)
No history of fainting or chest pain with exercise, palpitations, shortness of breath out of proportion to effort, or exercise-related seizures. No known heart murmur or high blood pressure. No family history of sudden death before 50, cardiomyopathy, long QT or Marfan syndrome. One left ankle sprain (2023), fully recovered; no concussions. No asthma. Menarche at 12, regular cycles. Medications: none. Allergies: no known drug allergies.
Adolescent confidential screen (mother stepped out): school going well (junior, B average), lives with parents and younger brother, feels safe, no tobacco, vaping, alcohol or drugs, not sexually active, no mood concerns (PHQ-A 2). Told about confidential services available at the teen clinic.

EXAMINATION
Ht 170 cm, Wt 61 kg, BMI 21.1. BP 112/68 (right arm, seated), HR 64 regular. Vision 20/20 both eyes.
Appearance: no Marfanoid features. HEENT normal. Heart: regular, no murmur supine or standing, no change with Valsalva; femoral pulses normal. Lungs clear. Abdomen benign. Skin clear. Musculoskeletal: full range of motion of neck, back, shoulders, elbows, wrists, hips, knees, ankles; duck-walk normal; single-leg hop normal; left ankle stable. Neuro normal.

ASSESSMENT
Sports pre-participation examination — cleared for all sports without restriction.
Immunizations: meningococcal conjugate (MenACWY) booster due at 16.

PLAN
1. School PPE clearance form completed and signed; original given to the mother for the school athletic office.
2. MenACWY booster given today (left deltoid) after VIS; observed 15 minutes. Discussed MenB vaccine (shared decision) — mother will consider.
3. Influenza vaccine offered — declined today.
4. Annual well visit in 1 year.

Electronically signed: Susan E. Hartwell, MD   10/10/2024 18:05
`,
    }),
    doc({
      id: 'doc-caldwell-conf-20250422',
      type: 'progress-note',
      title: 'Confidential Adolescent Visit — Contraception and STI Screening',
      enc: BC.conf1,
      author: 'prv-dunne',
      at: '2025-04-22T15:45',
      signed: '2025-04-22T18:20',
      sens: MINOR,
      text: `
LAKESIDE TEEN HEALTH CLINIC — CONFIDENTIAL VISIT (TITLE X)
Patient: Brianna L. Caldwell ("Bree")   Age 16   Date: 04/22/2025   Clinician: Megan R. Dunne, FNP-C
Seen alone. Confidentiality and its limits (risk of serious harm, abuse) explained; patient understands. She requests that her parents not be contacted and that the visit not be billed to her mother's insurance. Preferred contact: her own cell, (269) 555-0177, text OK with no details.

SUBJECTIVE
Requests birth control. Sexually active with one male partner (age 17, same school) for about 2 months; consensual, no coercion; uses condoms "most of the time." LMP 04/10/2025, normal, regular 28-day cycles. No vaginal discharge, itching, pelvic pain, dysuria or abnormal bleeding. No history of STIs or pregnancy. No migraines with aura, no personal or family history of blood clots, non-smoker. No medications. NKDA.
HEADSS: school fine, basketball season ended, no substance use, mood good (PHQ-A 3), feels safe at home and in relationship.

OBJECTIVE
BP 108/66, HR 68, Wt 62 kg, BMI 21.5. Well appearing. Pelvic exam not indicated (asymptomatic; not required for contraception or urine-based screening).
Urine hCG: negative.

ASSESSMENT
1. Encounter for initial prescription of combined oral contraceptive pills.
2. Screening for sexually transmitted infections (chlamydia, gonorrhea) — asymptomatic.
3. Screening for HIV.
4. Pregnancy test, negative.

PLAN
1. Norgestimate-ethinyl estradiol 0.25 mg/35 mcg, one tablet daily, quick start today; back-up condoms for 7 days and continued condoms for STI protection. Three packs dispensed from clinic stock; 13 refills.
2. Urine NAAT for Chlamydia trachomatis and Neisseria gonorrhoeae; HIV-1/2 Ag/Ab (patient consented).
3. Counselling on missed pills, emergency contraception, condom use, and warning signs (ACHES).
4. Results by confidential text/call to her cell only. Return in 3 months, sooner if any problems.
Michigan law permits a minor to consent to STI and HIV testing and treatment; contraceptive services provided under Title X confidentiality.

Electronically signed: Megan R. Dunne, FNP-C   04/22/2025 18:20
`,
    }),
    doc({
      id: 'doc-caldwell-lab-20250422',
      type: 'laboratory-report',
      title: 'Confidential Laboratory Report — NAAT, HIV, hCG',
      enc: BC.conf1,
      author: 'prv-iqbal',
      at: '2025-04-22T16:05',
      written: '2025-04-24T10:10',
      signed: '2025-04-24T10:15',
      sens: ['minor-confidential', 'reproductive', 'hiv'],
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
=== CONFIDENTIAL — MINOR CONSENTED SERVICES — DO NOT RELEASE TO PARENT/GUARDIAN ===
Patient: CALDWELL, BRIANNA LYNN   MRN: LC013002   DOB: 08/30/2008   Sex: F   Account: 4025042205 (Title X)
Ordering: Megan R. Dunne, FNP-C, Lakeside Teen Health Clinic
Collected: 04/22/2025 16:05   Final: 04/24/2025 10:10

hCG, URINE, QUALITATIVE ............ Negative   (Negative)   [resulted 04/22/2025 16:12]

CHLAMYDIA TRACHOMATIS / NEISSERIA GONORRHOEAE NAAT (urine, first-catch)
  Chlamydia trachomatis RNA ........ DETECTED      (Not detected)   A
  Neisseria gonorrhoeae RNA ........ Not detected  (Not detected)
  Reportable condition: reported to Lakeside County Health Department 04/24/2025 per Michigan communicable disease rules.

HIV-1/2 ANTIGEN/ANTIBODY, 4TH GENERATION (serum)
  Result ........................... Nonreactive   (Nonreactive)
  HIV test result — release restricted under Michigan Public Health Code; confidential minor service.

Critical/notifiable result (C. trachomatis) communicated to M. Dunne, FNP-C 04/24/2025 10:20.
Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-caldwell-conf-20250429',
      type: 'progress-note',
      title: 'Confidential Adolescent Visit — Chlamydia Treatment',
      enc: BC.conf2,
      author: 'prv-dunne',
      at: '2025-04-29T15:30',
      signed: '2025-04-29T17:15',
      sens: MINOR,
      text: `
LAKESIDE TEEN HEALTH CLINIC — CONFIDENTIAL FOLLOW-UP (TITLE X)
Patient: Brianna L. Caldwell   Age 16   Date: 04/29/2025   Clinician: Megan R. Dunne, FNP-C
Seen alone. Contacted 04/24 on her own cell about the positive result; appointment made by text.

SUBJECTIVE
Here for treatment of a positive chlamydia test from 04/22. Since Sunday she has noticed a slight yellowish discharge; no pelvic pain, fever, dysuria or bleeding after intercourse. Taking the pill daily since 04/22 without missed doses; mild nausea the first 3 days. Has told her partner, who has no symptoms and has no doctor he feels comfortable seeing.

OBJECTIVE
T 36.7 C, BP 106/64. Abdomen soft, nontender. Speculum exam (patient consented, chaperone K. Lin, MA): scant mucopurulent discharge at the cervical os, cervix mildly friable with swab contact. No cervical motion, uterine or adnexal tenderness — no signs of pelvic inflammatory disease.

ASSESSMENT
1. Chlamydial cervicitis (Chlamydia trachomatis NAAT positive 04/22/2025), uncomplicated; no PID.
2. Currently using combined oral contraceptive pills.

PLAN
1. Doxycycline 100 mg by mouth twice daily for 7 days (first dose observed in clinic). Take with water and food, stay upright 30 minutes, sun protection.
2. Expedited partner therapy: prescription for doxycycline 100 mg twice daily x7 days issued in the partner's name with written information, per Michigan EPT law.
3. No sexual contact for 7 days after both have completed treatment and symptoms resolve.
4. Retest for chlamydia in 3 months (around 07/29/2025). Condoms every time.
5. Continue norgestimate-ethinyl estradiol; doxycycline does not reduce pill effectiveness.
6. Confidential contact as before; billed to Title X account.

Electronically signed: Megan R. Dunne, FNP-C   04/29/2025 17:15
`,
    }),
    doc({
      id: 'doc-caldwell-ed-20250614',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Dog Bite, Left Leg',
      enc: BC.ed,
      author: 'prv-nakamura',
      at: '2025-06-14T15:30',
      signed: '2025-06-14T17:40',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 06/14/2025 15:20   Attending: Keiko Nakamura, MD   Triage ESI 4
History from patient and her mother, Karen Caldwell.

CHIEF COMPLAINT: Dog bite to the left lower leg.

HISTORY OF PRESENT ILLNESS
16-year-old girl who was in the backyard of a friend's house at about 14:30 when the friend's dog (a 2-year-old Labrador mix, known to the family) bit her left calf as she reached down to pick up a ball near its food bowl. The owner pulled the dog away. The wound bled moderately and stopped with a towel. No other injuries. The dog is up to date on rabies vaccination (owner showed the certificate to the mother) and is confined at home. Last tetanus booster: Tdap at age 11 (08/2019).

PMH: None. No surgeries.
MEDICATIONS: Reviewed privately with the patient after her mother stepped out; recorded in the medication list. ALLERGIES: NKDA.

REVIEW OF SYSTEMS: No numbness, weakness or other injury. Otherwise negative.

PHYSICAL EXAM
T 36.8 C, HR 84, BP 114/70, SpO2 99%.
Left posterior calf, mid-third: two puncture wounds 4 mm and 5 mm, 3 cm apart, and a 2.0 cm superficial curvilinear laceration between them, depth into subcutaneous fat, no exposed muscle or tendon, minimal surrounding erythema, no active bleeding. Full ankle and knee range of motion, normal plantar flexion strength, Thompson test negative. Dorsalis pedis and posterior tibial pulses 2+, sensation intact.

PROCEDURE
Wound irrigated with 500 mL normal saline under pressure after topical anaesthetic; explored — no foreign body or tooth fragment, no deep-structure injury. Left open (bite wounds of the extremity not closed to reduce infection risk). Non-adherent dressing applied.

ASSESSMENT
Open bite (dog) of the left lower leg (calf), initial encounter, without deep-structure injury. Occurred in the yard of a private single-family home.

PLAN
1. Amoxicillin-clavulanate 875/125 mg by mouth twice daily for 5 days (prophylaxis).
2. Tdap booster given today (last tetanus-containing dose more than 5 years ago, tetanus-prone wound). VIS given to mother.
3. Rabies post-exposure prophylaxis not indicated: dog vaccinated, available for 10-day observation. Animal bite report filed with Lakeside County Animal Control.
4. Wound care: wash twice daily, watch for redness, swelling, pus, fever or red streaks. Wound check with her doctor in 2 days.
Disposition: home with mother, 17:05.

Electronically signed: Keiko Nakamura, MD   06/14/2025 17:40
`,
    }),
  ],
  problems: [
    {
      id: 'prob-caldwell-contra',
      description: 'Contraception — combined oral contraceptive (confidential minor service)',
      status: 'active',
      onset: '2025-04-22',
      recordedAt: '2025-04-22T18:20',
      encounterId: BC.conf1,
    },
    {
      id: 'prob-caldwell-ct',
      description: 'Chlamydial cervicitis — treated 04/29/2025; retest due 07/2025 (confidential)',
      status: 'resolved',
      onset: '2025-04-22',
      recordedAt: '2025-04-29T17:15',
      encounterId: BC.conf2,
    },
    {
      id: 'prob-caldwell-bite',
      description: 'Dog bite, left calf — healing',
      status: 'resolved',
      onset: '2025-06-14',
      recordedAt: '2025-06-14T17:40',
      encounterId: BC.ed,
    },
  ],
  medications: [
    med(
      'med-caldwell-ocp',
      'Norgestimate-ethinyl estradiol (0.25 mg/35 mcg)',
      '1 tablet',
      'oral',
      'daily (confidential — Title X)',
      'active',
      '2025-04-22T16:30',
      { by: 'prv-dunne', enc: BC.conf1 },
    ),
    med('med-caldwell-doxy', 'Doxycycline hyclate', '100 mg', 'oral', 'twice daily for 7 days', 'completed', '2025-04-29T15:55', {
      end: '2025-05-06T09:00',
      by: 'prv-dunne',
      enc: BC.conf2,
    }),
    med(
      'med-caldwell-augmentin',
      'Amoxicillin-clavulanate',
      '875 mg/125 mg',
      'oral',
      'twice daily for 5 days',
      'completed',
      '2025-06-14T17:00',
      { end: '2025-06-19T09:00', by: 'prv-nakamura', enc: BC.ed },
    ),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-caldwell-menacwy',
      BC.pe,
      'medication',
      'MenACWY (MenQuadfi) 0.5 mL IM once — booster at 16',
      '2024-10-10T15:55',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-caldwell-labs',
      BC.conf1,
      'lab',
      'Urine hCG; urine C. trachomatis/N. gonorrhoeae NAAT; HIV-1/2 Ag/Ab (confidential, Title X)',
      '2025-04-22T16:00',
      'prv-dunne',
      'completed',
    ),
    ord(
      'ord-caldwell-ocp',
      BC.conf1,
      'medication',
      'Norgestimate-ethinyl estradiol 0.25/35, 1 tab daily, quick start; dispense 3 packs, 13 refills',
      '2025-04-22T16:25',
      'prv-dunne',
      'completed',
    ),
    ord(
      'ord-caldwell-doxy',
      BC.conf2,
      'medication',
      'Doxycycline 100 mg PO BID x7 days; first dose in clinic. EPT prescription for partner.',
      '2025-04-29T15:50',
      'prv-dunne',
      'completed',
    ),
    ord(
      'ord-caldwell-ct-retest',
      BC.conf2,
      'lab',
      'Repeat C. trachomatis NAAT in 3 months (due 07/29/2025)',
      '2025-04-29T15:55',
      'prv-dunne',
      'pending',
    ),
    ord(
      'ord-caldwell-irrigation',
      BC.ed,
      'procedure',
      'Wound irrigation with 500 mL normal saline and exploration, left calf; non-adherent dressing',
      '2025-06-14T15:45',
      'prv-nakamura',
      'completed',
    ),
    ord('ord-caldwell-tdap', BC.ed, 'medication', 'Tdap 0.5 mL IM once', '2025-06-14T16:30', 'prv-nakamura', 'completed'),
  ],
  results: [
    res(
      'res-caldwell-hcg',
      BC.conf1,
      undefined,
      'hCG, urine, qualitative',
      'Negative',
      undefined,
      { text: 'Negative' },
      undefined,
      '2025-04-22T16:05',
      '2025-04-22T16:12',
      MINOR,
    ),
    res(
      'res-caldwell-ct',
      BC.conf1,
      'CT/NG NAAT',
      'Chlamydia trachomatis RNA, urine',
      'Detected',
      undefined,
      { text: 'Not detected' },
      'A',
      '2025-04-22T16:05',
      '2025-04-24T10:10',
      MINOR,
    ),
    res(
      'res-caldwell-ng',
      BC.conf1,
      'CT/NG NAAT',
      'Neisseria gonorrhoeae RNA, urine',
      'Not detected',
      undefined,
      { text: 'Not detected' },
      undefined,
      '2025-04-22T16:05',
      '2025-04-24T10:10',
      MINOR,
    ),
    res(
      'res-caldwell-hiv',
      BC.conf1,
      undefined,
      'HIV-1/2 antigen/antibody, 4th generation',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2025-04-22T16:05',
      '2025-04-23T15:00',
      ['hiv', 'minor-confidential', 'reproductive'],
    ),
  ],
  procedures: [
    {
      id: 'proc-caldwell-irrigation',
      encounterId: BC.ed,
      description: 'Irrigation and exploration of dog-bite wounds, left calf (left open)',
      performedAt: '2025-06-14T15:50',
      performerId: 'prv-nakamura',
    },
  ],
  immunizations: [
    {
      id: 'imm-caldwell-menacwy',
      vaccine: 'Meningococcal conjugate MenACWY (MenQuadfi), booster dose, 0.5 mL',
      administeredAt: '2024-10-10T16:00',
      lotNumber: 'UJ486AA',
      site: 'left deltoid',
      route: 'intramuscular',
      encounterId: BC.pe,
    },
    {
      id: 'imm-caldwell-tdap',
      vaccine: 'Tdap (Boostrix), 0.5 mL',
      administeredAt: '2025-06-14T16:40',
      lotNumber: '4DL73',
      site: 'right deltoid',
      route: 'intramuscular',
      encounterId: BC.ed,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 13. Andre Michel Thibodeaux (legal name change from Simmons, 08/2024) — preventive visit with
//     opt-out HIV screening, reactive; confirmed HIV-1 infection, asymptomatic; rapid ART start.
// ---------------------------------------------------------------------------------------------
const AT = { prev: 'enc-thibodeaux-op-20250211', hiv: 'enc-thibodeaux-op-20250218' };
const HIV: Sens[] = ['hiv'];
patients.push({
  id: 'pt-thibodeaux-andre',
  mrn: 'LC002864',
  name: { family: 'Thibodeaux', given: ['Andre', 'Michel'] },
  previousNames: [{ family: 'Simmons', given: ['Andre', 'Michel'], reason: 'legal-change', until: '2024-08-30' }],
  aliases: [],
  birthDate: '1979-01-25',
  sex: 'male',
  address: { line: ['412 Pier Street'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0170',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'PLH-71820456-01', issuer: 'Priority Lakes HMO' },
    { type: 'ssn-last4', value: '8823' },
    { type: 'drivers-license', value: 'T135-884-201-771', issuer: 'Michigan Secretary of State (reissued in new name 09/2024)' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: 'Legal name change 08/30/2024 (court order, Lakeside County Probate Court): formerly Andre Michel SIMMONS. Prior outside records are under the former name.',
    },
    {
      kind: 'administrative',
      text: 'HIV-related information on this chart: release only with an authorization that specifically includes HIV information (Michigan Public Health Code, MCL 333.5131).',
    },
  ],
  encounters: [
    enc(
      AT.prev,
      '4025021102',
      'outpatient',
      '2025-02-11T08:30',
      '2025-02-11T09:20',
      'prv-dunne',
      'Family Medicine',
      'Lakeside Family Medicine Clinic',
      'New patient annual preventive examination',
      'self',
      'home',
    ),
    enc(
      AT.hiv,
      '4025021804',
      'outpatient',
      '2025-02-18T16:00',
      '2025-02-18T17:10',
      'prv-hartwell',
      'Family Medicine',
      'Lakeside Family Medicine Clinic',
      'Review of abnormal screening result',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-thibodeaux-prev-20250211',
      type: 'progress-note',
      title: 'Annual Preventive Examination — New Patient',
      enc: AT.prev,
      author: 'prv-dunne',
      at: '2025-02-11T08:30',
      signed: '2025-02-11T12:15',
      text: `
LAKESIDE FAMILY MEDICINE — ANNUAL PREVENTIVE EXAMINATION (NEW PATIENT)
Patient: Andre M. Thibodeaux   DOB 01/25/1979   Age 46   Date: 02/11/2025   Clinician: Megan R. Dunne, FNP-C

SUBJECTIVE
46-year-old man establishing care after moving back to Lakeside; previous primary care at Grand Harbor Family Practice under his former name, Andre Simmons (legal name change 08/2024 — took his late mother's surname). No complaints. Feels well. Exercises 3 times a week (rowing machine). Sleeps 7 hours.
PMH: None significant. Childhood asthma, resolved. PSH: Left knee arthroscopy 2011.
MEDICATIONS: None. ALLERGIES: Shellfish (hives) — food.
FAMILY HISTORY: Father with type 2 diabetes and MI at 62. Mother died of breast cancer at 70.
SOCIAL: Graphic designer. Single; sexually active with male partners, 2 partners in the past year, condoms inconsistently. Never tested for HIV that he recalls. No tobacco; alcohol 4-6 drinks/week; no drugs.
Preventive history: colonoscopy never; last tetanus 2018; hepatitis B vaccine series complete as a child; COVID-19 vaccine 2023.

REVIEW OF SYSTEMS: Negative — no fever, night sweats, weight loss, rash, lymph node swelling, sore throat, diarrhoea.

OBJECTIVE
BP 126/80, HR 68, Ht 180 cm, Wt 86 kg, BMI 26.5.
General well. HEENT normal; oropharynx without thrush. Neck: no lymphadenopathy or thyroid enlargement. Heart regular, no murmur. Lungs clear. Abdomen soft, no organomegaly. Skin: no rashes or lesions. Genitourinary exam declined (asymptomatic). Extremities normal.

ASSESSMENT
Routine adult health examination — no abnormal findings on examination.

PLAN
1. Screening labs today: HIV-1/2 antigen/antibody (routine opt-out screening, patient agreed), hepatitis C antibody, lipid panel, HbA1c (overweight, family history).
2. Discussed HIV pre-exposure prophylaxis (PrEP); he is interested — will start after HIV test result and renal function.
3. Colorectal cancer screening: FIT-DNA kit ordered (age 45+).
4. Gonorrhoea/chlamydia testing offered — will do at PrEP start.
5. Vaccines: up to date for tetanus; offered hepatitis A — defer to next visit.
6. Diet and exercise counselling; limit alcohol.
Results via portal; follow-up visit 02/18 with Dr. Hartwell for PrEP discussion.

Electronically signed: Megan R. Dunne, FNP-C   02/11/2025 12:15
`,
    }),
    doc({
      id: 'doc-thibodeaux-lab-20250211',
      type: 'laboratory-report',
      title: 'Screening Laboratory — Lipids, HbA1c, Hepatitis C, HIV',
      enc: AT.prev,
      author: 'prv-iqbal',
      at: '2025-02-11T09:05',
      written: '2025-02-13T14:30',
      signed: '2025-02-13T14:40',
      sens: HIV,
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
=== CONTAINS HIV TEST RESULTS — RESTRICTED RELEASE ===
Patient: THIBODEAUX, ANDRE MICHEL   MRN: LC002864   DOB: 01/25/1979   Sex: M   Account: 4025021102
Ordering: Megan R. Dunne, FNP-C   Collected: 02/11/2025 09:05   Final: 02/13/2025 14:30

LIPID PANEL (fasting)
  Total cholesterol ......... 221 mg/dL   (<200)   H
  LDL cholesterol (calc) .... 142 mg/dL   (<100)   H
  HDL cholesterol ........... 48 mg/dL    (>=40)
  Triglycerides ............. 156 mg/dL   (<150)   H

HEMOGLOBIN A1c .............. 5.5 %       (4.0-5.6)
HEPATITIS C ANTIBODY ........ Nonreactive

HIV-1/2 ANTIGEN/ANTIBODY, 4TH GENERATION (screen)    reported 02/12/2025 11:00
  Result .................... REACTIVE    (Nonreactive)   A
  Reflexed to HIV-1/HIV-2 antibody differentiation immunoassay.

HIV-1/HIV-2 ANTIBODY DIFFERENTIATION IMMUNOASSAY     reported 02/13/2025 14:30
  HIV-1 antibody ............ POSITIVE                    A
  HIV-2 antibody ............ Negative
  Interpretation: Positive for HIV-1 antibodies. Laboratory evidence of HIV-1 infection. Report to the Michigan Department of Health and Human Services completed 02/13/2025.

Result telephoned to Susan E. Hartwell, MD (covering for ordering clinician) 02/13/2025 14:45.
Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-thibodeaux-hiv-20250218',
      type: 'progress-note',
      title: 'Office Visit — New HIV-1 Diagnosis, Counselling and Linkage',
      enc: AT.hiv,
      author: 'prv-hartwell',
      at: '2025-02-18T16:00',
      signed: '2025-02-18T19:05',
      sens: HIV,
      text: `
LAKESIDE FAMILY MEDICINE — OFFICE VISIT (RESTRICTED: HIV INFORMATION)
Patient: Andre M. Thibodeaux   Date: 02/18/2025   Physician: Susan E. Hartwell, MD   Visit length: 65 minutes

SUBJECTIVE
Came in today at my request after his 02/11 screening (he was told only that a result needed discussion in person). I disclosed that his HIV screen was reactive and the confirmatory differentiation assay is positive for HIV-1. He was quiet, then tearful; he had a negative test he now recalls from 2019 at a community event. Asymptomatic: no fever, night sweats, weight loss, rash, sore throat, thrush, diarrhoea or swollen glands. No prior opportunistic infections. One current regular partner since 10/2024 and one other partner in 2024.

OBJECTIVE
BP 128/82, HR 74, Wt 86 kg. No oral thrush or hairy leukoplakia. No lymphadenopathy. Skin clear. Lungs clear. Abdomen: no hepatosplenomegaly.

ASSESSMENT
1. HIV-1 infection, newly diagnosed, asymptomatic (no HIV-related illness, no AIDS-defining condition); CD4 and viral load pending.
2. HIV counselling provided.
3. Hyperlipidemia (LDL 142) — to address after ART start.

PLAN
1. Post-test counselling (about 30 minutes): meaning of the result, natural history, effectiveness of treatment, undetectable = untransmittable, partner notification options, condom use until viral suppression. Michigan partner-services referral (he chose health-department-assisted notification for the 2024 partner; he will tell his current partner himself this week).
2. Baseline labs drawn today: CD4 count, HIV-1 RNA quantitative, HIV genotype, HLA-B*5701, hepatitis B panel, CMP, CBC, urinalysis, syphilis, GC/CT NAAT.
3. Rapid ART start offered and accepted: bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg one tablet daily, first dose taken in clinic at 17:00; 30-day supply, manufacturer copay card enrolled.
4. Referral to Lakeside County Ryan White clinic (Infectious Disease) — appointment 02/27; case manager introduced by phone.
5. Mental health: PHQ-2 negative today; given crisis line and behavioral health clinic number.
6. Disclosure preferences recorded: do not discuss with anyone else; results by phone only.

Electronically signed: Susan E. Hartwell, MD   02/18/2025 19:05
`,
    }),
    doc({
      id: 'doc-thibodeaux-lab-20250218',
      type: 'laboratory-report',
      title: 'HIV Baseline Laboratory — CD4, Viral Load',
      enc: AT.hiv,
      author: 'prv-iqbal',
      at: '2025-02-18T16:40',
      written: '2025-02-20T16:00',
      signed: '2025-02-20T16:05',
      sens: HIV,
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
=== CONTAINS HIV TEST RESULTS — RESTRICTED RELEASE ===
Patient: THIBODEAUX, ANDRE MICHEL   MRN: LC002864   DOB: 01/25/1979   Sex: M   Account: 4025021804
Ordering: Susan E. Hartwell, MD   Collected: 02/18/2025 16:40   Final: 02/20/2025 16:00

T-LYMPHOCYTE SUBSETS
  CD4 absolute .............. 612 cells/uL   (490-1740)
  CD4 percent ............... 31 %           (30-61)
  CD4/CD8 ratio ............. 0.7            (0.9-3.6)     L

HIV-1 RNA, QUANTITATIVE (real-time PCR)
  HIV-1 RNA ................. 18,400 copies/mL   (Not detected)   A
  Log10 ..................... 4.26

HIV-1 GENOTYPE (send-out) .......... Pending — Great Lakes Reference Laboratory
HLA-B*5701 ......................... Pending (send-out)

HEPATITIS B PANEL
  HBsAg ..................... Nonreactive
  Anti-HBs .................. Reactive (immune, vaccinated)
  Anti-HBc total ............ Nonreactive

CMP: creatinine 0.9 mg/dL, eGFR > 90, AST 24, ALT 30 — normal.
RPR ......................... Nonreactive
GC/CT NAAT (urine) .......... Not detected / Not detected

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
  ],
  problems: [
    {
      id: 'prob-thibodeaux-hiv',
      description: 'HIV-1 infection, asymptomatic — on ART from 02/18/2025 (restricted)',
      status: 'active',
      onset: '2025-02-13',
      recordedAt: '2025-02-18T19:05',
      encounterId: AT.hiv,
    },
    {
      id: 'prob-thibodeaux-lipids',
      description: 'Hyperlipidemia (LDL 142 mg/dL)',
      status: 'active',
      onset: '2025-02-11',
      recordedAt: '2025-02-18T19:05',
      encounterId: AT.hiv,
    },
  ],
  medications: [
    med(
      'med-thibodeaux-biktarvy',
      'Bictegravir/emtricitabine/tenofovir alafenamide',
      '50 mg/200 mg/25 mg',
      'oral',
      'one tablet daily',
      'active',
      '2025-02-18T17:00',
      { by: 'prv-hartwell', enc: AT.hiv },
    ),
  ],
  allergies: [
    {
      id: 'alg-thibodeaux-shellfish',
      substance: 'Shellfish',
      category: 'food',
      reaction: 'Hives',
      severity: 'moderate',
      recordedAt: '2025-02-11T08:30',
    },
  ],
  orders: [
    ord(
      'ord-thibodeaux-screen',
      AT.prev,
      'lab',
      'HIV-1/2 Ag/Ab with reflex; hepatitis C antibody; lipid panel; HbA1c',
      '2025-02-11T09:00',
      'prv-dunne',
      'completed',
    ),
    ord(
      'ord-thibodeaux-fitdna',
      AT.prev,
      'lab',
      'Multitarget stool DNA (FIT-DNA) colorectal cancer screening kit',
      '2025-02-11T09:10',
      'prv-dunne',
      'pending',
    ),
    ord(
      'ord-thibodeaux-baseline',
      AT.hiv,
      'lab',
      'CD4, HIV-1 RNA quantitative, HIV genotype, HLA-B*5701, hepatitis B panel, CMP, CBC, UA, RPR, GC/CT NAAT',
      '2025-02-18T16:35',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-thibodeaux-art',
      AT.hiv,
      'medication',
      'Bictegravir/emtricitabine/tenofovir alafenamide 1 tablet PO daily, #30; first dose in clinic',
      '2025-02-18T16:55',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-thibodeaux-id',
      AT.hiv,
      'consult',
      'Referral: Infectious Disease / Ryan White clinic — new HIV-1 diagnosis',
      '2025-02-18T17:00',
      'prv-hartwell',
      'completed',
    ),
  ],
  results: [
    res(
      'res-thibodeaux-ldl',
      AT.prev,
      'Lipid panel',
      'LDL cholesterol (calculated)',
      142,
      'mg/dL',
      { high: 100 },
      'H',
      '2025-02-11T09:05',
      '2025-02-11T14:00',
    ),
    res(
      'res-thibodeaux-a1c',
      AT.prev,
      undefined,
      'Hemoglobin A1c',
      5.5,
      '%',
      { low: 4.0, high: 5.6 },
      undefined,
      '2025-02-11T09:05',
      '2025-02-11T14:00',
    ),
    res(
      'res-thibodeaux-hcv',
      AT.prev,
      undefined,
      'Hepatitis C antibody',
      'Nonreactive',
      undefined,
      { text: 'Nonreactive' },
      undefined,
      '2025-02-11T09:05',
      '2025-02-12T11:00',
    ),
    res(
      'res-thibodeaux-hiv-screen',
      AT.prev,
      'HIV screening',
      'HIV-1/2 antigen/antibody, 4th generation',
      'Reactive',
      undefined,
      { text: 'Nonreactive' },
      'A',
      '2025-02-11T09:05',
      '2025-02-12T11:00',
      HIV,
    ),
    res(
      'res-thibodeaux-hiv-diff',
      AT.prev,
      'HIV screening',
      'HIV-1/HIV-2 antibody differentiation immunoassay',
      'HIV-1 antibody positive; HIV-2 negative',
      undefined,
      { text: 'Negative' },
      'A',
      '2025-02-11T09:05',
      '2025-02-13T14:30',
      HIV,
    ),
    res(
      'res-thibodeaux-cd4',
      AT.hiv,
      'HIV baseline',
      'CD4 absolute count',
      612,
      'cells/uL',
      { low: 490, high: 1740 },
      undefined,
      '2025-02-18T16:40',
      '2025-02-19T15:00',
      HIV,
    ),
    res(
      'res-thibodeaux-vl',
      AT.hiv,
      'HIV baseline',
      'HIV-1 RNA, quantitative',
      18400,
      'copies/mL',
      { text: 'Not detected' },
      'A',
      '2025-02-18T16:40',
      '2025-02-20T16:00',
      HIV,
    ),
  ],
  procedures: [],
  immunizations: [],
});

// ---------------------------------------------------------------------------------------------
// 14. Walter Eugene "Walt" Haines — 78, Medicare annual wellness visit, advance directive,
//     hypertensive CKD stage 3b, paroxysmal AF on apixaban; ED chest pain, ACS ruled out.
// ---------------------------------------------------------------------------------------------
const WH = { awv: 'enc-haines-op-20241029', ed: 'enc-haines-ed-20250604' };
patients.push({
  id: 'pt-haines-walter',
  mrn: 'LC001208',
  name: { family: 'Haines', given: ['Walter', 'Eugene'] },
  previousNames: [],
  aliases: [{ kind: 'nickname', given: 'Walt' }],
  birthDate: '1946-05-09',
  sex: 'male',
  address: { line: ['55 Lighthouse Lane'], city: 'Lakeside', state: 'MI', postalCode: '49116', country: 'US' },
  phone: '(269) 555-0102',
  language: 'English',
  identifiers: [
    { type: 'medicare', value: '7KD3-WA6-TM29', issuer: 'Medicare (MBI)' },
    { type: 'insurance-member', value: 'MSG-G-44019833', issuer: 'Great Lakes Medigap Plan G' },
    { type: 'previous-mrn', value: 'LC000877', issuer: 'Lakeside Community Health (duplicate record merged 2023)' },
    { type: 'ssn-last4', value: '6602' },
  ],
  alerts: [
    {
      kind: 'directive',
      text: 'Advance directive on file (scanned 10/29/2024): living will + patient advocate designation — daughter Susan Haines Kerr, (269) 555-0149; alternate son Robert Haines. FULL CODE at present.',
    },
    { kind: 'clinical', text: 'Anticoagulated: apixaban 5 mg twice daily (paroxysmal atrial fibrillation).' },
  ],
  encounters: [
    enc(
      WH.awv,
      '4024102903',
      'outpatient',
      '2024-10-29T10:00',
      '2024-10-29T11:10',
      'prv-hartwell',
      'Family Medicine',
      'Lakeside Family Medicine Clinic',
      'Medicare annual wellness visit (subsequent); chronic disease follow-up',
      'self',
      'home',
    ),
    enc(
      WH.ed,
      '4025060402',
      'emergency',
      '2025-06-04T07:50',
      '2025-06-04T13:30',
      'prv-whitfield',
      'Emergency Medicine',
      'Emergency Department, chest pain unit bed 3',
      'Left-sided chest pain since waking',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-haines-awv-20241029',
      type: 'progress-note',
      title: 'Medicare Annual Wellness Visit (Subsequent) and Chronic Care',
      enc: WH.awv,
      author: 'prv-hartwell',
      at: '2024-10-29T10:00',
      signed: '2024-10-29T15:40',
      text: `
LAKESIDE FAMILY MEDICINE — MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT)
Patient: Walter E. Haines   DOB 05/09/1946   Age 78   Date: 10/29/2024   Physician: Susan E. Hartwell, MD
Accompanied by daughter, Susan Haines Kerr.

HEALTH RISK ASSESSMENT (reviewed)
Self-rated health good. Independent in all ADLs and IADLs; still drives in daylight. Walks 2 miles most days. No falls in 12 months; Timed Up and Go 11 seconds. Hearing: uses bilateral hearing aids. Vision: cataract surgery 2021, glasses for reading. Diet reasonable, low salt. Alcohol 1 beer a week. Former smoker (quit 1990, 25 pack-years). Lives alone since wife's death in 2022; daughter nearby.
Depression screen PHQ-2: 0. Cognitive assessment: Mini-Cog 5/5 — no concerns from patient or daughter.

MEDICAL HISTORY / PROBLEMS
Hypertension with chronic kidney disease stage 3b (eGFR 40s, stable 2 years). Paroxysmal atrial fibrillation (2021) on apixaban, rate controlled. Hyperlipidemia. Benign prostatic hyperplasia (mild, no treatment). Bilateral hearing loss.
MEDICATIONS: apixaban 5 mg twice daily; metoprolol succinate 50 mg daily; amlodipine 10 mg daily; losartan 50 mg daily; atorvastatin 20 mg daily.
ALLERGIES: codeine — nausea and vomiting.

EXAM: BP 132/78, HR 64 regular, Wt 82 kg, BMI 26.8. Heart regular, no murmur. Lungs clear. No edema. Feet: intact.
Labs today: creatinine 1.6 mg/dL, eGFR 43, potassium 4.7, urine albumin/creatinine 45 mg/g, LDL 78.

ASSESSMENT
1. Medicare annual wellness visit, subsequent — no new abnormal findings.
2. Hypertensive chronic kidney disease, stage 3b — stable; BP at goal.
3. Paroxysmal atrial fibrillation on long-term anticoagulation — in sinus rhythm today; apixaban dose appropriate (age < 80, weight > 60 kg; creatinine >= 1.5 is the only criterion).
4. Hyperlipidemia, at goal.

PERSONALISED PREVENTION PLAN
- Influenza vaccine (high-dose) given today. PCV20 received 2023; Shingrix series complete 2022; RSV vaccine received 09/2023. COVID-19 2024-25 dose recommended — he will get it at the pharmacy.
- Colorectal screening: aged out, no further screening by shared decision. AAA ultrasound done 2012 (normal).
- Fall prevention: continue walking; home safety checklist given.
- Advance care planning (discussed voluntarily, 20 minutes, with daughter present): he brought his living will and patient advocate designation executed 10/20/2024 with his attorney; reviewed and scanned today. He wishes full treatment now; no prolonged life support if terminally ill or permanently unconscious. Remains full code.
- Written screening schedule provided.
- He signed an authorization for his daughter to receive copies of his records.

PLAN: Continue current medications. BMP and UACR in 6 months. Return in 6 months.

Electronically signed: Susan E. Hartwell, MD   10/29/2024 15:40
`,
    }),
    doc({
      id: 'doc-haines-ad-20241029',
      type: 'advance-directive',
      title: 'Living Will and Patient Advocate Designation (Michigan)',
      authorText: 'Walter E. Haines (declarant); executed at office of Morrison & Pike, attorneys',
      at: '2024-10-29T10:30',
      written: '2024-10-29T11:00',
      enc: WH.awv,
      text: `
DESIGNATION OF PATIENT ADVOCATE AND LIVING WILL
(Michigan Estates and Protected Individuals Code, MCL 700.5506 et seq.)
[Original retained by declarant; copy scanned at Lakeside Family Medicine 10/29/2024 11:00]

I, WALTER EUGENE HAINES, date of birth 05/09/1946, of 55 Lighthouse Lane, Lakeside, Michigan, being of sound mind and acting voluntarily, make this designation.

1. PATIENT ADVOCATE. I designate my daughter, SUSAN HAINES KERR, 1902 Bluff Road, Lakeside, MI 49116, telephone (269) 555-0149, as my patient advocate to make care, custody and medical treatment decisions for me when I am unable to participate in medical treatment decisions, as determined by my attending physician and another physician or licensed psychologist.
   If she is unable or unwilling to serve, I designate my son, ROBERT HAINES, Ann Arbor, Michigan, telephone (734) 555-0188, as successor patient advocate.

2. AUTHORITY REGARDING LIFE-SUSTAINING TREATMENT. I expressly authorize my patient advocate to make a decision to withhold or withdraw treatment that would allow me to die, and I acknowledge that such a decision could or would allow my death.

3. MY WISHES (LIVING WILL).
   a. If I have a terminal condition with no reasonable expectation of recovery, or I am permanently unconscious, I do not want cardiopulmonary resuscitation, mechanical ventilation, dialysis or artificial nutrition and hydration, except as needed for comfort.
   b. In all other situations I want full medical treatment, including resuscitation, until my physicians believe it will not restore me to a quality of life I would accept (able to recognise my family and live outside a nursing home).
   c. I want pain and symptom relief at all times, even if it may shorten my life.
   d. I would like to die at home if possible.
   e. I wish to donate any organs or tissues that may be useful.

4. HIPAA. My patient advocate is my personal representative for access to my health information when this designation is in effect.

Signed: Walter E. Haines                       Date: 10/20/2024

WITNESSES: We declare that the person who signed this document appears to be of sound mind and under no duress, fraud or undue influence. Neither of us is the declarant's spouse, parent, child, grandchild, sibling, presumptive heir, known devisee, physician, patient advocate, or an employee of a life or health insurance provider for the declarant, of a health facility treating the declarant, or of a home for the aged or community mental health services program.
Witness 1: Janet L. Morrison, 220 Commerce St, Lakeside MI        Date: 10/20/2024
Witness 2: Peter Kowal, 220 Commerce St, Lakeside MI              Date: 10/20/2024

ACCEPTANCE BY PATIENT ADVOCATE: I, Susan Haines Kerr, accept this designation and agree to act in the patient's best interests and according to his wishes.
Signed: Susan Haines Kerr                       Date: 10/20/2024
Successor acceptance: Robert Haines             Date: 10/22/2024
`,
    }),
    doc({
      id: 'doc-haines-auth-20241029',
      type: 'authorization-form',
      title: 'Authorization for Release of Information — Daughter',
      authorText: 'Walter E. Haines (patient)',
      at: '2024-10-29T10:45',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM
AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION (Form HIM-ROI-01)

Patient name: Walter Eugene Haines      Date of birth: 05/09/1946      MRN: LC001208
Address: 55 Lighthouse Lane, Lakeside, MI 49116

1. I authorize: Lakeside Community Health System (all clinics, emergency department and hospital)
2. To disclose to: Susan Haines Kerr (daughter), 1902 Bluff Road, Lakeside, MI 49116, (269) 555-0149, by mail, patient portal proxy access or in person with photo ID.
3. Information to be disclosed: office visit notes, hospital and emergency records, test results, medication lists and appointment information, for dates of service 10/01/2024 through the expiration date. EXCLUDED: none specified.
4. Purpose: at the request of the individual — to help coordinate my care.
5. This authorization expires on: 10/29/2026.
6. I may revoke this authorization at any time in writing to the HIM Department; revocation does not affect information already released in reliance on it.
7. Lakeside Community Health System will not condition my treatment, payment, enrollment or eligibility for benefits on whether I sign this authorization.
8. Information disclosed may be re-disclosed by the recipient and may no longer be protected by federal privacy rules.
9. I am entitled to a copy of this signed authorization (copy given).

Signature of patient: Walter E. Haines          Date: 10/29/2024
Witness (clinic staff): Gina Morales, MA        Date: 10/29/2024 10:45
`,
    }),
    doc({
      id: 'doc-haines-ed-20250604',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Chest Pain',
      enc: WH.ed,
      author: 'prv-whitfield',
      at: '2025-06-04T08:00',
      signed: '2025-06-04T14:05',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 06/04/2025 07:50   Attending: James Whitfield, MD   Triage ESI 2 (chest pain, age 79)

CHIEF COMPLAINT: Left chest pain since waking.

HISTORY OF PRESENT ILLNESS
79-year-old man with hypertensive CKD stage 3b, paroxysmal atrial fibrillation on apixaban and hyperlipidemia who woke at 05:30 with sharp left-sided chest pain, 5/10, under the left nipple, worse with deep breaths, twisting and lying on the left side, not related to walking. Yesterday afternoon he helped his grandson move a sleeper sofa up a flight of stairs. No radiation, diaphoresis, nausea, dyspnea, palpitations, syncope, cough, fever or leg swelling. Has taken every dose of apixaban. Never had chest pain like this; no known coronary disease; stress test 2021 normal.

PMH/MEDICATIONS: as in chart — apixaban 5 mg BID, metoprolol succinate 50 mg, amlodipine 10 mg, losartan 50 mg, atorvastatin 20 mg.
ALLERGIES: Codeine (nausea, vomiting).
SOCIAL: Former smoker, quit 1990. Lives alone, independent. Advance directive on file; full code.

REVIEW OF SYSTEMS: Negative except as above.

PHYSICAL EXAM
T 36.6 C, HR 68, BP 146/84, RR 16, SpO2 97% RA. Comfortable.
Chest wall: reproducible point tenderness over the left 4th and 5th costochondral junctions and adjacent intercostal space that reproduces his pain exactly; no swelling, bruising or crepitus. Lungs clear, equal breath sounds. Heart regular, no murmur or rub. Abdomen benign. Calves soft, no edema. Pulses equal in both arms.

RESULTS
ECG 08:02: sinus rhythm 66, first-degree AV block (PR 216 ms), no acute ST-T changes, unchanged from 10/2023 (see cardiology report).
High-sensitivity troponin I: 6 ng/L at 08:10 and 7 ng/L at 10:15 (delta 1) — negative for myocardial injury.
BMP: creatinine 1.6 mg/dL, eGFR 43 (baseline), potassium 4.5. CBC: hemoglobin 13.1 g/dL.
Chest radiograph: no pneumothorax, infiltrate or effusion; no rib fracture seen.
HEART score 3 (age 2, risk factors 1): low risk. Pulmonary embolism considered unlikely — therapeutically anticoagulated, pleuritic component explained by chest-wall findings, SpO2 normal.

ED COURSE
Acetaminophen 1,000 mg PO with improvement to 2/10. Aspirin withheld (on anticoagulation, low suspicion for ACS). NSAIDs avoided (CKD, anticoagulation).

ASSESSMENT
1. Chest wall pain, musculoskeletal, after heavy lifting the previous day; acute coronary syndrome ruled out by serial troponin and ECG.
2. Paroxysmal atrial fibrillation, in sinus rhythm; on long-term apixaban.
3. Hypertensive chronic kidney disease, stage 3b, at baseline.

PLAN
Acetaminophen 1,000 mg every 8 hours as needed (max 3 g/day); lidocaine 4% patch to the chest wall 12 hours on/12 off. Avoid heavy lifting for 2 weeks. Follow up with Dr. Hartwell in 1 week. Return for exertional pain, shortness of breath, fainting, palpitations or bleeding. Discussed with daughter by phone at patient's request.
Disposition: home, 13:30.

Electronically signed: James Whitfield, MD   06/04/2025 14:05
`,
    }),
    doc({
      id: 'doc-haines-ecg-20250604',
      type: 'cardiology-report',
      title: 'Electrocardiogram, 12-Lead — Interpretation',
      enc: WH.ed,
      author: 'prv-whitfield',
      at: '2025-06-04T08:02',
      signed: '2025-06-04T08:15',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — ELECTROCARDIOGRAPHY
Patient: HAINES, WALTER EUGENE   MRN: LC001208   DOB: 05/09/1946   Account: 4025060402
Recorded: 06/04/2025 08:02   Location: Emergency Department   Indication: chest pain
Interpreting physician: James Whitfield, MD (emergency physician interpretation)

MEASUREMENTS
Ventricular rate 66 bpm. PR interval 216 ms. QRS duration 96 ms. QT/QTc 404/423 ms. Axis: P 52, QRS -12, T 38.

INTERPRETATION
1. Sinus rhythm.
2. First-degree atrioventricular block.
3. Borderline left axis deviation.
4. No acute ST-segment elevation or depression; no pathological Q waves; T waves upright in I, II, aVL, V2-V6.
5. No atrial fibrillation on this tracing.

COMPARISON: ECG of 10/17/2023 — sinus rhythm with first-degree AV block, PR 210 ms. No significant change.

CONCLUSION: Abnormal ECG (first-degree AV block), unchanged from prior; no acute ischemic changes.
Formal cardiology over-read: pending (outsourced reading service).

Electronically signed: James Whitfield, MD   06/04/2025 08:15
`,
    }),
    doc({
      id: 'doc-haines-lab-20250604',
      type: 'laboratory-report',
      title: 'ED Laboratory — Serial hs-Troponin, BMP, CBC',
      enc: WH.ed,
      author: 'prv-iqbal',
      at: '2025-06-04T08:10',
      written: '2025-06-04T10:55',
      signed: '2025-06-04T11:00',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — CLINICAL LABORATORY
Patient: HAINES, WALTER EUGENE   MRN: LC001208   DOB: 05/09/1946   Sex: M   Account: 4025060402
Ordering: James Whitfield, MD   Location: Emergency Department

TROPONIN I, HIGH SENSITIVITY (male 99th percentile upper reference limit 20 ng/L)
  0 h   collected 06/04/2025 08:10 ..... 6 ng/L    (<=20)
  2 h   collected 06/04/2025 10:15 ..... 7 ng/L    (<=20)
  Delta (0-2 h) ........................ 1 ng/L    (rule-out pathway: both < 20 and delta < 3)

BASIC METABOLIC PANEL (08:10)
  Sodium ............... 140 mmol/L    (136-145)
  Potassium ............ 4.5 mmol/L    (3.5-5.1)
  Chloride ............. 104 mmol/L    (98-107)
  Bicarbonate .......... 24 mmol/L     (22-29)
  Glucose .............. 102 mg/dL     (70-99)      H
  BUN .................. 28 mg/dL      (8-23)       H
  Creatinine ........... 1.6 mg/dL     (0.7-1.3)    H
  eGFR (CKD-EPI 2021) .. 43 mL/min/1.73m2  (>=60)   L

CBC (08:10)
  WBC .................. 6.9 x10^3/uL  (4.5-11.0)
  Hemoglobin ........... 13.1 g/dL     (13.5-17.5)  L
  Platelets ............ 201 x10^3/uL  (150-400)

Verified by laboratory medical director: Samira Iqbal, MD
`,
    }),
    doc({
      id: 'doc-haines-cxr-20250604',
      type: 'radiology-report',
      title: 'XR Chest, 2 Views',
      enc: WH.ed,
      author: 'prv-ferraro',
      at: '2025-06-04T08:40',
      signed: '2025-06-04T09:12',
      text: `
LAKESIDE COMMUNITY HEALTH SYSTEM — DEPARTMENT OF RADIOLOGY
Patient: HAINES, WALTER EUGENE   MRN: LC001208   DOB: 05/09/1946   Account: 4025060402
Exam: XR CHEST, 2 VIEWS (PA and lateral)   Performed: 06/04/2025 08:40
Ordering: James Whitfield, MD   Indication: Left pleuritic chest pain after heavy lifting; anticoagulated.

COMPARISON: Chest radiograph 10/17/2023.

FINDINGS:
Heart size upper normal, unchanged. Aortic knob calcification. Lungs are clear without consolidation, edema or mass. No pleural effusion. No pneumothorax. Mild degenerative changes of the thoracic spine. No displaced rib fracture identified; dedicated rib views are more sensitive if clinically needed.

IMPRESSION:
No acute cardiopulmonary abnormality. No pneumothorax. Stable cardiomediastinal silhouette.

Electronically signed: Linda Ferraro, MD   06/04/2025 09:12
`,
    }),
  ],
  problems: [
    {
      id: 'prob-haines-htnckd',
      description: 'Hypertensive chronic kidney disease, stage 3b',
      status: 'active',
      onset: '2019-06-01',
      recordedAt: '2024-10-29T15:40',
      encounterId: WH.awv,
    },
    {
      id: 'prob-haines-paf',
      description: 'Paroxysmal atrial fibrillation, on apixaban',
      status: 'active',
      onset: '2021-03-01',
      recordedAt: '2024-10-29T15:40',
      encounterId: WH.awv,
    },
    { id: 'prob-haines-hld', description: 'Hyperlipidemia', status: 'active', onset: '2010-01-01', recordedAt: '2024-10-29T15:40' },
    {
      id: 'prob-haines-hearing',
      description: 'Bilateral sensorineural hearing loss, uses hearing aids',
      status: 'active',
      onset: '2015-01-01',
      recordedAt: '2024-10-29T15:40',
    },
    {
      id: 'prob-haines-cwp',
      description: 'Chest wall pain after heavy lifting (06/2025) — ACS ruled out',
      status: 'resolved',
      onset: '2025-06-04',
      recordedAt: '2025-06-04T14:05',
      encounterId: WH.ed,
    },
  ],
  medications: [
    med('med-haines-apixaban', 'Apixaban', '5 mg', 'oral', 'twice daily', 'active', '2021-03-15T08:00', { by: 'prv-hartwell' }),
    med('med-haines-metoprolol', 'Metoprolol succinate', '50 mg', 'oral', 'daily', 'active', '2021-03-15T08:00', { by: 'prv-hartwell' }),
    med('med-haines-amlodipine', 'Amlodipine', '10 mg', 'oral', 'daily', 'active', '2018-05-01T08:00', { by: 'prv-hartwell' }),
    med('med-haines-losartan', 'Losartan', '50 mg', 'oral', 'daily', 'active', '2019-06-01T08:00', { by: 'prv-hartwell' }),
    med('med-haines-atorvastatin', 'Atorvastatin', '20 mg', 'oral', 'daily', 'active', '2010-01-01T08:00', { by: 'prv-hartwell' }),
    med('med-haines-apap-ed', 'Acetaminophen', '1000 mg', 'oral', 'once', 'completed', '2025-06-04T08:30', {
      end: '2025-06-04T08:30',
      by: 'prv-whitfield',
      enc: WH.ed,
      setting: 'inpatient',
    }),
    med(
      'med-haines-lidopatch',
      'Lidocaine 4% topical patch',
      '1 patch',
      'topical',
      '12 hours on, 12 hours off',
      'completed',
      '2025-06-04T13:20',
      { end: '2025-06-18T00:00', by: 'prv-whitfield', enc: WH.ed },
    ),
  ],
  allergies: [
    {
      id: 'alg-haines-codeine',
      substance: 'Codeine',
      category: 'medication',
      reaction: 'Nausea and vomiting (intolerance)',
      severity: 'mild',
      recordedAt: '2024-10-29T10:00',
    },
  ],
  orders: [
    ord(
      'ord-haines-awv-labs',
      WH.awv,
      'lab',
      'Basic metabolic panel, urine albumin/creatinine ratio, lipid panel',
      '2024-10-29T10:20',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-haines-flu',
      WH.awv,
      'medication',
      'Influenza vaccine, high-dose trivalent 2024-25, 0.5 mL IM once',
      '2024-10-29T10:50',
      'prv-hartwell',
      'completed',
    ),
    ord(
      'ord-haines-ecg',
      WH.ed,
      'procedure',
      '12-lead ECG now (within 10 minutes of arrival)',
      '2025-06-04T07:55',
      'prv-whitfield',
      'completed',
    ),
    ord('ord-haines-trop', WH.ed, 'lab', 'hs-Troponin I at 0 and 2 hours; BMP; CBC', '2025-06-04T08:05', 'prv-whitfield', 'completed'),
    ord(
      'ord-haines-cxr',
      WH.ed,
      'imaging',
      'XR chest 2 views — pleuritic chest pain, anticoagulated',
      '2025-06-04T08:05',
      'prv-whitfield',
      'completed',
    ),
    ord('ord-haines-apap', WH.ed, 'medication', 'Acetaminophen 1,000 mg PO once', '2025-06-04T08:25', 'prv-whitfield', 'completed'),
  ],
  results: [
    res(
      'res-haines-cr-awv',
      WH.awv,
      'Basic metabolic panel',
      'Creatinine',
      1.6,
      'mg/dL',
      { low: 0.7, high: 1.3 },
      'H',
      '2024-10-29T10:25',
      '2024-10-29T13:00',
    ),
    res(
      'res-haines-egfr-awv',
      WH.awv,
      'Basic metabolic panel',
      'eGFR (CKD-EPI 2021)',
      43,
      'mL/min/1.73m2',
      { low: 60 },
      'L',
      '2024-10-29T10:25',
      '2024-10-29T13:00',
    ),
    res(
      'res-haines-k-awv',
      WH.awv,
      'Basic metabolic panel',
      'Potassium',
      4.7,
      'mmol/L',
      { low: 3.5, high: 5.1 },
      undefined,
      '2024-10-29T10:25',
      '2024-10-29T13:00',
    ),
    res(
      'res-haines-uacr',
      WH.awv,
      undefined,
      'Urine albumin/creatinine ratio',
      45,
      'mg/g',
      { high: 30 },
      'H',
      '2024-10-29T10:25',
      '2024-10-29T13:00',
    ),
    res(
      'res-haines-ldl',
      WH.awv,
      'Lipid panel',
      'LDL cholesterol (calculated)',
      78,
      'mg/dL',
      { high: 100 },
      undefined,
      '2024-10-29T10:25',
      '2024-10-29T13:00',
    ),
    res(
      'res-haines-trop-0',
      WH.ed,
      'hs-Troponin I',
      'Troponin I, high sensitivity (0 h)',
      6,
      'ng/L',
      { high: 20 },
      undefined,
      '2025-06-04T08:10',
      '2025-06-04T08:48',
    ),
    res(
      'res-haines-trop-2',
      WH.ed,
      'hs-Troponin I',
      'Troponin I, high sensitivity (2 h)',
      7,
      'ng/L',
      { high: 20 },
      undefined,
      '2025-06-04T10:15',
      '2025-06-04T10:55',
    ),
    res(
      'res-haines-cr-ed',
      WH.ed,
      'Basic metabolic panel',
      'Creatinine',
      1.6,
      'mg/dL',
      { low: 0.7, high: 1.3 },
      'H',
      '2025-06-04T08:10',
      '2025-06-04T08:50',
    ),
    res(
      'res-haines-egfr-ed',
      WH.ed,
      'Basic metabolic panel',
      'eGFR (CKD-EPI 2021)',
      43,
      'mL/min/1.73m2',
      { low: 60 },
      'L',
      '2025-06-04T08:10',
      '2025-06-04T08:50',
    ),
    res(
      'res-haines-hgb-ed',
      WH.ed,
      'CBC',
      'Hemoglobin',
      13.1,
      'g/dL',
      { low: 13.5, high: 17.5 },
      'L',
      '2025-06-04T08:10',
      '2025-06-04T08:35',
    ),
  ],
  procedures: [],
  immunizations: [
    {
      id: 'imm-haines-flu-hd',
      vaccine: 'Influenza vaccine, high-dose trivalent 2024-25 (Fluzone High-Dose), 0.5 mL',
      administeredAt: '2024-10-29T10:55',
      lotNumber: 'UT8412KA',
      site: 'left deltoid',
      route: 'intramuscular',
      encounterId: WH.awv,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// 15. Kwame Kofi Asante — registered in the ED as "Kwame Asanti" (corrected 04/26/2025).
//     Work-related laceration of the left palm (utility knife), repaired; suture removal.
//     Defect: ED laceration-repair procedure note never signed.
// ---------------------------------------------------------------------------------------------
const KA = { ed: 'enc-asante-ed-20250416', op: 'enc-asante-op-20250426' };
patients.push({
  id: 'pt-asante-kwame',
  mrn: 'LC010988',
  name: { family: 'Asante', given: ['Kwame', 'Kofi'] },
  previousNames: [{ family: 'Asanti', given: ['Kwame'], reason: 'registration-error', until: '2025-04-26' }],
  aliases: [],
  birthDate: '1990-11-11',
  sex: 'male',
  address: { line: ['2020 Quarry Road'], city: 'Millbrook', state: 'MI', postalCode: '49120', country: 'US' },
  phone: '(269) 555-0139',
  language: 'English',
  identifiers: [
    { type: 'insurance-member', value: 'BLH770214596', issuer: 'Blue Lake Health Plan (commercial)' },
    {
      type: 'other',
      value: 'WC-GLM-2025-041687',
      issuer: "Workers' compensation claim — Great Lakes Mutual Casualty (employer Ridgeline Builders)",
    },
    { type: 'ssn-last4', value: '5531' },
  ],
  alerts: [
    {
      kind: 'administrative',
      text: "Workers' compensation: ED visit 04/16/2025 and follow-up 04/26/2025 billed to Great Lakes Mutual Casualty, claim WC-GLM-2025-041687.",
    },
    {
      kind: 'administrative',
      text: 'Surname corrected from "Asanti" (ED registration typo) to "Asante" on 04/26/2025 from driver\'s licence.',
    },
  ],
  encounters: [
    enc(
      KA.ed,
      '4025041606',
      'emergency',
      '2025-04-16T10:25',
      '2025-04-16T12:40',
      'prv-nakamura',
      'Emergency Medicine',
      'Emergency Department, fast track 3',
      'Laceration of left hand at work',
      'self',
      'home',
    ),
    enc(
      KA.op,
      '4025042602',
      'outpatient',
      '2025-04-26T09:30',
      '2025-04-26T09:55',
      'prv-dunne',
      'Family Medicine',
      'Lakeside Family Medicine Clinic (walk-in)',
      'Suture removal, left palm',
      'self',
      'home',
    ),
  ],
  documents: [
    doc({
      id: 'doc-asante-ed-20250416',
      type: 'emergency-note',
      title: 'Emergency Department Physician Note — Hand Laceration (Work Injury)',
      enc: KA.ed,
      author: 'prv-nakamura',
      at: '2025-04-16T10:35',
      signed: '2025-04-16T13:10',
      text: `
EMERGENCY DEPARTMENT PHYSICIAN RECORD
Arrival: 04/16/2025 10:25   Attending: Keiko Nakamura, MD   Triage ESI 4
Workers' compensation: yes — employer Ridgeline Builders (site supervisor accompanied patient).

CHIEF COMPLAINT: Cut to the left hand at work.

HISTORY OF PRESENT ILLNESS
34-year-old right-handed drywall installer who was cutting drywall with a utility knife at a new house under construction on Crestview Drive at about 09:50 when the blade slipped and cut across his left palm. Bled heavily, controlled with a clean rag and pressure by the supervisor. No numbness or tingling of the fingers, can bend all fingers. Blade was new and intact; no retained fragment suspected. Last tetanus: does not remember, "maybe in school."

PMH: None. MEDICATIONS: None. ALLERGIES: No known drug allergies.
SOCIAL: Non-smoker, occasional alcohol.

REVIEW OF SYSTEMS: Negative except as above.

PHYSICAL EXAM
BP 132/80, HR 78, T 36.7 C.
Left hand: 4.5 cm linear laceration across the thenar eminence of the palm, clean edges, depth through dermis into subcutaneous fat; no visible tendon, no foreign body on inspection, bleeding controlled. Flexor digitorum superficialis and profundus intact to all digits tested individually; flexor pollicis longus intact; thumb opposition strong. Two-point discrimination 5 mm on radial and ulnar sides of the thumb and index finger. Capillary refill < 2 seconds all digits. No bony tenderness.

ED COURSE
Laceration repaired by Dr. Nakamura (see procedure note). Tdap given (tetanus history unknown, clean minor wound after cleaning -> Tdap indicated).

ASSESSMENT
Laceration without foreign body of the left hand (palm), initial encounter. Injury occurred at work with a utility knife while cutting drywall at a building under construction.

PLAN
Keep dry 24-48 hours, then gentle washing. Ibuprofen or acetaminophen for pain. Suture removal in 10-12 days (palm). Watch for infection. Work note: light duty, no use of the left hand for gripping tools until sutures removed. Workers' compensation first-report form completed for the employer.
Disposition: home, 12:40.

Electronically signed: Keiko Nakamura, MD   04/16/2025 13:10
`,
    }),
    doc({
      id: 'doc-asante-proc-20250416',
      type: 'procedure-note',
      title: 'Procedure Note — Laceration Repair, Left Palm',
      enc: KA.ed,
      author: 'prv-nakamura',
      at: '2025-04-16T11:20',
      written: '2025-04-16T12:30',
      status: 'in-progress',
      text: `
PROCEDURE NOTE — LACERATION REPAIR
Patient: (registered as) Kwame Asanti   Date: 04/16/2025   Performed by: Keiko Nakamura, MD
Location: Emergency Department, fast track 3

INDICATION: 4.5 cm laceration of the left palm (thenar eminence) sustained at work with a utility knife.
CONSENT: Verbal consent obtained after discussion of risks (infection, scarring, dehiscence, nerve or tendon injury not apparent) and benefits.
TIME-OUT: Performed 11:18.

ANESTHESIA: Lidocaine 1% without epinephrine, 5 mL, local infiltration through the wound edges. Neurovascular exam documented before anesthesia.

PREPARATION: Wound irrigated with 250 mL sterile saline under pressure. Explored in a bloodless field with a finger tourniquet not required: base is subcutaneous fat; no tendon sheath violation, no foreign body, no arterial bleeding. Prepped with povidone-iodine and draped sterilely.

REPAIR: Simple (single-layer) closure. Seven interrupted 4-0 nylon sutures placed. Good approximation, no tension. Length repaired: 4.5 cm.

DRESSING: Antibiotic ointment, non-adherent dressing, gauze wrap.

ESTIMATED BLOOD LOSS: Minimal. COMPLICATIONS: None. Patient tolerated well.
POST-PROCEDURE: Capillary refill and sensation intact distally; full active flexion and extension of all digits.

Sutures out in 10-12 days.
[Unsigned — draft saved 04/16/2025 12:30]
`,
    }),
    doc({
      id: 'doc-asante-pn-20250426',
      type: 'progress-note',
      title: 'Walk-in Visit — Suture Removal',
      enc: KA.op,
      author: 'prv-dunne',
      at: '2025-04-26T09:30',
      signed: '2025-04-26T10:40',
      text: `
LAKESIDE FAMILY MEDICINE — WALK-IN VISIT
Patient: Kwame K. Asante   DOB 11/11/1990   Date: 04/26/2025   Clinician: Megan R. Dunne, FNP-C
Registration note: surname corrected today from "Asanti" to "Asante" and middle name added, verified against Michigan driver's licence; merged with no other record (no duplicate found). Workers' compensation claim WC-GLM-2025-041687 confirmed with employer.

S: Here for removal of 7 sutures from a left palm laceration repaired in the Lakeside ED on 04/16/2025 (work injury, utility knife). Healing well, mild itch, no pain, redness, drainage or fever. Full finger movement. On light duty since the injury; wants to return to full duty.

O: T 36.6 C. Left palm: 4.5 cm well-approximated linear wound over the thenar eminence, no erythema, warmth, drainage or dehiscence; 7 intact nylon sutures. Full active flexion/extension of thumb and all fingers, opposition strong, grip 5/5. Sensation intact to light touch in the thumb and index finger.

PROCEDURE: Seven sutures removed without difficulty. Wound edges remained approximated; Steri-Strips applied.

A: Laceration without foreign body of the left hand, subsequent encounter — healing well without infection; sutures removed.

P: Keep Steri-Strips on for 5 days. Gloves for work. Scar care after 2 weeks (massage, sunscreen). Return to full duty without restrictions from 04/28/2025 — work status form completed for the employer and insurer. Return if redness, swelling or drainage develops.

Electronically signed: Megan R. Dunne, FNP-C   04/26/2025 10:40
`,
    }),
  ],
  problems: [
    {
      id: 'prob-asante-lac',
      description: 'Laceration of left palm (work injury 04/16/2025) — healed',
      status: 'resolved',
      onset: '2025-04-16',
      recordedAt: '2025-04-16T13:10',
      encounterId: KA.ed,
    },
  ],
  medications: [
    med('med-asante-lidocaine', 'Lidocaine 1% without epinephrine', '5 mL', 'local infiltration', 'once', 'completed', '2025-04-16T11:20', {
      end: '2025-04-16T11:20',
      by: 'prv-nakamura',
      enc: KA.ed,
      setting: 'inpatient',
    }),
  ],
  allergies: [],
  orders: [
    ord(
      'ord-asante-repair',
      KA.ed,
      'procedure',
      'Laceration repair tray; 4-0 nylon; lidocaine 1% plain',
      '2025-04-16T10:55',
      'prv-nakamura',
      'completed',
    ),
    ord('ord-asante-tdap', KA.ed, 'medication', 'Tdap 0.5 mL IM once', '2025-04-16T10:55', 'prv-nakamura', 'completed'),
  ],
  results: [],
  procedures: [
    {
      id: 'proc-asante-repair',
      encounterId: KA.ed,
      description: 'Simple repair of 4.5 cm laceration, left palm (7 interrupted 4-0 nylon sutures)',
      performedAt: '2025-04-16T11:20',
      performerId: 'prv-nakamura',
    },
    {
      id: 'proc-asante-suture-removal',
      encounterId: KA.op,
      description: 'Removal of 7 sutures, left palm',
      performedAt: '2025-04-26T09:40',
      performerId: 'prv-dunne',
    },
  ],
  immunizations: [
    {
      id: 'imm-asante-tdap',
      vaccine: 'Tdap (Boostrix), 0.5 mL',
      administeredAt: '2025-04-16T11:05',
      lotNumber: '4DL71',
      site: 'right deltoid',
      route: 'intramuscular',
      encounterId: KA.ed,
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Loose documents — the Filing queue. Where each belongs is documented in
// docs/content/lakeside-community.md (never in the documents themselves).
// ---------------------------------------------------------------------------------------------
looseDocuments.push(
  {
    id: 'loose-fax-harbor-prenatal',
    receivedAt: '2025-02-11T08:14',
    source: "Fax — Harbor Women's Care, Grand Harbor MI, (616) 555-0401",
    labelledType: 'Prenatal records',
    title: 'Prenatal records (ACOG flow sheet and labs) — BROOKS, AISHA N',
    pages: 6,
    sensitivity: ['hiv'],
    text: clean(`
HARBOR WOMEN'S CARE — FAX COVER SHEET
1400 Lakeshore Drive, Grand Harbor, MI 49417   Tel (616) 555-0400   Fax (616) 555-0401
Date: 02/11/2025 08:10   Pages (including cover): 6
To: Lakeside Women's Health — Medical Records   Fax: (269) 555-0147
Re: Records request dated 02/05/2025 — transfer of prenatal care
Patient: BROOKS, AISHA N      DOB: 09/14/1990      Practice ID: HWC-228841
CONFIDENTIALITY NOTICE: This facsimile contains protected health information, including HIV test results, that is privileged and confidential. If you are not the intended recipient, notify the sender at (616) 555-0400 and destroy all copies.

PRENATAL RECORD — SUMMARY (pages 2-6)
Patient: Brooks, Aisha N (chart also lists "Rahman, Aisha" as maiden name)   DOB 09/14/1990
G2 P1001   LMP 05/23/2024   EDD 02/27/2025 (LMP, confirmed by 8-week US)
Prior obstetric history: 2021 primary low-transverse cesarean at 40w1d for arrest of descent, 3,900 g male, uncomplicated.
Allergies: penicillin (hives).   Blood type: A positive; antibody screen negative.

Visit flow sheet
Date        GA      BP       Wt(kg)  FH    FHR   Urine P/G   Notes
07/24/2024  8w6d    112/70   70.0    --    162   neg/neg     Dating US CRL = 8w6d. Nausea. PNV.
08/15/2024  12w0d   110/68   70.8    --    158   neg/neg     NIPT low risk (male).
09/12/2024  16w0d   114/72   72.1    --    150   neg/neg     Discussed TOLAC vs repeat CS; undecided.
10/10/2024  20w0d   116/70   73.5    20    146   neg/neg     Anatomy US normal; placenta anterior fundal.
11/07/2024  24w0d   118/74   74.9    24    144   neg/neg     Feeling well.
12/05/2024  28w0d   118/72   76.2    28    142   neg/neg     1-h GCT 118 (normal). Hgb 11.2. Rh pos - no RhIG.
12/12/2024  29w0d   120/74   76.4    29    140   neg/neg     Tdap given (lot 3K9PQ). Moving to Lakeside in Jan.
01/02/2025  32w0d   118/76   77.6    32    138   neg/neg     Leaning toward repeat cesarean.
01/16/2025  34w0d   120/76   78.1    34    140   neg/trace   Last visit here; records to new OB on request.

Initial labs (07/24/2024): CBC Hgb 12.4, Plt 231; rubella immune; varicella immune; HBsAg nonreactive; HCV Ab nonreactive; RPR nonreactive; HIV-1/2 Ag/Ab nonreactive; GC/CT NAAT negative; urine culture no growth; Pap/HPV co-test 2022 negative (not repeated).

Signed: Rebecca Tan, MD, Harbor Women's Care   01/16/2025
`),
  },
  {
    id: 'loose-reflab-nipt-carter',
    receivedAt: '2024-12-13T11:02',
    source: "Great Lakes Reference Laboratory — electronic fax to Lakeside Women's Health",
    labelledType: 'Lab result',
    title: 'Cell-free DNA prenatal screen — CARTER, EMILY R',
    pages: 2,
    sensitivity: ['genetic'],
    text: clean(`
GREAT LAKES REFERENCE LABORATORY
800 Research Drive, Ann Arbor, MI 48108   CLIA 23D0998812   Client services (800) 555-0190

PATIENT: CARTER, EMILY R          DOB: 06/21/1995          Sex: F
Client: Lakeside Women's Health, Lakeside MI (client #LW-2210)
Client patient ID / account on requisition: 4024120302
Ordering provider: Teresa Reyes, CNM
Accession: GLR-24-7739105
Collected: 12/03/2024 10:00     Received: 12/05/2024     Reported: 12/12/2024 17:45

TEST: Cell-free DNA prenatal screen (trisomies 21, 18, 13)
Gestational age at collection: 9 weeks 0 days (by LMP)   Singleton pregnancy   Maternal weight 80 kg

RESULTS
  Trisomy 21 .................. LOW RISK  (< 1/10,000)
  Trisomy 18 .................. LOW RISK  (< 1/10,000)
  Trisomy 13 .................. LOW RISK  (< 1/10,000)
  Fetal fraction .............. 9.2 %
  Sex chromosome analysis ..... Not requested

INTERPRETATION: Low-risk result. Cell-free DNA screening is not diagnostic; it does not screen for all chromosomal or genetic conditions. Maternal serum AFP screening for open neural tube defects at 15-22 weeks or ultrasound assessment is still recommended.

Laboratory director: Howard Lin, MD, PhD   Electronically released 12/12/2024 17:45
`),
  },
  {
    id: 'loose-outside-ed-voss',
    receivedAt: '2025-02-20T14:30',
    source: 'Fax — Bayview Medical Center, Health Information Management, (616) 555-0700',
    labelledType: 'ED record',
    title: 'Emergency Department record — VOSS, TYLER J — DOS 01/26/2025',
    pages: 4,
    text: clean(`
BAYVIEW MEDICAL CENTER — HEALTH INFORMATION MANAGEMENT
Release of information — requested by Lakeside Community Health ED (J. Whitfield, MD) 02/16/2025 for continuing care.

EMERGENCY DEPARTMENT RECORD
Patient: VOSS, TYLER J     DOB: 10/03/1996     Bayview MRN: BMC-00918234     Encounter: 250126-0412
Date of service: 01/26/2025   Arrival 01:14 by EMS   Departure 04:02
Attending: Rachel Odom, DO

CHIEF COMPLAINT: Unresponsive — suspected overdose.
HPI: 28-year-old man found unresponsive in a car outside a convenience store; bystander called 911. EMS: RR 4, SpO2 70%, pinpoint pupils; naloxone 2 mg IN then 2 mg IM with awakening. Patient states he took "a blue 30" purchased on the street. Denies intent to harm himself.
EXAM: On arrival GCS 14, RR 14, SpO2 95% on 2 L. Pupils 3 mm. Lungs clear. No trauma.
RESULTS: UDS positive for fentanyl and THC. Ethanol negative. Acetaminophen and salicylate negative. ECG sinus rhythm.
COURSE: Observed; no recurrent sedation. Buprenorphine and addiction referral offered — declined. Naloxone kit offered — declined ("I'm not going to do it again").
DIAGNOSES: Accidental fentanyl overdose (counterfeit pill). Opioid use, rule out opioid use disorder.
DISPOSITION: Left against medical advice at 04:02 after 2 hours 48 minutes of observation, before the recommended 4-hour period; risks explained and AMA form signed.

Electronically signed: Rachel Odom, DO   01/26/2025 05:10
Page 4: AMA form signed by patient 01/26/2025 03:58.
`),
  },
  {
    id: 'loose-school-ppe-caldwell',
    receivedAt: '2024-10-24T09:40',
    source: 'Scanned at front desk — copy returned by Millbrook High School athletic office',
    labelledType: 'School physical form',
    title: 'MHSAA Pre-participation Physical Evaluation — Caldwell, Brianna',
    pages: 2,
    text: clean(`
MICHIGAN HIGH SCHOOL ATHLETIC ASSOCIATION — PRE-PARTICIPATION PHYSICAL EVALUATION
Physical examination form and clearance (school copy)

Student name: Brianna L. Caldwell          Date of birth: 08/30/2008          Sex: F
School: Millbrook High School   Grade: 11   Sport(s): Basketball
Parent/guardian: Karen Caldwell, (269) 555-0108
Date of examination: 10/10/2024

EXAMINATION
Height 5 ft 7 in   Weight 134 lb   BP 112/68   Pulse 64
Vision: R 20/20  L 20/20 (corrected: no)
Appearance: normal; no Marfan stigmata.   Eyes/ears/nose/throat: normal.   Lymph nodes: normal.
Heart: no murmurs (standing, supine, Valsalva).   Pulses: simultaneous femoral and radial normal.
Lungs: normal.   Abdomen: normal.   Skin: normal.   Neurologic: normal.
Musculoskeletal: neck, back, shoulder/arm, elbow/forearm, wrist/hand/fingers, hip/thigh, knee, leg/ankle, foot/toes — normal. Functional (duck-walk, single-leg hop): normal.

CLEARANCE
[X] Medically eligible for all sports without restriction.
Name of health care professional: Susan E. Hartwell, MD
Address: Lakeside Family Medicine, 300 Harbor Street, Lakeside MI   Phone: (269) 555-0140
Signature: S. E. Hartwell, MD   Date: 10/10/2024

School stamp: RECEIVED — Millbrook HS Athletic Office 10/14/2024. "Copy returned for physician's records."
`),
  },
  {
    id: 'loose-auth-midwest-thibodeaux',
    receivedAt: '2025-06-03T10:15',
    source: 'Mail — Midwest Mutual Life Insurance Company, Underwriting Department',
    labelledType: 'Authorization',
    title: 'Attending physician statement request with signed authorization — SIMMONS, ANDRE M',
    pages: 3,
    text: clean(`
MIDWEST MUTUAL LIFE INSURANCE COMPANY — UNDERWRITING
1 Mutual Plaza, Des Moines, IA 50309   Tel (800) 555-0133

05/29/2025
Lakeside Community Health System, Health Information Management
RE: Proposed insured: Andre M. SIMMONS   DOB: 01/25/1979   SSN (last 4): 8823
Application no.: 2025-LIF-338120 (term life, $250,000)
Please provide copies of office notes and laboratory results from 01/01/2020 to present. A signed authorization is enclosed. Our records show the applicant as Andre M. Simmons; the authorization was signed in his current legal name.

AUTHORIZATION TO DISCLOSE HEALTH INFORMATION (page 2)
Individual: Andre Michel Thibodeaux (formerly Andre M. Simmons)   DOB: 01/25/1979
Address: 412 Pier Street, Lakeside, MI 49116
I authorize any physician, hospital or clinic, including Lakeside Community Health System, to disclose to Midwest Mutual Life Insurance Company and its reinsurers: office visit notes, laboratory results, diagnoses and medication lists from 01/01/2020 to the date of this authorization.
SPECIFIC CONSENT TO RELEASE HIV INFORMATION: [X] I specifically authorize release of HIV/AIDS-related test results and information. (initialled AMT)
Mental health and substance use treatment records: [ ] not authorized.
Purpose: underwriting and evaluation of my application for life insurance.
Expiration: 24 months from the date signed.
I understand that I may revoke this authorization in writing at any time, except to the extent action has been taken in reliance on it. I understand that the insurer may condition issuance of the policy on my signing this authorization, but my treatment by any provider is not conditioned on it. Information disclosed may be redisclosed by the recipient and may no longer be protected by federal privacy law. I am entitled to a copy.

Signature: Andre M. Thibodeaux          Date: 05/28/2025
Copy of court order of name change (Lakeside County Probate Court, 08/30/2024) attached as page 3.
`),
  },
  {
    id: 'loose-pt-note-j-nunez',
    receivedAt: '2025-06-05T16:20',
    source: 'Fax — Lakeshore Physical Therapy, (269) 555-0321',
    labelledType: 'Therapy note',
    title: 'Physical therapy daily note — J. Nunez',
    pages: 1,
    text: clean(`
LAKESHORE PHYSICAL THERAPY
88 Dune Road, Lakeside, MI 49116   Tel (269) 555-0320   Fax (269) 555-0321

DAILY TREATMENT NOTE
Patient: J. Nunez
Date of service: 06/03/2025   Visit 4 of 8
Referring physician: Dr. S. Hartwell
Diagnosis on referral: low back pain, lumbar strain

S: Reports pain 3/10 today, down from 6/10 at evaluation. Able to sit through work shift with breaks. Doing home exercises daily.
O: Lumbar flexion 80% of normal, extension full. Straight-leg raise negative bilaterally. Core endurance: prone plank 45 s (from 20 s).
Treatment: therapeutic exercise 25 min (core stabilisation, hip hinge training), manual therapy 10 min (lumbar PA mobilisation grade III), patient education on lifting mechanics 8 min.
A: Progressing toward goals. Tolerated session well.
P: Continue 2x/week for 2 more weeks; re-assess at visit 8.

Therapist: Lauren Beck, PT, DPT   06/03/2025
[No date of birth, medical record number or address appears on this page.]
`),
  },
  {
    id: 'loose-ortho-gonzales',
    receivedAt: '2024-12-19T13:05',
    source: 'Fax — Lakeshore Orthopedic Associates, (269) 555-0440',
    labelledType: 'Consult note',
    title: 'Orthopedic follow-up note (fax cover: "re: Maria Gonzalez")',
    pages: 2,
    text: clean(`
LAKESHORE ORTHOPEDIC ASSOCIATES — FAX COVER
To: Lakeside Community Health — Medical Records / ED follow-up   From: Front desk (K.)
Date: 12/19/2024   Pages: 2
RE: Maria Gonzalez — follow-up note for your records, thank you for the referral.

ORTHOPEDIC CLINIC NOTE (page 2)
Patient: GONZALES, MARIA     DOB: 12/03/1984     Lakeshore Ortho ID: LOA-55017
Address: 77 Harbor View Ct, Apt 3B, Port Albright, MI 49127   Phone: (269) 555-0187
Date of service: 12/17/2024   Provider: Gregory Vance, MD (Orthopedic Surgery)
Referred by: Lakeside Community Health ED (J. Whitfield, MD), ED visit 12/08/2024
Interpreter: Spanish, in person.

HPI: 40-year-old woman seen 9 days after an inversion injury of the right ankle stepping off a curb. Diagnosed in the ED with a nondisplaced distal fibula (lateral malleolus) fracture; placed in a walking boot. Pain improving, 3/10, walking in boot without crutches.
EXAM: Mild lateral swelling, tenderness at the tip of the lateral malleolus, no medial tenderness. Neurovascularly intact.
X-RAYS (3 views right ankle, today): nondisplaced infrasyndesmotic (Weber A) lateral malleolus fracture, unchanged alignment, early callus; mortise congruent.
ASSESSMENT: Right lateral malleolus fracture, Weber A, stable, healing as expected.
PLAN: Continue boot 4 more weeks, weight bearing as tolerated. Ankle range-of-motion exercises. Return 01/14/2025 for repeat x-rays; likely transition to lace-up brace. Work note: light duty, seated work preferred for 4 weeks.

Electronically signed: Gregory Vance, MD   12/17/2024
`),
  },
  {
    id: 'loose-misdirected-odonnell',
    receivedAt: '2025-03-27T08:50',
    source: 'Fax — Northshore Imaging Center, (269) 555-0600',
    labelledType: 'Radiology report',
    title: "Screening mammogram report — O'DONNELL, MARGARET A",
    pages: 1,
    text: clean(`
NORTHSHORE IMAGING CENTER
45 Beacon Avenue, Port Albright, MI 49127   Tel (269) 555-0600

TO: Paul Lindgren, MD — Lakeview Family Practice   Fax: (269) 555-0174
[Received on the Lakeside Community Health HIM fax line, (269) 555-0147]

Patient: O'DONNELL, MARGARET A       DOB: 07/14/1952       Northshore MRN: NSI-448210
Exam: Bilateral screening mammogram with tomosynthesis   Date of service: 03/25/2025
Ordering physician: Paul Lindgren, MD

COMPARISON: 03/19/2024, 03/14/2023.
BREAST COMPOSITION: Scattered areas of fibroglandular density (category B).
FINDINGS: No suspicious mass, architectural distortion or suspicious calcifications in either breast. Stable benign-appearing calcifications in the right upper outer quadrant. Skin and nipples normal.
IMPRESSION: BI-RADS 2 — Benign. Recommend routine annual screening mammography.

Electronically signed: Diane Osterhout, MD, Breast Imaging   03/26/2025
`),
  },
  {
    id: 'loose-wc-asanti',
    receivedAt: '2025-04-22T11:30',
    source: "Fax — Great Lakes Mutual Casualty, Workers' Compensation Claims",
    labelledType: "Workers' compensation",
    title: "Workers' compensation records request and first report of injury — ASANTI, KWAME",
    pages: 3,
    text: clean(`
GREAT LAKES MUTUAL CASUALTY — WORKERS' COMPENSATION CLAIMS
PO Box 4410, Lansing, MI 48909   Adjuster: Dwayne Hollis, (517) 555-0166

04/21/2025
To: Lakeside Community Health System, Health Information Management
RE: Claimant KWAME ASANTI   DOB 11/11/1990   Claim no. WC-GLM-2025-041687
Employer: Ridgeline Builders, Inc.   Date of injury: 04/16/2025
Treating facility: Lakeside Community Health Emergency Department, patient account 4025041606

Under the Michigan Workers' Disability Compensation Act, please forward the emergency department record, procedure note and work-status documentation for treatment of the work-related injury on 04/16/2025, together with your itemised bill (UB-04).

EMPLOYER'S BASIC REPORT OF INJURY (Form WC-100, copy — pages 2-3)
Employee: Kwame Asanti   Occupation: drywall installer   Hire date: 03/2021
Date/time of injury: 04/16/2025 09:50   Place: residential construction site, 118 Crestview Drive, Millbrook (house under construction)
Description: Employee was cutting drywall with a utility knife; the blade slipped and cut his left palm. Taken to Lakeside ED by site supervisor.
Body part: left hand (palm).   Lost time: none expected; light duty.
Prepared by: Carl Jenkins, Safety Manager, Ridgeline Builders   04/17/2025
`),
  },
);

// ---------------------------------------------------------------------------------------------
// HIM tasks and their answer keys (pack format 2). Every key item carries the rule it rests on;
// the rule's text is what a trainee reads when they lose the point. The instructor notes
// (docs/content/lakeside-community.md, "HIM tasks") list them with the reasoning.
// ---------------------------------------------------------------------------------------------
type RuleSource = 'OGCR' | 'UHDDS' | 'CFR' | 'CoP' | 'TJC' | 'facility' | 'state-law' | 'other';
interface Rule {
  source: RuleSource;
  cite: string;
  text: string;
}
const rule = (source: RuleSource, cite: string, text: string): Rule => ({ source, cite, text });

const tasks: Json[] = [];
const keys: Json[] = [];
function addTask(task: Json, key: Json): void {
  tasks.push(task);
  keys.push({ taskId: task.id, key });
}
/** The text of a loose document, for a request whose letter is that document. */
function looseText(id: string): string {
  const found = (looseDocuments as { id: string; text: string }[]).find((d) => d.id === id);
  if (!found) throw new Error(`no loose document ${id}`);
  return found.text;
}

// ----- File (indexing) -----------------------------------------------------------------------
const FILING_POLICY =
  'Lakeside indexing policy. Match every document on at least two identifiers printed on the document itself (name and date of birth, MRN, account number, dates of service), never on a fax cover sheet alone, and search previous names and aliases in the MPI. ' +
  "Link an encounter only when the document belongs to one of our visits: the result of a test we ordered at that visit, a form completed at that visit, or correspondence about that visit's care. Other providers' records and authorizations are filed to the patient with no encounter. " +
  'Document type comes from the controlled list. Document date is the date of service the document records: for a lab result the collection date, for outside records covering several visits the latest visit, for letters, forms and authorizations the date written or signed. ' +
  "If a document cannot be matched with certainty, hold it and ask the sender for identifiers; if it belongs to no Lakeside patient, return it to the sender. Filing a document into the wrong patient's chart is the most serious error in this queue. " +
  "A document already in a chart that carries another patient's identifiers is misfiled: flag it and name the chart it belongs in (HIM moves it and logs the correction); leave correctly filed documents where they are.";

const IDENT = (text: string) => rule('TJC', 'NPSG.01.01.01; Lakeside HIM indexing policy', text);

const FILE_ITEMS: Record<string, Json> = {
  'loose-school-ppe-caldwell': {
    looseDocumentId: 'loose-school-ppe-caldwell',
    action: 'file',
    patientId: 'pt-caldwell-brianna',
    encounterId: 'enc-caldwell-op-20241010',
    documentType: 'outside-record',
    alternateDocumentTypes: ['correspondence'],
    documentDate: '2024-10-10',
    rule: IDENT(
      "The student's name and date of birth (08/30/2008) match Brianna Caldwell, and Dr. Hartwell completed the form at the 10/10/2024 sports physical, so it is filed to that visit as a scanned form dated the day of the exam.",
    ),
  },
  'loose-outside-ed-voss': {
    looseDocumentId: 'loose-outside-ed-voss',
    action: 'file',
    patientId: 'pt-voss-tyler',
    documentType: 'outside-record',
    documentDate: '2025-01-26',
    rule: IDENT(
      "Name and date of birth (10/03/1996) match Tyler Voss, whose record our ED requested; it is Bayview Medical Center's record of care on 01/26/2025, so it is an outside record with no Lakeside encounter.",
    ),
  },
  'loose-reflab-nipt-carter': {
    looseDocumentId: 'loose-reflab-nipt-carter',
    action: 'file',
    patientId: 'pt-thornton-emily',
    encounterId: 'enc-thornton-op-20241203',
    documentType: 'laboratory-report',
    documentDate: '2024-12-03',
    rule: IDENT(
      "CARTER is Emily Thornton's previous (maiden) name, and the date of birth 06/21/1995 and account 4024120302 on the requisition match her first prenatal visit of 12/03/2024, where the specimen was collected.",
    ),
  },
  'loose-fax-harbor-prenatal': {
    looseDocumentId: 'loose-fax-harbor-prenatal',
    action: 'file',
    patientId: 'pt-rahman-brooks-aisha',
    documentType: 'outside-record',
    documentDate: '2025-01-16',
    rule: IDENT(
      '"BROOKS, AISHA N" with date of birth 09/14/1990 is Aisha Rahman-Brooks (alias Brooks); it is another practice\'s prenatal record, filed with no Lakeside encounter and dated its last visit, 01/16/2025 (it contains an HIV result, so it is protected once filed).',
    ),
  },
  'loose-wc-asanti': {
    looseDocumentId: 'loose-wc-asanti',
    action: 'file',
    patientId: 'pt-asante-kwame',
    encounterId: 'enc-asante-ed-20250416',
    documentType: 'correspondence',
    alternateDocumentTypes: ['outside-record'],
    documentDate: '2025-04-21',
    rule: IDENT(
      '"Kwame Asanti" was a registration error since corrected to Asante; the date of birth 11/11/1990 and ED account 4025041606 match his 04/16/2025 ED visit, and the insurer\'s letter of 04/21/2025 is correspondence about that visit.',
    ),
  },
  'loose-auth-midwest-thibodeaux': {
    looseDocumentId: 'loose-auth-midwest-thibodeaux',
    action: 'file',
    patientId: 'pt-thibodeaux-andre',
    documentType: 'authorization-form',
    alternateDocumentTypes: ['correspondence'],
    documentDate: '2025-05-28',
    rule: IDENT(
      'The authorization is signed by Andre Michel Thibodeaux, formerly Simmons (legal name change 08/30/2024), with date of birth 01/25/1979 matching his chart; an authorization belongs to no visit and is dated the day it was signed.',
    ),
  },
  'loose-ortho-gonzales': {
    looseDocumentId: 'loose-ortho-gonzales',
    action: 'file',
    patientId: 'pt-gonzales-maria',
    documentType: 'outside-record',
    alternateDocumentTypes: ['consultation'],
    documentDate: '2024-12-17',
    critical: true,
    rule: IDENT(
      "The note's date of birth 12/03/1984, Port Albright address, phone and the 12/08 right-ankle fracture all match Maria Gonzales (LC011832); the cover sheet's \"Maria Gonzalez\" is a different woman (DOB 03/12/1984), and filing there would put Ms. Gonzales's PHI in another patient's chart.",
    ),
  },
  'loose-pt-note-j-nunez': {
    looseDocumentId: 'loose-pt-note-j-nunez',
    action: 'hold',
    critical: true,
    rule: rule(
      'facility',
      'Lakeside HIM indexing policy (two identifiers)',
      '"J. Nunez" with no date of birth, MRN or address cannot be matched on two identifiers (José Núñez is only a guess, and nothing in his chart mentions back pain or physical therapy), so it is held and the sender asked for identifiers.',
    ),
  },
  'loose-misdirected-odonnell': {
    looseDocumentId: 'loose-misdirected-odonnell',
    action: 'return',
    critical: true,
    rule: rule(
      'CFR',
      '45 CFR 164.530(c); Lakeside misdirected-fax procedure',
      "Margaret O'Donnell (DOB 07/14/1952) is not a Lakeside patient and the fax was addressed to Lakeview Family Practice; it is never filed, but returned to the sender, who must assess its own misdirected disclosure.",
    ),
  },
};
const fileKey = (ids: string[]) => ({ kind: 'file', documents: ids.map((id) => FILE_ITEMS[id]), misfiles: [] });

{
  const ids = ['loose-school-ppe-caldwell', 'loose-outside-ed-voss'];
  addTask(
    {
      id: 'file-frontdesk-scans',
      kind: 'file',
      title: 'Index two front-desk scans: a school physical form and an outside ED record',
      instructions:
        "Two items came up from the front desk this morning: the copy of a school sports-physical form that Millbrook High School sent back for our records, and an emergency department record that Bayview Medical Center faxed at our ED's request. Index each one to the right patient, encounter (if it belongs to one of our visits), document type and document date.\n\n" +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'easy',
      estimatedMinutes: 10,
      looseDocumentIds: ids,
    },
    fileKey(ids),
  );
}
{
  const ids = ['loose-reflab-nipt-carter', 'loose-fax-harbor-prenatal'];
  addTask(
    {
      id: 'file-womens-health-faxes',
      kind: 'file',
      title: "Index the Women's Health fax inbox: two names not found in the MPI",
      instructions:
        "The Women's Health fax inbox has two items the interface could not auto-index, because neither name matches a patient exactly: a reference-laboratory prenatal screen and a prenatal record transferred from another practice. Find each patient (think about maiden names and hyphenated surnames), then index patient, encounter, document type and document date.\n\n" +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'medium',
      estimatedMinutes: 15,
      looseDocumentIds: ids,
    },
    fileKey(ids),
  );
}
{
  const ids = ['loose-wc-asanti', 'loose-auth-midwest-thibodeaux'];
  addTask(
    {
      id: 'file-name-changes',
      kind: 'file',
      title: 'Index mail that arrived under names we no longer use',
      instructions:
        "Today's mail has two items addressed to patients by names that are no longer on their charts: a workers' compensation insurer's letter with an employer's report of injury, and a life insurer's request with a signed authorization. Find each patient through previous names, then index patient, encounter, document type and document date. (Indexing only: the requests themselves go to the Release of Information queue afterwards.)\n\n" +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'medium',
      estimatedMinutes: 15,
      looseDocumentIds: ids,
    },
    fileKey(ids),
  );
}
{
  const ids = ['loose-ortho-gonzales', 'loose-pt-note-j-nunez', 'loose-misdirected-odonnell'];
  addTask(
    {
      id: 'file-problem-faxes',
      kind: 'file',
      title: 'Work the problem faxes: a look-alike name, a name with no identifiers, a wrong number',
      instructions:
        "These three faxes were set aside by the scanning clerk as problems. One has a cover sheet that does not agree with the note behind it, one carries only an initial and a surname, and one does not seem to be for us at all. Decide for each whether to file it (and index it fully), hold it for more identifiers, or return it to the sender. Take your time: a wrong choice here puts one person's health information in another person's chart.\n\n" +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'hard',
      estimatedMinutes: 20,
      looseDocumentIds: ids,
    },
    fileKey(ids),
  );
}
{
  const ids = Object.keys(FILE_ITEMS);
  addTask(
    {
      id: 'file-week-backlog',
      kind: 'file',
      title: "Clear the week's filing backlog (nine loose documents)",
      instructions:
        'The indexing clerk was out this week and nine loose documents are waiting in the Filing queue: faxes, scans and mail. Clear the queue. For each document decide whether to file, hold or return it; for every document you file, index the patient, encounter (if any), document type and document date. Several of these need an MPI search beyond the name as printed.\n\n' +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'hard',
      estimatedMinutes: 40,
      looseDocumentIds: ids,
    },
    fileKey(ids),
  );
}
{
  addTask(
    {
      id: 'file-chart-audit-thornton',
      kind: 'file',
      title: "Chart audit: a new mother's chart after the birth",
      instructions:
        'Mother-baby charts are audited after discharge, because a mother and her newborn share a surname, an address, the same dates of care and often a form that prints both MRNs. Audit the chart of Emily Rose Thornton (MRN LC007203, DOB 06/21/1995; formerly Carter), who delivered on 07/03/2025. Open every document in her chart and compare the identifiers printed on it (name, date of birth, MRN, account number) with the chart banner, not only the surname. Flag each document that belongs to another patient and choose the chart it must move to; leave documents that are hers alone, even those printed under her maiden name.\n\n' +
        FILING_POLICY,
      rhitDomain: 'data-content',
      difficulty: 'medium',
      estimatedMinutes: 15,
      auditPatientIds: ['pt-thornton-emily'],
    },
    {
      kind: 'file',
      documents: [],
      misfiles: [
        {
          documentId: 'doc-thornton-hearing-20250704',
          toPatientId: 'pt-thornton-lily',
          critical: true,
          rule: IDENT(
            "The hearing-screen printout is for THORNTON, BABY GIRL, MRN LC013777, DOB 07/03/2025, account 4025070312: the newborn, registered as Baby Girl Thornton and now Lily Grace Thornton. The mother's name and MRN are printed on it only as \"Mother\". It moves to Lily's chart; left in Emily's, it is the baby's record filed as the mother's.",
          ),
        },
      ],
    },
  );
}

// ----- Retrieve (release of information) -----------------------------------------------------
const ROI_POLICY =
  "How to work a request: find the patient the request is about, matching at least two identifiers (a request may use an old or misspelled name). Establish the legal basis: treatment, the patient's own right of access, a valid authorization, a subpoena with satisfactory assurance, a workers' compensation law. If an authorization is involved, check every required element of 45 CFR 164.508(c) and, for substance-use program records, 42 CFR 2.31; if it is not valid, deny and record each defect. " +
  "Then select exactly the documents the request needs and may lawfully receive: nothing outside its scope, and no specially protected record (psychotherapy notes, Lakeside Recovery Clinic records under 42 CFR Part 2, HIV results, behavioral-health records, a minor's confidential care) unless the specific authorization or consent the law requires is in hand. " +
  'Finally, log the disclosure for the accounting of disclosures only when it is one the patient can ask to see there (45 CFR 164.528): disclosures for treatment, payment or operations, to the patient or her personal representative, and under an authorization or consent are exempt and are not logged. A logged entry gives the date of the disclosure, the recipient, a brief description of what was sent and the purpose.';

const rel = (documentId: string, r: Rule): Json => ({ documentId, rule: r });
const withhold = (documentId: string, r: Rule, critical = false): Json => ({ documentId, rule: r, critical });
/**
 * The accounting-of-disclosures item of a key (45 CFR 164.528). Exempt disclosures (treatment, payment,
 * operations 164.528(a)(1)(i); to the individual (ii); under an authorization (iv)) are not logged, and
 * logging one costs points; a disclosure under 164.512 (subpoena, workers' compensation) is logged.
 */
const notAccountable = (paragraphs: string, why: string): Json => ({
  accountable: false,
  rule: rule(
    'CFR',
    `45 CFR 164.528(a)(1)${paragraphs}`,
    `${why} Such a disclosure is exempt from the accounting of disclosures and is not logged.`,
  ),
});

// 1. Attorney with a valid authorization — Maria Gonzales (the look-alike's chart must not be touched).
{
  const auth = rule(
    'CFR',
    '45 CFR 164.508(c)(1)(i)',
    'The authorization describes only the 12/08/2024 emergency visit, so it covers the ED physician record and radiology report of that day and nothing else.',
  );
  const outside = rule(
    'CFR',
    '45 CFR 164.508(c)(1)(i)',
    'The 03/04/2025 colposcopy is outside the information the authorization describes and may not be sent on it.',
  );
  addTask(
    {
      id: 'roi-gonzales-attorney',
      kind: 'retrieve',
      title: "Attorney request with the patient's authorization (personal-injury claim)",
      instructions:
        "A law firm has written for its client's emergency records and says the authorization is already on file with us. Find the patient, check the authorization in her chart, decide, and select the documents to send.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'easy',
      estimatedMinutes: 15,
      request: {
        type: 'attorney-authorization',
        requester: 'Whitcomb & Lane, PLLC (attorneys for the patient)',
        receivedAt: '2025-04-02T10:05',
        authorizationDocumentId: 'doc-gonzales-auth-20250115',
        text: clean(`
WHITCOMB & LANE, PLLC — ATTORNEYS AT LAW
210 Commerce Street, Suite 400, Lakeside, MI 49116   Tel (269) 555-0410   Fax (269) 555-0411

03/31/2025

Lakeside Community Health System
Health Information Management — Release of Information

RE: Our client Maria Gonzales   Date of birth: 12/03/1984   Date of incident: 12/08/2024

We represent Ms. Gonzales in a personal-injury claim arising from a fall on 12/08/2024. Under the authorization she signed at your office on 01/15/2025 (original on file with you), please send copies of her emergency department records for that date, including the physician's note and the radiology report, with your invoice for copying charges.

Sincerely,
Paula Whitcomb, Attorney at Law
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-gonzales-maria',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.508(c)(1)-(2)',
          'The authorization on file names the discloser, the recipient, the specific information, the purpose and an expiration (12/31/2025), is signed and dated, and carries the revocation, conditioning and redisclosure statements, so it is valid.',
        ),
      },
      defects: [],
      release: [rel('doc-gonzales-ed-20241208', auth), rel('doc-gonzales-xr-20241208', auth)],
      withhold: [
        withhold('doc-gonzales-consent-20250304', outside),
        withhold('doc-gonzales-proc-20250304', outside),
        withhold('doc-gonzales-path-20250304', outside),
      ],
      accounting: notAccountable(
        '(iv)',
        "A disclosure to the patient's attorneys under her valid authorization is a disclosure under an authorization.",
      ),
    },
  );
}

// 2. Physician's chart request for treatment — Walter Haines.
{
  const treat = rule(
    'CFR',
    '45 CFR 164.506(c)(2)',
    'A provider may send another provider the records that provider needs to treat the patient, without an authorization; the cardiologist asked for the 06/04/2025 ED visit.',
  );
  const scope = rule(
    'CFR',
    '45 CFR 164.506(c)(2); 164.502(b)(2)(i)',
    'Minimum necessary does not bind treatment disclosures, but you send what the treating physician asked for (the 06/04/2025 visit), not the whole chart.',
  );
  addTask(
    {
      id: 'roi-haines-cardiology',
      kind: 'retrieve',
      title: "Cardiologist's request for an ED visit before a follow-up appointment",
      instructions:
        "A cardiology office faxed a request for records of a recent emergency visit so the cardiologist has them at next week's appointment. Find the patient, decide, and select the documents to send.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'easy',
      estimatedMinutes: 10,
      request: {
        type: 'physician',
        requester: 'Elena Varga, MD — Lakeshore Heart & Vascular',
        receivedAt: '2025-06-10T11:40',
        text: clean(`
LAKESHORE HEART & VASCULAR — REQUEST FOR RECORDS (CONTINUITY OF CARE)
To: Lakeside Community Health, Health Information Management, fax (269) 555-0147
From: Elena Varga, MD, Cardiology, fax (269) 555-0622          Date: 06/10/2025

Patient: Walter E. Haines          Date of birth: 05/09/1946

Mr. Haines is an established patient of mine (paroxysmal atrial fibrillation on apixaban). He is scheduled here on 06/18/2025 after an emergency visit at Lakeside on 06/04/2025 for chest pain. For his treatment, please fax the ED physician record, the ECG, the troponin and other laboratory results, and the chest X-ray report from that visit.

Thank you — M. Ortega, medical assistant, for Dr. Varga
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-haines-walter',
      decision: { value: 'release', rule: treat },
      defects: [],
      release: ['doc-haines-ed-20250604', 'doc-haines-ecg-20250604', 'doc-haines-lab-20250604', 'doc-haines-cxr-20250604'].map((id) =>
        rel(id, treat),
      ),
      withhold: ['doc-haines-awv-20241029', 'doc-haines-ad-20241029', 'doc-haines-auth-20241029'].map((id) => withhold(id, scope)),
      accounting: notAccountable('(i)', 'A disclosure to his cardiologist for his care is a treatment disclosure.'),
    },
  );
}

// 3. Continuing care — Mateo Núñez to pediatric pulmonology.
{
  const treat = rule(
    'CFR',
    '45 CFR 164.506(c)(2)',
    "Records go to the clinic taking over part of the child's care without an authorization; the clinic listed the ED record, the chest X-ray, the discharge summary and the latest clinic note.",
  );
  const scope = rule(
    'CFR',
    '45 CFR 164.506(c)(2)',
    'The receiving clinic did not ask for this document; send the continuity-of-care packet it requested.',
  );
  addTask(
    {
      id: 'roi-mateo-continuing-care',
      kind: 'retrieve',
      title: 'Continuing-care packet for a child referred to pediatric pulmonology',
      instructions:
        "A children's hospital clinic is taking over a child's asthma care and has faxed its standard request for records before the first visit. The name on the request has no accents. Find the patient, decide, and select the documents for the continuity-of-care packet.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'easy',
      estimatedMinutes: 15,
      request: {
        type: 'continuing-care',
        requester: "Pediatric Pulmonology Clinic, Grand Harbor Children's Hospital",
        receivedAt: '2025-02-07T09:30',
        text: clean(`
GRAND HARBOR CHILDREN'S HOSPITAL — PEDIATRIC PULMONOLOGY
New patient referral: request for records for continuing care
Date: 02/07/2025      To: Lakeside HIM, fax (269) 555-0147      Reply fax: (616) 555-0930

Patient: Mateo Nunez          Date of birth: 04/02/2017
Parents: Jose Nunez and Carmen Ruiz
Referred by: Rohan Patel, MD, for moderate persistent asthma after a hospital stay in January 2025. First appointment 02/19/2025 with Samuel Reiss, MD.

Please send: the emergency department record and the chest X-ray report, the hospital discharge summary, and the most recent clinic note.

Hannah Osterberg, RN, clinic coordinator
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-nunez-mateo',
      decision: { value: 'release', rule: treat },
      defects: [],
      release: ['doc-mateo-ed-20250113', 'doc-mateo-cxr-20250113', 'doc-mateo-ds-20250115', 'doc-mateo-pn-20250128'].map((id) =>
        rel(id, treat),
      ),
      withhold: ['doc-mateo-hp-20250114', 'doc-mateo-orders-20250114', 'doc-mateo-pn-20250114'].map((id) => withhold(id, scope)),
      accounting: notAccountable('(i)', "A disclosure to the clinic taking over the child's care is a treatment disclosure."),
    },
  );
}

// 4. Patient's right of access — Emily Thornton (records partly under her maiden name).
{
  const access = rule(
    'CFR',
    '45 CFR 164.524(a)(1), (c)',
    'A patient has the right to a copy of the records she asks for from the designated record set; the request is signed and her identity verified, so it is granted within 30 days.',
  );
  const scope = rule(
    'CFR',
    '45 CFR 164.524(c)(1)',
    'She asked for the delivery stay and her prenatal lab results; this document is outside what she requested.',
  );
  addTask(
    {
      id: 'roi-thornton-access',
      kind: 'retrieve',
      title: "Patient's request for a copy of her delivery records and prenatal labs",
      instructions:
        'A patient has asked through the portal for a paper copy of part of her record, to pick up in person. Find her (she has used more than one surname), decide, and select the documents she asked for.\n\n' +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 15,
      request: {
        type: 'patient-access',
        requester: 'Emily R. Thornton (the patient)',
        receivedAt: '2025-08-19T21:14',
        text: clean(`
LAKESIDE COMMUNITY HEALTH SYSTEM — REQUEST FOR A COPY OF MY HEALTH INFORMATION (patient portal form HIM-ROA-02)
Submitted: 08/19/2025 21:14          Identity: verified by portal login; photo ID to be checked at pickup

Name: Emily Rose Thornton          Other names used: Emily R. Carter          Date of birth: 06/21/1995
Delivery: paper copy, pick up in person at the HIM counter

Records requested: everything from my labor and delivery hospital stay in July 2025, and the lab results from my pregnancy (my first prenatal blood work and the 3-hour glucose tolerance test).
Purpose: personal copy.

Signature: Emily R. Thornton          Date: 08/19/2025
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-thornton-emily',
      decision: { value: 'release', rule: access },
      defects: [],
      release: [
        'doc-thornton-hp-20250702',
        'doc-thornton-orders-20250702',
        'doc-thornton-epidural-consent-20250703',
        'doc-thornton-anes-20250703',
        'doc-thornton-delivery-20250703',
        'doc-thornton-ds-20250705',
        'doc-thornton-lab-20241203',
        'doc-thornton-lab-20250331',
      ].map((id) => rel(id, access)),
      withhold: [
        ...[
          'doc-thornton-pn-20241203',
          'doc-thornton-pn-20250325',
          'doc-thornton-pn-20250408',
          'doc-thornton-pn-20250812',
          'doc-thornton-iud-consent-20250812',
          'doc-thornton-iud-proc-20250812',
        ].map((id) => withhold(id, scope)),
        withhold(
          'doc-thornton-hearing-20250704',
          rule(
            'CFR',
            '45 CFR 164.524(a)(1); 164.501 (designated record set)',
            "The hearing-screen printout is her newborn's record (Baby Girl Thornton, MRN LC013777), misfiled in her chart: it is not part of her own designated record set, so it does not go on her request for her own records (and it should be moved to the baby's chart).",
          ),
        ),
      ],
      accounting: notAccountable(
        '(ii)',
        'A copy given to the patient herself, under her right of access, is a disclosure to the individual.',
      ),
    },
  );
}

// 5. Life insurer with a valid authorization that specifically covers HIV — Andre Thibodeaux (formerly Simmons).
{
  const valid = rule(
    'CFR',
    '45 CFR 164.508(c)(1)-(2)',
    'The authorization names the discloser, the recipient, the information (office notes and lab results since 01/01/2020), the purpose, an expiration (24 months) and is signed and dated, with the revocation, conditioning and redisclosure statements, so it is valid.',
  );
  const hiv = rule(
    'state-law',
    'MCL 333.5131; Lakeside protected category: HIV',
    'HIV results and notes are released only with a written authorization that specifically covers HIV information, and this one does (the HIV box is initialled).',
  );
  addTask(
    {
      id: 'roi-thibodeaux-life-insurer',
      kind: 'retrieve',
      title: "Life insurer's request with a signed authorization (HIV information)",
      instructions:
        "The life insurer's request that came in the mail (indexed from the Filing queue) is reproduced below with the authorization enclosed with it. The insurer knows the applicant by a former name. Find the patient, check the authorization element by element, decide, and select the documents it covers.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 15,
      request: {
        type: 'insurer',
        requester: 'Midwest Mutual Life Insurance Company — Underwriting',
        receivedAt: '2025-06-03T10:15',
        text: looseText('loose-auth-midwest-thibodeaux'),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-thibodeaux-andre',
      decision: { value: 'release', rule: valid },
      defects: [],
      release: [
        rel('doc-thibodeaux-prev-20250211', valid),
        rel('doc-thibodeaux-lab-20250211', hiv),
        rel('doc-thibodeaux-hiv-20250218', hiv),
        rel('doc-thibodeaux-lab-20250218', hiv),
      ],
      withhold: [],
      accounting: notAccountable(
        '(iv)',
        "A disclosure to the life insurer under the applicant's signed authorization is a disclosure under an authorization.",
      ),
    },
  );
}

// 6. Subpoena with satisfactory assurance, naming the patient with the look-alike's spelling — Maria Gonzales.
{
  const scope = rule(
    'CFR',
    '45 CFR 164.512(e)(1)(ii); 164.514(d)',
    'The subpoena asks for the records of the right-ankle injury of 12/08/2024; disclose what it asks for and no more.',
  );
  const outside = rule(
    'CFR',
    '45 CFR 164.514(d)',
    'The 03/04/2025 colposcopy has nothing to do with the ankle injury and is outside the subpoena.',
  );
  addTask(
    {
      id: 'roi-gonzales-subpoena',
      kind: 'retrieve',
      title: 'Subpoena duces tecum in a personal-injury lawsuit',
      instructions:
        "Legal services forwarded a records-only subpoena from the defendant's attorney in a lawsuit. Check that it can be honoured without a court order, match the patient on every identifier it gives (not only the name), select the documents it commands, and log the disclosure if it must be accounted for.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 20,
      request: {
        type: 'subpoena',
        requester: 'Jonathan Finch, Delacroix & Finch, LLP (attorney for the defendant)',
        receivedAt: '2025-06-20T09:10',
        text: clean(`
STATE OF MICHIGAN — CIRCUIT COURT FOR THE COUNTY OF LAKESIDE
Maria Gonzales, Plaintiff, v. Main Street Grocers, Inc., Defendant.          Case No. 25-0412-NO

SUBPOENA DUCES TECUM — RECORDS ONLY (no appearance required if the records are produced by 06/27/2025)

To: Custodian of Records, Lakeside Community Health System, 300 Harbor Street, Lakeside, MI 49116

You are commanded to produce: all medical records relating to the right ankle injury of 12/08/2024 and its treatment, including emergency department records and radiology reports, for:
   MARIA GONZALEZ          Date of birth: 12/03/1984
   Address: 77 Harbor View Ct, Apt 3B, Port Albright, MI 49127

Issued 06/02/2025 by Jonathan Finch (P-58213), attorney for Defendant, Delacroix & Finch, LLP, 500 Lake Street, Grand Harbor, MI 49417.

ATTACHMENT — STATEMENT OF SATISFACTORY ASSURANCE (45 CFR 164.512(e)(1)(ii)(A) and (iii))
Written notice of this subpoena, with enough information about the litigation to permit an objection, was mailed to the plaintiff through her counsel, Whitcomb & Lane, PLLC, on 06/02/2025. The 14-day time to object has passed and no objection was filed. Proof of service attached. — J. Finch
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-gonzales-maria',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.512(e)(1)(ii)(A), (iii)',
          'A subpoena that no judge signed may be honoured when the party shows in writing that the patient was notified and the time to object passed without objection, as the attached statement does.',
        ),
      },
      defects: [],
      release: [rel('doc-gonzales-ed-20241208', scope), rel('doc-gonzales-xr-20241208', scope)],
      withhold: [
        withhold('doc-gonzales-consent-20250304', outside),
        withhold('doc-gonzales-proc-20250304', outside),
        withhold('doc-gonzales-path-20250304', outside),
        withhold(
          'doc-gonzales-auth-20250115',
          rule(
            'CFR',
            '45 CFR 164.514(d)',
            'Her authorization to her own attorney is not a record of the ankle treatment and is outside the subpoena.',
          ),
        ),
      ],
      accounting: {
        accountable: true,
        recipientTerms: ['Finch'],
        purposeTerms: ['subpoena', 'litigation', 'lawsuit', 'legal', 'court', 'judicial', 'case'],
        rule: rule(
          'CFR',
          '45 CFR 164.528(a), (b)(2); 164.512(e)',
          "A disclosure for a judicial proceeding under 164.512(e) is none of the exemptions of 164.528(a)(1), so it must appear in the patient's accounting of disclosures. Log the date it was sent, the recipient (Jonathan Finch, Delacroix & Finch, LLP), a brief description of what was sent (the 12/08/2024 ED record and X-ray report) and the purpose (the subpoena in Gonzales v. Main Street Grocers, 25-0412-NO).",
        ),
      },
    },
  );
}

// 7. Workers' compensation carrier — Kwame Asante (registered in error as Asanti).
{
  const wc = rule(
    'CFR',
    '45 CFR 164.512(l)',
    "PHI may be disclosed without an authorization as workers' compensation law requires, limited to the work injury: the carrier asked for the 04/16/2025 ED record and the return-to-work note.",
  );
  addTask(
    {
      id: 'roi-asante-workers-comp',
      kind: 'retrieve',
      title: "Workers' compensation carrier's second request (no authorization enclosed)",
      instructions:
        "A workers' compensation adjuster has sent a second request for records of a work injury. There is no authorization with it. Find the patient (the carrier still uses the name he was first registered under), decide whether you may disclose without an authorization, select the documents, and log the disclosure if it must be accounted for.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'medium',
      estimatedMinutes: 15,
      request: {
        type: 'insurer',
        requester: "Great Lakes Mutual Casualty — Workers' Compensation Claims (adjuster Dwayne Hollis)",
        receivedAt: '2025-05-05T14:20',
        text: clean(`
GREAT LAKES MUTUAL CASUALTY — WORKERS' COMPENSATION CLAIMS
PO Box 4410, Lansing, MI 48909   Adjuster: Dwayne Hollis, (517) 555-0166   Fax (517) 555-0167

05/05/2025 — SECOND REQUEST

RE: Claimant KWAME ASANTI   Date of birth: 11/11/1990   Claim no. WC-GLM-2025-041687
Employer: Ridgeline Builders, Inc.   Date of injury: 04/16/2025

To close the medical-only portion of this claim under the Michigan Workers' Disability Compensation Act, please forward the emergency department physician record for the work injury of 04/16/2025 and the follow-up visit note that documents his return-to-work status. We already hold the employer's first report. No authorization is enclosed; none is required for a workers' compensation claim.
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-asante-kwame',
      decision: { value: 'release', rule: wc },
      defects: [],
      release: [rel('doc-asante-ed-20250416', wc), rel('doc-asante-pn-20250426', wc)],
      withhold: [
        withhold(
          'doc-asante-proc-20250416',
          rule(
            'CFR',
            '45 CFR 164.502(b); 164.512(l)',
            'The carrier did not ask for the procedure note (which is also still an unsigned draft); send only what the request needs.',
          ),
        ),
      ],
      accounting: {
        accountable: true,
        recipientTerms: ['Great Lakes'],
        purposeTerms: ['workers', 'compensation', 'comp', 'claim', 'injury'],
        rule: rule(
          'CFR',
          '45 CFR 164.528(a), (b)(2); 164.512(l)',
          "A disclosure to a workers' compensation carrier as the law allows, without the patient's authorization, is made under 164.512(l) and is none of the exemptions of 164.528(a)(1), so it must appear in the accounting of disclosures. Log the date, the recipient (Great Lakes Mutual Casualty), a brief description (the 04/16/2025 ED record and the 04/26/2025 return-to-work note) and the purpose (workers' compensation claim WC-GLM-2025-041687).",
        ),
      },
    },
  );
}

// 8. Parent asking for a 16-year-old's records — Brianna Caldwell (minor-confidential care withheld).
{
  const parent = rule(
    'CFR',
    '45 CFR 164.502(g)(3)',
    "A parent is her minor child's personal representative for the care the parent could consent to, so Ms. Caldwell may have the sports physical and the ED visit she attended.",
  );
  const minor = rule(
    'state-law',
    '45 CFR 164.502(g)(3)(i); MCL 333.5127; Lakeside protected category: minor-confidential',
    "Bree lawfully consented on her own to confidential contraception and STI/HIV testing, so her mother is not her personal representative for these records and they may not go to her without Bree's written permission.",
  );
  addTask(
    {
      id: 'roi-caldwell-parent',
      kind: 'retrieve',
      title: 'A mother asks for "everything" in her 16-year-old daughter\'s record',
      instructions:
        "A parent came to the HIM counter and asked for all of her teenage daughter's records. Her identity and relationship were verified at the counter. Decide what the parent may receive as her daughter's personal representative and select those documents.\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'patient-access',
        requester: 'Karen Caldwell (mother of the patient)',
        receivedAt: '2025-07-01T14:20',
        text: clean(`
LAKESIDE COMMUNITY HEALTH SYSTEM — REQUEST FOR RECORDS BY A PARENT OR GUARDIAN (form HIM-ROA-03)
Received at the HIM counter 07/01/2025 14:20. Requester's identity verified (Michigan driver's licence); relationship verified from registration (mother; guarantor on the family plan).

Patient: Brianna L. Caldwell          Date of birth: 08/30/2008 (age 16)
Requester: Karen Caldwell, mother          Phone: (269) 555-0108

Records requested: "All of Bree's records at Lakeside since October 2024: every visit and every lab result. We are changing family doctors and I want a complete copy for the new office and for home."

Signature: Karen Caldwell          Date: 07/01/2025
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-caldwell-brianna',
      decision: { value: 'release', rule: parent },
      defects: [],
      release: [rel('doc-caldwell-pe-20241010', parent), rel('doc-caldwell-ed-20250614', parent)],
      withhold: ['doc-caldwell-conf-20250422', 'doc-caldwell-lab-20250422', 'doc-caldwell-conf-20250429'].map((id) =>
        withhold(id, minor, true),
      ),
      accounting: notAccountable(
        '(ii)',
        "A disclosure to a minor's parent acting as her personal representative (164.502(g)) is treated as a disclosure to the individual.",
      ),
    },
  );
}

// 9. Disability insurer with a defective, compound authorization — Daniel Whitaker.
{
  const ptn = rule(
    'CFR',
    '45 CFR 164.508(a)(2)',
    'Psychotherapy notes may be disclosed only on an authorization specifically for psychotherapy notes; this combined, defective form is not one.',
  );
  const bh = rule(
    'facility',
    'Lakeside protected category: behavioral health; 45 CFR 164.508(b)(2)',
    'Nothing may be released on an invalid authorization, and behavioral-health records are a category Lakeside protects.',
  );
  const others = [
    'doc-whitaker-bh-20241015',
    'doc-whitaker-bh-20241112',
    'doc-whitaker-ed-20241202',
    'doc-whitaker-consult-20241202',
    'doc-whitaker-hp-20241202',
    'doc-whitaker-consent-20241202',
    'doc-whitaker-orders-20241202',
    'doc-whitaker-pn-20241205',
    'doc-whitaker-ds-20241209',
    'doc-whitaker-psy-20241219',
    'doc-whitaker-bh-20250311',
  ];
  addTask(
    {
      id: 'roi-whitaker-disability-insurer',
      kind: 'retrieve',
      title: "Disability insurer's request on its own authorization form",
      instructions:
        'A disability insurer has faxed a request with an authorization on its own form. Check the authorization against every required element and statement, and against the special rule for psychotherapy notes. Decide; if you deny, record every defect so the letter back to the insurer lists them all.\n\n' +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'insurer',
        requester: 'Northstar Mutual Insurance Company — Group Disability Claims',
        receivedAt: '2025-03-11T15:20',
        authorizationDocumentId: 'doc-whitaker-auth-20250308',
        text: clean(`
NORTHSTAR MUTUAL INSURANCE COMPANY — GROUP DISABILITY CLAIMS
PO Box 8800, Milwaukee, WI 53201   Fax (414) 555-0190

03/10/2025

RE: Claimant Daniel J. Whitaker   Date of birth: 05/17/1988   Claim no. STD-25-0047712   Employer: Harborline Technologies

Mr. Whitaker has claimed short-term disability benefits from 12/02/2024. To evaluate the claim, please send copies of all of his records from 01/01/2020 to the present, including office and counselling notes, psychotherapy notes, hospital records and discharge summaries. His signed authorization is attached (2 pages). Records may be faxed to (414) 555-0190.

Lauren Pietrowski, Claims Examiner
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-whitaker-daniel',
      decision: {
        value: 'deny',
        rule: rule(
          'CFR',
          '45 CFR 164.508(b)(2)',
          'An authorization missing a core element or required statement, or combining psychotherapy notes with other records, is not valid: deny and send it back with the reasons.',
        ),
      },
      defects: [
        { element: 'expiration', rule: rule('CFR', '45 CFR 164.508(c)(1)(v)', 'The form states no expiration date or expiration event.') },
        {
          element: 'conditioning-statement',
          rule: rule(
            'CFR',
            '45 CFR 164.508(c)(2)(ii)',
            'The form lacks the statement on whether treatment, payment, enrollment or eligibility may be conditioned on signing it.',
          ),
        },
        {
          element: 'redisclosure-statement',
          rule: rule(
            'CFR',
            '45 CFR 164.508(c)(2)(iii)',
            'The form lacks the statement that disclosed information may be redisclosed by the recipient and no longer protected.',
          ),
        },
        {
          element: 'specific-psychotherapy-authorization',
          rule: rule(
            'CFR',
            '45 CFR 164.508(b)(3)(ii)',
            'An authorization for psychotherapy notes may be combined only with another authorization for psychotherapy notes, never with a request for the rest of the record.',
          ),
        },
      ],
      release: [],
      withhold: [
        ...['doc-whitaker-ptn-20241015', 'doc-whitaker-ptn-20241112', 'doc-whitaker-ptn-20250311'].map((id) => withhold(id, ptn, true)),
        ...others.map((id) => withhold(id, bh, true)),
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

// 10. Physician request that reaches into Part 2 records — José Núñez to hepatology.
{
  const treat = rule(
    'CFR',
    '45 CFR 164.506(c)(2)',
    'The hospital discharge summary, ultrasound and ED liver tests are general medical records, which may go to a treating physician without an authorization.',
  );
  const part2 = rule(
    'CFR',
    '42 CFR 2.31(a)(4); 2.33',
    "Lakeside Recovery Clinic records are Part 2 records: they may go only on a Part 2 consent naming this recipient, and the only consent on file names his employer's EAP coordinator.",
  );
  const scope = rule('CFR', '45 CFR 164.506(c)(2)', 'The hepatologist did not ask for this document; send what the request lists.');
  addTask(
    {
      id: 'roi-jose-hepatology',
      kind: 'retrieve',
      title: "Hepatologist's request that includes substance-use clinic results",
      instructions:
        'A specialist seeing a patient on referral has asked for hospital records and liver tests, including tests from our addiction-medicine clinic. Decide what may go for treatment and what may not, and select the documents.\n\n' +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'physician',
        requester: 'Priya Natarajan, MD — Lakeshore Gastroenterology & Hepatology',
        receivedAt: '2025-07-31T13:05',
        text: clean(`
LAKESHORE GASTROENTEROLOGY & HEPATOLOGY — REQUEST FOR RECORDS FOR TREATMENT
Date: 07/31/2025      To: Lakeside Community Health HIM, fax (269) 555-0147      From: Priya Natarajan, MD, fax (269) 555-0388

Patient: Jose A. Nunez ("Tony")          Date of birth: 07/30/1981
Referred by Susan Hartwell, MD, for alcohol-related fatty liver. New-patient visit 08/12/2025.

Please send: the discharge summary of his hospital stay in March 2025, the liver ultrasound report, and all liver function test results since March 2025, including any drawn at the Lakeside Recovery Clinic, which he tells me checks his liver every few months.

Thank you. — P. Natarajan, MD
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-nunez-jose',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '45 CFR 164.506(c)(2); 42 CFR 2.33',
          "Release the general hospital records the request lists for treatment; the Part 2 clinic's records stay behind until the patient signs a Part 2 consent naming this physician.",
        ),
      },
      defects: [],
      release: [rel('doc-jose-ds-20250312', treat), rel('doc-jose-us-20250310', treat), rel('doc-jose-lab-20250308', treat)],
      withhold: [
        ...[
          'doc-jose-p2-lab-20250515',
          'doc-jose-consult-20250309',
          'doc-jose-p2-intake-20250320',
          'doc-jose-p2-consent-20250320',
          'doc-jose-p2-pn-20250515',
          'doc-jose-p2-pn-20250710',
        ].map((id) => withhold(id, part2, true)),
        ...['doc-jose-ed-20250308', 'doc-jose-hp-20250308', 'doc-jose-orders-20250308', 'doc-jose-pn-20250310'].map((id) =>
          withhold(id, scope),
        ),
      ],
      accounting: notAccountable('(i)', 'A disclosure to the hepatologist for his care is a treatment disclosure.'),
    },
  );
}

// 11. Employer EAP under a valid Part 2 consent — José Núñez.
{
  const part2 = rule(
    'CFR',
    '42 CFR 2.31(a)(3); 2.33',
    'The consent allows only attendance dates, participation (yes/no), alcohol toxicology pass/fail and a fitness-for-duty statement; these notes and reports also hold diagnoses, medication names, counselling content and levels, so none goes as it stands.',
  );
  const hipaa = rule(
    'CFR',
    '45 CFR 164.508(a)(1)',
    'An employer may receive hospital records only with a HIPAA authorization naming it; the Part 2 consent covers only the Recovery Clinic information it lists.',
  );
  addTask(
    {
      id: 'roi-jose-eap-part2',
      kind: 'retrieve',
      title: 'Employer EAP request under a 42 CFR Part 2 consent',
      instructions:
        "The employee assistance program coordinator named in a patient's substance-use treatment consent has written for his 90-day review, and her occupational physician wants more. Read the consent in the chart closely. Decide whether to honour the request and what, if any, chart documents may be sent as they are. (Anything the consent allows that no document contains on its own is sent as a program letter that the clinic prepares, with the federal redisclosure notice.)\n\n" +
        ROI_POLICY,
      rhitDomain: 'privacy-security',
      difficulty: 'hard',
      estimatedMinutes: 20,
      request: {
        type: 'attorney-authorization',
        requester: 'Renee Osei, LPC — EAP Coordinator, Great Lakes Cold Storage (third party named in a Part 2 consent)',
        receivedAt: '2025-07-14T08:50',
        authorizationDocumentId: 'doc-jose-p2-consent-20250320',
        text: clean(`
GREAT LAKES COLD STORAGE — EMPLOYEE ASSISTANCE PROGRAM (CONFIDENTIAL)
4100 Industrial Parkway, Lakeside, MI 49116   Fax (269) 555-0290

07/14/2025
To: Lakeside Recovery Clinic / Lakeside Community Health System, Health Information Management

RE: Employee José A. Núñez   Date of birth: 07/30/1981   Employee no. 40771   EAP case 2025-019 (last-chance agreement)

Under the consent Mr. Núñez signed at your clinic on 03/20/2025 (copy on your file), please send for his 90-day EAP review: his attendance at scheduled appointments and sessions since 05/01/2025, his alcohol toxicology results for the same period, and your statement on whether he is fit for full forklift duty including overtime.

Our occupational physician has also asked for copies of his clinic progress notes and laboratory reports, and the discharge summary of his March hospital stay, so that she can review his medications and liver tests.

Renee Osei, LPC, EAP Coordinator
`),
      },
    },
    {
      kind: 'retrieve',
      patientId: 'pt-nunez-jose',
      decision: {
        value: 'release',
        rule: rule(
          'CFR',
          '42 CFR 2.31; 2.32; 2.33',
          'The consent is valid and names this recipient, so the program answers, but only with the information it describes, in a program letter carrying the 2.32 notice; the rest of the request is declined.',
        ),
      },
      defects: [],
      release: [],
      withhold: [
        ...[
          'doc-jose-p2-pn-20250515',
          'doc-jose-p2-lab-20250515',
          'doc-jose-p2-pn-20250710',
          'doc-jose-p2-intake-20250320',
          'doc-jose-consult-20250309',
          'doc-jose-p2-consent-20250320',
        ].map((id) => withhold(id, part2, true)),
        ...[
          'doc-jose-ds-20250312',
          'doc-jose-hp-20250308',
          'doc-jose-ed-20250308',
          'doc-jose-lab-20250308',
          'doc-jose-orders-20250308',
          'doc-jose-pn-20250310',
          'doc-jose-us-20250310',
        ].map((id) => withhold(id, hipaa, true)),
      ],
      accounting: notAccountable(
        '(iv)',
        "The program's answer to the EAP coordinator goes under the patient's written consent naming her (42 CFR 2.31), which is also his written authorization for HIPAA: a disclosure under an authorization.",
      ),
    },
  );
}

// ----- Complete (quantitative deficiency analysis) --------------------------------------------
const COMPLETION_POLICY =
  "Lakeside medical staff rules (stricter than the CMS minimums where noted): a history and physical no more than 30 days before admission with an update within 24 hours after admission, or a new one within 24 hours after admission, and always before surgery; an operative report within 24 hours of surgery; a discharge summary within 14 days of discharge (CMS allows 30); verbal and telephone orders authenticated by the ordering practitioner within 48 hours; every entry signed, dated and timed, and a resident's note co-signed by the supervising attending; consent forms complete, with every signature dated and timed; the whole record complete within 30 days of discharge. " +
  'Flag each deficiency on the document it concerns: an unauthenticated or late-authenticated verbal or telephone order on the order entry itself (flagging it on the order sheet that repeats the entry is accepted too), and a document that should exist but does not with no document. Assign each deficiency to the provider who must complete it. ' +
  'Then declare the record complete or incomplete: it is incomplete while anything can still be completed (a missing document, signature, co-signature, date or time). A record whose only deficiencies were completed late is complete: nothing remains for a provider to complete, and the late entries are still reported as timeliness deficiencies. Do not flag items that meet the rules: a false deficiency costs a provider time.';

const def = (type: string, responsibleProviderId: string, r: Rule, documentId?: string, alternateProviderIds: string[] = []): Json => ({
  ...(documentId ? { documentId } : {}),
  type,
  responsibleProviderId,
  alternateProviderIds,
  rule: r,
});
const completeTask = (
  id: string,
  title: string,
  intro: string,
  patientId: string,
  encounterId: string,
  difficulty: 'easy' | 'medium' | 'hard',
  minutes: number,
  domain: 'data-content' | 'compliance',
  key: Json,
) =>
  addTask(
    {
      id,
      kind: 'complete',
      title,
      instructions: intro + '\n\n' + COMPLETION_POLICY,
      rhitDomain: domain,
      difficulty,
      estimatedMinutes: minutes,
      patientId,
      encounterId,
    },
    { kind: 'complete', ...key },
  );

completeTask(
  'def-mateo-peds-stay',
  'Deficiency analysis: pediatric asthma admission (resident on the team)',
  'Analyze the discharged record of the pediatric admission of 01/13/2025 to 01/15/2025. A family-medicine resident wrote one of the daily notes.',
  'pt-nunez-mateo',
  'enc-nunez-mateo-ip-20250113',
  'easy',
  15,
  'data-content',
  {
    deficiencies: [
      def(
        'missing-cosignature',
        'prv-patel',
        rule(
          'CoP',
          '42 CFR 482.24(c)(1); 482.22(c); Lakeside resident supervision rules',
          "Dr. Sato's progress note is signed by the resident only; the supervising attending, Dr. Patel, must co-sign it.",
        ),
        'doc-mateo-pn-20250114',
      ),
    ],
    recordComplete: {
      value: false,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii)',
        'The co-signature can still be added, so the record stays incomplete until Dr. Patel signs (it is already past the 30-day completion limit).',
      ),
    },
  },
);

completeTask(
  'def-lily-newborn-stay',
  'Deficiency analysis: newborn stay',
  'Analyze the discharged record of the newborn stay of 07/03/2025 to 07/05/2025, including the verbal orders given at delivery.',
  'pt-thornton-lily',
  'enc-thornton-baby-ip-20250703',
  'easy',
  10,
  'data-content',
  {
    deficiencies: [],
    recordComplete: {
      value: true,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c); 482.22(c)(5)(i)',
        'The H&P was done within 24 hours of birth, both verbal orders were authenticated within 5 hours, every note is signed, and the discharge summary was signed the day of discharge: the record is complete.',
      ),
    },
  },
);

completeTask(
  'def-marchetti-antepartum-stay',
  'Deficiency analysis: antepartum admission for pyelonephritis',
  'Analyze the discharged record of the antepartum admission of 05/09/2025 to 05/12/2025. The coder has reported that she cannot final-code the account.',
  'pt-marchetti-zoe',
  'enc-marchetti-ip-20250509',
  'medium',
  20,
  'data-content',
  {
    deficiencies: [
      def(
        'missing-signature',
        'prv-okafor',
        rule(
          'CoP',
          '42 CFR 482.24(c)(1)',
          'The 05/10/2025 progress note is still a draft with no authentication; every entry must be signed by its author.',
        ),
        'doc-marchetti-pn-20250510',
      ),
      def(
        'missing-discharge-summary',
        'prv-okafor',
        rule(
          'CoP',
          '42 CFR 482.24(c)(4)(vii); Lakeside bylaws (14 days)',
          'There is no discharge summary for a stay that ended 05/12/2025; the attending, Dr. Okafor, must dictate one (it was due within 14 days).',
        ),
      ),
    ],
    recordComplete: {
      value: false,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii)',
        'A missing discharge summary and an unsigned note can still be completed, so the record is incomplete.',
      ),
    },
  },
);

completeTask(
  'def-thornton-delivery-stay',
  'Deficiency analysis: vaginal delivery admission',
  'Analyze the discharged record of the labor and delivery admission of 07/02/2025 to 07/05/2025. Check the verbal order given after the delivery as well as every note and consent.',
  'pt-thornton-emily',
  'enc-thornton-ip-20250702',
  'medium',
  20,
  'data-content',
  {
    deficiencies: [],
    recordComplete: {
      value: true,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c); Lakeside bylaws',
        'The H&P was done within an hour of admission, the epidural consent is fully signed and timed, the verbal ibuprofen order was authenticated after 4 hours, and the discharge summary was signed 2 days after discharge: nothing is deficient.',
      ),
    },
  },
);

completeTask(
  'def-whitaker-bhu-stay',
  'Deficiency analysis: behavioral health unit admission',
  'Analyze the discharged record of the voluntary Behavioral Health Unit admission of 12/02/2024 to 12/09/2024. Review the order sheet entry by entry.',
  'pt-whitaker-daniel',
  'enc-whitaker-ip-20241202',
  'medium',
  20,
  'compliance',
  {
    // The order sheet repeats the order entry: a finding on either is equally right.
    deficiencies: [
      {
        ...def(
          'unauthenticated-verbal-order',
          'prv-abernathy',
          rule(
            'facility',
            'Lakeside bylaws (48 hours); 42 CFR 482.24(c)(3)',
            'The verbal hydroxyzine order of 12/03/2024 21:15 was authenticated 12/06/2024 09:00, about 60 hours later, past the 48-hour limit.',
          ),
          'ord-whitaker-hydroxyzine-vo',
        ),
        alternates: [{ documentId: 'doc-whitaker-orders-20241202' }],
      },
    ],
    recordComplete: {
      value: true,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii); Lakeside bylaws',
        'Every entry is now present and authenticated: the only deficiency, the verbal order authenticated after about 60 hours, was completed late. A late entry is reported to the medical staff but cannot be made timely, and nothing remains for a provider to complete, so the record is complete.',
      ),
    },
  },
);

completeTask(
  'def-jose-detox-stay',
  'Deficiency analysis: medical admission for alcohol withdrawal',
  'Analyze the discharged record of the medical admission of 03/08/2025 to 03/12/2025. Night-time orders were phoned in; check each one.',
  'pt-nunez-jose',
  'enc-nunez-jose-ip-20250308',
  'medium',
  20,
  'compliance',
  {
    // The order sheet repeats the order entry: a finding on either is equally right.
    deficiencies: [
      {
        ...def(
          'unauthenticated-verbal-order',
          'prv-hartwell',
          rule(
            'CoP',
            '42 CFR 482.24(c)(3); Lakeside bylaws (48 hours)',
            'The telephone order for IV lorazepam of 03/09/2025 02:40 has never been authenticated by Dr. Hartwell, long past the 48-hour limit.',
          ),
          'ord-jose-to-loraz',
        ),
        alternates: [{ documentId: 'doc-jose-orders-20250308' }],
      },
    ],
    recordComplete: {
      value: false,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii)',
        'The telephone order can still be authenticated, so the record stays incomplete until Dr. Hartwell signs it.',
      ),
    },
  },
);

completeTask(
  'def-rahmanbrooks-cesarean-stay',
  'Deficiency analysis: scheduled repeat cesarean',
  'Analyze the discharged record of the scheduled repeat cesarean admission of 02/20/2025 to 02/23/2025. The history and physical and the surgical consent were done at the pre-operative visit of 02/10/2025 and count as part of this surgical record.',
  'pt-rahman-brooks-aisha',
  'enc-rahmanbrooks-ip-20250220',
  'hard',
  25,
  'compliance',
  {
    deficiencies: [
      def(
        'operative-report-late',
        'prv-lindqvist',
        rule(
          'CoP',
          '42 CFR 482.51(b)(6); Lakeside bylaws (24 hours)',
          'The cesarean ended 02/20/2025 08:40 but the operative report was dictated 02/23/2025 16:10, about 79 hours later; it is due immediately after surgery and within 24 hours at the latest.',
        ),
        'doc-rahmanbrooks-op-20250220',
      ),
      def(
        'incomplete-consent',
        'prv-lindqvist',
        rule(
          'CoP',
          '42 CFR 482.24(c)(4)(v); 482.51(b)(2)',
          "The surgical consent's witness signature has no date or time; a properly executed consent has every signature dated and timed, and the surgeon who obtained it is responsible for completing it.",
        ),
        'doc-rahmanbrooks-consent-20250210',
      ),
    ],
    recordComplete: {
      value: false,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii)',
        'The consent can still be completed, so the record is incomplete (the H&P of 02/10 with its day-of-surgery update is compliant).',
      ),
    },
  },
);

completeTask(
  'def-harlow-hysterectomy-stay',
  'Deficiency analysis: abdominal hysterectomy admission',
  'Analyze the discharged record of the surgical admission of 11/14/2024 to 11/16/2024. Look for what should be in the record as well as at what is there; the gynecology consultation of 10/22/2024 is in the chart under the clinic visit.',
  'pt-harlow-denise',
  'enc-harlow-ip-20241114',
  'hard',
  25,
  'compliance',
  {
    deficiencies: [
      def(
        'missing-history-and-physical',
        'prv-lindqvist',
        rule(
          'CoP',
          '42 CFR 482.22(c)(5)(i); 482.51(b)(1)',
          'No history and physical exists for this surgical admission: the 10/22 consultation is not an H&P and was never updated, and the anesthesia evaluation does not replace it.',
        ),
      ),
      def(
        'discharge-summary-late',
        'prv-lindqvist',
        rule(
          'facility',
          'Lakeside bylaws (14 days); 42 CFR 482.24(c)(4)(vii)',
          "She was discharged 11/16/2024 and the summary was dictated 12/09/2024, 23 days later, past Lakeside's 14-day limit (although within the CMS 30 days).",
        ),
        'doc-harlow-ds-20241116',
      ),
    ],
    recordComplete: {
      value: false,
      rule: rule(
        'CoP',
        '42 CFR 482.24(c)(4)(viii)',
        'The missing H&P is an open deficiency, so the record is incomplete; it goes to the medical staff office as well, since surgery proceeded without one.',
      ),
    },
  },
);

// ----- Code (ICD-10-CM, ICD-10-PCS, HCPCS Level II) -------------------------------------------
const CODING_POLICY =
  "Lakeside coding policy: ICD-10-CM for every encounter, principal diagnosis first for inpatients and first-listed diagnosis first for outpatient and ED visits, then the secondary diagnoses; a POA indicator on every inpatient diagnosis (Y, N, U, W, or exempt for codes on the CMS exempt list); ICD-10-PCS for inpatient procedures, principal procedure first; HCPCS Level II for drugs given in the ED and clinics (enter each drug code once, with its units of service: the dose given divided by the dose in the code's descriptor, rounded up to a whole unit). Enter codes without the dot. " +
  "External cause codes (cause, place, activity, status) are reported for every injury at the initial encounter. Lakeside does not report ICD-10-PCS codes for labor epidurals, spinal or regional anesthesia, nerve blocks, drug administration, or newborn prophylaxis and vaccines. Code from the provider's documentation; query rather than code from a lab value.";

interface CodeIn {
  code: string;
  rule: Rule;
  alternates?: string[];
  poa?: 'Y' | 'N' | 'U' | 'W' | 'exempt';
  required?: boolean;
  severity?: 'mcc' | 'cc';
}
/** A diagnosis key item. An MCC or CC for the stay (`severity`) weighs 3 or 2; every other code 1. */
const dx = (code: string, r: Rule, extra: Omit<CodeIn, 'code' | 'rule'> = {}): Json => ({
  code,
  alternates: extra.alternates ?? [],
  rule: r,
  ...(extra.poa ? { poa: extra.poa } : {}),
  ...(extra.required === false ? { required: false } : {}),
  ...(extra.severity ? { severity: extra.severity, weight: extra.severity === 'mcc' ? 3 : 2 } : {}),
});
/*
 * Severity marks on inpatient code keys (MS-DRG v43.1, looked up in ../shared/data/msdrg/v431: the
 * `severity` column of dx.tsv, and pdx_exclusions.tsv for the list named by the principal's `excl_id`;
 * tests/scenarios/drg-severity.test.ts recomputes them). Every keyed secondary diagnosis of the five
 * inpatient code tasks is NCC (a non-CC) in dx.tsv except D62, keyed as optional in code-thornton-delivery:
 * a CC, and O24.420 has no exclusion list, so it stays a CC for that stay.
 */
const px = (code: string, r: Rule, principal = false): Json => ({ code, alternates: [], principal, rule: r });
const hc = (code: string, r: Rule, units = 1): Json => ({
  code,
  alternates: [],
  modifiers: [],
  ...(units === 1 ? {} : { units }),
  rule: r,
});
const nc = (code: string, r: Rule): Json => ({ code, rule: r });
const codeTask = (
  id: string,
  title: string,
  intro: string,
  patientId: string,
  encounterId: string,
  systems: string[],
  difficulty: 'easy' | 'medium' | 'hard',
  minutes: number,
  key: Json,
) =>
  addTask(
    {
      id,
      kind: 'code',
      title,
      instructions: intro + '\n\n' + CODING_POLICY,
      rhitDomain: 'revenue-cycle',
      difficulty,
      estimatedMinutes: minutes,
      patientId,
      encounterId,
      systems,
    },
    { kind: 'code', secondary: [], procedures: [], hcpcs: [], notCodeable: [], ...key },
  );

const EXT_CAUSE = (text: string) => rule('OGCR', 'I.C.20.a', text);

codeTask(
  'code-pham-ed-otitis',
  'Code an ED visit: toddler with fever and ear pain',
  'Code the emergency department visit of 11/23/2024 (ICD-10-CM only; the facility E/M level is assigned by the chargemaster).',
  'pt-pham-noah',
  'enc-pham-ed-20241123',
  ['ICD-10-CM'],
  'easy',
  10,
  {
    principal: dx(
      'H66002',
      rule(
        'OGCR',
        'IV.G; I.B.13',
        'The ED physician diagnosed acute suppurative otitis media of the left ear without rupture of the eardrum, the condition chiefly responsible for the visit; laterality comes from the note.',
      ),
    ),
    secondary: [
      dx('J069', rule('OGCR', 'IV.J', 'The viral upper respiratory infection is documented as a coexisting condition and is coded too.')),
    ],
    notCodeable: [
      nc(
        'R509',
        rule('OGCR', 'I.B.5', 'Fever is routinely associated with acute suppurative otitis media, so it is not coded separately.'),
      ),
    ],
  },
);

codeTask(
  'code-caldwell-ed-dog-bite',
  'Code an ED visit: dog bite of the leg',
  'Code the emergency department visit of 06/14/2025 for a dog bite (ICD-10-CM only).',
  'pt-caldwell-brianna',
  'enc-caldwell-ed-20250614',
  ['ICD-10-CM'],
  'easy',
  15,
  {
    principal: dx(
      'S81852A',
      rule(
        'OGCR',
        'I.C.19.a; I.C.19.b',
        'An open bite of the left lower leg in active treatment takes the 7th character A (initial encounter).',
      ),
    ),
    secondary: [
      dx('W540XXA', EXT_CAUSE('The cause is a dog bite, W54.0 with placeholder X to reach the 7th character A.')),
      dx(
        'Y92017',
        rule('OGCR', 'I.C.20.b', 'The place of occurrence, the yard of a single-family house, is reported once, at the initial encounter.'),
      ),
      dx('Y998', rule('OGCR', 'I.C.20.k', "She was playing at a friend's house (leisure), so the external cause status is Y99.8.")),
      dx('Z23', rule('OGCR', 'I.C.21.c.2', 'A Tdap booster was given at the visit, so Z23 is reported.')),
    ],
    notCodeable: [
      nc(
        'Z203',
        rule(
          'OGCR',
          'I.C.21.c.1',
          'Rabies exposure is not suspected: the dog is vaccinated and under observation, and no post-exposure prophylaxis was given.',
        ),
      ),
      nc('Y939', rule('OGCR', 'I.C.20.c', 'Y93.9 is not assigned when the activity is not specified; no activity code is reported here.')),
    ],
  },
);

codeTask(
  'code-gonzales-ed-ankle',
  'Code an ED visit: ankle fracture from a fall off a curb',
  'Code the emergency department visit of 12/08/2024 (ICD-10-CM only; the walking boot and crutches are billed from the chargemaster).',
  'pt-gonzales-maria',
  'enc-gonzales-ed-20241208',
  ['ICD-10-CM'],
  'medium',
  15,
  {
    principal: dx(
      'S8264XA',
      rule(
        'OGCR',
        'I.C.19.c; I.C.19.a',
        'A closed, nondisplaced fracture of the right lateral malleolus in active treatment: S82.64 with placeholder X and 7th character A.',
      ),
    ),
    secondary: [
      dx('W101XXA', EXT_CAUSE('She fell from the sidewalk curb: W10.1 with placeholders to the 7th character A.')),
      dx('Y92480', rule('OGCR', 'I.C.20.b', 'The fall happened on a public sidewalk, Y92.480, reported once at the initial encounter.')),
      dx('Y9301', rule('OGCR', 'I.C.20.c', 'She was walking when she fell, Y93.01.')),
      dx(
        'Y998',
        rule('OGCR', 'I.C.20.k', 'She was leaving a grocery store on a personal errand (not work, not military), so the status is Y99.8.'),
      ),
    ],
    notCodeable: [
      nc(
        'S8261XA',
        rule(
          'OGCR',
          'I.C.19.c',
          'The fracture is documented as nondisplaced; the displaced code is the default only when displacement is not documented.',
        ),
      ),
    ],
  },
);

codeTask(
  'code-haines-ed-chest-wall',
  'Code an ED visit: chest pain, acute coronary syndrome ruled out',
  'Code the emergency department visit of 06/04/2025 (ICD-10-CM only).',
  'pt-haines-walter',
  'enc-haines-ed-20250604',
  ['ICD-10-CM'],
  'medium',
  15,
  {
    principal: dx(
      'R0789',
      rule(
        'OGCR',
        'IV.D; IV.H',
        'The final diagnosis is musculoskeletal chest-wall pain (indexed to R07.89); a ruled-out condition is never coded, so the symptom is first-listed.',
      ),
    ),
    secondary: [
      dx(
        'I480',
        rule('OGCR', 'IV.J', 'Paroxysmal atrial fibrillation on apixaban shaped the work-up (PE and bleeding risk) and is coded.'),
      ),
      dx(
        'I129',
        rule('OGCR', 'I.C.9.a.2', 'Hypertension with chronic kidney disease is presumed related and coded to I12.9 for stage 1-4 CKD.'),
      ),
      dx('N1832', rule('OGCR', 'I.C.9.a.2', 'I12 instructs to add the CKD stage, here stage 3b.')),
      dx(
        'Z7901',
        rule(
          'OGCR',
          'I.C.21.c.3',
          'Long-term use of an anticoagulant (apixaban) is a status code that affected care (aspirin and NSAIDs avoided).',
        ),
      ),
      dx(
        'E785',
        rule(
          'OGCR',
          'IV.J',
          'Hyperlipidemia is documented in the history; reporting it is acceptable but not required, since it did not affect this visit.',
        ),
        { required: false },
      ),
      dx('Z87891', rule('OGCR', 'I.C.21.c.4', 'Former smoker (quit 1990): a history code that may be reported; not required.'), {
        required: false,
      }),
    ],
    notCodeable: [
      nc(
        'I249',
        rule(
          'OGCR',
          'IV.H',
          'Acute coronary syndrome was ruled out by serial troponins and ECG; outpatient coding never codes ruled-out or suspected conditions.',
        ),
      ),
      nc(
        'I440',
        rule(
          'OGCR',
          'IV.J; III.B',
          'The first-degree AV block is an unchanged ECG finding the physician did not evaluate or treat as a problem at this visit, so it is not coded.',
        ),
      ),
    ],
  },
);

codeTask(
  'code-gonzalez-ed-migraine',
  'Code an ED visit with drugs given: migraine in a patient with diabetes',
  'Code the emergency department visit of 01/18/2025: ICD-10-CM diagnoses and the HCPCS Level II codes for the drugs and infusion given in the department (the order sheet lists doses).',
  'pt-gonzalez-maria',
  'enc-gonzalez-ed-20250118',
  ['ICD-10-CM', 'HCPCS'],
  'medium',
  20,
  {
    principal: dx(
      'G43009',
      rule(
        'OGCR',
        'IV.G',
        'Migraine without aura, not intractable, without status migrainosus is the condition chiefly responsible for the visit.',
      ),
    ),
    secondary: [
      dx(
        'E1142',
        rule(
          'OGCR',
          'I.A.15; I.C.4.a',
          'Type 2 diabetes with polyneuropathy: "with" links the two, and as many E11 codes as needed describe all complications.',
        ),
      ),
      dx(
        'E1165',
        rule(
          'OGCR',
          'I.C.4.a',
          'The physician documents hyperglycemia today, and the diabetes changed treatment (dexamethasone withheld), so E11.65 is added.',
        ),
      ),
      dx('I10', rule('OGCR', 'IV.J', 'Hypertension is documented and was addressed (elevated reading, follow-up arranged).')),
      dx(
        'Z794',
        rule('OGCR', 'I.C.4.a.3', 'When a type 2 diabetic uses both insulin and an oral hypoglycemic, both Z79.4 and Z79.84 are assigned.'),
      ),
      dx(
        'Z7984',
        rule('OGCR', 'I.C.4.a.3', 'Metformin is an oral hypoglycemic used with insulin, so Z79.84 is assigned along with Z79.4.'),
      ),
      dx('E785', rule('OGCR', 'IV.J', 'Hyperlipidemia is listed in her history with a statin; acceptable but not required here.'), {
        required: false,
      }),
    ],
    hcpcs: [
      hc(
        'J1885',
        rule('other', 'HCPCS Level II', 'Ketorolac injection is reported per 15 mg: 30 mg IV is J1885 with 2 units on the claim line.'),
        2,
      ),
      hc('J0780', rule('other', 'HCPCS Level II', 'Prochlorperazine 10 mg IV is J0780 (up to 10 mg), 1 unit.')),
      hc('J1200', rule('other', 'HCPCS Level II', 'Diphenhydramine 25 mg IV is J1200 (up to 50 mg), 1 unit.')),
      hc('J7030', rule('other', 'HCPCS Level II', 'The 1,000 mL normal saline bolus is J7030, 1 unit.')),
    ],
    notCodeable: [
      nc('R519', rule('OGCR', 'I.B.5', 'Headache is the defining symptom of migraine and is not coded separately.')),
      nc('R739', rule('OGCR', 'I.A.12.a; I.C.4.a', 'Hyperglycemia in a diabetic is captured by E11.65; R73.9 excludes diabetes mellitus.')),
    ],
  },
);

codeTask(
  'code-voss-ed-fentanyl',
  'Code an ED visit with a drug given: accidental fentanyl poisoning',
  'Code the emergency department visit of 02/15/2025 to 02/16/2025: ICD-10-CM diagnoses and the HCPCS Level II code for the drug given in the department.',
  'pt-voss-tyler',
  'enc-voss-ed-20250215',
  ['ICD-10-CM', 'HCPCS'],
  'hard',
  20,
  {
    principal: dx(
      'T40411A',
      rule(
        'OGCR',
        'I.C.19.e.5(b); I.C.19.a',
        'A drug taken other than as prescribed (a counterfeit pill containing fentanyl) is a poisoning, sequenced first, with the documented intent (accidental) and 7th character A.',
      ),
    ),
    secondary: [
      dx(
        'R0902',
        rule('OGCR', 'I.C.19.e.5(b)', 'Manifestations of a poisoning are coded after the T code: hypoxemia (SpO2 84%) is documented.'),
      ),
      dx(
        'R0689',
        rule(
          'OGCR',
          'I.C.19.e.5(b)',
          'The physician also documents hypoventilation (RR 6-8) as a manifestation; hypoventilation indexes to R06.89.',
        ),
      ),
      // For discussion (instructor notes, "Discuss"): F11.20 or F11.22-; either answer counts nothing.
      dx(
        'F1120',
        rule(
          'OGCR',
          'I.C.19.e.5(b); I.C.5.b.2',
          'With a poisoning, documented dependence is an additional code: "opioid use disorder, severe" is opioid dependence, F11.20. Whether a "with intoxication" code (F11.22-) belongs beside a poisoning code is a point on which references differ, so this line is for discussion: coded either way or not at all, it counts nothing.',
        ),
        { alternates: ['F11220', 'F11229'], required: false },
      ),
      dx('Z720', rule('OGCR', 'IV.J', 'The physician documents "tobacco use", not dependence, so Z72.0.')),
    ],
    hcpcs: [hc('J2310', rule('other', 'HCPCS Level II', 'Naloxone 0.4 mg IV is J2310, reported per 1 mg (1 unit).'))],
    notCodeable: [
      nc(
        'T402X1A',
        rule(
          'OGCR',
          'I.C.19.e.5(b)',
          'He believed the pill was oxycodone, but the screen was negative for oxycodone and the physician documents poisoning by fentanyl; code the substance documented.',
        ),
      ),
      nc(
        'F1290',
        rule(
          'OGCR',
          'IV.J; III.B',
          'Occasional cannabis use and a positive screen are not documented as a diagnosis by the ED physician; codes are not assigned from lab results.',
        ),
      ),
    ],
  },
);

codeTask(
  'code-lily-newborn',
  'Code an inpatient newborn stay: infant of a mother with gestational diabetes',
  'Code the newborn stay of 07/03/2025 to 07/05/2025 (ICD-10-CM with POA; no ICD-10-PCS codes are reported for this stay under the policy below).',
  'pt-thornton-lily',
  'enc-thornton-baby-ip-20250703',
  ['ICD-10-CM'],
  'medium',
  15,
  {
    principal: dx(
      'Z3800',
      rule(
        'OGCR',
        'I.C.16.a.2',
        'On the birth record, the principal diagnosis is the Z38 code for place and type of birth: single liveborn, born in hospital, delivered vaginally.',
      ),
    ),
    principalPoa: 'exempt',
    secondary: [
      dx(
        'P700',
        rule(
          'OGCR',
          'I.C.16.a.6; I.C.16.c',
          "Syndrome of infant of a mother with gestational diabetes includes the newborn's hypoglycemia, which was monitored and treated; it was present at birth.",
        ),
        { poa: 'Y' },
      ),
      dx('Z23', rule('OGCR', 'I.C.21.c.2', 'The hepatitis B vaccine given before discharge may be reported with Z23; not required.'), {
        poa: 'exempt',
        required: false,
      }),
    ],
    notCodeable: [
      nc(
        'P704',
        rule(
          'OGCR',
          'I.A.11',
          'The hypoglycemia is included in P70.0 ("newborn (with hypoglycemia) affected by maternal gestational diabetes"), so P70.4 is not added.',
        ),
      ),
    ],
  },
);

codeTask(
  'code-rahmanbrooks-cesarean',
  'Code an inpatient stay: scheduled repeat cesarean',
  'Code the admission of 02/20/2025 to 02/23/2025: ICD-10-CM diagnoses with POA and the ICD-10-PCS procedure.',
  'pt-rahman-brooks-aisha',
  'enc-rahmanbrooks-ip-20250220',
  ['ICD-10-CM', 'ICD-10-PCS'],
  'medium',
  20,
  {
    principal: dx(
      'O34211',
      rule(
        'OGCR',
        'I.C.15.b.4',
        'For a cesarean, the principal diagnosis is the condition responsible for the admission and the cesarean: maternal care for a low transverse scar from a previous cesarean.',
      ),
    ),
    principalPoa: 'Y',
    secondary: [
      dx(
        'Z3A39',
        rule(
          'other',
          'ICD-10-CM Tabular, Chapter 15 note (use additional code from Z3A); OGCR Appendix I',
          'The Z3A code gives the weeks of gestation on admission (39 weeks 0 days); it is on the POA exempt list.',
        ),
        { poa: 'exempt' },
      ),
      dx(
        'Z370',
        rule('OGCR', 'I.C.15.b.5; Appendix I', 'Every delivery record carries a Z37 outcome code: single live birth; POA exempt.'),
        { poa: 'exempt' },
      ),
      dx(
        'Z880',
        rule(
          'OGCR',
          'I.C.21.c.3; Appendix I',
          'The penicillin allergy is a documented status that shaped care (antibiotic choice); Z88 is POA exempt.',
        ),
        { poa: 'exempt' },
      ),
    ],
    procedures: [
      px(
        '10D00Z1',
        rule(
          'other',
          'ICD-10-PCS Tables 10D; UHDDS principal procedure',
          'A low transverse (low cervical) cesarean is Extraction of products of conception, open approach, qualifier low: 10D00Z1.',
        ),
        true,
      ),
    ],
    notCodeable: [
      nc(
        'O9081',
        rule(
          'OGCR',
          'III.B',
          'A postoperative hemoglobin of 10.2 with oral iron is not documented as anemia by the provider; query rather than code from a lab value.',
        ),
      ),
      nc('D62', rule('OGCR', 'III.B', 'No acute blood-loss anemia is documented; a lab value alone is not coded.')),
    ],
  },
);

codeTask(
  'code-thornton-delivery',
  'Code an inpatient stay: vaginal delivery with gestational diabetes and a laceration',
  'Code the labor and delivery admission of 07/02/2025 to 07/05/2025: ICD-10-CM diagnoses with POA and the ICD-10-PCS procedures.',
  'pt-thornton-emily',
  'enc-thornton-ip-20250702',
  ['ICD-10-CM', 'ICD-10-PCS'],
  'hard',
  25,
  {
    principal: dx(
      'O24420',
      rule(
        'OGCR',
        'I.C.15.b.4; I.C.15.i',
        'The main circumstance of this delivery is diet-controlled gestational diabetes, coded "in childbirth" (O24.42-) for the delivery episode, never "in pregnancy".',
      ),
    ),
    principalPoa: 'Y',
    secondary: [
      dx(
        'O701',
        rule(
          'OGCR',
          'I.C.15.b.4; Appendix I',
          'The second-degree perineal laceration occurred at delivery, after admission, so its POA is N.',
        ),
        { poa: 'N' },
      ),
      dx(
        'Z3A39',
        rule(
          'other',
          'ICD-10-CM Tabular, Chapter 15 note (use additional code from Z3A); OGCR Appendix I',
          'Weeks of gestation are taken from the admission date (39 weeks 1 day); Z3A is POA exempt.',
        ),
        { poa: 'exempt' },
      ),
      dx(
        'Z370',
        rule('OGCR', 'I.C.15.b.5; Appendix I', 'Every delivery record carries a Z37 outcome code: single live birth; POA exempt.'),
        { poa: 'exempt' },
      ),
      // For discussion (instructor notes, "Discuss"): the postpartum hemoglobin of 10.6 with oral iron.
      dx(
        'O9081',
        rule(
          'OGCR',
          'III.B; I.C.15',
          'A postpartum hemoglobin of 10.6 with "continue oral iron" is not documented as anemia: the expected answer is no anemia code and a query to the provider. It is a query opportunity for discussion, so coding anemia of the puerperium counts nothing either way.',
        ),
        { poa: 'N', required: false },
      ),
      dx(
        'D62',
        rule(
          'OGCR',
          'III.B; I.C.15',
          'Acute posthemorrhagic anemia is not documented either (it is a CC under MS-DRG v43.1, so a query that confirmed it would matter). For discussion: coded or not, it counts nothing.',
        ),
        { poa: 'N', required: false, severity: 'cc' },
      ),
    ],
    procedures: [
      px(
        '10E0XZZ',
        rule(
          'other',
          'ICD-10-PCS Tables 10E; UHDDS principal procedure',
          'The spontaneous vaginal delivery is Delivery of products of conception, external approach: 10E0XZZ, the principal procedure.',
        ),
        true,
      ),
      px(
        '0KQM0ZZ',
        rule(
          'other',
          'ICD-10-PCS Tables 0KQ; AHA Coding Clinic 4Q 2013',
          'Repair of a second-degree laceration involving the perineal muscles is Repair, perineum muscle, open approach: 0KQM0ZZ.',
        ),
      ),
    ],
    notCodeable: [
      nc(
        'O24410',
        rule(
          'OGCR',
          'I.C.15.i',
          'For the delivery admission the gestational diabetes code is "in childbirth" (O24.42-), not "in pregnancy".',
        ),
      ),
    ],
  },
);

codeTask(
  'code-harlow-hysterectomy',
  'Code an inpatient stay: total abdominal hysterectomy for fibroids',
  'Code the surgical admission of 11/14/2024 to 11/16/2024: ICD-10-CM diagnoses with POA and the ICD-10-PCS procedures (use the operative and pathology reports).',
  'pt-harlow-denise',
  'enc-harlow-ip-20241114',
  ['ICD-10-CM', 'ICD-10-PCS'],
  'hard',
  25,
  {
    principal: dx(
      'D251',
      rule(
        'OGCR',
        'II; UHDDS principal diagnosis',
        'The dominant 7 cm intramural leiomyoma is the condition chiefly responsible for the admission and the hysterectomy.',
      ),
    ),
    principalPoa: 'Y',
    secondary: [
      dx(
        'D252',
        rule('UHDDS', 'Other diagnoses', 'The subserosal leiomyoma was also removed and confirmed by pathology; present on admission.'),
        { poa: 'Y' },
      ),
      dx(
        'N920',
        rule(
          'OGCR',
          'I.B.6; III',
          'Heavy menstrual bleeding with a regular cycle is documented as a discharge diagnosis and is not an integral part of every fibroid.',
        ),
        { poa: 'Y' },
      ),
      dx(
        'D500',
        rule(
          'OGCR',
          'III',
          'Chronic iron-deficiency anemia secondary to blood loss was monitored and treated (oral iron); present on admission.',
        ),
        { poa: 'Y' },
      ),
      dx(
        'Z91040',
        rule('OGCR', 'I.C.21.c.3; Appendix I', 'The latex allergy required a latex-free operating room; Z91.0- is POA exempt.'),
        { poa: 'exempt' },
      ),
      dx('G43109', rule('UHDDS', 'Other diagnoses', 'Migraine with aura (home sumatriptan continued) may be reported; not required.'), {
        poa: 'Y',
        required: false,
      }),
    ],
    procedures: [
      px(
        '0UT90ZZ',
        rule(
          'other',
          'ICD-10-PCS Tables 0UT; UHDDS principal procedure',
          'Total hysterectomy is Resection of uterus, open approach, the principal procedure.',
        ),
        true,
      ),
      px(
        '0UTC0ZZ',
        rule(
          'other',
          'ICD-10-PCS Tables 0UT; AHA Coding Clinic',
          'In a total hysterectomy the cervix is coded separately: Resection of cervix, open approach.',
        ),
      ),
      px(
        '0UT70ZZ',
        rule('other', 'ICD-10-PCS Tables 0UT', 'Bilateral salpingectomy is Resection of bilateral fallopian tubes, open approach.'),
      ),
    ],
    notCodeable: [
      nc(
        'D62',
        rule(
          'OGCR',
          'I.B.16; III.B',
          'The postoperative hemoglobin of 8.9 is documented as expected surgical blood loss, not acute blood-loss anemia.',
        ),
      ),
      nc(
        'Z90710',
        rule(
          'OGCR',
          'I.C.21.c.3',
          'Acquired absence of uterus and cervix is a status for later encounters, not for the admission that removed them.',
        ),
      ),
    ],
  },
);

codeTask(
  'code-jose-withdrawal',
  'Code an inpatient stay: alcohol withdrawal with detoxification',
  'Code the medical admission of 03/08/2025 to 03/12/2025: ICD-10-CM diagnoses with POA and the ICD-10-PCS procedure. (Coding from the addiction-medicine consult is an internal use for payment; it is not a disclosure.)',
  'pt-nunez-jose',
  'enc-nunez-jose-ip-20250308',
  ['ICD-10-CM', 'ICD-10-PCS'],
  'hard',
  25,
  {
    principal: dx(
      'F10230',
      rule(
        'OGCR',
        'I.C.5.b.2; II',
        'Alcohol dependence with withdrawal, uncomplicated (no delirium, hallucinations or seizures) occasioned the admission.',
      ),
    ),
    principalPoa: 'Y',
    secondary: [
      dx('K700', rule('OGCR', 'III', 'Alcoholic fatty liver was worked up (ultrasound, serologies) and confirmed; present on admission.'), {
        poa: 'Y',
      }),
      dx('E876', rule('OGCR', 'III', 'Hypokalemia was treated with potassium replacement.'), { poa: 'Y' }),
      dx('E8342', rule('OGCR', 'III', 'Hypomagnesemia was treated with magnesium replacement.'), { poa: 'Y' }),
      dx('F17210', rule('OGCR', 'III', 'Nicotine dependence, cigarettes, was treated with a patch and counselling.'), { poa: 'Y' }),
      dx(
        'Y904',
        rule(
          'other',
          'ICD-10-CM Tabular, F10 "use additional code" note',
          'The blood alcohol level of 86 mg/dL may be added with Y90.4; not required.',
        ),
        { required: false },
      ),
    ],
    procedures: [
      px(
        'HZ2ZZZZ',
        rule(
          'other',
          'ICD-10-PCS Tables HZ2; UHDDS principal procedure',
          'Medically managed alcohol withdrawal is Detoxification services, HZ2ZZZZ.',
        ),
        true,
      ),
    ],
    notCodeable: [
      nc(
        'R7401',
        rule(
          'OGCR',
          'I.B.5; II.A',
          'The raised transaminases are explained by the established diagnosis of alcoholic fatty liver and are not coded separately.',
        ),
      ),
      nc(
        'R030',
        rule(
          'OGCR',
          'I.B.5',
          'The raised blood pressure was a sign of alcohol withdrawal and resolved without treatment; it is not coded separately.',
        ),
      ),
      nc(
        'I10',
        rule('OGCR', 'III', 'Hypertension was never diagnosed: the physician documents elevated blood pressure with withdrawal only.'),
      ),
    ],
  },
);

// ---------------------------------------------------------------------------------------------
// Pack metadata
// ---------------------------------------------------------------------------------------------
const PACK_META = {
  id: 'lakeside-community',
  title: "Lakeside Community Health — Clinics, Women's Health & Behavioral Health",
  description:
    "Lakeside Community Health System, FY2025: an emergency department, labor and delivery, a small inpatient unit and primary-care, women's health, pediatric, teen, behavioral health and addiction-medicine clinics. " +
    '16 patients with 48 encounters and 120 chart documents, and 36 work-queue tasks from easy to hard: filing loose documents, release of information, deficiency analysis and coding. ' +
    'Skills practised: identifying patients on two identifiers (names change), indexing documents to the right chart and visit, deciding requests under HIPAA and 42 CFR Part 2, the minimum necessary, record completion against the medical staff bylaws, and ICD-10-CM/PCS and HCPCS Level II code assignment with POA.',
  instructorNotes:
    "A community health system with an ED, labor and delivery, a small inpatient unit (obstetrics, pediatrics, medical and a behavioral health unit) and primary-care, women's health, pediatric, teen, behavioral health and addiction-medicine (42 CFR Part 2) clinics, FY2025. " +
    '16 patients, 48 encounters (8 inpatient, 11 emergency, 29 outpatient) and 120 documents, plus 9 loose documents for the Filing queue. ' +
    "Built for practice in: filing loose documents (maiden/married names, a legal name change, a hyphenated surname, a registration typo, look-alike patients, a name-only fax and a misdirected fax) and finding a newborn's document misfiled in the mother's chart; " +
    "release of information (psychotherapy notes kept apart from behavioral-health notes, Part 2 consents and redisclosure notices, HIV results, a 16-year-old's confidential reproductive care, a defective insurer authorization, workers' compensation requests); " +
    'deficiency analysis against stricter-than-default bylaws (14-day discharge summaries; unsigned notes, a resident note without co-signature, a late and a missing discharge summary, a late operative report, a surgical admission without an H&P, an unauthenticated telephone order, a late-authenticated verbal order and a consent without a witness date); ' +
    'and ICD-10-CM/PCS and HCPCS coding (pregnancy and delivery with weeks of gestation and outcome, gestational diabetes, pyelonephritis in pregnancy, asthma severity, depression episode and severity, alcohol dependence with withdrawal and remission, fentanyl poisoning, injuries with external causes, diabetes with complications, hypertensive CKD, HIV). ' +
    '36 HIM work-queue tasks with answer keys: 5 filing batches and a chart audit, 11 release-of-information requests, 8 deficiency analyses and 11 coding cases, easy to hard. ' +
    'Answer keys and instructor notes: docs/content/lakeside-community.md.',
  author: 'Record Room project',
  licence: 'CC0-1.0',
  packVersion: '1.3.0',
  codeSetYear: 2025,
  facility: {
    name: 'Lakeside Community Health System',
    mrnFormat: { pattern: '^LC\\d{6}$', description: '"LC" followed by 6 digits, zero-filled (e.g. LC004517)' },
    accountNumberFormat: { pattern: '^\\d{10}$', description: '10 digits, one per encounter' },
    completion: {
      historyAndPhysicalMaxDaysBefore: 30,
      historyAndPhysicalHoursAfterAdmission: 24,
      operativeReportHours: 24,
      dischargeSummaryDays: 14,
      recordCompletionDays: 30,
      verbalOrderAuthenticationHours: 48,
    },
    protectedCategories: ['hiv', 'behavioral-health', 'minor-confidential'],
  },
};

// ---------------------------------------------------------------------------------------------
// Assemble, validate, check references and dates, print counts.
// ---------------------------------------------------------------------------------------------
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
  pack: PACK_META,
  providers,
  patients,
  looseDocuments,
  tasks,
  keys,
};

const parsed = PackFile.safeParse(pack);
if (!parsed.success) {
  console.error(JSON.stringify(parsed.error.issues.slice(0, 30), null, 1));
  process.exit(1);
}

const problems: string[] = [];
const ids = new Map<string, string>();
function claim(id: string, where: string) {
  if (ids.has(id)) problems.push(`duplicate id ${id} (${where} and ${ids.get(id)})`);
  else ids.set(id, where);
}
const providerIds = new Set<string>();
for (const p of providers) {
  claim(p.id as string, 'provider');
  providerIds.add(p.id as string);
}
const mrns = new Set<string>();
const accounts = new Set<string>();
const FY_START = '2024-10-01T00:00';
const FY_END = '2025-09-30T23:59';
const mrnRe = /^LC\d{6}$/;
const acctRe = /^\d{10}$/;
for (const pt of parsed.data.patients) {
  claim(pt.id, 'patient');
  if (mrns.has(pt.mrn)) problems.push(`duplicate MRN ${pt.mrn}`);
  mrns.add(pt.mrn);
  if (!mrnRe.test(pt.mrn)) problems.push(`MRN format ${pt.mrn}`);
  const encs = new Map<string, (typeof pt.encounters)[number]>();
  for (const e of pt.encounters) {
    claim(e.id, `encounter of ${pt.id}`);
    encs.set(e.id, e);
    if (accounts.has(e.accountNumber)) problems.push(`duplicate account ${e.accountNumber}`);
    accounts.add(e.accountNumber);
    if (!acctRe.test(e.accountNumber)) problems.push(`account format ${e.accountNumber}`);
    if (!providerIds.has(e.attendingId)) problems.push(`${e.id}: attending ${e.attendingId} unknown`);
    if (e.dischargedAt && e.dischargedAt < e.admittedAt) problems.push(`${e.id}: discharge before admission`);
    if (e.admittedAt < FY_START || (e.dischargedAt ?? e.admittedAt) > FY_END) problems.push(`${e.id}: outside FY2025`);
    if (e.admittedAt.slice(0, 10) < pt.birthDate) problems.push(`${e.id}: before birth`);
  }
  const encRef = (what: string, encId: string | undefined, _at?: string) => {
    if (!encId) return;
    if (!encs.has(encId)) problems.push(`${what}: encounter ${encId} not of ${pt.id}`);
  };
  for (const d of pt.documents) {
    claim(d.id, `document of ${pt.id}`);
    encRef(d.id, d.encounterId);
    if (d.authorId && !providerIds.has(d.authorId)) problems.push(`${d.id}: author unknown`);
    if (d.cosignerRequiredId && !providerIds.has(d.cosignerRequiredId)) problems.push(`${d.id}: cosigner unknown`);
    if (d.writtenAt && d.writtenAt < d.serviceAt) problems.push(`${d.id}: written before service`);
    for (const a of d.authentications) {
      if (!providerIds.has(a.providerId)) problems.push(`${d.id}: auth provider unknown`);
      if (a.at < (d.writtenAt ?? d.serviceAt)) problems.push(`${d.id}: authenticated before written`);
    }
    if (d.status === 'final' && d.authorId && d.authentications.length === 0) problems.push(`${d.id}: final without authentication`);
    if (d.serviceAt.slice(0, 10) < pt.birthDate) problems.push(`${d.id}: before birth`);
    if (d.type !== 'outside-record' && (d.serviceAt < FY_START || d.serviceAt > FY_END)) problems.push(`${d.id}: outside FY2025`);
    if (d.encounterId) {
      const e = encs.get(d.encounterId);
      if (
        e &&
        d.type !== 'laboratory-report' &&
        d.type !== 'pathology-report' &&
        (d.serviceAt < e.admittedAt || (e.dischargedAt && d.serviceAt > e.dischargedAt))
      )
        problems.push(`${d.id}: serviceAt outside encounter`);
    }
    if (/<[a-z]+>|\*\*|^#/m.test(d.text)) problems.push(`${d.id}: markup in text`);
  }
  for (const x of pt.problems) {
    claim(x.id, 'problem');
    encRef(x.id, x.encounterId);
  }
  for (const x of pt.medications) {
    claim(x.id, 'medication');
    encRef(x.id, x.encounterId);
    if (x.prescriberId && !providerIds.has(x.prescriberId)) problems.push(`${x.id}: prescriber unknown`);
    if (x.end && x.start && x.end < x.start) problems.push(`${x.id}: end before start`);
  }
  for (const x of pt.allergies) claim(x.id, 'allergy');
  for (const x of pt.orders) {
    claim(x.id, 'order');
    encRef(x.id, x.encounterId);
    if (!providerIds.has(x.orderedById)) problems.push(`${x.id}: orderer unknown`);
    if (x.authenticatedAt && x.authenticatedAt < x.orderedAt) problems.push(`${x.id}: auth before order`);
    const e = x.encounterId ? encs.get(x.encounterId) : undefined;
    if (e && (x.orderedAt < e.admittedAt || (e.dischargedAt && x.orderedAt > e.dischargedAt)))
      problems.push(`${x.id}: ordered outside encounter`);
  }
  for (const x of pt.results) {
    claim(x.id, 'result');
    encRef(x.id, x.encounterId);
    if (x.resultedAt && x.resultedAt < x.collectedAt) problems.push(`${x.id}: resulted before collected`);
    const e = x.encounterId ? encs.get(x.encounterId) : undefined;
    if (e && (x.collectedAt < e.admittedAt || (e.dischargedAt && x.collectedAt > e.dischargedAt)))
      problems.push(`${x.id}: collected outside encounter`);
  }
  for (const x of pt.procedures) {
    claim(x.id, 'procedure');
    encRef(x.id, x.encounterId);
    const e = x.encounterId ? encs.get(x.encounterId) : undefined;
    if (e && (x.performedAt < e.admittedAt || (e.dischargedAt && x.performedAt > e.dischargedAt)))
      problems.push(`${x.id}: performed outside encounter`);
  }
  for (const x of pt.immunizations) {
    claim(x.id, 'immunization');
    encRef(x.id, x.encounterId);
    const e = x.encounterId ? encs.get(x.encounterId) : undefined;
    if (e && (x.administeredAt < e.admittedAt || (e.dischargedAt && x.administeredAt > e.dischargedAt)))
      problems.push(`${x.id}: given outside encounter`);
  }
}
for (const l of parsed.data.looseDocuments) claim(l.id, 'loose document');

// Tasks: every loose document is in at least one filing task; every task has exactly one key.
const filed = new Set(parsed.data.tasks.flatMap((t) => (t.kind === 'file' ? t.looseDocumentIds : [])));
for (const l of parsed.data.looseDocuments) if (!filed.has(l.id)) problems.push(`loose document ${l.id} is in no filing task`);
const keyed = new Set(parsed.data.keys.map((k) => k.taskId));
for (const t of parsed.data.tasks) if (!keyed.has(t.id)) problems.push(`task ${t.id} has no key`);
// Documents a key names belong to the patient the key is about (the pack validator checks only that they exist).
const ownerOf = new Map(
  parsed.data.patients.flatMap((pt) => [
    ...pt.documents.map((d) => [d.id, pt.id] as const),
    ...pt.orders.map((o) => [o.id, pt.id] as const),
  ]),
);
const taskById = new Map(parsed.data.tasks.map((t) => [t.id, t]));
for (const { taskId, key } of parsed.data.keys) {
  const task = taskById.get(taskId);
  const owner =
    key.kind === 'retrieve' ? key.patientId : task && (task.kind === 'complete' || task.kind === 'code') ? task.patientId : undefined;
  const ids =
    key.kind === 'retrieve'
      ? [...key.release, ...key.withhold].map((r) => r.documentId)
      : key.kind === 'complete'
        ? key.deficiencies.flatMap((d) => (d.documentId ? [d.documentId] : []))
        : [];
  for (const id of ids) if (ownerOf.get(id) !== owner) problems.push(`${taskId}: ${id} is not in ${owner}'s chart`);
  if (task?.kind === 'retrieve' && task.request.authorizationDocumentId && ownerOf.get(task.request.authorizationDocumentId) !== owner)
    problems.push(`${taskId}: authorization not in ${owner}'s chart`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(pack, null, 2) + '\n');

// Counts
const allEnc = parsed.data.patients.flatMap((p) => p.encounters);
const allDocs = parsed.data.patients.flatMap((p) => p.documents);
const byClass: Record<string, number> = {};
for (const e of allEnc) byClass[e.class] = (byClass[e.class] ?? 0) + 1;
const byType: Record<string, number> = {};
for (const d of allDocs) byType[d.type] = (byType[d.type] ?? 0) + 1;
const lens = allDocs.map((d) => d.text.length);
console.log(`wrote ${OUT}`);
console.log(`providers ${providers.length}, patients ${parsed.data.patients.length}, encounters ${allEnc.length}`, byClass);
console.log(`documents ${allDocs.length} (${Object.keys(byType).length} types), loose documents ${parsed.data.looseDocuments.length}`);
console.log(byType);
console.log(
  `document text length min ${Math.min(...lens)}, max ${Math.max(...lens)}, mean ${Math.round(lens.reduce((a, b) => a + b, 0) / lens.length)}`,
);
const short = allDocs.filter((d) => d.text.length < 800).map((d) => `${d.id} (${d.text.length})`);
if (short.length) console.log('documents under 800 characters:', short.join(', '));

// Tasks by kind and difficulty, and every key code checked against the bundled teaching code sets.
const byKind: Record<string, string[]> = {};
for (const t of parsed.data.tasks) (byKind[t.kind] ??= []).push(t.difficulty);
for (const [kind, list] of Object.entries(byKind)) {
  console.log(
    `tasks ${kind}: ${list.length} (easy ${list.filter((d) => d === 'easy').length}, medium ${list.filter((d) => d === 'medium').length}, hard ${list.filter((d) => d === 'hard').length})`,
  );
}
const codeSet = (file: string) => {
  const json = JSON.parse(readFileSync(resolve(here, '../../public/codesets', file), 'utf8')) as {
    entries: { code: string; billable: boolean }[];
  };
  return new Map(json.entries.map((e) => [e.code, e.billable]));
};
const teaching = { cm: codeSet('teaching-icd10cm.json'), pcs: codeSet('teaching-icd10pcs.json'), hcpcs: codeSet('teaching-hcpcs.json') };
const notInTeaching: string[] = [];
const checkCode = (set: Map<string, boolean>, code: string, where: string) => {
  if (set.get(code) !== true) notInTeaching.push(`${code} (${where})`);
};
for (const { taskId, key } of parsed.data.keys) {
  if (key.kind !== 'code') continue;
  for (const c of [key.principal, ...key.secondary]) for (const code of [c.code, ...c.alternates]) checkCode(teaching.cm, code, taskId);
  for (const n of key.notCodeable) checkCode(teaching.cm, n.code, `${taskId}, not codeable`);
  for (const p of key.procedures) for (const code of [p.code, ...p.alternates]) checkCode(teaching.pcs, code, taskId);
  for (const h of key.hcpcs) for (const code of [h.code, ...h.alternates]) checkCode(teaching.hcpcs, code, taskId);
}
console.log(
  notInTeaching.length
    ? `codes not billable in the teaching code sets: ${notInTeaching.join(', ')}`
    : 'every key code is billable in the teaching code sets',
);
