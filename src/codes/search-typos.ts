/**
 * Typing mistakes in the encoder's search: the dictionary words that a misspelt query word
 * ("pnuemonia", "hypertention", "alzheimers") was meant to begin. Used only when a query word begins
 * no dictionary word at all, so a correctly typed word is never second-guessed. Pure.
 *
 * The distance is optimal string alignment (Levenshtein with adjacent transpositions, "ue" for
 * "eu", each one edit) between the typed word and the closest beginning of a dictionary word, so a
 * half-typed misspelling ("pnuem") finds the words it starts ("pneumonia", "pneumonitis"). The first
 * letter is taken as typed (people rarely get it wrong, and it keeps the walk to one letter's words).
 * The walk goes through the sorted dictionary once, sharing the rows of the distance table between
 * words with a common beginning (as a trie would) and skipping every word whose beginning is already
 * too far off.
 */

export interface TypoMatch {
  /** The dictionary word's number (its position in the sorted dictionary). */
  id: number;
  /** Edits between the typed word and the closest beginning of the dictionary word. */
  distance: number;
  /** Whether the closest beginning is the whole word (the typed word is the word, misspelt). */
  whole: boolean;
}

/** How many edits a typed word of this length may be from what was meant: none below 4 letters. */
export function typoAllowance(length: number): number {
  return length < 4 ? 0 : length < 6 ? 1 : 2;
}

function firstAtOrAfter(words: readonly string[], text: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The dictionary words nearest to being begun by `typed`, all at the smallest distance found (at most
 * `maxDistance`), whole-word matches first, at most `limit` of them. `words` is sorted.
 */
export function typoMatches(words: readonly string[], typed: string, maxDistance: number, limit = 24): TypoMatch[] {
  const m = typed.length;
  if (m === 0 || maxDistance <= 0) return [];
  const first = typed[0]!;
  // rows[k][j]: edits between typed[0:j] and the current word's first k letters; rowMin[k] its smallest cell.
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  const rowMin: number[] = [0];
  // bestAt[k]: the smallest rows[k'][m] for k' ≤ k (the distance to the closest beginning so far).
  const bestAt: number[] = [m];
  let current = ''; // the letters the valid rows stand for
  const found: TypoMatch[] = [];
  let i = firstAtOrAfter(words, first);
  while (i < words.length && words[i]!.startsWith(first)) {
    const word = words[i]!;
    let k = 0;
    const shared = Math.min(current.length, word.length);
    while (k < shared && current.charCodeAt(k) === word.charCodeAt(k)) k++;
    let pruned = -1;
    for (let depth = k + 1; depth <= word.length; depth++) {
      const row = rows[depth] ?? (rows[depth] = new Int32Array(m + 1));
      const up = rows[depth - 1]!;
      const c = word.charCodeAt(depth - 1);
      row[0] = depth;
      let min = depth;
      for (let j = 1; j <= m; j++) {
        const cost = typed.charCodeAt(j - 1) === c ? 0 : 1;
        let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
        if (depth > 1 && j > 1 && c === typed.charCodeAt(j - 2) && word.charCodeAt(depth - 2) === typed.charCodeAt(j - 1)) {
          v = Math.min(v, rows[depth - 2]![j - 2]! + 1);
        }
        row[j] = v;
        if (v < min) min = v;
      }
      rowMin[depth] = min;
      bestAt[depth] = Math.min(bestAt[depth - 1]!, row[m]!);
      // No longer beginning can come back within reach: a cell grows from its row or, by a
      // transposition, from the row before, plus one.
      if (min > maxDistance && rowMin[depth - 1]! >= maxDistance) {
        pruned = depth;
        break;
      }
    }
    if (pruned > 0) {
      // Every word sharing these letters ends the same way: matched (not whole) if a shorter beginning
      // was within reach, and skipped either way.
      const stem = word.slice(0, pruned);
      current = stem;
      const best = bestAt[pruned]!;
      while (i < words.length && words[i]!.startsWith(stem)) {
        if (best <= maxDistance) found.push({ id: i, distance: best, whole: false });
        i++;
      }
      continue;
    }
    current = word;
    const best = bestAt[word.length]!;
    if (best <= maxDistance) found.push({ id: i, distance: best, whole: rows[word.length]![m] === best });
    i++;
  }
  if (found.length === 0) return [];
  const nearest = Math.min(...found.map((f) => f.distance));
  return found
    .filter((f) => f.distance === nearest)
    .sort((a, b) => Number(b.whole) - Number(a.whole) || a.id - b.id)
    .slice(0, limit);
}
