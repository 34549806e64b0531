/**
 * The history as a terminal table in the plan's language: one row per commit, the forecast
 * finish and each milestone's forecast date, with the move since the previous valid row in
 * calendar days, e.g. (+7). Milestone columns are headed M1, M2, … so the table stays narrow;
 * the legend names them. A report column appears where a report date differs from its commit's.
 */
import type { History, HistoryRow } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { historyLabels, type HistoryLabels } from './history-labels.js';

const SUBJECT_WIDTH = 32;

export function renderHistoryTable(history: History, language: Language = 'en'): string {
  const labels = historyLabels(language);
  if (history.rows.length === 0) return `${labels.noRows}\n`;
  const ids = history.milestones.map((m) => m.id);
  const dated = history.rows.some((row) => row.reportDate !== row.date);
  const { commit, date, report, subject, finish } = labels.head;
  const dates = dated ? [date, report] : [date];
  const header = [commit, ...dates, subject, finish, ...ids.map((_, i) => `M${i + 1}`)];
  const rows = history.rows.map((row) => cells(row, ids, dated, labels));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => width(r, i))));
  const lines = [header, ...rows].map((r) => line(r, widths));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = legend(history, dated, labels);
  return [lines[0], rule, ...lines.slice(1), '', ...notes].join('\n') + '\n';
}

function cells(row: HistoryRow, ids: string[], dated: boolean, labels: HistoryLabels): string[] {
  const day = labels.formatDate;
  const dates = dated ? [day(row.date), day(row.reportDate)] : [day(row.date)];
  const head = [row.commit.slice(0, 7), ...dates, shorten(row.subject)];
  if (row.error !== null) {
    // The label says "invalid" in the plan's language; the reason keeps its place and text.
    const reason = (row.error.split('\n')[0] ?? '').replace(/^invalid plan: /, '');
    return [...head, `${labels.invalid}: ${reason}`];
  }
  const finish = withMove(day(row.finish ?? ''), row.finishMove);
  return [...head, finish, ...ids.map((id) => milestoneCell(row, id, labels))];
}

function milestoneCell(row: HistoryRow, id: string, labels: HistoryLabels): string {
  const date = row.milestones[id];
  return date === undefined ? '-' : withMove(labels.formatDate(date), row.moves[id] ?? null);
}

function withMove(date: string, move: number | null): string {
  return move === null || move === 0 ? date : `${date} (${move > 0 ? '+' : ''}${move})`;
}

/** The last cell of an invalid row spans the remaining columns, so it adds no width. */
function width(row: string[], i: number): number {
  const isSpanning = i === row.length - 1 && isInvalid(row[i]);
  return isSpanning ? 0 : (row[i]?.length ?? 0);
}

function isInvalid(cell: string | undefined): boolean {
  return cell !== undefined && /^(invalid|ungültig): /.test(cell);
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

function legend(history: History, dated: boolean, labels: HistoryLabels): string[] {
  const notes = history.milestones.map((m, i) => `  M${i + 1}  ${m.id}: ${m.name}`);
  return [
    ...(notes.length > 0 ? [labels.milestones, ...notes] : []),
    labels.movesLegend,
    ...(dated ? [labels.reportLegend] : []),
  ];
}
