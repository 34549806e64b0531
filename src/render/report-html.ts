/**
 * The decision-control report as one self-contained HTML file: styles inline, the Gantt chart
 * as inline SVG, no script, nothing fetched (a Content-Security-Policy says so to the browser
 * too), every plan text escaped. Readable on screen and printed on A4.
 */
import type { ReportModel } from '../core/report-model.js';
import { escapeHtml } from './escape.js';
import { fillTemplate } from './fill-template.js';
import { createFormatter } from './format.js';
import { phrase, type ReportLabels } from './phrase.js';
import { buildReportView } from './report-view.js';
import { sanitizeSvg } from './sanitize-svg.js';
import { renderTrendSvg } from './trend-svg.js';

/** The chart of the report: an SVG, or (no browser to draw it) the Mermaid text, or none. */
export type ReportChart =
  { kind: 'svg'; svg: string } | { kind: 'mermaid'; text: string } | { kind: 'none' };

export interface HtmlReportInput {
  model: ReportModel;
  /** Text of templates/report.html and templates/report.css. */
  template: string;
  css: string;
  labels: ReportLabels;
  language: 'de' | 'en';
  chart: ReportChart;
  file: string;
}

export function renderReportHtml(input: HtmlReportInput): string {
  const fmt = createFormatter(input.language, input.model.budget?.currency ?? 'EUR');
  const view = buildReportView(input.model, input.labels, fmt, { file: input.file });
  view.css = input.css.replace(/<\/style/gi, '<\\/style');
  view.chart = chartHtml(input.chart, input.labels);
  const trend = input.model.trend;
  view.trendChart = trend === null ? null : sanitizeSvg(renderTrendSvg(trend, input.language));
  return fillTemplate(input.template, view, (text) => escapeHtml(text));
}

function chartHtml(chart: ReportChart, labels: ReportLabels): string | null {
  if (chart.kind === 'svg') return sanitizeSvg(chart.svg) || null;
  if (chart.kind === 'mermaid') {
    const note = escapeHtml(phrase(labels, 'chartMissing'));
    return `<p class="rule">${note}</p>\n<pre class="mermaid-text">${escapeHtml(chart.text)}</pre>`;
  }
  return null;
}
