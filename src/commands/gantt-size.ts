/**
 * Limits of a Gantt chart. Mermaid draws a few hundred rows well and a few thousand slowly; far
 * beyond that a browser render hangs or comes out blank, so the command says what to do instead.
 */
import { UsageError } from '../errors.js';
import type { GanttLevel } from '../render/gantt-rows.js';

/** Rows a rendered chart may have. */
export const MAX_RENDER_ROWS = 2000;
/** Mermaid's default maxTextSize, which GitHub and GitLab keep: longer text is not drawn. */
export const HOSTED_TEXT_LIMIT = 50_000;

/** Bars and milestones in Mermaid Gantt text (not the status-date marker). */
export function countRows(text: string): number {
  return text.split('\n').filter((line) => /^ {2}\S.*: (?!vert,).*\d{4}-\d{2}-\d{2}$/.test(line))
    .length;
}

export function checkChartSize(text: string, level: GanttLevel): void {
  const rows = countRows(text);
  if (rows <= MAX_RENDER_ROWS) return;
  const advice =
    level === 'tasks'
      ? 'draw one bar per phase with --level phases, or write .mmd/.md instead'
      : 'write .mmd or .md instead, or split the plan';
  throw new UsageError(
    `the chart would have ${rows} rows; more than ${MAX_RENDER_ROWS} cannot be drawn legibly: ` +
      advice,
  );
}

/** A warning when GitHub or GitLab would refuse to draw the text, else null. */
export function hostedSizeWarning(text: string, level: GanttLevel): string | null {
  if (text.length <= HOSTED_TEXT_LIMIT) return null;
  const hint = level === 'tasks' ? '; --level phases gives a smaller chart' : '';
  return (
    `warning: the Mermaid text has ${text.length} characters; GitHub and GitLab draw at most ` +
    `${HOSTED_TEXT_LIMIT}${hint}\n`
  );
}
