/**
 * Progress against the status date. A task is done with `progress: 100` or an actual finish,
 * active with progress above 0 or an actual start, planned otherwise (a missing progress
 * counts as 0). Done tasks keep their actual dates; an active task keeps its start and its
 * remaining work, duration × (100 − progress) / 100 rounded up, follows the status date.
 * Without a status date, progress moves nothing: work is placed as planned from its start.
 */
import { toDay, type Day } from './dates.js';
import type { Task } from './plan.js';
import type { TaskStatus } from './schedule.js';
import type { Calendar } from './calendar.js';

export interface StatusPoint {
  day: Day;
  /** Working-day index of the last working day on or before the status date. */
  index: number;
  /** That working day. */
  workingDay: Day;
}

export interface Placement {
  startDay: Day;
  finishDay: Day;
}

export function progressOf(task: Task): { status: TaskStatus; progress: number } {
  const progress = task.progress ?? (task.actual?.finish !== undefined ? 100 : 0);
  if (progress >= 100 || task.actual?.finish !== undefined) return { status: 'done', progress };
  if (progress > 0 || task.actual?.start !== undefined) return { status: 'active', progress };
  return { status: 'planned', progress };
}

/** A done task: its actual dates, else its planned ones, finished by the status date. */
export function placeDone(
  task: Task,
  planned: Placement,
  days: number,
  calendar: Calendar,
  status: StatusPoint | null,
): Placement {
  const actualStart = task.actual?.start === undefined ? null : toDay(task.actual.start);
  let finish = task.actual?.finish === undefined ? null : toDay(task.actual.finish);
  if (finish === null) {
    finish =
      actualStart === null
        ? planned.finishDay
        : calendar.dayAt(calendar.ceilIndex(actualStart) + days - 1);
    if (status !== null && finish > status.day) finish = status.workingDay;
    if (actualStart !== null && finish < actualStart) finish = actualStart;
  }
  let start = actualStart ?? planned.startDay;
  if (start > finish) start = calendar.dayAt(calendar.floorIndex(finish) - days + 1);
  return { startDay: start, finishDay: finish };
}

/**
 * Start of an active task: its actual start, else as planned but no later than the status
 * date — and, without an actual date, never before `earliest` (the project's first working
 * day), even when a status date before the project start says it has begun.
 */
export function activeStart(
  task: Task,
  planned: Placement,
  status: StatusPoint | null,
  earliest: Day,
): Day {
  if (task.actual?.start !== undefined) return toDay(task.actual.start);
  if (status !== null && planned.startDay > status.day) {
    return Math.min(planned.startDay, Math.max(status.workingDay, earliest));
  }
  return planned.startDay;
}

/** Index of the last working day of an active task's work. */
export function activeFinishIndex(
  startIndex: number,
  days: number,
  progress: number,
  status: StatusPoint | null,
): number {
  if (status === null) return startIndex + days - 1;
  const remaining = Math.max(1, Math.ceil((days * (100 - progress)) / 100 - 1e-9));
  return Math.max(status.index, startIndex - 1) + remaining;
}
