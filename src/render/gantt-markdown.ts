/**
 * A Markdown page around a Gantt chart: GitHub and GitLab draw the fenced `mermaid` block; the
 * legend says what the bars, colours and markers mean.
 */
import type { Language } from '../core/plan.js';
import { ganttLabels } from './gantt-labels.js';

export interface GanttPage {
  title: string;
  statusDate: string | null;
  language: Language;
  /** The Mermaid text of the chart. */
  chart: string;
}

/** Plain text in a Markdown heading or paragraph, never markup. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]#|~!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function renderGanttMarkdown(page: GanttPage): string {
  const labels = ganttLabels(page.language);
  const status =
    page.statusDate === null
      ? []
      : [`${labels.statusDate}: ${labels.formatDate(page.statusDate)}`, ''];
  return [
    `# ${escapeMarkdownText(page.title)} – ${labels.chart}`,
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
