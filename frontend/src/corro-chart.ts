import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** The chart as the server describes it (ChartSpec.java); every text in it is plain text. */
interface Spec {
  kind: 'bar' | 'stacked-bar' | 'heatmap' | 'scatter';
  title: string;
  description: string;
  xName: string;
  yName: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  rows: string[];
  cells: [number, number, number][];
  points: { label: string; x: number; y: number }[];
  percent: boolean;
  height: number;
}

/** Okabe–Ito: eight colours told apart with every common colour-vision deficiency. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
/** Viridis stops, light to dark: a sequential scale that reads in grey and for colour-blind readers. */
const SEQUENTIAL = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

function formatValue(value: number | null | undefined, percent: boolean): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (percent) return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
  return value.toLocaleString(undefined, { maximumFractionDigits: 2 });
}

function options(s: Spec, animation: boolean): echarts.EChartsCoreOption {
  const valueAxis = {
    type: 'value',
    name: s.yName,
    nameLocation: 'middle',
    nameGap: 42,
    max: s.percent ? 1 : undefined,
    axisLabel: { formatter: (v: number) => formatValue(v, s.percent) },
  };
  const common = {
    animation,
    color: PALETTE,
    // Decal patterns tell series apart without colour; the description is the server's, not a generated one.
    aria: { enabled: true, label: { enabled: false }, decal: { show: s.kind !== 'heatmap' } },
    tooltip: {
      trigger: s.kind === 'bar' || s.kind === 'stacked-bar' ? 'axis' : 'item',
      valueFormatter: (v: number) => formatValue(v, s.percent),
    },
    textStyle: { fontFamily: 'inherit' },
  };
  if (s.kind === 'heatmap') {
    const values = s.cells.map((c) => c[2]);
    return {
      ...common,
      grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
      xAxis: { type: 'category', data: s.categories, name: s.xName, nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'category', data: s.rows, name: s.yName },
      visualMap: {
        min: Math.min(0, ...values),
        max: Math.max(1, ...values),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: SEQUENTIAL },
      },
      series: [
        {
          type: 'heatmap',
          data: s.cells,
          // Dark numbers with a white halo read on both ends of the scale.
          label: { show: s.cells.length <= 200, color: '#000', textBorderColor: '#fff', textBorderWidth: 3 },
        },
      ],
    };
  }
  if (s.kind === 'scatter') {
    return {
      ...common,
      grid: { left: 48, right: 24, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', name: s.xName, nameLocation: 'middle', nameGap: 28 },
      yAxis: valueAxis,
      series: [
        {
          type: 'scatter',
          symbolSize: 10,
          data: s.points.map((p) => ({ name: p.label, value: [p.x, p.y] })),
        },
      ],
    };
  }
  return {
    ...common,
    legend: s.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 48, right: 24, top: s.series.length > 1 ? 32 : 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: s.categories, name: s.xName, nameLocation: 'middle', nameGap: 32, axisLabel: { interval: 0, rotate: s.categories.length > 8 ? 30 : 0 } },
    yAxis: valueAxis,
    series: s.series.map((series) => ({
      type: 'bar',
      name: series.name,
      stack: s.kind === 'stacked-bar' ? 'total' : undefined,
      data: series.values,
    })),
  };
}

/**
 * One chart of any kind the app draws (bar, stacked bar, heat map, scatter), drawn by Apache ECharts, with
 * the same numbers as a table for screen readers and a PNG or SVG download. It only draws: the numbers and
 * every label come from the server as JSON text in `data` and are shown as text, never as markup.
 */
