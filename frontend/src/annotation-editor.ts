import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { commandFor, hintsFor, tabTarget, type KeyState } from './editor/keymap';
import type { EditorLabel, EditorSpan } from './editor/model';
import { excerpt, layerOrder, markLook, orderSpans, piecesOf, spansInBlock } from './editor/rendering';
import { editorStyles } from './editor/styles';
import {
  blockBounds,
  edgeWord,
  extendByWord,
  indexAtOrBefore,
  LAID_OUT_APART,
  paragraphBounds,
  snapToWords,
  wordAtOrAfter,
  wordBounds,
  type Range2,
  type WordBounds,
} from './editor/text-index';

export type { EditorLabel, EditorSpan } from './editor/model';

/** What a rendered piece of text covers: its offsets and the spans over it. */
interface Segment {
  start: number;
  end: number;
  spans: EditorSpan[];
}

/**
 * The annotation editor: renders an article's text (always as text nodes, never HTML) with highlighted
 * spans, and turns mouse and keyboard gestures into events. It holds no annotation rules: the server
 * decides what a create, delete or relabel means and sends the resulting spans back.
 */
@customElement('corroborate-annotation-editor')
export class AnnotationEditorElement extends LitElement {
  /** Focusing the element focuses its text (the first focusable in its shadow tree), which scrolls. */
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = editorStyles;

  @property({ type: Boolean, attribute: 'read-only', reflect: true })
  readOnly = false;

  private _text = '';
  private _labels: EditorLabel[] = [];
  private _activeFrame: string | null = null;

  /** Spans by id, in insertion order. */
  private readonly spans = new Map<string, EditorSpan>();
  private ordered: EditorSpan[] | null = null;
  /** Ids of spans drawn on create before the server saved them. */
  private readonly provisional = new Set<string>();
  private provisionalCount = 0;

  // Paragraph elements; each holds one block, or a long one several (see blockBounds).
  private paraEl: HTMLElement[] = [];
  // Block table: text offsets [start, end) that tile the paragraphs (without line breaks), and the elements they
  // are drawn in (a one-block paragraph's own element). Blocks are what is re-rendered.
  private blockStart: number[] = [];
  private blockEnd: number[] = [];
  private blockEl: HTMLElement[] = [];
  /** The longest span's length, so a block looks only at spans that can reach it. */
  private longestSpan = 0;
  // Word table for snapping and the caret.
  private words: WordBounds = { starts: new Int32Array(0), ends: new Int32Array(0) };

  private readonly textEl: HTMLDivElement;
  private readonly nodeStart = new WeakMap<Node, number>();
  private readonly segments = new WeakMap<Element, Segment>();
  private readonly dirty = new Set<number>();
  private flushQueued = false;

  private selectedId: string | null = null;
  private pending: Range2 | null = null;
  private pendingLabel: EditorLabel | null = null;
  private pendingAnchor = -1;
  private caret = -1; // word index
  /** "Show one layer" (key L): only the active layer's spans are drawn and reached with Tab. */
  private solo = false;
  private message = '';
  private layerOrder: string[] = [];

  constructor() {
    super();
    this.textEl = document.createElement('div');
    this.textEl.className = 'text';
    this.textEl.setAttribute('part', 'text');
    // The text scrolls, so it is what keyboard users focus (one tab stop; axe: scrollable-region-focusable);
    // keys reach the element's handler from there, and focusing the element lands here (delegatesFocus).
    this.textEl.tabIndex = 0;
    this.textEl.setAttribute('role', 'application');
    this.textEl.setAttribute('aria-roledescription', 'annotation editor');
    this.textEl.setAttribute('aria-label', 'Article text');
    this.textEl.addEventListener('mousedown', (e) => this.onMouseDown(e));
    this.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Properties set before the element was upgraded shadow the accessors: re-apply them.
    for (const name of ['text', 'labels', 'activeFrame'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        (this as unknown as Record<string, unknown>)[name] = value;
      }
    }
  }

