/**
 * The decision-control report as Markdown: the language's template filled from the report
 * view, every plan text escaped, the Gantt chart as a `mermaid` block.
 */
import type { ReportModel } from '../core/report-model.js';
import { escapeMarkdown, fenceMarkdown } from './escape.js';
import { fillTemplate } from './fill-template.js';
import { createFormatter } from './format.js';
import type { ReportLabels } from './phrase.js';
import { buildReportView } from './report-view.js';
import { renderTrendMermaid } from './trend-chart.js';

export interface MarkdownReportInput {
  model: ReportModel;
  /** Text of templates/report.<lang>.md. */
  template: string;
  labels: ReportLabels;
  language: 'de' | 'en';
  /** Mermaid text of the Gantt chart; null leaves the chart out. */
  ganttMermaid: string | null;
  file: string;
}

export function renderReportMarkdown(input: MarkdownReportInput): string {
  const fmt = createFormatter(input.language, input.model.budget?.currency ?? 'EUR');
  const view = buildReportView(input.model, input.labels, fmt, { file: input.file });
  view.chart = input.ganttMermaid === null ? null : fenceMarkdown(input.ganttMermaid, 'mermaid');
  const trend = input.model.trend;
  const trendMermaid = trend === null ? '' : renderTrendMermaid(trend, input.language);
  view.trendChart = trendMermaid === '' ? null : fenceMarkdown(trendMermaid, 'mermaid');
  const text = fillTemplate(input.template, view, escapeMarkdown);
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
