/** What Java sends the annotation editor: its palette's labels and the spans it draws. Types only, no DOM. */

/** A label of the palette; `key` is its shortcut ("1".."9", "0"). */
export interface EditorLabel {
  id: string;
  layer: string;
  label: string;
  caption: string;
  color: string;
  key: string | null;
}

/** A highlighted span; offsets are UTF-16 indices into `text` (Java String indices). */
export interface EditorSpan {
  id: string;
  start: number;
  end: number;
  layer: string;
  label: string;
  color: string;
  frameId: string | null;
  suggestion: boolean;
  tooltip: string | null;
}
