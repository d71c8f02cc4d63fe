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

/**
 * The longest block a paragraph is drawn in, in UTF-16 units. A browser lays out a paragraph as a whole, so a
 * 5 MB paragraph (a page scraped without line breaks) costs seconds on every layout; cut into blocks that the
 * browser may skip while they are off screen, only what is shown is laid out.
 */
export const MAX_BLOCK = 4000;

/**
 * The longest paragraph that is still laid out as one: its blocks flow inline (they only keep re-rendering small), so
 * lines wrap as in any paragraph. A longer one is laid out block by block, skipped while off screen, and a line ends
 * where a block does: the price of opening a 5 MB page. The reader uses the same length ({@code TextBlocks}).
 */
export const LAID_OUT_APART = 100_000;

/** The blocks paragraphs are drawn in: offsets [start, end) that tile each paragraph exactly, and its index. */
export interface BlockBounds {
  starts: number[];
  ends: number[];
  para: number[];
}

/**
 * Cuts every paragraph longer than {@code max} into blocks of at most {@code max} units that together hold
 * exactly its text: after the last white space of the block's second half, else after the last word there, else at
 * {@code max} (never between the two halves of a surrogate pair). A paragraph of at most {@code max} is one block,
 * an empty one an empty block.
 */
export function blockBounds(text: string, paragraphs: { starts: number[]; ends: number[] }, max = MAX_BLOCK): BlockBounds {
  const starts: number[] = [];
  const ends: number[] = [];
  const para: number[] = [];
  const limit = Math.max(2, max);
  for (let p = 0; p < paragraphs.starts.length; p++) {
    const pe = paragraphs.ends[p];
    let at = paragraphs.starts[p];
    do {
      const end = pe - at <= limit ? pe : cutPoint(text, at, at + limit);
      starts.push(at);
      ends.push(end);
      para.push(p);
      at = end;
    } while (at < pe);
  }
  return { starts, ends, para };
}

/** Where a block from {@code from} ends, at most at {@code to}: see {@link blockBounds}. */
function cutPoint(text: string, from: number, to: number): number {
  const half = from + ((to - from) >> 1);
  for (let i = to; i > half; i--) {
    if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) return i;
  }
  const tail = text.slice(half, to);
  let wordEnd = -1;
  for (const m of tail.matchAll(WORD)) {
    if (half + m.index + m[0].length < to) wordEnd = half + m.index + m[0].length;
  }
  if (wordEnd > half) return wordEnd;
  const c = text.charCodeAt(to - 1);
  return c >= 0xd800 && c <= 0xdbff ? to - 1 : to;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** The word at a range's edge: its last word going forward (dir 1), its first going back (dir -1). */
export function edgeWord(words: WordBounds, r: Range2, dir: number): number {
  return dir > 0 ? wordAtOrAfter(words, Math.max(r.start, r.end - 1)) : wordAtOrAfter(words, r.start);
}

/**
 * Shift+←/→ from the caret (a word index): the first press selects the word under the caret (no anchor yet, -1),
 * the next ones move the focus word by word from the anchor, so the selection grows or shrinks; never past the ends.
 */
export function extendByWord(
  words: WordBounds,
  caret: number,
  anchor: number,
  dir: number,
): { anchor: number; focus: number; range: Range2 } {
  const at = Math.max(0, caret);
  const from = anchor < 0 ? at : anchor;
  const focus = anchor < 0 ? at : Math.max(0, Math.min(words.starts.length - 1, at + dir));
  const a = Math.min(from, focus);
  const b = Math.max(from, focus);
  return { anchor: from, focus, range: { start: words.starts[a], end: words.ends[b] } };
}
