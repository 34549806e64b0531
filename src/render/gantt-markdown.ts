/**
 * A Markdown page around a Gantt chart: GitHub and GitLab draw the fenced `mermaid` block; the
 * legend says what the bars, colours and markers mean.
 */
import type { Language } from '../core/plan.js';
import { ganttLabels } from './gantt-labels.js';
import { escapeMarkdown } from './escape.js';

export interface GanttPage {
  title: string;
  statusDate: string | null;
  language: Language;
  /** The Mermaid text of the chart. */
  chart: string;
}

export function renderGanttMarkdown(page: GanttPage): string {
  const labels = ganttLabels(page.language);
  const status =
    page.statusDate === null
      ? []
      : [`${labels.statusDate}: ${labels.formatDate(page.statusDate)}`, ''];
  return [
    `# ${escapeMarkdown(page.title, false)} – ${labels.chart}`,
    '',
    ...status,
    '```mermaid',
    page.chart.replace(/\n$/, ''),
    '```',
    '',
    `**${labels.legendTitle}**`,
    '',
    ...labels.legend.map((line) => `- ${line}`),
    '',
  ].join('\n');
}
