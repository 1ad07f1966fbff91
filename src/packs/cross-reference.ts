/**
 * Checks that need the whole pack: identifiers unique, references resolving, dates in order,
 * identifiers in the facility's formats. Runs after the schema has passed, on typed data.
 */
import type { Pack } from './format.ts';
import type { Patient } from '../chart/model.ts';
import { formatPath, type PathSegment, type Problem } from '../intake/problems.ts';
import { MAX_IDENTIFIER_LENGTH } from '../chart/facility.ts';
import { referenceCheck } from '../tasks/common/references.ts';
import { kindOf } from '../tasks/registry.ts';

/** True when `a` is not later than `b`; works for dates and local date-times (same fixed-width form). */
const notAfter = (a: string, b: string) => a.slice(0, 16) <= b.slice(0, 16);

export function crossReferenceProblems(pack: Pack): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], message: string) => problems.push({ path: formatPath(path), message });

  const seenIds = new Map<string, string>();
  const claimId = (id: string, path: PathSegment[]) => {
    const previous = seenIds.get(id);
    if (previous) report([...path, 'id'], `"${id}" is already the id of ${previous}; ids must be unique in a pack`);
    else seenIds.set(id, formatPath(path));
  };

  const providers = new Set<string>();
  pack.providers.forEach((provider, i) => {
    claimId(provider.id, ['providers', i]);
    providers.add(provider.id);
  });
  const provider = (id: string | undefined, path: PathSegment[]) => {
    if (id !== undefined && !providers.has(id)) report(path, `refers to provider "${id}", who is not in providers`);
  };

  const { facility } = pack.pack;
  const mrnPattern = new RegExp(facility.mrnFormat.pattern, 'u');
  const accountPattern = new RegExp(facility.accountNumberFormat.pattern, 'u');
  const mrns = new Map<string, number>();
  const accounts = new Map<string, string>();
  const encounterOwner = new Map<string, number>();

  pack.patients.forEach((patient, p) => {
    claimId(patient.id, ['patients', p]);
    const previous = mrns.get(patient.mrn);
    if (previous !== undefined)
      report(['patients', p, 'mrn'], `"${patient.mrn}" is already the MRN of patients[${previous}]; each patient has one MRN of their own`);
    else mrns.set(patient.mrn, p);
    // Bounded before the pattern runs: a pattern's time grows with the value's length.
    if (patient.mrn.length > MAX_IDENTIFIER_LENGTH)
      report(['patients', p, 'mrn'], `is ${patient.mrn.length} characters long; an MRN is at most ${MAX_IDENTIFIER_LENGTH}`);
    else if (!mrnPattern.test(patient.mrn))
      report(['patients', p, 'mrn'], `"${patient.mrn}" does not follow the facility's MRN format (${facility.mrnFormat.description})`);
    patient.encounters.forEach((encounter, e) => {
      encounterOwner.set(encounter.id, p);
      const path = ['patients', p, 'encounters', e];
      const used = accounts.get(encounter.accountNumber);
      if (used)
        report(
          [...path, 'accountNumber'],
          `"${encounter.accountNumber}" is already the account number of ${used}; each encounter has its own`,
        );
      else accounts.set(encounter.accountNumber, formatPath(path));
      if (encounter.accountNumber.length > MAX_IDENTIFIER_LENGTH) {
        report(
          [...path, 'accountNumber'],
          `is ${encounter.accountNumber.length} characters long; an account number is at most ${MAX_IDENTIFIER_LENGTH}`,
        );
      } else if (!accountPattern.test(encounter.accountNumber)) {
        report(
          [...path, 'accountNumber'],
          `"${encounter.accountNumber}" does not follow the facility's account-number format (${facility.accountNumberFormat.description})`,
        );
      }
    });
  });

  pack.patients.forEach((patient, p) => checkPatient(patient, p));

  function checkPatient(patient: Patient, p: number) {
    const base: PathSegment[] = ['patients', p];
    const born = patient.birthDate;
    const died = patient.deceasedAt;
    if (died && !notAfter(born, died)) report([...base, 'deceasedAt'], `is before the date of birth (${born})`);

    const ownEncounters = new Map(patient.encounters.map((e) => [e.id, e]));
    const encounterRef = (id: string | undefined, path: PathSegment[]) => {
      if (id === undefined || ownEncounters.has(id)) return;
      const owner = encounterOwner.get(id);
      report(
        path,
        owner === undefined
          ? `refers to encounter "${id}", which is not in this pack`
          : `refers to encounter "${id}", which belongs to patients[${owner}] (MRN ${pack.patients[owner]?.mrn ?? '?'}), not to this patient`,
      );
    };
    /** Care cannot happen before birth or after death. */
    const inLifetime = (at: string, path: PathSegment[]) => {
      if (!notAfter(born, at)) report(path, `(${at}) is before the patient's date of birth (${born})`);
      else if (died && !notAfter(at, died)) report(path, `(${at}) is after the patient's death (${died})`);
    };

    patient.encounters.forEach((encounter, e) => {
      const path = [...base, 'encounters', e];
      claimId(encounter.id, path);
      provider(encounter.attendingId, [...path, 'attendingId']);
      inLifetime(encounter.admittedAt, [...path, 'admittedAt']);
      if (encounter.dischargedAt && !notAfter(encounter.admittedAt, encounter.dischargedAt)) {
        report([...path, 'dischargedAt'], `(${encounter.dischargedAt}) is before the admission (${encounter.admittedAt})`);
      }
      if (encounter.dischargedAt && died && !notAfter(encounter.dischargedAt, died)) {
        report([...path, 'dischargedAt'], `(${encounter.dischargedAt}) is after the patient's death (${died})`);
      }
      if (encounter.dischargeDisposition === 'expired' && !died) {
        report([...path, 'dischargeDisposition'], 'is "expired" but the patient has no deceasedAt');
      }
    });

    patient.documents.forEach((doc, d) => {
      const path = [...base, 'documents', d];
      claimId(doc.id, path);
      encounterRef(doc.encounterId, [...path, 'encounterId']);
      provider(doc.authorId, [...path, 'authorId']);
      provider(doc.cosignerRequiredId, [...path, 'cosignerRequiredId']);
      if (!notAfter(born, doc.serviceAt))
        report([...path, 'serviceAt'], `(${doc.serviceAt}) is before the patient's date of birth (${born})`);
      if (doc.writtenAt && !notAfter(doc.serviceAt, doc.writtenAt)) {
        report([...path, 'writtenAt'], `(${doc.writtenAt}) is before the care it records (serviceAt ${doc.serviceAt})`);
      }
      const written = doc.writtenAt ?? doc.serviceAt;
      doc.authentications.forEach((auth, a) => {
        provider(auth.providerId, [...path, 'authentications', a, 'providerId']);
        if (!notAfter(written, auth.at))
          report([...path, 'authentications', a, 'at'], `(${auth.at}) is before the document was written (${written})`);
      });
    });

    const simple = <T extends { id: string; encounterId?: string | undefined }>(
      key: 'problems' | 'medications' | 'allergies' | 'orders' | 'results' | 'procedures' | 'immunizations',
      items: readonly T[],
      extra?: (item: T, path: PathSegment[]) => void,
    ) =>
      items.forEach((item, i) => {
        const path = [...base, key, i];
        claimId(item.id, path);
        encounterRef(item.encounterId, [...path, 'encounterId']);
        extra?.(item, path);
      });

    simple('problems', patient.problems, (pr, path) => {
      if (pr.onset && pr.onset < born.slice(0, 10))
        report([...path, 'onset'], `(${pr.onset}) is before the patient's date of birth (${born})`);
      if (pr.recordedAt) inLifetime(pr.recordedAt, [...path, 'recordedAt']);
    });
    patient.allergies.forEach((a, i) => {
      claimId(a.id, [...base, 'allergies', i]);
      if (a.recordedAt) inLifetime(a.recordedAt, [...base, 'allergies', i, 'recordedAt']);
    });
    simple('medications', patient.medications, (m, path) => {
      provider(m.prescriberId, [...path, 'prescriberId']);
      if (m.start) inLifetime(m.start, [...path, 'start']);
      if (m.start && m.end && !notAfter(m.start, m.end)) report([...path, 'end'], `(${m.end}) is before the start (${m.start})`);
    });
    simple('orders', patient.orders, (o, path) => {
      provider(o.orderedById, [...path, 'orderedById']);
      inLifetime(o.orderedAt, [...path, 'orderedAt']);
      if (o.authenticatedAt && !notAfter(o.orderedAt, o.authenticatedAt)) {
        report([...path, 'authenticatedAt'], `(${o.authenticatedAt}) is before the order was given (${o.orderedAt})`);
      }
    });
    simple('results', patient.results, (r, path) => {
      inLifetime(r.collectedAt, [...path, 'collectedAt']);
      if (r.resultedAt && !notAfter(r.collectedAt, r.resultedAt))
        report([...path, 'resultedAt'], `(${r.resultedAt}) is before collection (${r.collectedAt})`);
    });
    simple('procedures', patient.procedures, (pr, path) => {
      provider(pr.performerId, [...path, 'performerId']);
      inLifetime(pr.performedAt, [...path, 'performedAt']);
    });
    simple('immunizations', patient.immunizations, (im, path) => inLifetime(im.administeredAt, [...path, 'administeredAt']));
  }

  pack.looseDocuments.forEach((doc, i) => claimId(doc.id, ['looseDocuments', i]));
  problems.push(...taskProblems(pack));
  return problems;
}

