/**
 * FHIR narrative (XHTML) as plain text. Record Room shows scenario text only as text, never as
 * markup, so the importer keeps the words of a narrative and drops every tag. No DOM is needed:
 * this runs in Node as well as in the browser.
 *
 * Narratives come from files anyone can write, so the work is linear in the length of the text
 * whatever it holds: one pass from left to right, every search for what closes a construct (the
 * `>` of a tag, the `-->` of a comment, the `</script>` of a skipped element) starting where the
 * last one of its kind stopped, so no part of the text is searched twice (a narrative of 2 MB of
 * unclosed tags once took about an hour; `npm run bench` measures it beside `toLowerCase` of the
 * same text).
 */

const BLOCK = new Set(['div', 'br', 'tr', 'li', 'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'caption']);
/** Blocks that end a paragraph: a blank line follows them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre', 'blockquote', 'section', 'hr']);
const BREAK = '\u0001';
const CELL = new Set(['td', 'th']);
/** Elements whose content is never text for a reader; the text from their start tag to their end tag is dropped. */
const SKIPPED = new Set(['script', 'style', 'head']);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  bull: '•',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

interface Hit {
  readonly index: number;
  /** Just after the match. */
  readonly end: number;
}

/**
 * The first match at or after a position, for positions that never go back: the last answer is
 * kept, so a search that found nothing is never repeated and one that found something is repeated
 * only from beyond it. Over a whole scan each searcher reads the text at most once.
 */
function forwardSearch(search: (from: number) => Hit | undefined): (from: number) => Hit | undefined {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let hit: Hit | undefined;
  return (from) => {
    if (from >= searchedFrom && (hit === undefined || hit.index >= from)) return hit;
    searchedFrom = from;
    hit = search(from);
    return hit;
  };
}

function searchString(text: string, needle: string): (from: number) => Hit | undefined {
  return forwardSearch((from) => {
    const index = text.indexOf(needle, from);
    return index === -1 ? undefined : { index, end: index + needle.length };
  });
}

/** `</name>` in any letter case, with optional spaces before the `>`. */
function searchEndTag(text: string, name: string): (from: number) => Hit | undefined {
  const pattern = new RegExp(`</${name}\\s*>`, 'gi');
  return forwardSearch((from) => {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    return match ? { index: match.index, end: match.index + match[0].length } : undefined;
  });
}

const SPACE = /\s/;
const isSpace = (char: string | undefined) => char !== undefined && SPACE.test(char);
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** `[\w:-]`: letters, digits, `_`, `:` and `-`. */
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 58) || code === 95 || code === 45;

interface Tag {
  readonly closing: boolean;
  /** The name as written, prefix and letter case kept. */
  readonly name: string;
  /** The name starts right after the `<`. */
  readonly tight: boolean;
  /** The tag ends in `/>`. */
  readonly selfClosing: boolean;
  /** Just after the `>`. */
  readonly end: number;
}

/**
 * The tag starting at the `<` at `start`, read as `<\s*(\/?)\s*([a-zA-Z][\w:-]*)[^>]*>`, or
 * undefined when there is none. Reading stops at the next `<`, so each character is read for one
 * `<` only; the closing `>` comes from the shared forward search.
 */
function readTag(text: string, start: number, nextGt: (from: number) => Hit | undefined): Tag | undefined {
  let i = start + 1;
  while (isSpace(text[i])) i++;
  const closing = text[i] === '/';
  if (closing) i++;
  while (isSpace(text[i])) i++;
  if (!isLetter(text.charCodeAt(i))) return undefined;
  const nameStart = i;
  i++;
  while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
  const gt = nextGt(i);
  if (gt === undefined) return undefined;
  let last = gt.index - 1;
  while (last >= i && isSpace(text[last])) last--;
  return {
    closing,
    name: text.slice(nameStart, i),
    tight: nameStart === start + 1,
    selfClosing: last >= i && text[last] === '/',
    end: gt.end,
  };
}

/** The line without the table separators left at its end by empty cells: what `( \|)+ *$` removed, in one pass from the end. */
function withoutTrailingSeparators(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end--;
  let cut = end;
  while (cut >= 2 && line[cut - 1] === '|' && line[cut - 2] === ' ') cut -= 2;
  return cut === end ? line : line.slice(0, cut);
}

/**
 * Renders XHTML to plain text: block elements start new lines, table cells are separated by
 * " | ", list items get a "- " bullet, entities are decoded and runs of spaces are collapsed.
 * Comments, and script, style and head elements, are dropped. A `<` that starts no tag (no name,
 * or no `>` after it), and an unclosed comment or skipped element, stay as text.
 */
export function xhtmlToText(xhtml: string): string {
  const parts: string[] = [];
  const nextGt = searchString(xhtml, '>');
  const nextCommentEnd = searchString(xhtml, '-->');
  const endTags = new Map<string, (from: number) => Hit | undefined>();
  const endTagOf = (name: string) => {
    let search = endTags.get(name);
    if (!search) endTags.set(name, (search = searchEndTag(xhtml, name)));
    return search;
  };
  let lineHasCell = false;
  /** Where the text not yet written out starts. */
  let textStart = 0;
  const flushText = (until: number) => {
    if (until > textStart) parts.push(decodeEntities(xhtml.slice(textStart, until).replace(/\s+/g, ' ')));
  };

  for (let at = xhtml.indexOf('<'); at !== -1;) {
    if (xhtml.startsWith('<!--', at)) {
      const close = nextCommentEnd(at + 4);
      if (close) {
        flushText(at);
        textStart = close.end;
        at = xhtml.indexOf('<', textStart);
        continue;
      }
    }
    const tag = readTag(xhtml, at, nextGt);
    if (!tag) {
      at = xhtml.indexOf('<', at + 1);
      continue;
    }
    flushText(at);
    textStart = tag.end;
    const lower = tag.name.toLowerCase();
    if (!tag.closing && !tag.selfClosing && tag.tight && SKIPPED.has(lower)) {
      const close = endTagOf(lower)(tag.end);
      if (close) {
        textStart = close.end;
        at = xhtml.indexOf('<', textStart);
        continue;
      }
    }
    const name = lower.slice(lower.lastIndexOf(':') + 1);
    if (PARAGRAPH.has(name)) {
      parts.push(`\n${BREAK}\n`);
      lineHasCell = false;
    } else if (BLOCK.has(name)) {
      parts.push(name === 'li' && !tag.closing ? '\n- ' : '\n');
      lineHasCell = false;
    } else if (CELL.has(name) && !tag.closing) {
      if (lineHasCell) parts.push(' | ');
      lineHasCell = true;
    }
    at = xhtml.indexOf('<', textStart);
  }
  flushText(xhtml.length);

  const lines = parts
    .join('')
    .split('\n')
    .map((line) => withoutTrailingSeparators(line.replace(/[ \t]+/g, ' ').replace(/^ ?\| /, '')).trim())
    .filter((line) => line !== '');
  // Paragraph ends become one blank line; several in a row, or at either end, count once or not at all.
  const kept: string[] = [];
  for (const line of lines) {
    if (line === BREAK) {
      if (kept.length > 0 && kept.at(-1) !== '') kept.push('');
    } else kept.push(line.replaceAll(BREAK, ''));
  }
  while (kept.at(-1) === '') kept.pop();
  return kept.join('\n');
}

/** True when the text looks like markup rather than plain text: it starts with `<` and has a tag. */
export function looksLikeMarkup(text: string): boolean {
  if (!text.trimStart().startsWith('<')) return false;
  // The first `<` with a name after it: a `>` anywhere after that makes a tag (`<\/?[a-zA-Z][^>]*>`).
  const open = /<\/?[a-zA-Z]/.exec(text);
  return open !== null && text.indexOf('>', open.index + open[0].length) !== -1;
}

/** Escapes text for an XHTML narrative `div`, keeping its line breaks. */
export function textToXhtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div xmlns="http://www.w3.org/1999/xhtml"><pre>${escaped}</pre></div>`;
}
