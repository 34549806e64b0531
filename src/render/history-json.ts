/**
 * The history as JSON, oldest first, one object per commit:
 * `{ commit, date, statusDate, reportDate, subject, finish, milestones: { id: date } }`, or
 * `{ commit, date, statusDate, reportDate, subject, error }` where the plan was invalid. `date`
 * is the commit date, `statusDate` the plan's own (null when none), `reportDate` the date the
 * plan speaks of: its status date, else the commit date.
 */
import type { History, HistoryRow } from '../core/history.js';

interface JsonBase {
  commit: string;
  date: string;
  statusDate: string | null;
  reportDate: string;
  subject: string;
}

export type HistoryJsonRow =
  | (JsonBase & { finish: string; milestones: Record<string, string> })
  | (JsonBase & { error: string });

export function historyJsonRows(history: History): HistoryJsonRow[] {
  return history.rows.map(jsonRow);
}

function jsonRow(row: HistoryRow): HistoryJsonRow {
  const base: JsonBase = {
    commit: row.commit,
    date: row.date,
    statusDate: row.statusDate,
    reportDate: row.reportDate,
    subject: row.subject,
  };
  if (row.error !== null || row.finish === null) return { ...base, error: row.error ?? 'invalid' };
  return { ...base, finish: row.finish, milestones: row.milestones };
}

export function renderHistoryJson(history: History): string {
  return `${JSON.stringify(historyJsonRows(history), null, 2)}\n`;
}
