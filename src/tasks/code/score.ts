/**
 * Scoring coding (HIM-TASKS 2.15–2.17): principal diagnosis 35 % (the exact code or an alternate
 * first 100 %; the right category first 50 %; the right code sequenced after another 30 %),
 * secondary diagnoses 40 % (each key code its share by weight, so an MCC or CC weighs more; the
 * right first four characters half; an unsupported code an extra's share), POA 15 % (only on codes
 * that match; none matching, POA leaves the weighting), ICD-10-PCS 25 % (axis-weighted; the
 * principal procedure first 15 % of it), HCPCS Level II 15 % (code 65 %, modifiers 25 %, units 10 %
 * of each line). Weights re-normalise over the parts the encounter has. A string that is no code
 * and a header that needs more characters earn no category credit. Pure.
 */
import type { GradeContext } from '../common/context.ts';
import { extraShare, listed, optionalFinding, share, type Finding, type Scored, type ScoredPart } from '../common/scoring.ts';
import type { RuleRef } from '../common/schema.ts';
import type { CodeKey, CodeTask, CodeWork, Poa } from './schema.ts';
import { codeVerdict, dotted, verdictWords, type CodeVerdict } from './validity.ts';

export const CODE_WEIGHTS = { principal: 35, secondary: 40, poa: 15, procedures: 25, hcpcs: 15 } as const;
export const PRINCIPAL_CREDIT = { exact: 1, category: 0.5, sequencedLater: 0.3 } as const;
/** The share of the ICD-10-PCS part that is sequencing the principal procedure first. */
export const PRINCIPAL_PROCEDURE_SHARE = 0.15;

/**
 * The parts of one HCPCS line's credit. HIM-TASKS 2.17 makes modifiers a sub-score and says nothing
 * of units, so units take a small share: a wrong unit count is a billing error (payment is per
 * unit), but the code was found and the modifiers read correctly.
 */
export const HCPCS_LINE_SHARES = { code: 0.65, modifiers: 0.25, units: 0.1 } as const;

/** The rule for units of service on a drug line, cited when units are wrong. */
export const UNITS_RULE: RuleRef = {
  source: 'other',
  cite: 'CMS Pub. 100-04, Medicare Claims Processing Manual, ch. 17, §10',
  text: 'Drugs are billed in multiples of the dose in the HCPCS long descriptor; a dose that is not a multiple is rounded up to the next whole unit.',
};

const POA_RULE: RuleRef = {
  source: 'OGCR',
  cite: 'Appendix I',
  text: "Present on admission is assigned from the provider's documentation of whether the condition was present at the time the order for inpatient admission occurred.",
};

const PRINCIPAL_PROCEDURE_RULE: RuleRef = {
  source: 'UHDDS',
  cite: 'Principal procedure',
  text: 'The principal procedure is the one performed for definitive treatment, or the one most related to the principal diagnosis.',
};

/** ICD-10-PCS axis weights: section 5, body system 10, root operation 25, body part 25, approach 15, device 10, qualifier 10. */
export const PCS_AXIS_WEIGHTS = [0.05, 0.1, 0.25, 0.25, 0.15, 0.1, 0.1] as const;
const PCS_AXES = ['section', 'body system', 'root operation', 'body part', 'approach', 'device', 'qualifier'] as const;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
export function pcsAxisScore(trainee: string, key: string): number {
  let s = 0;
  for (let i = 0; i < 7; i++) if (trainee[i] !== undefined && trainee[i] === key[i]) s += PCS_AXIS_WEIGHTS[i]!;
  return round4(s);
}

const matches = (code: string, k: { code: string; alternates: readonly string[] }) => code === k.code || k.alternates.includes(code);
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
const POA_WORDS: Record<Poa, string> = {
  Y: 'present on admission (Y)',
  N: 'not present on admission: it arose during the stay (N)',
  U: 'documentation insufficient to say (U)',
  W: 'clinically undetermined (W)',
  exempt: 'exempt from POA reporting',
};

