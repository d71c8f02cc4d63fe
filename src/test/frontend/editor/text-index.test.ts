import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  edgeWord,
  extendByWord,
  indexAtOrBefore,
  paragraphBounds,
  snapToWords,
  wordAtOrAfter,
  wordBounds,
} from '../../../../frontend/src/editor/text-index.ts';

const words = (text: string) => {
  const w = wordBounds(text);
  return Array.from(w.starts, (s, i) => text.slice(s, w.ends[i]));
};

void test('words keep abbreviations, numbers with separators, possessives, currency and percent whole', () => {
  assert.deepEqual(words('A senior U.S. official said $90 billion, or 0.1%.'), [
    'A', 'senior', 'U.S', 'official', 'said', '$90', 'billion', 'or', '0.1%',
  ]);
  assert.deepEqual(words('Zelenskyy’s well-known 1,000,000 allies'), ['Zelenskyy’s', 'well-known', '1,000,000', 'allies']);
});

void test('an emoji with a skin tone or joiner is one word, and offsets count UTF-16 units', () => {
  const text = 'party 👍🏽 after 👩‍💻 done';
  assert.deepEqual(words(text), ['party', '👍🏽', 'after', '👩‍💻', 'done']);
  assert.equal(wordBounds(text).starts[2], text.indexOf('after'));
});

void test('a selection inside words widens to whole words, and one between words holds none', () => {
  const text = 'the reassurance force arrives';
  const w = wordBounds(text);
  const from = text.indexOf('reassurance') + 4;
  const to = text.indexOf('force') + 2;
  assert.deepEqual(snapToWords(w, { start: from, end: to }), {
    start: text.indexOf('reassurance'),
    end: text.indexOf('force') + 'force'.length,
  });
  const gap = text.indexOf(' force');
  assert.equal(snapToWords(w, { start: gap, end: gap + 1 }), null);
  assert.deepEqual(snapToWords(wordBounds('   '), { start: 0, end: 2 }), { start: 0, end: 2 });
});

void test('the word at or after an offset is the next one in a gap and the last one past the end', () => {
  const w = wordBounds('one two');
  assert.equal(wordAtOrAfter(w, 0), 0);
  assert.equal(wordAtOrAfter(w, 3), 1);
  assert.equal(wordAtOrAfter(w, 99), 1);
});

void test('paragraphs end before a CRLF break, blank lines are paragraphs, and offsets find their paragraph', () => {
  const text = 'first\r\n\r\nthird';
  const p = paragraphBounds(text);
  assert.deepEqual(p.starts, [0, 7, 9]);
  assert.deepEqual(p.ends, [5, 7, 14]);
  assert.equal(indexAtOrBefore(p.starts, 0), 0);
  assert.equal(indexAtOrBefore(p.starts, 8), 1);
  assert.equal(indexAtOrBefore(p.starts, 14), 2);
});

void test('the edge word of a range is its last going forward and its first going back', () => {
  const text = 'one two three four';
  const w = wordBounds(text);
  const r = { start: text.indexOf('two'), end: text.indexOf('three') + 5 };
  assert.equal(edgeWord(w, r, 1), 2);
  assert.equal(edgeWord(w, r, -1), 1);
});

void test('Shift+arrows first select the word under the caret, then grow or shrink from it, never past the ends', () => {
  const text = 'one two three four';
  const w = wordBounds(text);
  const said = (r: { start: number; end: number }) => text.slice(r.start, r.end);
  const first = extendByWord(w, 1, -1, 1);
  assert.equal(said(first.range), 'two');
  assert.deepEqual([first.anchor, first.focus], [1, 1]);
  const grown = extendByWord(w, first.focus, first.anchor, 1);
  assert.equal(said(grown.range), 'two three');
  const back = extendByWord(w, 1, 1, -1);
  assert.equal(said(back.range), 'one two', 'going back past the anchor selects towards the start');
  assert.equal(extendByWord(w, 3, 1, 1).focus, 3, 'the focus stops at the last word');
  assert.equal(said(extendByWord(w, -1, -1, 1).range), 'one', 'no caret yet: the first word');
});
