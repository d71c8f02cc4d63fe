import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandFor, hintsFor, tabTarget, type KeyPress, type KeyState } from '../../../../frontend/src/editor/keymap.ts';
import type { EditorLabel } from '../../../../frontend/src/editor/model.ts';

const factual: EditorLabel = { id: 'claim:factual', layer: 'claim', label: 'factual', caption: 'Factual', color: '#1f77b4', key: '1' };
const opinion: EditorLabel = { id: 'claim:opinion', layer: 'claim', label: 'opinion', caption: 'Opinion', color: '#ff7f0e', key: '2' };

const idle: KeyState = {
  readOnly: false,
  pending: false,
  pendingLabel: false,
  selected: null,
  activeFrame: null,
  labels: [factual, opinion],
  solo: false,
};
const pending: KeyState = { ...idle, pending: true };
const labelled: KeyState = { ...pending, pendingLabel: true };
const selected: KeyState = { ...idle, selected: { suggestion: false, frameId: null, layer: 'claim' } };
const suggestion: KeyState = { ...idle, selected: { suggestion: true, frameId: null, layer: 'claim' } };
const cue: KeyState = { ...idle, selected: { suggestion: false, frameId: 'f1', layer: 'attribution' } };

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? 'Key' + key.toUpperCase() : key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...more,
});
const kind = (e: KeyPress, s: KeyState) => commandFor(e, s)?.kind ?? null;

void test('a number key chooses the label of pending text, relabels a selected span, and is swallowed otherwise', () => {
  assert.deepEqual(commandFor(press('2'), pending), { kind: 'choose-label', label: opinion });
  assert.deepEqual(commandFor(press('1'), selected), { kind: 'relabel', label: factual });
  assert.equal(kind(press('1'), idle), 'ignore');
  assert.equal(kind(press('7'), pending), 'ignore', 'no label has key 7');
  assert.equal(kind(press('1'), { ...pending, readOnly: true }), 'ignore');
});

void test('Enter creates labelled text, asks for a label first, accepts a suggestion, and leaves the page alone otherwise', () => {
  assert.equal(kind(press('Enter'), labelled), 'create');
  assert.equal(kind(press('Enter'), pending), 'need-label');
  assert.equal(kind(press('Enter'), suggestion), 'accept');
  assert.equal(kind(press('Enter'), selected), null);
  assert.equal(kind(press('Enter'), idle), null);
  assert.equal(kind(press('Enter'), { ...labelled, readOnly: true }), 'ignore');
});

void test('Backspace rejects a suggestion, Delete deletes it, and both delete a span; Escape cancels, then deselects', () => {
  assert.equal(kind(press('Backspace'), suggestion), 'reject');
  assert.equal(kind(press('Delete'), suggestion), 'delete');
  assert.equal(kind(press('Backspace'), selected), 'delete');
  assert.equal(kind(press('Delete'), idle), null);
  assert.equal(kind(press('Delete'), { ...selected, readOnly: true }), 'ignore');
  assert.equal(kind(press('Escape'), pending), 'cancel');
  assert.equal(kind(press('Escape'), selected), 'deselect');
  assert.equal(kind(press('Escape'), idle), null);
});

void test('Ctrl or Cmd with Z undoes, with Shift+Z or Y redoes; other modified keys are the page’s', () => {
  assert.equal(kind(press('z', { ctrlKey: true }), idle), 'undo');
  assert.equal(kind(press('z', { metaKey: true, shiftKey: true }), idle), 'redo');
  assert.equal(kind(press('y', { ctrlKey: true }), idle), 'redo');
  assert.equal(kind(press('z', { ctrlKey: true }), { ...idle, readOnly: true }), 'ignore');
  assert.equal(kind(press('c', { ctrlKey: true }), pending), null, 'copy stays the browser’s');
  assert.equal(kind(press('1', { altKey: true }), pending), null, 'Alt+digit switches layers in the page');
});

void test('arrows move or extend, Tab walks spans, L shows one layer, even when read only', () => {
  const ro = { ...idle, readOnly: true };
  assert.deepEqual(commandFor(press('ArrowRight', { shiftKey: true }), ro), { kind: 'move', dir: 1, extend: true });
  assert.deepEqual(commandFor(press('ArrowLeft'), ro), { kind: 'move', dir: -1, extend: false });
  assert.deepEqual(commandFor(press('Tab', { shiftKey: true }), ro), { kind: 'tab', back: true });
  assert.equal(kind(press('L'), ro), 'toggle-solo');
});

void test('S and C attach pending text to the frame being built; A activates a selected attribution’s frame', () => {
  const building = { ...pending, activeFrame: 'f1' };
  assert.deepEqual(commandFor(press('s'), building), { kind: 'attach', role: 'source' });
  assert.deepEqual(commandFor(press('C'), building), { kind: 'attach', role: 'content' });
  assert.equal(kind(press('s'), pending), null, 'no frame is being built');
  assert.equal(kind(press('a'), cue), 'activate-frame');
  assert.equal(kind(press('a'), selected), null, 'a claim has no frame');
});

void test('the status bar offers the keys that work now', () => {
  const keys = (s: KeyState) => hintsFor(s).map(([k, text]) => (k.length ? k.join('+') + ' ' : '') + text);
  assert.deepEqual(keys(labelled), ['Enter create', '1–9 other label', 'Shift+←/→ extend', 'Esc cancel']);
  assert.deepEqual(keys({ ...pending, activeFrame: 'f1' }), [
    '1–9 choose label', 'S frame source', 'C frame content', 'Shift+←/→ extend', 'Esc cancel',
  ]);
  assert.deepEqual(keys(suggestion), ['Enter accept', '⌫ reject', '1–9 relabel', 'Del delete', 'Tab next span', 'Esc deselect']);
  assert.deepEqual(keys(cue), ['1–9 relabel', 'Del delete', 'A activate frame', 'Tab next span', 'Esc deselect']);
  assert.deepEqual(keys({ ...cue, activeFrame: 'f1' }).includes('A activate frame'), false);
  assert.deepEqual(keys({ ...idle, readOnly: true, solo: true }), ['←/→ move', 'Shift+←/→ select words', 'Tab spans', 'L all layers']);
});

void test('Tab goes to the span after the selected one, else the first from the caret; past the ends it gives focus away', () => {
  const list = [{ id: 'a', start: 0 }, { id: 'b', start: 10 }, { id: 'c', start: 20 }];
  assert.equal(tabTarget(list, 'a', 0, false), 1);
  assert.equal(tabTarget(list, 'b', 0, true), 0);
  assert.equal(tabTarget(list, 'c', 0, false), -1);
  assert.equal(tabTarget(list, 'a', 0, true), -1);
  assert.equal(tabTarget(list, null, 10, false), 1, 'a span starting at the caret is next');
  assert.equal(tabTarget(list, null, 10, true), 0, 'back: the last one starting before the caret');
  assert.equal(tabTarget(list, null, 25, false), -1);
  assert.equal(tabTarget(list, 'gone', 15, false), 2, 'a selected span no longer listed counts as none');
});