@customElement('corro-chart')
export class CorroChartElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .plot {
      width: 100%;
    }
    .tools {
      display: flex;
      gap: var(--lumo-space-s, 0.5rem);
      align-items: center;
      font-size: var(--lumo-font-size-s, 0.875rem);
    }
    button {
      font: inherit;
      padding: 0.1rem 0.6rem;
      border: 1px solid var(--lumo-contrast-30pct, #999);
      border-radius: var(--lumo-border-radius-s, 4px);
      background: var(--lumo-base-color, #fff);
      color: var(--lumo-body-text-color, #222);
      cursor: pointer;
    }
    table {
      border-collapse: collapse;
      margin-top: var(--lumo-space-s, 0.5rem);
      font-size: var(--lumo-font-size-s, 0.875rem);
    }
    th,
    td {
      border: 1px solid var(--lumo-contrast-20pct, #ccc);
      padding: 0.15rem 0.5rem;
    }
    td {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    th[scope='row'] {
      text-align: left;
      font-weight: normal;
    }
  `;

  /** The chart as JSON text (ChartSpec.toJson on the server). */
  @property() data = '';

  @query('.plot') private plot?: HTMLDivElement;

  private chart?: echarts.EChartsType;
  private resizeObserver?: ResizeObserver;

  override render() {
    if (!this.data) return nothing;
    const s = JSON.parse(this.data) as Spec;
    return html`<div class="plot" role="img" aria-label=${s.description} style="height: ${s.height}px"></div>
      <div class="tools">
        <button type="button" class="download-png" @click=${() => this.download('png')}>Download PNG</button>
        <button type="button" class="download-svg" @click=${() => this.download('svg')}>Download SVG</button>
      </div>
      <details class="as-table">
        <summary>Show as table</summary>
        ${this.table(s)}
      </details>`;
  }

  override updated(changed: Map<string, unknown>) {
    if (!changed.has('data') || !this.data || !this.plot) return;
    const s = JSON.parse(this.data) as Spec;
    if (!this.chart) {
      this.chart = echarts.init(this.plot, undefined, { renderer: 'canvas' });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this.plot);
    }
    this.chart.setOption(options(s, true), { notMerge: true });
    // ECharts writes its own generated description; the server's one names what the chart is about.
    this.plot.setAttribute('aria-label', s.description);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private table(s: Spec) {
    if (s.kind === 'heatmap') {
      const at = new Map(s.cells.map((c) => [`${c[0]}:${c[1]}`, c[2]]));
      return html`<table>
        <caption>${s.title}</caption>
        <thead><tr><th scope="col">${s.yName}</th>${s.categories.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
        <tbody>
          ${s.rows.map(
            (row, y) => html`<tr><th scope="row">${row}</th>${s.categories.map(
              (_, x) => html`<td>${formatValue(at.get(`${x}:${y}`), s.percent)}</td>`
            )}</tr>`
          )}
        </tbody>
      </table>`;
    }
    if (s.kind === 'scatter') {
      return html`<table>
        <caption>${s.title}</caption>
        <thead><tr><th scope="col"></th><th scope="col">${s.xName}</th><th scope="col">${s.yName}</th></tr></thead>
        <tbody>
          ${s.points.map(
            (p) => html`<tr><th scope="row">${p.label}</th><td>${formatValue(p.x, false)}</td>
              <td>${formatValue(p.y, s.percent)}</td></tr>`
          )}
        </tbody>
      </table>`;
    }
    return html`<table>
      <caption>${s.title}</caption>
      <thead><tr><th scope="col">${s.xName}</th>${s.series.map((series) => html`<th scope="col">${series.name}</th>`)}</tr></thead>
      <tbody>
        ${s.categories.map(
          (c, i) => html`<tr><th scope="row">${c}</th>${s.series.map(
            (series) => html`<td>${formatValue(series.values[i], s.percent)}</td>`
          )}</tr>`
        )}
      </tbody>
    </table>`;
  }

  private download(type: 'png' | 'svg') {
    if (!this.chart || !this.data) return;
    const s = JSON.parse(this.data) as Spec;
    let url: string;
    if (type === 'png') {
      url = this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    } else {
      // A second, off-screen instance renders the same options as an SVG document.
      const svgChart = echarts.init(null, undefined, {
        renderer: 'svg',
        ssr: true,
        width: this.chart.getWidth(),
        height: this.chart.getHeight(),
      });
      svgChart.setOption(options(s, false));
      const svgText = svgChart.renderToSVGString();
      svgChart.dispose();
      url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = `${s.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'chart'}.${type}`;
    link.click();
    if (type === 'svg') setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
