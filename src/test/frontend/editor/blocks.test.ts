import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blockBounds, MAX_BLOCK, paragraphBounds } from '../../../../frontend/src/editor/text-index.ts';

const blocks = (text: string, max?: number) => {
  const b = blockBounds(text, paragraphBounds(text), max);
  return b.starts.map((s, i) => ({ text: text.slice(s, b.ends[i]), para: b.para[i] }));
};

/** The blocks of each paragraph, joined, are exactly its text: no unit lost, doubled or moved. */
const assertTiles = (text: string, max?: number) => {
  const p = paragraphBounds(text);
  const b = blockBounds(text, p, max);
  for (let i = 0; i < p.starts.length; i++) {
    const own = b.starts.map((s, k) => ({ s, e: b.ends[k], para: b.para[k] })).filter((x) => x.para === i);
    assert.ok(own.length >= 1, 'every paragraph has a block');
    assert.equal(own[0].s, p.starts[i]);
    assert.equal(own[own.length - 1].e, p.ends[i]);
    for (let k = 1; k < own.length; k++) assert.equal(own[k].s, own[k - 1].e, 'blocks meet without a gap');
    for (const x of own) assert.ok(x.e - x.s <= Math.max(2, max ?? MAX_BLOCK), 'no block is longer than the limit');
  }
};

void test('a paragraph no longer than the limit is one block, an empty one an empty block', () => {
  assert.deepEqual(blocks('one two\n\nthree', 10), [
    { text: 'one two', para: 0 },
    { text: '', para: 1 },
    { text: 'three', para: 2 },
  ]);
});

void test('a long paragraph is cut after white space, so that words stay whole in their block', () => {
  const text = 'alpha beta gamma delta epsilon zeta eta theta';
  assert.deepEqual(blocks(text, 12).map((b) => b.text), ['alpha beta ', 'gamma delta ', 'epsilon ', 'zeta eta ', 'theta']);
  assertTiles(text, 12);
});

void test('without white space it is cut after a word, and without words at the limit, never inside a surrogate pair', () => {
  assert.deepEqual(blocks('aa;bbb;cccc;dd', 8).map((b) => b.text), ['aa;bbb', ';cccc;dd']);
  const emoji = '🎉'.repeat(10); // 20 UTF-16 units, no word breaks the regex would cut at
  for (const b of blocks(emoji, 7)) {
    assert.ok(!/[\uD800-\uDBFF]$/.test(b.text), 'no block ends on a high surrogate: ' + JSON.stringify(b.text));
  }
  assertTiles(emoji, 7);
});

void test('a 5 MB article on one line is cut into blocks that tile it exactly, with CRLF paragraphs around it', () => {
  const words = ['officials', 'said', 'the', 'ministry', 'reported', 'percent', 'Kyiv', '1,000', 'U.S.', '👍🏽'];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 5_000_000; i++) {
    const w = words[(i * 7 + (i >> 4)) % words.length] + (i % 23 === 22 ? '.  ' : ' ');
    parts.push(w);
    length += w.length;
  }
  const text = 'A headline\r\n' + parts.join('') + '\r\nThe end';
  const b = blockBounds(text, paragraphBounds(text));
  assert.ok(b.starts.length > 5_000_000 / MAX_BLOCK, 'blocks: ' + b.starts.length);
  assert.equal(b.starts.length, new Set(b.starts).size);
  assertTiles(text);
  // every cut of the long line falls after white space, before a word
  for (let i = 2; i < b.starts.length - 1; i++) {
    if (b.para[i] === b.para[i - 1]) assert.match(text.slice(b.starts[i] - 1, b.starts[i] + 1), /^\s\S$/);
  }
});
