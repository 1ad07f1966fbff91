/**
 * FHIR narrative (XHTML) as plain text. Record Room shows scenario text only as text, never as
 * markup, so the importer keeps the words of a narrative and drops every tag. No DOM is needed:
 * this runs in Node as well as in the browser.
 */

const BLOCK = new Set(['div', 'br', 'tr', 'li', 'thead', 'tbody', 'tfoot', 'dl', 'dt', 'dd', 'caption']);
/** Blocks that end a paragraph: a blank line follows them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'pre', 'blockquote', 'section', 'hr']);
const BREAK = '\u0001';
const CELL = new Set(['td', 'th']);
/** Elements whose content is never text for a reader. */
const SKIPPED = /<(script|style|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', copy: '©', reg: '®', deg: '°', middot: '·', bull: '•' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Renders XHTML to plain text: block elements start new lines, table cells are separated by
 * " | ", list items get a "- " bullet, entities are decoded and runs of spaces are collapsed.
 */
export function xhtmlToText(xhtml: string): string {
  const withoutSkipped = xhtml.replace(/<!--[\s\S]*?-->/g, '').replace(SKIPPED, '');
  let out = '';
  let lineHasCell = false;
  const tag = /<\s*(\/?)\s*([a-zA-Z][\w:-]*)[^>]*?(\/?)\s*>/g;
  let last = 0;
  for (let m = tag.exec(withoutSkipped); m; m = tag.exec(withoutSkipped)) {
    out += decodeEntities(withoutSkipped.slice(last, m.index).replace(/\s+/g, ' '));
    last = tag.lastIndex;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase().replace(/^.*:/, '');
    if (PARAGRAPH.has(name)) {
      out += `\n${BREAK}\n`;
      lineHasCell = false;
    } else if (BLOCK.has(name)) {
      out += '\n';
      lineHasCell = false;
      if (name === 'li' && !closing) out += '- ';
    } else if (CELL.has(name) && !closing) {
      if (lineHasCell) out += ' | ';
      lineHasCell = true;
    }
  }
  out += decodeEntities(withoutSkipped.slice(last).replace(/\s+/g, ' '));
  const lines = out
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').replace(/^ ?\| /, '').replace(/( \|)+ *$/, '').trim())
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

/** True when the text looks like markup rather than plain text. */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*</.test(text) && /<\/?[a-zA-Z][^>]*>/.test(text);
}

/** Escapes text for an XHTML narrative `div`, keeping its line breaks. */
export function textToXhtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div xmlns="http://www.w3.org/1999/xhtml"><pre>${escaped}</pre></div>`;
}