export function scoreCode({ key, work, ctx }: { task: CodeTask; key: CodeKey; work: CodeWork | undefined; ctx: GradeContext }): Scored {
  const parts: ScoredPart[] = [];
  const notes: Finding[] = [];
  const summary: string[] = [];
  const dx = work?.diagnoses ?? [];
  const verdictOf = new Map<string, CodeVerdict>();
  const cm = (code: string) => {
    let v = verdictOf.get(code);
    if (v === undefined) verdictOf.set(code, (v = codeVerdict('ICD-10-CM', code, ctx.validity)));
    return v;
  };
  const notCodeable = new Map(key.notCodeable.map((n) => [n.code, n.rule]));

  // Principal.
  const principalCodes = new Set([key.principal.code, ...key.principal.alternates]);
  const first = dx[0]?.code;
  const firstValid = first !== undefined && cm(first) === 'valid';
  const firstExact = first !== undefined && matches(first, key.principal);
  const firstCategory =
    first !== undefined && !firstExact && firstValid ? [...principalCodes].find((c) => c.slice(0, 3) === first.slice(0, 3)) : undefined;
  const laterAt = firstExact ? -1 : dx.findIndex((d, i) => i > 0 && matches(d.code, key.principal));
  const later = laterAt === -1 ? undefined : dx[laterAt]!.code;
  /** A first code that is neither the principal nor near it, nor any key code, is also an unsupported code. */
  const keyCodes = new Set([...principalCodes, ...key.secondary.flatMap((s) => [s.code, ...s.alternates])]);
  let credit = 0;
  let why = '';
  if (firstExact) credit = PRINCIPAL_CREDIT.exact;
  else if (first !== undefined && !firstValid)
    why = `${verdictWords('ICD-10-CM', dotted(first), cm(first))} It earns no credit for the principal diagnosis.`;
  else if (firstCategory !== undefined) {
    credit = PRINCIPAL_CREDIT.category;
    why = `Right category (${firstCategory.slice(0, 3)}), but not the most specific code the documentation supports.`;
  } else if (later !== undefined) {
    credit = PRINCIPAL_CREDIT.sequencedLater;
    why = `${dotted(later)} is the right condition, but it is listed in position ${laterAt + 1}, after ${dotted(first!)}: the condition chiefly responsible for the encounter is sequenced first. It earns the credit for the right code (30 %), not the share for sequencing.`;
  } else if (first !== undefined) {
    why = `${dotted(first)} is not the condition established after study to be chiefly responsible for the encounter.${keyCodes.has(first) ? '' : ' The documentation does not support it as a diagnosis of this encounter either, so it also counts as an unsupported code.'}`;
  } else why = 'No principal diagnosis was coded.';
  parts.push({
    name: 'Principal diagnosis',
    weight: CODE_WEIGHTS.principal,
    findings: [
      {
        id: 'principal',
        label: 'Principal (first-listed) diagnosis',
        expected: [...principalCodes].map(dotted).join(' or '),
        trainee: first ? dotted(first) : 'none',
        earned: credit * key.principal.weight,
        possible: key.principal.weight,
        deduction: 1 - credit,
        rule: key.principal.rule,
        critical: key.principal.critical && credit === 0,
        explanation: why,
      },
    ],
  });
  if (credit < 1) summary.push('Principal diagnosis not right: the MS-DRG and the claim change with it.');

  // Secondary: greedy best match over every code after the first (except the principal sequenced
  // later), and the first code when it is not the principal: a secondary sequenced first keeps its
  // secondary credit. A first code near the principal (its category) or invalid is charged once, to
  // the principal; one that matches nothing the key knows is an unsupported code as well.
  interface Pooled {
    code: string;
    neutral: boolean;
    first: boolean;
  }
  const pool: Pooled[] = [];
  if (first !== undefined && !firstExact) pool.push({ code: first, neutral: firstCategory !== undefined || !firstValid, first: true });
  dx.forEach((d, i) => {
    if (i > 0 && i !== laterAt) pool.push({ code: d.code, neutral: principalCodes.has(d.code), first: false });
  });
  const required = key.secondary.filter((s) => s.required && !s.optional);
  const requiredTotal = required.reduce((n, s) => n + s.weight, 0);
  const secondary: Finding[] = [];
  const matched: { key: CodeKey['secondary'][number]; code: string }[] = [];
  for (const s of key.secondary) {
    let best = -1;
    let bestScore = 0;
    pool.forEach((c, i) => {
      const sc = matches(c.code, s) ? 1 : cm(c.code) === 'valid' && commonPrefix(c.code, s.code) >= 4 ? 0.5 : 0;
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    });
    const counts = s.required && !s.optional;
    const label = `Secondary diagnosis ${dotted(s.code)}${s.severity ? ` (${s.severity.toUpperCase()})` : ''}`;
    const base = { id: `secondary:${s.code}`, label, expected: [s.code, ...s.alternates].map(dotted).join(' or '), rule: s.rule };
    if (!counts) {
      if (best !== -1) pool.splice(best, 1);
      notes.push(
        optionalFinding({
          ...base,
          trainee: best === -1 ? 'not coded' : 'coded',
          explanation: 'Optional: documented, but not required; coded or not, it counts nothing.',
        }),
      );
      continue;
    }
    if (best === -1) {
      secondary.push({
        ...base,
        trainee: 'not coded',
        earned: 0,
        possible: s.weight,
        deduction: share(s.weight, requiredTotal),
        status: 'missing',
        explanation: 'This condition is documented and meets the definition of an other diagnosis: it must be coded.',
      });
      if (s.severity)
        summary.push(
          `${s.severity.toUpperCase()} missed: ${dotted(s.code)}. A missed ${s.severity.toUpperCase()} can change the MS-DRG and the payment.`,
        );
      continue;
    }
    const [{ code }] = pool.splice(best, 1) as [Pooled];
    matched.push({ key: s, code });
    secondary.push({
      ...base,
      trainee: dotted(code),
      earned: bestScore * s.weight,
      possible: s.weight,
      deduction: (1 - bestScore) * share(s.weight, requiredTotal),
      explanation: bestScore < 1 ? `${dotted(code)} is close (same first characters) but not the code the documentation supports.` : '',
    });
    if (bestScore < 1 && s.severity)
      summary.push(
        `${s.severity.toUpperCase()} not exact: ${dotted(s.code)} coded as ${dotted(code)}, which may not carry the same severity.`,
      );
  }
  const each = extraShare(required.length);
  for (const c of pool.filter((p) => !p.neutral)) {
    const rule = notCodeable.get(c.code);
    const verdict = cm(c.code);
    secondary.push({
      id: `extra:${c.code}`,
      label: `${c.first ? 'First-listed code' : 'Extra code'} ${dotted(c.code)}`,
      expected: 'not coded',
      trainee: dotted(c.code),
      earned: 0,
      possible: 0,
      deduction: each,
      status: 'extra',
      ...(rule ? { rule } : {}),
      explanation:
        verdict !== 'valid'
          ? verdictWords('ICD-10-CM', dotted(c.code), verdict)
          : rule
            ? 'The documentation does not support this code.'
            : 'This code is not supported by the documentation for this encounter.',
    });
  }
  parts.push({ name: 'Secondary diagnoses', weight: CODE_WEIGHTS.secondary, findings: secondary });

  // POA, only on the codes that match exactly; with none to check, POA leaves the weighting.
  const inpatient = key.principalPoa !== undefined || key.secondary.some((s) => s.poa !== undefined);
  if (inpatient) {
    const checks: { code: string; expected: Poa; what: string }[] = [];
    const principalCoded = firstExact ? first : later;
    if (principalCoded !== undefined && key.principalPoa !== undefined)
      checks.push({ code: principalCoded, expected: key.principalPoa, what: 'The principal diagnosis' });
    for (const m of matched)
      if (matches(m.code, m.key) && m.key.poa !== undefined) checks.push({ code: m.code, expected: m.key.poa, what: dotted(m.code) });
    if (checks.length > 0) {
      parts.push({
        name: 'Present on admission',
        weight: CODE_WEIGHTS.poa,
        findings: checks.map((c) => {
          const given = dx.find((d) => d.code === c.code)?.poa;
          const ok = given === c.expected;
          return {
            id: `poa:${c.code}`,
            label: `POA for ${dotted(c.code)}`,
            expected: c.expected,
            trainee: given ?? 'none',
            earned: ok ? 1 : 0,
            possible: 1,
            deduction: ok ? 0 : 1 / checks.length,
            rule: POA_RULE,
            explanation: ok ? '' : `${c.what} was ${POA_WORDS[c.expected]}.`,
          };
        }),
      });
    }
  }

  // ICD-10-PCS.
  const px = (work?.procedures ?? []).map((p) => p.code);
  if (key.procedures.length > 0 || px.length > 0) {
    const counted = key.procedures.filter((p) => !p.optional);
    const total = counted.reduce((n, p) => n + p.weight, 0);
    const principalKey = counted.find((p) => p.principal) ?? counted[0];
    const setShare = principalKey ? 1 - PRINCIPAL_PROCEDURE_SHARE : 1;
    const poolPx = px.map((code, position) => ({ code, position }));
    const findings: Finding[] = [];
    let principalAt = -1;
    for (const k of key.procedures) {
      let best = -1;
      let bestScore = 0;
      poolPx.forEach((c, i) => {
        const valid = codeVerdict('ICD-10-PCS', c.code, ctx.validity) === 'valid';
        const sc = matches(c.code, k) ? 1 : valid ? pcsAxisScore(c.code, k.code) : 0;
        if (sc > bestScore) {
          best = i;
          bestScore = sc;
        }
      });
      const base = {
        id: `procedure:${k.code}`,
        label: `Procedure ${k.code}`,
        expected: [k.code, ...k.alternates].join(' or '),
        rule: k.rule,
      };
      if (k.optional) {
        if (best !== -1 && bestScore >= 0.5) poolPx.splice(best, 1);
        notes.push(
          optionalFinding({
            ...base,
            trainee: best === -1 ? 'not coded' : 'coded',
            explanation: 'Optional: it counts nothing either way.',
          }),
        );
        continue;
      }
      const isPrincipal = k === principalKey;
      if (best === -1 || bestScore < 0.5) {
        findings.push({
          ...base,
          trainee: 'not coded',
          earned: 0,
          possible: k.weight,
          status: 'missing',
          deduction: setShare * share(k.weight, total) + (isPrincipal ? PRINCIPAL_PROCEDURE_SHARE : 0),
          explanation: `This procedure is documented and must be coded${isPrincipal ? ', and sequenced first as the principal procedure' : ''}.`,
        });
        continue;
      }
      const [given] = poolPx.splice(best, 1) as [{ code: string; position: number }];
      if (isPrincipal) principalAt = given.position;
      const wrongAxes = [...k.code].map((ch, i) => (given.code[i] === ch ? '' : PCS_AXES[i])).filter(Boolean);
      findings.push({
        ...base,
        trainee: given.code,
        earned: bestScore * k.weight,
        possible: k.weight,
        deduction: setShare * (1 - bestScore) * share(k.weight, total),
        explanation: bestScore < 1 ? `Check the ${listed(wrongAxes as string[])} against the operative report and the PCS tables.` : '',
      });
    }
    const extraCost = setShare * extraShare(counted.length);
    for (const extra of poolPx) {
      const verdict = codeVerdict('ICD-10-PCS', extra.code, ctx.validity);
      findings.push({
        id: `procedure-extra:${extra.code}`,
        label: `Extra procedure ${extra.code}`,
        expected: 'not coded',
        trainee: extra.code,
        earned: 0,
        possible: 0,
        deduction: extraCost,
        status: 'extra',
        explanation:
          verdict !== 'valid' ? verdictWords('ICD-10-PCS', extra.code, verdict) : 'No documented procedure corresponds to this code.',
      });
    }
    if (principalKey && principalAt > 0) {
      findings.push({
        id: 'principal-procedure',
        label: 'Principal procedure',
        expected: `${principalKey.code} first`,
        trainee: `${px[0]} first`,
        earned: 0,
        possible: 1,
        deduction: PRINCIPAL_PROCEDURE_SHARE,
        rule: PRINCIPAL_PROCEDURE_RULE,
        explanation: `Sequence first the procedure performed for definitive treatment of the principal diagnosis: ${principalKey.code}, listed in position ${principalAt + 1}.`,
      });
    }
    parts.push({ name: 'ICD-10-PCS procedures', weight: CODE_WEIGHTS.procedures, findings });
  }

  // HCPCS Level II.
  const hc = work?.hcpcs ?? [];
  if (key.hcpcs.length > 0 || hc.length > 0) {
    const counted = key.hcpcs.filter((h) => !h.optional);
    const total = counted.reduce((n, h) => n + h.weight, 0);
    const poolHc = [...hc];
    const line = (h: { code: string; modifiers: readonly string[]; units: number }) => `${[h.code, ...h.modifiers].join('-')} × ${h.units}`;
    const findings: Finding[] = [];
    for (const k of key.hcpcs) {
      const i = poolHc.findIndex((h) => matches(h.code, k));
      const base = { id: `hcpcs:${k.code}`, label: `HCPCS ${k.code}`, expected: line(k), rule: k.rule };
      if (k.optional) {
        if (i !== -1) poolHc.splice(i, 1);
        notes.push(
          optionalFinding({
            ...base,
            trainee: i === -1 ? 'not coded' : 'coded',
            explanation: 'Optional: it depends on the payer; it counts nothing either way.',
          }),
        );
        continue;
      }
      if (i === -1) {
        findings.push({
          ...base,
          trainee: 'not coded',
          earned: 0,
          possible: k.weight,
          deduction: share(k.weight, total),
          status: 'missing',
          explanation: 'This supply, drug or service is documented and billed with a HCPCS Level II code.',
        });
        continue;
      }
      const [given] = poolHc.splice(i, 1) as [CodeWork['hcpcs'][number]];
      const modifiersRight = [...given.modifiers].sort().join() === [...k.modifiers].sort().join();
      const unitsRight = given.units === k.units;
      const sc = HCPCS_LINE_SHARES.code + (modifiersRight ? HCPCS_LINE_SHARES.modifiers : 0) + (unitsRight ? HCPCS_LINE_SHARES.units : 0);
      const lost: string[] = [];
      if (!modifiersRight)
        lost.push(
          `modifiers ${given.modifiers.length ? given.modifiers.join(', ') : 'none'} where the key has ${k.modifiers.length ? k.modifiers.join(', ') : 'none'}`,
        );
      if (!unitsRight)
        lost.push(
          `${given.units} unit${given.units === 1 ? '' : 's'} where the documented dose is ${k.units} unit${k.units === 1 ? '' : 's'} of the code's descriptor`,
        );
      findings.push({
        ...base,
        ...(unitsRight ? {} : { rule: UNITS_RULE }),
        trainee: line(given),
        earned: sc * k.weight,
        possible: k.weight,
        deduction: (1 - sc) * share(k.weight, total),
        explanation: lost.length ? `Right code, but ${lost.join('; and ')}.` : '',
      });
    }
    for (const extra of poolHc) {
      const verdict = codeVerdict('HCPCS', extra.code, ctx.validity);
      findings.push({
        id: `hcpcs-extra:${extra.code}`,
        label: `Extra HCPCS ${extra.code}`,
        expected: 'not coded',
        trainee: line(extra),
        earned: 0,
        possible: 0,
        deduction: extraShare(counted.length),
        status: 'extra',
        explanation: verdict !== 'valid' ? verdictWords('HCPCS', extra.code, verdict) : 'Nothing documented is billed with this code.',
      });
    }
    parts.push({ name: 'HCPCS Level II', weight: CODE_WEIGHTS.hcpcs, findings });
  }
  if (parts.every((p) => p.findings.every((f) => f.deduction === 0)))
    summary.splice(0, summary.length, 'All codes right: the case is coded as the key codes it.');
  return { parts, notes, summary };
}
