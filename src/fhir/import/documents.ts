/**
 * FHIR import: DocumentReference, Composition and DiagnosticReport → chart documents, and the
 * text of their attachments and sections.
 */
import type { Composition, CompositionSection, DiagnosticReport, DocumentReference } from 'fhir/r4';
import type { ClinicalDocument, Provider } from '../../chart/model.ts';
import { LIMITS } from '../../chart/model.ts';
import type { DocumentTypeId } from '../../chart/document-types.ts';
import { SYSTEM, documentTypeForLoinc, documentTypeForReportCategory } from '../codes.ts';
import { looksLikeMarkup, xhtmlToText } from '../narrative.ts';
import type { SourcedResource } from '../read.ts';
import { clip, codings, conceptText, decodeBase64, isObject, localDateTime, notAfter, objects, str, type JsonObject } from '../values.ts';
import { defined, label, originOf, type ChartDraft, type ImportContext } from './context.ts';

/**
 * A DiagnosticReport with its own text (presentedForm or a conclusion) becomes a report
 * document. Its results name it as their panel either way.
 */
export function mapDiagnosticReport(ctx: ImportContext, s: SourcedResource): void {
  const r = s.resource as DiagnosticReport & JsonObject;
  const name = conceptText(r.code) ?? 'Diagnostic report';
  for (const result of objects(r.result)) {
    const target = ctx.target(result, s);
    if (target) ctx.panels.set(target, clip(name));
  }
  const presented = objects(r.presentedForm)
    .map((a) => attachmentText(a))
    .find((t) => t.kind === 'text');
  const conclusion = str(r.conclusion);
  if (!presented && !conclusion) {
    if (objects(r.result).length > 0) ctx.mapped(s);
    else ctx.unmapped(s, 'a DiagnosticReport has no text and no results, so there is nothing to show');
    return;
  }
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const serviceAt =
    localDateTime(r.effectiveDateTime) ??
    (isObject(r.effectivePeriod) ? localDateTime(r.effectivePeriod['start']) : undefined) ??
    localDateTime(r.issued);
  if (serviceAt === undefined) {
    ctx.unmapped(s, 'a DiagnosticReport has no date, which a chart document needs');
    return;
  }
  const type =
    objects(r.category)
      .flatMap(codings)
      .map((c) => documentTypeForReportCategory(c.code))
      .find((t) => t !== undefined) ?? 'laboratory-report';
  const text = presented?.text ?? `${name.toUpperCase()}\n\nCONCLUSION: ${conclusion ?? ''}`;
  const performer = objects(r.resultsInterpreter)
    .concat(objects(r.performer))
    .map((p) => ctx.providerOf(p, s))
    .find((p) => p !== undefined);
  const authorText = performer
    ? undefined
    : objects(r.performer)
        .map((p) => ctx.placeName(p, s) ?? str(p['display']))
        .find((t) => t !== undefined);
  addDocument(ctx, chart, s, {
    type,
    title: clip(name),
    encounterId: ctx.encounterOf(r.encounter, s, chart)?.key,
    authorId: performer?.id,
    authorText,
    serviceAt,
    writtenAt: localDateTime(r.issued),
    status:
      r.status === 'preliminary' || r.status === 'registered' || r.status === 'partial'
        ? 'in-progress'
        : r.status === 'amended' || r.status === 'corrected' || r.status === 'appended'
          ? 'amended'
          : r.status === 'entered-in-error'
            ? 'entered-in-error'
            : 'final',
    text,
  });
}

