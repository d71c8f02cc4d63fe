/**
 * The editor's keys: which command a key press means in the editor's present state, and which keys the status bar
 * offers. Plain functions over plain data (no DOM), so they are unit-tested with Node.
 */
import type { EditorLabel } from './model';

/** The parts of a key press the keymap reads (a KeyboardEvent has them all). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The selected span, as far as the keys care. */
export interface SelectedSpan {
  suggestion: boolean;
  frameId: string | null;
  layer: string;
}

/** What the keys depend on. */
export interface KeyState {
  readOnly: boolean;
  /** Text selected but not labelled yet. */
  pending: boolean;
  /** The label chosen for the pending text, if any. */
  pendingLabel: boolean;
  selected: SelectedSpan | null;
  /** The attribution frame being built, if any. */
  activeFrame: string | null;
  labels: readonly EditorLabel[];
  /** "Show one layer" is on. */
  solo: boolean;
}

/**
 * What a key does. `ignore`: the key is the editor's but does nothing now (read only, no such label), so it
 * must not reach the page either. Tab is the only command that decides for itself whether the page gets the key.
 */
export type Command =
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'ignore' }
  | { kind: 'choose-label'; label: EditorLabel }
  | { kind: 'relabel'; label: EditorLabel }
  | { kind: 'create' }
  | { kind: 'need-label' }
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'delete' }
  | { kind: 'cancel' }
  | { kind: 'deselect' }
  | { kind: 'tab'; back: boolean }
  | { kind: 'move'; dir: 1 | -1; extend: boolean }
  | { kind: 'toggle-solo' }
  | { kind: 'attach'; role: 'source' | 'content' }
  | { kind: 'activate-frame' };

const IGNORE: Command = { kind: 'ignore' };

/** The command a key press means, or null when the key is not the editor's (the page gets it). */
export function commandFor(e: KeyPress, s: KeyState): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const ro = s.readOnly;
  if (mod && !e.altKey && (e.code === 'KeyZ' || e.code === 'KeyY')) {
    if (ro) return IGNORE;
    return e.code === 'KeyY' || e.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
  }
  if (mod || e.altKey) return null;

  const key = e.key;
  const selected = s.selected;
  if (/^[0-9]$/.test(key)) {
    const label = s.labels.find((l) => l.key === key);
    if (!label || ro) return IGNORE;
    if (s.pending) return { kind: 'choose-label', label };
    if (selected) return { kind: 'relabel', label };
    return IGNORE;
  }
  switch (key) {
    case 'Enter':
      if (s.pending) {
        if (ro) return IGNORE;
        return s.pendingLabel ? { kind: 'create' } : { kind: 'need-label' };
      }
      if (selected?.suggestion) return ro ? IGNORE : { kind: 'accept' };
      return null;
    case 'Escape':
      if (s.pending) return { kind: 'cancel' };
      if (selected) return { kind: 'deselect' };
      return null;
    case 'Delete':
    case 'Backspace':
      if (!selected) return null;
      if (ro) return IGNORE;
      return selected.suggestion && key === 'Backspace' ? { kind: 'reject' } : { kind: 'delete' };
    case 'Tab':
      return { kind: 'tab', back: e.shiftKey };
    case 'ArrowLeft':
    case 'ArrowRight':
      return { kind: 'move', dir: key === 'ArrowRight' ? 1 : -1, extend: e.shiftKey };
  }
  const lower = key.toLowerCase();
  if (lower === 'l') return { kind: 'toggle-solo' };
  if ((lower === 's' || lower === 'c') && s.pending && s.activeFrame) {
    return ro ? IGNORE : { kind: 'attach', role: lower === 's' ? 'source' : 'content' };
  }
  if (lower === 'a' && selected?.frameId && isAttribution(selected)) return { kind: 'activate-frame' };
  return null;
}

/** A hint of the status bar: the keys, then what they do. */
export type Hint = [keys: string[], text: string];

/** The keys the status bar offers in a state: for pending text, for a selected span, or for moving about. */
export function hintsFor(s: KeyState): Hint[] {
  const hints: Hint[] = [];
  const ro = s.readOnly;
  const selected = s.selected;
  if (s.pending) {
    if (!ro && s.pendingLabel) hints.push([['Enter'], 'create']);
    if (!ro) hints.push([['1–9'], s.pendingLabel ? 'other label' : 'choose label']);
    if (!ro && s.activeFrame) hints.push([['S'], 'frame source'], [['C'], 'frame content']);
    hints.push([['Shift', '←/→'], 'extend'], [['Esc'], 'cancel']);
  } else if (selected) {
    if (!ro && selected.suggestion) hints.push([['Enter'], 'accept'], [['⌫'], 'reject']);
    if (!ro) hints.push([['1–9'], 'relabel'], [['Del'], 'delete']);
    if (selected.frameId && isAttribution(selected) && selected.frameId !== s.activeFrame) {
      hints.push([['A'], 'activate frame']);
    }
    hints.push([['Tab'], 'next span'], [['Esc'], 'deselect']);
  } else {
    if (!ro) hints.push([[], 'Drag to select words (Alt: exact characters)']);
    hints.push([['←/→'], 'move'], [['Shift', '←/→'], 'select words'], [['Tab'], 'spans']);
    if (!ro) hints.push([['Ctrl', 'Z'], 'undo']);
    hints.push([['L'], s.solo ? 'all layers' : 'one layer']);
  }
  return hints;
}

function isAttribution(span: SelectedSpan): boolean {
  return span.layer.toLowerCase() === 'attribution';
}

/**
 * Where Tab (Shift+Tab: back) goes among spans in text order: the one after (before) the selected span, else the
 * first starting at or after `from` (the last starting before it). -1 past either end: focus then leaves the editor.
 */
export function tabTarget(list: readonly { id: string; start: number }[], selectedId: string | null, from: number, back: boolean): number {
  const i = selectedId ? list.findIndex((s) => s.id === selectedId) : -1;
  let next: number;
  if (i >= 0) next = back ? i - 1 : i + 1;
  else if (back) {
    next = -1;
    for (let k = list.length - 1; k >= 0; k--) {
      if (list[k].start < from) {
        next = k;
        break;
      }
    }
  } else next = list.findIndex((s) => s.start >= from);
  return next < list.length ? next : -1;
}