  /** Focus goes to the scrolling text, where the keys are read. */
  override focus(options?: FocusOptions): void {
    this.textEl.focus(options);
  }

  // ---------------------------------------------------------------- public API (called from Java)

  get text(): string {
    return this._text;
  }

  set text(value: string) {
    this._text = value ?? '';
    this.rebuildText();
  }

  get labels(): EditorLabel[] {
    return this._labels;
  }

  set labels(value: EditorLabel[]) {
    this._labels = value ?? [];
    this.layerOrder = layerOrder(this._labels);
    if (this.pendingLabel && !this._labels.some((l) => l.id === this.pendingLabel!.id)) {
      this.pendingLabel = null;
    }
    this.ordered = null; // the active layer may have changed, and with it what "show one layer" shows
    this.invalidateAll();
    this.requestUpdate();
  }

  get activeFrame(): string | null {
    return this._activeFrame;
  }

  set activeFrame(value: string | null) {
    const old = this._activeFrame;
    this._activeFrame = value ? value : null;
    for (const s of this.spans.values()) {
      if (s.frameId && (s.frameId === old || s.frameId === this._activeFrame)) this.invalidate(s);
    }
    this.requestUpdate();
  }

  setSpans(list: EditorSpan[]): void {
    this.spans.clear();
    for (const s of list ?? []) this.spans.set(s.id, s);
    this.ordered = null;
    if (this.selectedId && !this.spans.has(this.selectedId)) this.selectedId = null;
    this.invalidateAll();
  }

  addSpan(span: EditorSpan): void {
    this.updateSpan(span);
  }

  updateSpan(span: EditorSpan): void {
    const old = this.spans.get(span.id);
    if (old) this.invalidate(old);
    this.spans.set(span.id, span);
    this.ordered = null;
    this.invalidate(span);
  }

  /** Takes away the spans drawn before the server answered: its answer carries the saved ones. */
  settleProvisional(): void {
    for (const id of this.provisional) this.removeSpan(id);
    this.provisional.clear();
  }

  removeSpan(id: string): void {
    const old = this.spans.get(id);
    if (!old) return;
    this.spans.delete(id);
    this.ordered = null;
    this.invalidate(old);
    if (this.selectedId === id) {
      this.selectedId = null;
      this.requestUpdate();
    }
  }

  /**
   * Shows a stretch of text as the current selection and scrolls to it (the board's "open at this figure"):
   * a span already there is selected; otherwise the stretch is ready to be labelled with a number key.
   */
  revealRange(start: number, end: number): void {
    if (!(start >= 0 && end > start && end <= this._text.length)) return;
    const existing = this.orderedSpans().find((s) => s.start === start && s.end === end);
    if (existing) {
      this.select(existing.id, true, 'center');
      return;
    }
    this.setPending({ start, end });
    this.scrollToOffset(start, 'center');
    this.focus({ preventScroll: true });
  }

  /** Server-driven selection: selects and scrolls into view, without echoing an event. */
  selectSpan(id: string | null): void {
    this.select(id && this.spans.has(id) ? id : null, false, 'center');
  }

  // ---------------------------------------------------------------- rendering

  protected override render(): TemplateResult {
    return html`${this.textEl}${this.renderPalette()}${this.renderStatus()}`;
  }