export function mapDocumentReference(ctx: ImportContext, s: SourcedResource): void {
  const d = s.resource as DocumentReference & JsonObject;
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const context = isObject(d.context) ? d.context : {};
  const period = isObject(context['period']) ? context['period'] : {};
  const serviceAt = localDateTime(period['start']) ?? localDateTime(d.date);
  if (serviceAt === undefined) {
    ctx.unmapped(s, 'a DocumentReference has no date, which a chart document needs');
    return;
  }
  const contents = objects(d.content).map((c) => attachmentText(c['attachment']));
  const best = contents.find((c) => c.kind === 'text') ?? contents[0] ?? { kind: 'none' as const, text: '' };
  if (best.kind === 'url' || best.kind === 'binary')
    ctx.warnings.add('a DocumentReference has no text Record Room can show; the document says where the content was', label(s));
  if (best.kind === 'none') ctx.warnings.add('a DocumentReference has no content; the document says so', label(s));
  const encounter = objects(context['encounter'])
    .map((e) => ctx.encounterOf(e, s, chart))
    .find((e) => e !== undefined);
  const author = objects(d.author)
    .map((a) => ctx.providerOf(a, s))
    .find((p) => p !== undefined);
  const authorText = author
    ? undefined
    : objects(d.author)
        .map((a) => ctx.placeName(a, s) ?? str(a['display']))
        .find((t) => t !== undefined);
  const authenticator = ctx.providerOf(d.authenticator, s);
  const docStatus = str(d.docStatus);
  const type =
    codings(d.type)
      .map((c) => (c.system === SYSTEM.loinc ? documentTypeForLoinc(c.code) : undefined))
      .find((t) => t !== undefined) ?? 'progress-note';
  const title =
    str(d.description) ??
    conceptText(d.type) ??
    objects(d.content)
      .map((c) => (isObject(c['attachment']) ? str(c['attachment']['title']) : undefined))
      .find((t) => t !== undefined);
  addDocument(ctx, chart, s, {
    type,
    title: clip(title ?? 'Clinical document'),
    encounterId: encounter?.key,
    authorId: author?.id,
    authorText,
    serviceAt,
    writtenAt: localDateTime(d.date),
    status:
      d.status === 'entered-in-error'
        ? 'entered-in-error'
        : docStatus === 'preliminary'
          ? 'in-progress'
          : docStatus === 'amended'
            ? 'amended'
            : 'final',
    // Signed by the authenticator; a source that writes no docStatus at all (Synthea) is taken as
    // signed by its author.
    signer: authenticator?.id ?? (docStatus === undefined ? author?.id : undefined),
    text: best.text,
  });
}

/**
 * A Composition with narrative in its sections becomes one document: each section's title and
 * text in order, nested sections indented. A Composition whose sections only point at entries
 * (as Record Room's own document export writes them) is an index of resources imported on
 * their own, and adds no document.
 */
export function mapComposition(ctx: ImportContext, s: SourcedResource): void {
  const c = s.resource as Composition & JsonObject;
  const sections = objects(c.section) as CompositionSection[];
  const body = sections
    .map((section) => sectionText(section, 0))
    .filter((t) => t !== '')
    .join('\n\n');
  const ownText = isObject(c.text) && typeof c.text['div'] === 'string' && sections.length === 0 ? xhtmlToText(c.text['div']) : '';
  if (body === '' && ownText === '') {
    for (const party of [...objects(c.author), c.custodian]) ctx.placeName(party, s);
    ctx.mapped(s);
    return;
  }
  const chart = ctx.chartOf(s, 'subject');
  if (!chart) return;
  const serviceAt = localDateTime(c.date);
  if (serviceAt === undefined) {
    ctx.unmapped(s, 'a Composition has no date, which a chart document needs');
    return;
  }
  const author = objects(c.author)
    .map((a) => ctx.providerOf(a, s))
    .find((p) => p !== undefined);
  const authorText = author
    ? undefined
    : objects(c.author)
        .map((a) => ctx.placeName(a, s) ?? str(a['display']))
        .find((t) => t !== undefined);
  const attesters = objects(c.attester)
    .map((a) => ({ provider: ctx.providerOf(a['party'], s), at: localDateTime(a['time']) ?? serviceAt, mode: str(a['mode']) }))
    .filter((a): a is { provider: Provider; at: string; mode: string | undefined } => a.provider !== undefined);
  const type =
    codings(c.type)
      .map((x) => (x.system === SYSTEM.loinc ? documentTypeForLoinc(x.code) : undefined))
      .find((t) => t !== undefined) ?? 'progress-note';
  const title = str(c.title) ?? conceptText(c.type) ?? 'Clinical document';
  addDocument(ctx, chart, s, {
    type,
    title: clip(title),
    encounterId: ctx.encounterOf(c.encounter, s, chart)?.key,
    authorId: author?.id,
    authorText,
    serviceAt,
    writtenAt: serviceAt,
    status:
      c.status === 'preliminary'
        ? 'in-progress'
        : c.status === 'amended'
          ? 'amended'
          : c.status === 'entered-in-error'
            ? 'entered-in-error'
            : 'final',
    attesters,
    text: `${clip(title).toUpperCase()}\n\n${body || ownText}`,
  });
}

