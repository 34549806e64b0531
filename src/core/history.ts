/**
 * The history model behind the milestone trend analysis: one row per commit that changed the
 * plan, with the forecast of the project finish and of every milestone, and how far each moved
 * since the previous row that had it. A row's report date is the date the plan speaks of: its
 * status date when it has one, else the commit date.
 */
import { toDay } from './dates.js';
import type { Schedule } from './schedule.js';

export interface ReportCommit {
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  subject: string;
}

/**
 * The plan at a commit, scheduled, or why it could not be (with its status date when that could
 * still be read).
 */
export type HistoryOutcome = { schedule: Schedule } | { error: string; statusDate?: string | null };

export interface HistoryMilestone {
  id: string;
  /** The name in the newest version that has the milestone. */
  name: string;
}

export interface HistoryRow extends ReportCommit {
  /** The plan's own status date at this commit; null when it has none. */
  statusDate: string | null;
  /** The date the plan speaks of: its status date, else the commit date. */
  reportDate: string;
  /** Forecast project finish; null when the plan was invalid at this commit. */
  finish: string | null;
  /** Forecast date of each milestone the plan had at this commit. */
  milestones: Record<string, string>;
  /** Why the plan could not be scheduled at this commit; null for a valid row. */
  error: string | null;
  /** Calendar days each milestone moved since the previous valid row that had it (≠ 0 only). */
  moves: Record<string, number>;
  /** Calendar days the finish moved since the previous valid row; null for none or 0. */
  finishMove: number | null;
}

export interface History {
  /** Every milestone that appears in any row, in order of first appearance. */
  milestones: HistoryMilestone[];
  /** Oldest first. */
  rows: HistoryRow[];
}

export function buildHistory(
  entries: { commit: ReportCommit; outcome: HistoryOutcome }[],
): History {
  const names = new Map<string, string>();
  const last = new Map<string, string>();
  let lastFinish: string | null = null;
  const rows = entries.map(({ commit, outcome }): HistoryRow => {
    const statusDate =
      'error' in outcome ? (outcome.statusDate ?? null) : outcome.schedule.project.statusDate;
    const base = {
      commit: commit.commit,
      date: commit.date,
      subject: commit.subject,
      statusDate,
      reportDate: statusDate ?? commit.date,
    };
    if ('error' in outcome) {
      return {
        ...base,
        finish: null,
        milestones: {},
        error: outcome.error,
        moves: {},
        finishMove: null,
      };
    }
    const milestones: Record<string, string> = {};
    const moves: Record<string, number> = {};
    for (const task of outcome.schedule.tasks.filter((t) => t.milestone)) {
      names.set(task.id, task.name);
      milestones[task.id] = task.finish;
      const before = last.get(task.id);
      if (before !== undefined && before !== task.finish)
        moves[task.id] = daysFrom(before, task.finish);
      last.set(task.id, task.finish);
    }
    const finish = outcome.schedule.project.finish;
    const finishMove =
      lastFinish !== null && lastFinish !== finish ? daysFrom(lastFinish, finish) : null;
    lastFinish = finish;
    return { ...base, finish, milestones, error: null, moves, finishMove };
  });
  return { milestones: [...names].map(([id, name]) => ({ id, name })), rows };
}

function daysFrom(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/**
 * What a trend chart draws: the rows in order of report date, where several commits share a
 * report date the last of them standing for it (valid or not), and the milestones they have.
 */
export function chartHistory(history: History): History {
  const last = new Map<string, HistoryRow>();
  for (const row of history.rows) last.set(row.reportDate, row);
  const rows = [...last.values()].sort((a, b) => toDay(a.reportDate) - toDay(b.reportDate));
  const milestones = history.milestones.filter((m) =>
    rows.some((r) => r.milestones[m.id] !== undefined),
  );
  return { milestones, rows };
}

/** How many commits the chart leaves out because a later one has the same report date. */
export function supersededCount(history: History): number {
  return history.rows.length - new Set(history.rows.map((r) => r.reportDate)).size;
}

/** Rows whose plan could be scheduled. */
export function validRows(history: History): HistoryRow[] {
  return history.rows.filter((row) => row.error === null);
}
