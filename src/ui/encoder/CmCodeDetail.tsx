import { useState } from 'react';
import { formatCode, normaliseCode } from '../../codes/model.ts';
import {
  NOTE_KIND_LABELS,
  ancestorsOf,
  notesFor,
  sevenCharacterCode,
  type AppliedNote,
  type NoteKind,
  type TabularCode,
} from '../../codes/icd10cm/index.ts';
import type { LoadedCodeSet } from '../../store/code-sets.ts';
import { Validity, badgeOf, checkInSet } from './Validity.tsx';

const LEVEL_WORDS = { chapter: 'chapter', section: 'section', category: 'category', subcategory: 'subcategory', code: 'code' } as const;

/**
 * One ICD-10-CM code: where it sits, what it is in the year being coded, every note that applies
 * (inherited ones labelled), its children, its 7th characters.
 */
export function CmCodeDetail({
  set,
  code,
  onOpen,
  fiscalYear,
}: {
  set: LoadedCodeSet;
  code: string;
  onOpen: (code: string) => void;
  fiscalYear: number | undefined;
}) {
  const index = set.tabular!;
  const entry = index.codes.get(code);
  const notes = notesFor(index, code);
  if (!entry || !notes) {
    return (
      <section className="code-detail">
        <h3>{formatCode('ICD-10-CM', code)}</h3>
        <Validity set={set} code={code} fiscalYear={fiscalYear} />
      </section>
    );
  }
  const ancestors = ancestorsOf(entry).reverse();
  const children = [...index.codes.values()].filter((c) => c.parent === entry && c.seventhCharacter === undefined);
  const byKind = new Map<NoteKind, AppliedNote[]>();
  for (const note of notes.notes) {
    if (note.kind === 'sevenChrNote') continue;
    byKind.set(note.kind, [...(byKind.get(note.kind) ?? []), note]);
  }
  return (
    <section className="code-detail" aria-label={`${formatCode('ICD-10-CM', code)} ${entry.title}`}>
      <nav aria-label="Where this code sits" className="crumbs small">
        Chapter {entry.chapter.number}: {entry.chapter.title} › {entry.section.id}
        {ancestors.map((a) => (
          <span key={a.code}>
            {' '}
            ›{' '}
            <button type="button" className="link" onClick={() => onOpen(a.code)}>
              {formatCode('ICD-10-CM', a.code)}
            </button>
          </span>
        ))}
      </nav>
      <h3>
        <span className="code">{formatCode('ICD-10-CM', code)}</span> {entry.title}
      </h3>
      <Validity set={set} code={code} fiscalYear={fiscalYear} />
      {[...byKind.entries()].map(([kind, list]) => (
        <section key={kind} className={`notes notes-${kind}`} aria-label={NOTE_KIND_LABELS[kind]}>
          <h4>{NOTE_KIND_LABELS[kind]}</h4>
          <ul>
            {list.map((n, i) => (
              <li key={i}>
                {n.text}
                {n.source.level !== 'chapter' && n.source.level !== 'section' && normaliseCode(n.source.id) === code ? null : (
                  <span className="muted small">
                    {' '}
                    (from {LEVEL_WORDS[n.source.level]}{' '}
                    {n.source.level === 'chapter' || n.source.level === 'section'
                      ? n.source.id
                      : formatCode('ICD-10-CM', normaliseCode(n.source.id))}
                    )
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {notes.seventhCharacters && entry.seventhCharacter === undefined && entry.billable === false && children.length === 0 && (
        <SeventhCharacterBuilder set={set} entry={entry} onOpen={onOpen} />
      )}
      {children.length > 0 && (
        <section aria-label="Codes under it">
          <h4>Codes under {formatCode('ICD-10-CM', code)}</h4>
          <ul className="children">
            {children.map((c) => {
              const badge = badgeOf(checkInSet(set, c.code, fiscalYear));
              return (
                <li key={c.code}>
                  <button type="button" className="link" onClick={() => onOpen(c.code)}>
                    {formatCode('ICD-10-CM', c.code)}
                  </button>{' '}
                  {c.title}
                  {badge.className !== 'header' && <span className={`badge ${badge.className}`}>{badge.label}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}

/** The 7th-character builder: pick the character, see the whole code (with placeholder X) and its title. */
function SeventhCharacterBuilder({ set, entry, onOpen }: { set: LoadedCodeSet; entry: TabularCode; onOpen: (code: string) => void }) {
  const definition = notesFor(set.tabular!, entry.code)?.seventhCharacters;
  const [character, setCharacter] = useState('');
  if (!definition) return null;
  const built = character ? sevenCharacterCode(entry.code, character) : undefined;
  const builtEntry = built ? set.tabular!.codes.get(built) : undefined;
  return (
    <section className="seventh" aria-label="7th character">
      <h4>7th character</h4>
      <label>
        Choose the 7th character{' '}
        <select value={character} onChange={(e) => setCharacter(e.target.value)} aria-label="7th character">
          <option value="">—</option>
          {definition.characters.map((c) => (
            <option key={c.character} value={c.character}>
              {c.character}: {c.title}
            </option>
          ))}
        </select>
      </label>
      {built && (
        <p role="status">
          {builtEntry ? (
            <>
              <button type="button" className="link code" onClick={() => onOpen(built)}>
                {formatCode('ICD-10-CM', built)}
              </button>{' '}
              {builtEntry.title}
            </>
          ) : (
            <>{formatCode('ICD-10-CM', built)} is not valid here.</>
          )}
        </p>
      )}
    </section>
  );
}

/** Browsing the tabular list: chapters, their sections, their categories. */
export function TabularBrowser({ set, onOpen }: { set: LoadedCodeSet; onOpen: (code: string) => void }) {
  const [chapter, setChapter] = useState<string | undefined>();
  const [section, setSection] = useState<string | undefined>();
  const list = set.tabular!.list;
  const ch = list.chapters.find((c) => c.number === chapter);
  const sec = ch?.sections.find((s) => s.id === section);
  return (
    <nav aria-label="Browse the tabular list" className="browser">
      <h4>
        Browse
        {ch && (
          <>
            {' '}
            ›{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setChapter(undefined);
                setSection(undefined);
              }}
            >
              Chapters
            </button>
          </>
        )}
        {sec && (
          <>
            {' '}
            ›{' '}
            <button type="button" className="link" onClick={() => setSection(undefined)}>
              Chapter {ch?.number}
            </button>
          </>
        )}
      </h4>
      <ul>
        {!ch &&
          list.chapters.map((c) => (
            <li key={c.number}>
              <button type="button" className="link" onClick={() => setChapter(c.number)}>
                Chapter {c.number}
              </button>{' '}
              {c.title}
            </li>
          ))}
        {ch &&
          !sec &&
          ch.sections.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => setSection(s.id)}>
                {s.id}
              </button>{' '}
              {s.title}
            </li>
          ))}
        {sec &&
          sec.categories.map((d) => (
            <li key={d.code}>
              <button type="button" className="link" onClick={() => onOpen(d.code)}>
                {d.name}
              </button>{' '}
              {d.title}
            </li>
          ))}
      </ul>
    </nav>
  );
}
