import { LitElement, css, svg, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** One article's figure as drawn: a dot for an exact value, else a bar; open ends get an arrow. */
interface Mark {
  label: string;
  y: number;
  x1: number;
  x2: number;
  dot: boolean;
  openLeft: boolean;
  openRight: boolean;
  conflicting: boolean;
}

/** The geometry the server works out (NumberLine.java): pixels in a width × height box. */
interface Chart {
  width: number;
  height: number;
  axisY: number;
  axisFrom: number;
  axisTo: number;
  ticks: { x: number; label: string }[];
  marks: Mark[];
}

const CONFLICT = '#dc2626';
const AGREE = '#2563eb';

/** What the chart shows, for readers who do not see it: "3 figures from 81B to 99B, 1 in conflict". */
function describe(c: Chart): string {
  if (c.marks.length === 0) return 'Number line: no figure with a reading';
  const range = c.ticks.length > 1 ? ` from ${c.ticks[0].label} to ${c.ticks[c.ticks.length - 1].label}`
    : c.ticks.length === 1 ? ` at ${c.ticks[0].label}` : '';
  const conflicts = c.marks.filter((m) => m.conflicting).length;
  return `Number line: ${c.marks.length} figure${c.marks.length === 1 ? '' : 's'}${range}`
    + (conflicts ? `, ${conflicts} in conflict` : '');
}

/**
 * A slot's intervals on one number line. It only draws: the scale, the positions and the labels come from
 * the server as JSON text in `data`. Labels are written as SVG text nodes by Lit, never as markup.
 */
@customElement('number-line')
export class NumberLineElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
      line-height: 0;
    }
  `;

  /** The chart as JSON text (a string property: its form does not depend on how Flow serialises objects). */
  @property() data = '';

  override render() {
    if (!this.data) {
      return nothing;
    }
    const c = JSON.parse(this.data) as Chart;
    return svg`<svg xmlns="http://www.w3.org/2000/svg" class="number-line" role="img" aria-label=${describe(c)} width=${c.width}
        height=${c.height} viewBox="0 0 ${c.width} ${c.height}">
      ${c.marks.length === 0 ? nothing : svg`<line x1=${c.axisFrom} y1=${c.axisY} x2=${c.axisTo} y2=${c.axisY}
        stroke="#94a3b8"></line>`}
      ${c.ticks.map(
        (t) => svg`<line x1=${t.x} y1=${c.axisY - 3} x2=${t.x} y2=${c.axisY + 3} stroke="#64748b"></line>
          <text x=${t.x} y=${c.axisY + 13} font-size="9" text-anchor="middle" fill="#475569">${t.label}</text>`
      )}
      ${c.marks.map((m) => this.mark(m))}
    </svg>`;
  }

  private mark(m: Mark) {
    const colour = m.conflicting ? CONFLICT : AGREE;
    const label = svg`<text x="2" y=${m.y + 4} font-size="10" fill="#334155">${m.label}</text>`;
    if (m.dot) {
      return svg`${label}<circle class="mark" cx=${m.x1} cy=${m.y} r="4" fill=${colour}></circle>`;
    }
    return svg`${label}<line class="mark" x1=${m.x1} y1=${m.y} x2=${m.x2} y2=${m.y} stroke=${colour}
        stroke-width="6" opacity="0.8"></line>
      ${m.openRight ? svg`<path d="M${m.x2} ${m.y - 5} L${m.x2 + 6} ${m.y} L${m.x2} ${m.y + 5} Z" fill=${colour}></path>` : nothing}
      ${m.openLeft ? svg`<path d="M${m.x1} ${m.y - 5} L${m.x1 - 6} ${m.y} L${m.x1} ${m.y + 5} Z" fill=${colour}></path>` : nothing}`;
  }
}