function addDocument(
  ctx: ImportContext,
  chart: ChartDraft,
  s: SourcedResource,
  d: {
    type: DocumentTypeId;
    title: string;
    encounterId: string | undefined;
    authorId: string | undefined;
    authorText: string | undefined;
    serviceAt: string;
    writtenAt: string | undefined;
    status: ClinicalDocument['status'];
    signer?: string | undefined;
    attesters?: { provider: Provider; at: string; mode: string | undefined }[];
    text: string;
  },
): void {
  if (!notAfter(chart.patient.birthDate, d.serviceAt)) d.serviceAt = ctx.withinLifetime(d.serviceAt, chart, s);
  const writtenAt = d.writtenAt !== undefined && notAfter(d.serviceAt, d.writtenAt) ? d.writtenAt : undefined;
  const signedAt = writtenAt ?? d.serviceAt;
  const authentications: ClinicalDocument['authentications'] = [];
  if (d.status !== 'in-progress' && d.signer !== undefined)
    authentications.push({ providerId: d.signer, role: 'author', at: signedAt, method: 'electronic' });
  for (const a of d.attesters ?? []) {
    const at = notAfter(signedAt, a.at) ? a.at : signedAt;
    authentications.push({
      providerId: a.provider.id,
      role: a.mode === 'legal' || a.mode === 'official' ? 'attester' : 'author',
      at,
      method: 'electronic',
    });
  }
  let text = d.text;
  if (text.length > LIMITS.documentText) {
    ctx.warnings.add(`a document's text is longer than ${LIMITS.documentText.toLocaleString('en-US')} characters and was cut`, label(s));
    text = `${text.slice(0, LIMITS.documentText - 40)}\n[… cut: the text was longer than this]`;
  }
  chart.patient.documents.push(
    defined({
      id: '',
      type: d.type,
      title: d.title,
      encounterId: d.encounterId,
      authorId: d.authorId,
      authorText: d.authorText,
      serviceAt: d.serviceAt,
      writtenAt,
      status: d.status,
      authentications: authentications.slice(0, 20),
      text,
      origin: originOf(s),
    }),
  );
  ctx.mapped(s);
}

type AttachmentText = { kind: 'text' | 'url' | 'binary' | 'none'; text: string };

/**
 * The text of an Attachment: base64 `text/plain` (or other text) decoded, HTML and XHTML
 * rendered to plain text. An attachment that is only a URL, or binary data such as a PDF, becomes
 * a sentence saying where the content was and what it was.
 */
export function attachmentText(value: unknown): AttachmentText {
  if (!isObject(value)) return { kind: 'none', text: '[The source gave no content for this document.]' };
  const type = (str(value['contentType']) ?? '').toLowerCase();
  const data = str(value['data']);
  const url = str(value['url']);
  const title = str(value['title']);
  if (data !== undefined) {
    const isText = type === '' || type.startsWith('text/') || type.includes('xml') || type.includes('json');
    const bytes = decodeBase64(data);
    if (bytes && isText) {
      const decoded = new TextDecoder('utf-8').decode(bytes);
      const text = type.includes('html') || looksLikeMarkup(decoded) ? xhtmlToText(decoded) : decoded.replace(/\r\n?/g, '\n').trim();
      return { kind: 'text', text };
    }
    return {
      kind: 'binary',
      text: `[The source attached ${type || 'binary data'}${title ? ` ("${title}")` : ''}${bytes ? ` of ${bytes.length.toLocaleString('en-US')} bytes` : ''}, which Record Room cannot show.${url ? ` It was also at ${url}` : ''}]`,
    };
  }
  if (url !== undefined) {
    return {
      kind: 'url',
      text: `[The content of this document was not included in the FHIR data. It was at: ${url}${type ? ` (${type})` : ''}${title ? `, titled "${title}"` : ''}.]`,
    };
  }
  return { kind: 'none', text: '[The source gave no content for this document.]' };
}

/** A Composition section as text: its title in capitals, its narrative, then its sub-sections. */
function sectionText(section: CompositionSection, depth: number): string {
  const parts: string[] = [];
  const title = str(section.title) ?? conceptText(section.code);
  const indent = '  '.repeat(depth);
  const narrative = isObject(section.text) && typeof section.text.div === 'string' ? xhtmlToText(section.text.div) : '';
  const children = objects(section.section)
    .map((child) => sectionText(child as CompositionSection, depth + 1))
    .filter((t) => t !== '');
  if (narrative === '' && children.length === 0) return '';
  if (title) parts.push(`${indent}${title.toUpperCase()}`);
  if (narrative !== '')
    parts.push(
      narrative
        .split('\n')
        .map((line) => `${indent}${line}`)
        .join('\n'),
    );
  parts.push(...children);
  return parts.join('\n');
}