  private renderPalette(): TemplateResult | typeof nothing {
    if (this._labels.length === 0) return nothing;
    const frame = this._activeFrame
      ? html`<span class="frame-badge" id="frame-badge">Attribution frame active</span>`
      : nothing;
    const solo = this.solo
      ? html`<span class="solo-badge" id="solo-badge">Only this layer shown (<kbd>L</kbd>: all)</span>`
      : nothing;
    return html`<div class="palette" part="palette">
      ${this.layerOrder.map(
        (layer) => html`<div class="layer">
          <span class="layer-name">${layer}</span>
          ${this._labels
            .filter((l) => l.layer === layer)
            .map(
              (l) => html`<button
                class="chip"
                tabindex="-1"
                data-label=${l.id}
                title=${l.caption + (l.key ? ' (key ' + l.key + ')' : '')}
                aria-pressed=${this.pendingLabel?.id === l.id ? 'true' : 'false'}
                ?disabled=${this.readOnly}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.onPaletteClick(l)}
              >
                <span class="swatch" style="background:${l.color}"></span>${l.key
                  ? html`<kbd>${l.key}</kbd>`
                  : nothing}<span>${l.caption}</span>
              </button>`,
            )}
        </div>`,
      )}
      ${solo} ${frame}
    </div>`;
  }

  private renderStatus(): TemplateResult {
    let what = '';
    const selected = this.selectedSpan();
    const ro = this.readOnly;
    if (this.pending) {
      what = '“' + excerpt(this._text, this.pending) + '”';
      if (this.pendingLabel) what += ' → ' + this.pendingLabel.caption;
    } else if (selected) {
      what = this.captionOf(selected) + (selected.suggestion ? ' (suggestion)' : '') + ': “' + excerpt(this._text, selected) + '”';
    }
    const hints = hintsFor(this.keyState());
    if (this.message) what = this.message;
    return html`<div class="status" part="status" id="status" aria-live="polite">
      ${ro ? html`<span class="what">Read only</span>` : nothing}
      ${what ? html`<span class="what" id="status-what">${what}</span>` : nothing}
      ${hints.map(
        ([keys, text]) => html`<span class="hint">${keys.map((k) => html`<kbd>${k}</kbd> `)}${text}</span>`,
      )}
    </div>`;
  }

  private rebuildText(): void {
    const text = this._text;
    const paragraphs = paragraphBounds(text);
    const blocks = blockBounds(text, paragraphs);
    this.blockStart = blocks.starts;
    this.blockEnd = blocks.ends;
    this.paraEl = paragraphs.starts.map((at, i) => {
      const p = document.createElement('div');
      const end = paragraphs.ends[i];
      p.className = end > at && /\S/.test(text.slice(at, end)) ? 'para' : 'para blank';
      p.dir = 'auto';
      this.segments.set(p, { start: at, end, spans: [] });
      return p;
    });
    this.blockEl = [];
    for (let b = 0; b < blocks.starts.length; b++) {
      const p = blocks.para[b];
      const alone = (b === 0 || blocks.para[b - 1] !== p) && (b + 1 === blocks.starts.length || blocks.para[b + 1] !== p);
      if (alone) {
        this.blockEl.push(this.paraEl[p]);
      } else {
        const el = document.createElement('div');
        el.className = paragraphs.ends[p] - paragraphs.starts[p] > LAID_OUT_APART ? 'blk' : 'blk flow';
        this.paraEl[p].appendChild(el);
        this.blockEl.push(el);
      }
    }
    this.textEl.replaceChildren(...this.paraEl);
    this.words = wordBounds(text);
    this.pending = null;
    this.pendingLabel = null;
    this.caret = -1;
    this.selectedId = null;
    this.invalidateAll();
    this.flush();
    this.requestUpdate();
  }

  private invalidateAll(): void {
    for (let i = 0; i < this.blockEl.length; i++) this.dirty.add(i);
    this.scheduleFlush();
  }

