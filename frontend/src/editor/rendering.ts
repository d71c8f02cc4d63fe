/**
 * What the editor draws, worked out without a DOM: which spans reach a block, where a block is cut into pieces
 * (text nodes or marks), and how a mark looks (background of its innermost span, one underline per layer). The
 * element only turns these answers into nodes, so they are unit-tested with Node.
 */
import type { EditorLabel, EditorSpan } from './model';
import type { Range2 } from './text-index';

/** How a layer underlines its spans: solid, dotted, double, dash-dot (told apart without colour). */
export interface Line {
  image: (color: string) => string;
  height: number;
}

export const LAYER_LINES: Record<string, Line> = {
  claim: { image: (c) => `linear-gradient(${c}, ${c})`, height: 2 },
  attribution: { image: (c) => `repeating-linear-gradient(90deg, ${c} 0 2px, transparent 2px 4px)`, height: 2 },
  source: { image: (c) => `linear-gradient(${c} 0 1px, transparent 1px 2px, ${c} 2px 3px)`, height: 3 },
  figure: {
    image: (c) => `repeating-linear-gradient(90deg, ${c} 0 7px, transparent 7px 9px, ${c} 9px 11px, transparent 11px 13px)`,
    height: 2,
  },
};

export const SUGGESTION_LINE: Line = {
  image: (c) => `repeating-linear-gradient(90deg, ${c} 0 5px, transparent 5px 8px)`,
  height: 2,
};

/** The layers of a palette, in first-seen order (the order their underlines stack in). */
export function layerOrder(labels: readonly EditorLabel[]): string[] {
  const order: string[] = [];
  for (const l of labels) {
    if (!order.includes(l.layer)) order.push(l.layer);
  }
  return order;
}

/** Spans in text order (start, then longer first, then id), only those of `onlyLayer` when given; and the longest length. */
export function orderSpans(spans: Iterable<EditorSpan>, onlyLayer: string | null): { ordered: EditorSpan[]; longest: number } {
  const ordered = [...spans]
    .filter((s) => !onlyLayer || s.layer.toLowerCase() === onlyLayer)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  return { ordered, longest: ordered.reduce((m, s) => Math.max(m, s.end - s.start), 0) };
}

/** The index of the first span starting at or after offset (spans ordered by start). */
export function firstStartingAtOrAfter(ordered: readonly EditorSpan[], offset: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The non-empty spans that reach into the block [start, end). Spans are ordered by start: none starting before
 * (block start − longest span) reaches it, so only those after are looked at.
 */
export function spansInBlock(ordered: readonly EditorSpan[], longest: number, start: number, end: number): EditorSpan[] {
  const here: EditorSpan[] = [];
  for (let k = firstStartingAtOrAfter(ordered, start - longest); k < ordered.length; k++) {
    const s = ordered[k];
    if (s.start >= end) break;
    if (s.end > start && s.end > s.start) here.push(s);
  }
  return here;
}

/** A piece of a block: drawn as a bare text node when nothing covers it, else as a mark. */
export interface Piece {
  start: number;
  end: number;
  /** The spans covering the whole piece. */
  covering: EditorSpan[];
  inPending: boolean;
  inCaret: boolean;
}

/**
 * Cuts the block [start, end) wherever a span, the pending selection or the caret begins or ends. Pass the caret
 * only when it is drawn (nothing pending or selected): otherwise it must not split their boxes.
 */
export function piecesOf(
  start: number,
  end: number,
  here: readonly EditorSpan[],
  pending: Range2 | null,
  caret: Range2 | null,
): Piece[] {
  const cuts = new Set<number>([start, end]);
  const clip = (x: number) => Math.min(end, Math.max(start, x));
  for (const s of here) {
    cuts.add(clip(s.start));
    cuts.add(clip(s.end));
  }
  for (const r of [pending, caret]) {
    if (r && r.end > start && r.start < end) {
      cuts.add(clip(r.start));
      cuts.add(clip(r.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    if (a >= b) continue;
    pieces.push({
      start: a,
      end: b,
      covering: here.filter((s) => s.start <= a && s.end >= b),
      inPending: !!pending && pending.start <= a && pending.end >= b,
      inCaret: !!caret && caret.start <= a && caret.end >= b,
    });
  }
  return pieces;
}

/** The shortest span (of equal ones, the one starting last). */
export function innermost(spans: readonly EditorSpan[]): EditorSpan {
  let best = spans[0];
  for (const s of spans) {
    const len = s.end - s.start;
    const bestLen = best.end - best.start;
    if (len < bestLen || (len === bestLen && s.start > best.start)) best = s;
  }
  return best;
}

/** How a mark over some spans looks: inline styles, and the span whose colour and tooltip it shows. */
export interface MarkLook {
  inner: EditorSpan;
  backgroundColor: string;
  backgroundImage: string;
  backgroundPosition: string;
  backgroundSize: string;
  paddingBottom: string;
  borderTop: string;
  suggestion: boolean;
  /** It belongs to the attribution frame being built. */
  inActiveFrame: boolean;
}

/**
 * Background of the innermost span; one underline per layer (innermost of that layer), each layer with its own
 * line style so that overlapping layers tell apart without colour; suggestions dashed. A span nested in another of
 * its layer gets the outer one's colour as a line above.
 */
export function markLook(covering: readonly EditorSpan[], layerRank: (layer: string) => number, activeFrame: string | null): MarkLook {
  const inner = innermost(covering);
  const images: string[] = [];
  const positions: string[] = [];
  const sizes: string[] = [];
  const layers = [...new Set(covering.map((s) => s.layer))].sort((x, y) => layerRank(x) - layerRank(y));
  let offset = 0;
  let nestedIn: EditorSpan | null = null;
  for (const layer of layers) {
    const own = covering.filter((c) => c.layer === layer);
    const s = innermost(own);
    const line = s.suggestion ? SUGGESTION_LINE : (LAYER_LINES[layer.toLowerCase()] ?? LAYER_LINES.claim);
    images.push(line.image(s.color));
    positions.push(`0 calc(100% - ${offset}px)`);
    sizes.push(`100% ${line.height}px`);
    offset += line.height + 1;
    if (own.length > 1 && !nestedIn) nestedIn = innermost(own.filter((o) => o !== s));
  }
  return {
    inner,
    backgroundColor: `color-mix(in srgb, ${inner.color} ${inner.suggestion ? 10 : 22}%, transparent)`,
    backgroundImage: images.join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: sizes.join(', '),
    paddingBottom: `${Math.max(0, offset - 1)}px`,
    borderTop: nestedIn ? `1px solid ${nestedIn.color}` : '',
    suggestion: inner.suggestion,
    inActiveFrame: !!activeFrame && covering.some((s) => s.frameId === activeFrame),
  };
}

/** A stretch of text as the status bar quotes it: white space folded, the middle of a long one left out. */
export function excerpt(text: string, r: Range2): string {
  const s = text.slice(r.start, r.end).replace(/\s+/g, ' ');
  return s.length > 60 ? s.slice(0, 28) + ' … ' + s.slice(-28) : s;
}
