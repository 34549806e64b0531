/**
 * The history as JSON, oldest first, one object per commit:
 * `{ commit, date, subject, finish, milestones: { id: date } }`, or
 * `{ commit, date, subject, error }` where the plan was invalid.
 */
import type { History, HistoryRow } from '../core/history.js';

export type HistoryJsonRow =
  | {
      commit: string;
      date: string;
      subject: string;
      finish: string;
      milestones: Record<string, string>;
    }
  | { commit: string; date: string; subject: string; error: string };

export function historyJsonRows(history: History): HistoryJsonRow[] {
  return history.rows.map(jsonRow);
}

function jsonRow(row: HistoryRow): HistoryJsonRow {
  const base = { commit: row.commit, date: row.date, subject: row.subject };
  if (row.error !== null || row.finish === null) return { ...base, error: row.error ?? 'invalid' };
  return { ...base, finish: row.finish, milestones: row.milestones };
}

export function renderHistoryJson(history: History): string {
  return `${JSON.stringify(historyJsonRows(history), null, 2)}\n`;
}