/**
 * Tasks and keys: every object they name exists and belongs where it must, checked by each task's
 * kind (src/tasks/<kind>/index.ts `checkTask` and `checkKey`); ids are unique; each key fits its task.
 */
export function taskProblems(
  pack: Pick<Pack, 'pack' | 'patients' | 'providers' | 'looseDocuments' | 'tasks' | 'keys'>,
  keysPath: PathSegment[] = ['keys'],
): Problem[] {
  const problems: Problem[] = [];
  const check = referenceCheck(
    { facility: pack.pack.facility, providers: pack.providers, patients: pack.patients, looseDocuments: pack.looseDocuments },
    problems,
  );
  const tasks = new Map<string, Pack['tasks'][number]>();
  pack.tasks.forEach((task, t) => {
    const path: PathSegment[] = ['tasks', t];
    if (tasks.has(task.id)) check.report([...path, 'id'], `"${task.id}" is already the id of another task`);
    tasks.set(task.id, task);
    kindOf(task.kind).checkTask(task, check, path);
  });
  const keyed = new Set<string>();
  pack.keys.forEach((entry, k) => {
    const path: PathSegment[] = [...keysPath, k];
    const task = tasks.get(entry.taskId);
    if (!task) {
      check.report([...path, 'taskId'], `refers to task "${entry.taskId}", which is not in tasks`);
      return;
    }
    if (keyed.has(entry.taskId)) check.report([...path, 'taskId'], `task "${entry.taskId}" already has a key`);
    keyed.add(entry.taskId);
    if (entry.key.kind !== task.kind) {
      check.report([...path, 'key', 'kind'], `is "${entry.key.kind}" but task "${task.id}" is a ${task.kind} task`);
      return;
    }
    kindOf(task.kind).checkKey(entry.key, task, check, [...path, 'key']);
  });
  return problems;
}
