/**
 * Baseline and slip. A baseline is just another schedule of the plan: the plan at a git
 * revision, or the `baseline: { start, finish }` written on tasks. Slip is the forecast finish
 * minus the baseline finish, in working days and in calendar days (positive = later).
 */
import { toDay } from './dates.js';
import type { Plan } from './plan.js';
import { allTasks } from './plan.js';
import type { Schedule } from './schedule.js';
import type { Calendar } from './calendar.js';

/** Baseline dates of one task; either may be missing. */
export interface BaselineDates {
  start: string | null;
  finish: string | null;
}

/**
 * Fills baselineStart/baselineFinish/slipDays/slipCalendarDays by task id. Tasks the baseline
 * does not know keep what they had (so a git baseline leaves `baseline:` on tasks in place for
 * tasks that did not exist at that revision).
 */
export function applyBaseline(
  schedule: Schedule,
  baseline: Schedule | Map<string, BaselineDates>,
  calendar: Calendar,
): Schedule {
  const dates = baseline instanceof Map ? baseline : datesOf(baseline);
  const tasks = schedule.tasks.map((task) => {
    const base = dates.get(task.id);
    if (base === undefined) return task;
    const finish = base.finish;
    return {
      ...task,
      baselineStart: base.start,
      baselineFinish: finish,
      slipDays: finish === null ? null : calendar.workingDaysBetween(finish, task.finish),
      slipCalendarDays: finish === null ? null : toDay(task.finish) - toDay(finish),
    };
  });
  return { ...schedule, tasks };
}

/** The baseline written on the plan's own tasks. */
export function writtenBaseline(plan: Plan): Map<string, BaselineDates> {
  const dates = new Map<string, BaselineDates>();
  for (const task of allTasks(plan)) {
    if (task.baseline === undefined) continue;
    const start = task.baseline.start ?? null;
    const finish = task.baseline.finish ?? (task.milestone ? start : null);
    dates.set(task.id, { start, finish });
  }
  return dates;
}

function datesOf(schedule: Schedule): Map<string, BaselineDates> {
  return new Map(schedule.tasks.map((t) => [t.id, { start: t.start, finish: t.finish }]));
}
