/**
 * How the annotation editor looks: its frame, palette chips, paragraphs and blocks, the marks of spans, the pending
 * selection and the caret, and the status bar. Colours and sizes come from Lumo's custom properties.
 */
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 10rem;
    box-sizing: border-box;
    border: 1px solid var(--lumo-contrast-10pct);
    border-radius: var(--lumo-border-radius-l);
    background: var(--lumo-base-color);
    color: var(--lumo-body-text-color);
    font-family: var(--lumo-font-family);
    outline: none;
  }
  :host(:focus-within) {
    border-color: var(--lumo-primary-color-50pct);
    box-shadow: 0 0 0 2px var(--lumo-primary-color-10pct);
  }
  :host([hidden]) {
    display: none;
  }
  .palette {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lumo-space-xs) var(--lumo-space-m);
    padding: var(--lumo-space-xs) var(--lumo-space-m);
    border-bottom: 1px solid var(--lumo-contrast-10pct);
    font-size: var(--lumo-font-size-s);
    flex: none;
    order: -1; /* drawn above the text, after it in the DOM: the text is what focus lands on */
  }
  .layer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lumo-space-xs);
  }
  .layer-name {
    color: var(--lumo-secondary-text-color);
    font-size: var(--lumo-font-size-xxs);
    font-weight: 600;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    margin-inline-end: 2px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    border: 1px solid var(--lumo-contrast-10pct);
    border-radius: var(--lumo-border-radius-m);
    background: var(--lumo-base-color);
    color: var(--lumo-body-text-color);
    font: inherit;
    font-size: var(--lumo-font-size-s);
    line-height: 1.4;
    padding: 1px 6px 1px 4px;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--lumo-contrast-5pct);
  }
  .chip[aria-pressed='true'] {
    border-color: var(--lumo-primary-color);
    background: var(--lumo-primary-color-10pct);
  }
  .chip:disabled {
    cursor: default;
    opacity: 0.75;
  }
  .swatch {
    width: 0.7em;
    height: 0.7em;
    border-radius: 2px;
    flex: none;
  }
  kbd {
    display: inline-block;
    min-width: 1.1em;
    padding: 0 3px;
    border: 1px solid var(--lumo-contrast-20pct);
    border-bottom-width: 2px;
    border-radius: 3px;
    background: var(--lumo-contrast-5pct);
    color: var(--lumo-body-text-color);
    font-family: var(--lumo-font-family);
    font-size: var(--lumo-font-size-xxs);
    line-height: 1.4;
    text-align: center;
  }
  .solo-badge {
    padding: 1px 8px;
    border-radius: var(--lumo-border-radius-s);
    background: var(--lumo-contrast-10pct);
    color: var(--lumo-body-text-color);
    font-size: var(--lumo-font-size-xs);
  }
  .frame-badge {
    margin-inline-start: auto;
    padding: 1px 8px;
    border-radius: var(--lumo-border-radius-s);
    background: var(--lumo-primary-color-10pct);
    color: var(--lumo-primary-text-color);
    font-size: var(--lumo-font-size-xs);
    font-weight: 500;
  }
  .text {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    outline: none;
    padding: var(--lumo-space-m) var(--lumo-space-l);
    font-family: var(--corroborate-article-font, Georgia, 'Times New Roman', serif);
    font-size: 1.05rem;
    line-height: 1.9;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    cursor: text;
  }
  .para {
    margin: 0 0 var(--lumo-space-m);
    max-width: 48rem;
    unicode-bidi: plaintext;
  }
  .para.blank {
    display: none;
  }
  /* A block of a very long paragraph: laid out and painted only near the screen (its height remembered). */
  .blk {
    unicode-bidi: plaintext;
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  /* A block of a paragraph short enough to lay out whole: it flows on the paragraph's lines. */
  .blk.flow {
    display: inline;
    content-visibility: visible;
    contain-intrinsic-size: none;
  }
  mark {
    color: inherit;
    border-radius: 2px;
    background-repeat: no-repeat;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
    cursor: pointer;
  }
  mark.plain {
    background: none;
    cursor: text;
  }
  mark.sug {
    cursor: pointer;
  }
  mark.frame {
    box-shadow: 0 0 0 1px var(--lumo-primary-color-50pct);
  }
  mark.sel {
    outline: 2px solid var(--lumo-primary-color);
    outline-offset: 1px;
  }
  mark.pending {
    outline: 2px dashed var(--pending-color, var(--lumo-primary-color));
    outline-offset: 1px;
  }
  mark.pending.plain {
    background-color: var(--lumo-primary-color-10pct);
  }
  :host(:focus-within) mark.caret {
    outline: 2px solid var(--lumo-primary-color-50pct);
    outline-offset: 0;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px var(--lumo-space-s);
    min-height: var(--lumo-size-s);
    padding: 2px var(--lumo-space-m);
    border-top: 1px solid var(--lumo-contrast-10pct);
    /* never squeezed: a wrapped second line of hints stays visible */
    flex: none;
    background: var(--lumo-contrast-5pct);
    color: var(--lumo-secondary-text-color);
    font-size: var(--lumo-font-size-xs);
    border-radius: 0 0 var(--lumo-border-radius-l) var(--lumo-border-radius-l);
  }
  .status .what {
    color: var(--lumo-body-text-color);
    font-weight: 500;
    max-width: 24rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .hint {
    white-space: nowrap;
  }
`;
