/**
 * The history as a terminal table: one row per commit, the forecast finish and each milestone's
 * forecast date, with the move since the previous valid row in calendar days, e.g. (+7).
 * Milestone columns are headed M1, M2, … so the table stays narrow; the legend names them.
 */
import type { History, HistoryRow } from '../core/history.js';

const SUBJECT_WIDTH = 32;

export function renderHistoryTable(history: History): string {
  if (history.rows.length === 0) return 'No commits changed the plan in this range.\n';
  const ids = history.milestones.map((m) => m.id);
  const dated = history.rows.some((row) => row.reportDate !== row.date);
  const dates = dated ? ['date', 'report'] : ['date'];
  const header = ['commit', ...dates, 'subject', 'finish', ...ids.map((_, i) => `M${i + 1}`)];
  const rows = history.rows.map((row) => cells(row, ids, dated));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r, i))));
  const lines = [header, ...rows].map((r) => line(r, widths));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [lines[0], rule, ...lines.slice(1), '', ...legend(history)].join('\n') + '\n';
}

function cells(row: HistoryRow, ids: string[], dated: boolean): string[] {
  const dates = dated ? [row.date, row.reportDate] : [row.date];
  const head = [row.commit.slice(0, 7), ...dates, shorten(row.subject)];
  if (row.error !== null) return [...head, `invalid: ${row.error.split('\n')[0] ?? ''}`];
  const finish = withMove(row.finish ?? '', row.finishMove);
  return [...head, finish, ...ids.map((id) => milestoneCell(row, id))];
}

function milestoneCell(row: HistoryRow, id: string): string {
  const date = row.milestones[id];
  return date === undefined ? '-' : withMove(date, row.moves[id] ?? null);
}

function withMove(date: string, move: number | null): string {
  return move === null || move === 0 ? date : `${date} (${move > 0 ? '+' : ''}${move})`;
}

/** The last cell of an invalid row spans the remaining columns, so it adds no width. */
function width(row: string[], i: number): number {
  const isSpanning = i === row.length - 1 && row[i]?.startsWith('invalid: ') === true;
  return isSpanning ? 0 : (row[i]?.length ?? 0);
}

function line(row: string[], widths: number[]): string {
  return row
    .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();
}

function shorten(text: string): string {
  return text.length <= SUBJECT_WIDTH ? text : `${text.slice(0, SUBJECT_WIDTH - 1)}…`;
}

function legend(history: History): string[] {
  const notes = history.milestones.map((m, i) => `  M${i + 1}  ${m.id}: ${m.name}`);
  const moves =
    '(+N) the forecast moved N calendar days later since the previous valid row, ' +
    '(-N) earlier; - the milestone was not in the plan.';
  const report = history.rows.some((row) => row.reportDate !== row.date)
    ? ['report: the date the plan speaks of (its status date; else the commit date).']
    : [];
  return [...(notes.length > 0 ? ['Milestones:', ...notes] : []), moves, ...report];
}
