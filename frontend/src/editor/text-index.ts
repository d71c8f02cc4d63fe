/**
 * Where the words and paragraphs of an article's text are, and how a selection snaps to whole words. Plain
 * functions over offsets (UTF-16 code units, as the DOM counts them): no DOM, so they are unit-tested with Node.
 */

/** A half-open range of text offsets. */
export interface Range2 {
  start: number;
  end: number;
}

/**
 * A word: letters, digits, marks, currency signs, emoji (with modifiers and joiners) and "%", joined across an
 * inner apostrophe, full stop, comma, hyphen or soft hyphen ("U.S.", "1,000", "Zelenskyy's", "well-known"),
 * and a closing "%" ("0.1%").
 */
export const WORD = /[\p{L}\p{N}\p{M}\p{Sc}\p{Extended_Pictographic}\p{Emoji_Modifier}\u200D%]+(?:['’.,\-\u00AD][\p{L}\p{N}\p{M}]+)*%?/gu;

/** The start and end offset of every word, in order. */
export interface WordBounds {
  starts: Int32Array;
  ends: Int32Array;
}

export function wordBounds(text: string): WordBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The paragraphs (lines) of a text; a CR before a line break belongs to the break, not to the paragraph. */
export function paragraphBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    starts.push(at);
    ends.push(nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
    at = nl + 1;
  }
  return { starts, ends };
}

/** The index of the last start at or before offset (0 when offset is before the first). */
export function indexAtOrBefore(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Widens a range to whole words: a start inside a word moves to its start, an end inside a word to its end.
 * Null when the range holds no word; the range itself when the text has no words at all.
 */
export function snapToWords(words: WordBounds, r: Range2): Range2 | null {
  const n = words.starts.length;
  if (n === 0) return r;
  // the first word ending after the start
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid] <= r.start) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // the last word starting before the end
  lo = -1;
  hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (words.starts[mid] < r.end) lo = mid;
    else hi = mid - 1;
  }
  const last = lo;
  if (first >= n || last < 0 || first > last) return null;
  return { start: words.starts[first], end: words.ends[last] };
}

/** The index of the word containing or following offset (the last word when offset is past every word). */
export function wordAtOrAfter(words: WordBounds, offset: number): number {
  let lo = 0;
  let hi = words.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.ends[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, words.ends.length - 1);
}
