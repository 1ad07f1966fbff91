import { describe, expect, it } from 'vitest';
import { looksLikeMarkup, xhtmlToText } from './narrative.ts';

const MB = 1024 * 1024;

/** The time a call takes, in milliseconds, and what it returned. */
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

describe('xhtmlToText on ordinary narratives (what it has always given)', () => {
  it('keeps paragraphs, line breaks, list items and cells, and decodes entities', () => {
    const div =
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Cough for <b>3</b> days.</p>' +
      '<ul><li>Amoxicillin</li><li>Rest &amp; fluids</li></ul>Line one<br/>Line two' +
      '<table><tr><td>Temp</td><td>38.2 &#176;C</td><td></td></tr></table></div>';
    expect(xhtmlToText(div)).toBe('Cough for 3 days.\n\n- Amoxicillin\n- Rest & fluids\n\nLine one\nLine two\n\nTemp | 38.2 °C');
  });

  it('drops comments, and script, style and head elements with their content', () => {
    expect(xhtmlToText('<div>Seen<!-- internal --> today<style>p { color: red }</style><script type="x">alert(1)</script>.</div>')).toBe(
      'Seen today.',
    );
    expect(xhtmlToText('<html:div xmlns:html="http://www.w3.org/1999/xhtml"><html:p>One</html:p><html:p>Two</html:p></html:div>')).toBe(
      'One\n\nTwo',
    );
  });

  it('keeps the text after a self-closing script: there is no content to drop', () => {
    expect(xhtmlToText('<div><script src="x.js"/>Visible</div>')).toBe('Visible');
  });

  it('keeps a < that starts no tag, an unclosed comment and an unclosed script as text', () => {
    expect(xhtmlToText('<p>BP < 120 and 3<4</p>')).toBe('BP < 120 and 3<4');
    expect(xhtmlToText('<p>a</p><!-- never closed')).toBe('a\n\n<!-- never closed');
    expect(xhtmlToText('<div><script>x()</div>')).toBe('x()');
  });
});

describe('xhtmlToText and looksLikeMarkup on hostile narratives', () => {
  // Each of these once took minutes (every `<` searched to the end of the text); now each is one pass.
  const hostile: [string, string, (text: string, out: string) => void][] = [
    ['unclosed tags', `<div${'<b'.repeat(MB - 2)}`, (text, out) => expect(out).toBe(text)],
    ['bare < signs', '<'.repeat(2 * MB), (text, out) => expect(out).toBe(text)],
    ['a < and then spaces', `<${' '.repeat(2 * MB - 1)}`, (_text, out) => expect(out).toBe('<')],
    ['unclosed comments', '<!--'.repeat(MB / 2), (text, out) => expect(out).toBe(text)],
    ['unclosed scripts', '<script>'.repeat(MB / 4), (_text, out) => expect(out).toBe('')],
    ['a row of empty cells', `<tr>${'<td>'.repeat(MB / 2 - 1)}x`, (_text, out) => expect(out).toMatch(/^(\| )+x$/)],
    [
      'a tag that never closes its attributes',
      `<b${' a="1"'.repeat(MB / 3)}`,
      (_text, out) => expect(out.startsWith('<b a="1" a="1"')).toBe(true),
    ],
  ];

  it.each(hostile)('strips 2 MB of %s in well under a second', (_name, text, check) => {
    expect(text.length).toBeGreaterThanOrEqual(2 * MB - 8);
    const { ms, value } = timed(() => xhtmlToText(text));
    expect(ms).toBeLessThan(2_000);
    check(text, value);
  });

  it.each(hostile)('tells whether 2 MB of %s is markup in well under a second', (_name, text) => {
    const { ms } = timed(() => looksLikeMarkup(text));
    expect(ms).toBeLessThan(2_000);
  });

  it('looksLikeMarkup still needs a leading < and one complete tag', () => {
    expect(looksLikeMarkup('<div>x</div>')).toBe(true);
    expect(looksLikeMarkup('  \n<p>x')).toBe(true);
    expect(looksLikeMarkup('x <b>y</b>')).toBe(false);
    expect(looksLikeMarkup('<<< 3')).toBe(false);
    expect(looksLikeMarkup(`<b${'<b'.repeat(MB)}`)).toBe(false);
    expect(looksLikeMarkup('< / b>')).toBe(false);
    expect(looksLikeMarkup('<1 <b x>')).toBe(true);
  });
});