  private invalidate(range: Range2 | null | undefined): void {
    if (!range || this.blockEl.length === 0) return;
    const first = this.blockOf(range.start);
    const last = this.blockOf(Math.max(range.start, range.end - 1));
    for (let i = first; i <= last; i++) this.dirty.add(i);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  /** Re-renders the blocks that changed; untouched blocks keep their DOM (and the scroll position). */
  private flush(): void {
    this.flushQueued = false;
    if (this.dirty.size === 0) return;
    const ordered = this.orderedSpans();
    for (const i of this.dirty) this.renderBlock(i, ordered);
    this.dirty.clear();
    this.requestUpdate();
  }

  private renderBlock(i: number, ordered: EditorSpan[]): void {
    const ps = this.blockStart[i];
    const pe = this.blockEnd[i];
    const el = this.blockEl[i];
    if (!el) return;
    const text = this._text;
    const here = spansInBlock(ordered, this.longestSpan, ps, pe);
    // The caret is drawn only when nothing is pending or selected; otherwise it must not split their boxes.
    const caret = !this.pending && !this.selectedId ? this.caretRange() : null;
    const frag = document.createDocumentFragment();
    const selected = this.selectedId;
    for (const piece of piecesOf(ps, pe, here, this.pending, caret)) {
      const { start: a, end: b, covering } = piece;
      const node = document.createTextNode(text.slice(a, b));
      this.nodeStart.set(node, a);
      if (covering.length === 0 && !piece.inPending && !piece.inCaret) {
        frag.appendChild(node);
        continue;
      }
      const mark = document.createElement('mark');
      mark.appendChild(node);
      this.segments.set(mark, { start: a, end: b, spans: covering });
      if (covering.length === 0) {
        mark.className = 'plain';
      } else {
        this.styleSegment(mark, covering);
      }
      if (piece.inPending) {
        mark.classList.add('pending');
        if (this.pendingLabel) mark.style.setProperty('--pending-color', this.pendingLabel.color);
      }
      if (piece.inCaret) mark.classList.add('caret');
      if (selected && covering.some((s) => s.id === selected)) mark.classList.add('sel');
      frag.appendChild(mark);
    }
    el.replaceChildren(frag);
    this.segments.set(el, { start: ps, end: pe, spans: [] });
  }

  /** Draws a mark as {@link markLook} says. */
  private styleSegment(mark: HTMLElement, covering: EditorSpan[]): void {
    const look = markLook(covering, (layer) => this.layerRank(layer), this._activeFrame);
    const st = mark.style;
    st.backgroundColor = look.backgroundColor;
    st.backgroundImage = look.backgroundImage;
    st.backgroundPosition = look.backgroundPosition;
    st.backgroundSize = look.backgroundSize;
    st.paddingBottom = look.paddingBottom;
    st.borderTop = look.borderTop;
    mark.className = look.suggestion ? 'sug' : '';
    if (look.inActiveFrame) mark.classList.add('frame');
    mark.title = look.inner.tooltip ?? this.captionOf(look.inner);
  }

  /** The layer whose labels the palette offers. */
  private activeLayer(): string | null {
    return this._labels.length ? this._labels[0].layer.toLowerCase() : null;
  }

  private toggleSolo(): void {
    this.solo = !this.solo;
    if (this.selectedId && this.solo && this.spans.get(this.selectedId)?.layer.toLowerCase() !== this.activeLayer()) {
      this.selectedId = null;
    }
    this.ordered = null;
    this.invalidateAll();
    this.requestUpdate();
  }

  private layerRank(layer: string): number {
    const i = this.layerOrder.indexOf(layer);
    return i < 0 ? 1000 : i;
  }

  private orderedSpans(): EditorSpan[] {
    if (!this.ordered) {
      const { ordered, longest } = orderSpans(this.spans.values(), this.solo ? this.activeLayer() : null);
      this.ordered = ordered;
      this.longestSpan = longest;
    }
    return this.ordered;
  }

  private blockOf(offset: number): number {
    return indexAtOrBefore(this.blockStart, offset);
  }

  private caretRange(): Range2 | null {
    if (this.caret < 0 || this.caret >= this.words.starts.length) return null;
    return { start: this.words.starts[this.caret], end: this.words.ends[this.caret] };
  }

  // ---------------------------------------------------------------- state changes

  private select(id: string | null, notify: boolean, scroll: ScrollLogicalPosition | null = 'nearest'): void {
    const old = this.selectedSpan();
    if (old) this.invalidate(old);
    this.invalidate(this.caretRange());
    this.clearPending();
    this.selectedId = id;
    const now = id ? this.spans.get(id) : undefined;
    if (now) {
      this.invalidate(now);
      this.caret = this.wordAtOrAfter(now.start);
    }
    this.message = '';
    this.flush();
    if (now && scroll) this.scrollToOffset(now.start, scroll);
    if (notify && (old?.id ?? null) !== id) this.fire('editor-span-selected', { spanId: id });
  }

  private setPending(range: Range2 | null, anchor = -1): void {
    this.invalidate(this.pending);
    this.invalidate(this.caretRange());
    if (this.selectedId) {
      this.invalidate(this.spans.get(this.selectedId));
      this.selectedId = null;
      this.fire('editor-span-selected', { spanId: null });
    }
    this.pending = range;
    this.pendingAnchor = anchor;
    if (!range) this.pendingLabel = null;
    this.invalidate(range);
    this.message = '';
    this.flush();
  }

  private clearPending(): void {
    if (!this.pending) return;
    this.invalidate(this.pending);
    this.pending = null;
    this.pendingLabel = null;
    this.pendingAnchor = -1;
  }

  private moveCaret(word: number): void {
    if (this.words.starts.length === 0) return;
    this.invalidate(this.caretRange());
    this.caret = Math.max(0, Math.min(this.words.starts.length - 1, word));
    this.invalidate(this.caretRange());
    this.flush();
    this.scrollToOffset(this.words.starts[this.caret], 'nearest');
  }

  private scrollToOffset(offset: number, block: ScrollLogicalPosition): void {
    const p = this.blockEl[this.blockOf(offset)];
    if (!p) return;
    let target: Element = p;
    for (const child of p.children) {
      const seg = this.segments.get(child);
      if (seg && seg.start <= offset && seg.end > offset) {
        target = child;
        break;
      }
    }
    target.scrollIntoView({ block, inline: 'nearest' });
  }

  private fire(name: string, detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // ---------------------------------------------------------------- mouse

  private onMouseDown(e: MouseEvent): void {
    if (e.button !== 0) return;
    const up = (ev: MouseEvent) => this.onMouseUp(ev);
    window.addEventListener('mouseup', up, { once: true, capture: true });
  }

  private onMouseUp(e: MouseEvent): void {
    const range = this.domSelection();
    this.focus({ preventScroll: true });
    if (range && range.end > range.start) {
      const snapped = e.altKey ? range : this.snap(range);
      document.getSelection()?.removeAllRanges();
      if (snapped && snapped.end > snapped.start) {
        // Shift+←/→ go on from here: the first word is the anchor, the caret sits on the last one.
        this.caret = edgeWord(this.words, snapped, 1);
        this.setPending(snapped, this.wordAtOrAfter(snapped.start));
      }
      return;
    }
    // A click: select the span under the pointer (innermost; again: the next one out), else place the caret.
    const mark = e.composedPath().find((n) => n instanceof HTMLElement && n.localName === 'mark') as HTMLElement | undefined;
    const seg = mark ? this.segments.get(mark) : undefined;
    if (seg && seg.spans.length > 0) {
      const nested = [...seg.spans].sort((a, b) => a.end - a.start - (b.end - b.start));
      const i = nested.findIndex((s) => s.id === this.selectedId);
      const next = nested[(i + 1) % nested.length];
      this.select(next.id, true, null);
      return;
    }
    const at = range ? range.start : -1;
    this.setPending(null);
    if (at >= 0) this.moveCaret(this.wordAtOrAfter(at));
  }

  /** The DOM selection inside our text as text offsets, or null. */
  private domSelection(): Range2 | null {
    const root = this.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    let r: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number } | null = null;
    const sel = document.getSelection();
    if (sel && 'getComposedRanges' in sel) {
      try {
        const ranges = (sel as Selection & { getComposedRanges(o: unknown): StaticRange[] }).getComposedRanges({
          shadowRoots: [root],
        });
        r = ranges[0] ?? null;
      } catch {
        r = null;
      }
    }
    if (!r && root.getSelection) {
      const s = root.getSelection();
      r = s && s.rangeCount > 0 ? s.getRangeAt(0) : null;
    }
    if (!r) return null;
    const start = this.offsetOf(r.startContainer, r.startOffset);
    const end = this.offsetOf(r.endContainer, r.endOffset);
    if (start === null || end === null) return null;
    return { start: Math.min(start, end), end: Math.max(start, end) };
  }

  /** Maps a DOM boundary point inside the text to a text offset. */
  private offsetOf(node: Node, offset: number): number | null {
    if (!this.textEl.contains(node)) return null;
    const own = this.nodeStart.get(node);
    if (own !== undefined) return own + Math.min(offset, node.textContent?.length ?? 0);
    if (node === this.textEl) {
      const p = this.textEl.childNodes[offset];
      return p ? this.startOf(p) : this._text.length;
    }
    const child = node.childNodes[offset];
    if (child) return this.startOf(child);
    const seg = this.segments.get(node as Element);
    return seg ? seg.end : null;
  }

  private startOf(node: Node): number | null {
    const own = this.nodeStart.get(node);
    if (own !== undefined) return own;
    const seg = this.segments.get(node as Element);
    return seg ? seg.start : null;
  }

  /** Widens a range to whole words (start inside a word → its start; end inside a word → its end). */
  private snap(r: Range2): Range2 | null {
    return snapToWords(this.words, r);
  }

  /** Index of the word containing or following offset. */
  private wordAtOrAfter(offset: number): number {
    return wordAtOrAfter(this.words, offset);
  }

  // ---------------------------------------------------------------- keyboard

  /** What the keymap needs to know of the editor now. */
  private keyState(): KeyState {
    const selected = this.selectedSpan();
    return {
      readOnly: this.readOnly,
      pending: !!this.pending,
      pendingLabel: !!this.pendingLabel,
      selected: selected ? { suggestion: selected.suggestion, frameId: selected.frameId, layer: selected.layer } : null,
      activeFrame: this._activeFrame,
      labels: this._labels,
      solo: this.solo,
    };
  }

  private selectedSpan(): EditorSpan | undefined {
    return this.selectedId ? this.spans.get(this.selectedId) : undefined;
  }

  /** Carries out what the keymap says a key means; a key it gives no command reaches the page. */
  private onKeyDown(e: KeyboardEvent): void {
    const origin = e.composedPath()[0];
    if (origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement) return;
    const command = commandFor(e, this.keyState());
    if (!command) return;
    if (command.kind === 'tab') {
      this.onTab(e, command.back); // it lets the key through past the last span
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const selected = this.selectedSpan();
    const pending = this.pending;
    switch (command.kind) {
      case 'ignore':
        return;
      case 'undo':
        this.fire('editor-undo', {});
        return;
      case 'redo':
        this.fire('editor-redo', {});
        return;
      case 'choose-label':
        this.pendingLabel = command.label;
        this.invalidate(pending);
        this.flush();
        return;
      case 'relabel':
        if (selected) this.fire('editor-relabel', { spanId: selected.id, labelId: command.label.id });
        return;
      case 'need-label':
        this.message = 'Choose a label first (number key or palette)';
        this.requestUpdate();
        return;
      case 'create':
        if (pending && this.pendingLabel) this.create(pending, this.pendingLabel);
        return;
      case 'accept':
        if (selected) this.fire('editor-accept', { spanId: selected.id });
        return;
      case 'reject':
        if (selected) this.fire('editor-reject', { spanId: selected.id });
        return;
      case 'delete':
        if (selected) this.fire('editor-delete', { spanId: selected.id });
        return;
      case 'cancel':
        this.setPending(null);
        return;
      case 'deselect':
        this.select(null, true, null);
        return;
      case 'move':
        this.onArrow(command.dir, command.extend);
        return;
      case 'toggle-solo':
        this.toggleSolo();
        return;
      case 'attach':
        if (pending && this._activeFrame) {
          this.fire('editor-attach', { frameId: this._activeFrame, start: pending.start, end: pending.end, role: command.role });
          this.setPending(null);
        }
        return;
      case 'activate-frame':
        if (selected) this.fire('editor-activate-frame', { spanId: selected.id });
        return;
    }
  }

  private create(range: Range2, label: EditorLabel): void {
    this.fire('editor-create', { start: range.start, end: range.end, labelId: label.id });
    // Shown at once, before the server has saved it; the server's answer replaces it (or takes it away
    // when the span is refused) through settleProvisional().
    const provisional: EditorSpan = {
      id: 'provisional-' + ++this.provisionalCount,
      start: range.start,
      end: range.end,
      layer: label.layer,
      label: label.label,
      color: label.color,
      frameId: null,
      suggestion: false,
      tooltip: label.caption + ' (saving…)',
    };
    this.provisional.add(provisional.id);
    this.updateSpan(provisional);
    this.caret = edgeWord(this.words, range, 1);
    this.setPending(null);
  }

  private onPaletteClick(label: EditorLabel): void {
    if (this.readOnly) return;
    const selected = this.selectedSpan();
    if (this.pending) this.create(this.pending, label);
    else if (selected) this.fire('editor-relabel', { spanId: selected.id, labelId: label.id });
    else {
      this.message = 'Select text first, then choose ' + label.caption;
      this.requestUpdate();
    }
    this.focus({ preventScroll: true });
  }

  /** Tab / Shift+Tab: next / previous span in text order; past the last one, focus leaves normally. */
  private onTab(e: KeyboardEvent, back: boolean): void {
    const list = this.orderedSpans();
    if (list.length === 0) return;
    const from = this.pending?.start ?? this.caretRange()?.start ?? (back ? this._text.length : 0);
    const next = tabTarget(list, this.selectedId, from, back);
    if (next < 0) {
      if (this.selectedId) this.select(null, true, null);
      return; // let the browser move focus on
    }
    e.preventDefault();
    e.stopPropagation();
    this.select(list[next].id, true, 'nearest');
  }

  /** ←/→ move the word caret; with Shift they grow or shrink a pending selection word by word. */
  private onArrow(dir: number, extend: boolean): void {
    if (this.words.starts.length === 0) return;
    const selected = this.selectedSpan();
    if (selected) {
      const word = edgeWord(this.words, selected, dir);
      this.select(null, true, null);
      this.caret = word;
    }
    if (this.caret < 0) this.caret = dir > 0 ? -1 : 0;
    if (!extend) {
      if (this.pending) {
        const edge = edgeWord(this.words, this.pending, dir);
        this.setPending(null);
        this.moveCaret(edge);
      } else {
        this.moveCaret(this.caret + dir);
      }
      return;
    }
    const { anchor, focus, range } = extendByWord(this.words, this.caret, this.pending ? this.pendingAnchor : -1, dir);
    const label = this.pendingLabel;
    this.invalidate(this.caretRange());
    this.caret = focus;
    this.setPending(range, anchor);
    this.pendingLabel = label;
    if (label) {
      this.invalidate(this.pending);
      this.flush();
    }
    this.scrollToOffset(this.words.starts[focus], 'nearest');
  }

  // ---------------------------------------------------------------- helpers

  private captionOf(span: EditorSpan): string {
    const l = this._labels.find((x) => x.layer === span.layer && x.label === span.label);
    return l ? l.caption : span.label;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'corroborate-annotation-editor': AnnotationEditorElement;
  }
}
