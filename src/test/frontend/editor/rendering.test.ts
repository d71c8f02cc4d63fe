import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EditorSpan } from '../../../../frontend/src/editor/model.ts';
import {
  excerpt,
  layerOrder,
  markLook,
  orderSpans,
  piecesOf,
  spansInBlock,
} from '../../../../frontend/src/editor/rendering.ts';

const span = (id: string, start: number, end: number, more: Partial<EditorSpan> = {}): EditorSpan => ({
  id,
  start,
  end,
  layer: 'claim',
  label: 'factual',
  color: '#1f77b4',
  frameId: null,
  suggestion: false,
  tooltip: null,
  ...more,
});

void test('spans are ordered by start, the longer first, and "one layer" keeps only that layer', () => {
  const spans = [span('c', 5, 9), span('b', 0, 3), span('a', 0, 8, { layer: 'Figure' })];
  const all = orderSpans(spans, null);
  assert.deepEqual(all.ordered.map((s) => s.id), ['a', 'b', 'c']);
  assert.equal(all.longest, 8);
  assert.deepEqual(orderSpans(spans, 'figure').ordered.map((s) => s.id), ['a']);
});

void test('a block sees the spans that reach into it, also a long one that starts blocks before', () => {
  const { ordered, longest } = orderSpans([span('long', 0, 5000), span('before', 10, 20), span('in', 4100, 4200), span('after', 8000, 8010), span('empty', 4300, 4300)], null);
  assert.deepEqual(spansInBlock(ordered, longest, 4000, 8000).map((s) => s.id), ['long', 'in']);
});

void test('a block is cut where spans, the pending text and the caret begin and end, clipped to the block', () => {
  const outer = span('outer', 0, 30);
  const inner = span('inner', 10, 15);
  const pieces = piecesOf(5, 25, [outer, inner], { start: 20, end: 40 }, null);
  assert.deepEqual(
    pieces.map((p) => [p.start, p.end, p.covering.map((s) => s.id).join('+'), p.inPending]),
    [
      [5, 10, 'outer', false],
      [10, 15, 'outer+inner', false],
      [15, 20, 'outer', false],
      [20, 25, 'outer', true],
    ],
  );
  const caret = piecesOf(0, 10, [], null, { start: 4, end: 7 });
  assert.deepEqual(caret.map((p) => [p.start, p.end, p.inCaret]), [[0, 4, false], [4, 7, true], [7, 10, false]]);
});

void test('a mark takes its innermost span’s colour and stacks one underline per layer, in palette order', () => {
  const claim = span('claim', 0, 50, { color: '#111111' });
  const figure = span('figure', 10, 20, { layer: 'figure', color: '#222222', tooltip: '$90 billion' });
  const rank = (layer: string) => layerOrder([
    { id: 'figure:amount', layer: 'figure', label: 'amount', caption: 'Amount', color: '#222222', key: '1' },
    { id: 'claim:factual', layer: 'claim', label: 'factual', caption: 'Factual', color: '#111111', key: null },
  ]).indexOf(layer);
  const look = markLook([claim, figure], rank, null);
  assert.equal(look.inner, figure);
  assert.equal(look.backgroundColor, 'color-mix(in srgb, #222222 22%, transparent)');
  assert.match(look.backgroundImage, /^repeating-linear-gradient\(90deg, #222222 0 7px.*, linear-gradient\(#111111, #111111\)$/);
  assert.equal(look.backgroundPosition, '0 calc(100% - 0px), 0 calc(100% - 3px)');
  assert.equal(look.paddingBottom, '5px');
  assert.equal(look.borderTop, '');
  assert.equal(look.inActiveFrame, false);
});

void test('a span nested in one of its own layer shows the outer colour above; suggestions are pale and dashed', () => {
  const outer = span('outer', 0, 50, { color: '#aa0000' });
  const inner = span('inner', 10, 20, { color: '#00aa00', suggestion: true, frameId: 'f1' });
  const look = markLook([outer, inner], () => 0, 'f1');
  assert.equal(look.borderTop, '1px solid #aa0000');
  assert.equal(look.suggestion, true);
  assert.equal(look.backgroundColor, 'color-mix(in srgb, #00aa00 10%, transparent)');
  assert.match(look.backgroundImage, /^repeating-linear-gradient\(90deg, #00aa00 0 5px, transparent 5px 8px\)$/);
  assert.equal(look.inActiveFrame, true);
});

void test('the status bar quotes short text whole and long text by its ends, white space folded', () => {
  assert.equal(excerpt('said  the\nminister', { start: 0, end: 18 }), 'said the minister');
  const long = 'a'.repeat(40) + 'b'.repeat(40);
  assert.equal(excerpt(long, { start: 0, end: 80 }), 'a'.repeat(28) + ' … ' + 'b'.repeat(28));
});
