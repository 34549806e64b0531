/**
 * Rules that depend on the status date. The validation runs them with the plan's own
 * `statusDate`; a command given `--status-date` runs them again with that date.
 */
import { isIsoDate } from './dates.js';
import { warning, type PathProblem, type PlanPath } from './path-problem.js';
import type { Dependency, Plan, Task } from './plan.js';
import { taskEntries } from './task-entries.js';

/** Codes of the problems these rules give, so a new status date can replace them. */
export const STATUS_DATE_CODES: ReadonlySet<string> = new Set([
  'status-before-start',
  'progress-before-start',
  'actual-after-status',
  'actual-finish-after-status',
  'progress-out-of-order',
]);

/** ISO dates compare as strings; false when either is missing or not a real date. */
function before(a: string | undefined | null, b: string | undefined | null): boolean {
  return typeof a === 'string' && typeof b === 'string' && isIsoDate(a) && isIsoDate(b) && a < b;
}

/** `day` is on or before the status date (always, without a status date). */
function byStatus(day: string, statusDate: string | null): boolean {
  return statusDate === null || !isIsoDate(day) || !isIsoDate(statusDate) || day <= statusDate;
}

function hasStarted(task: Task, statusDate: string | null): boolean {
  if (task.milestone) return hasFinished(task, statusDate);
  const start = task.actual?.start;
  return start !== undefined ? byStatus(start, statusDate) : (task.progress ?? 0) > 0;
}

function hasFinished(task: Task, statusDate: string | null): boolean {
  const finish = task.actual?.finish ?? (task.milestone ? task.actual?.start : undefined);
  if (finish !== undefined) return byStatus(finish, statusDate);
  if ((task.progress ?? 0) >= 100) return true;
  return task.milestone && task.date !== undefined && statusDate !== null
    ? byStatus(task.date, statusDate)
    : false;
}

function outOfOrder(task: Task, dep: Dependency, pred: Task, asOf: string | null): string | null {
  if (dep.lag < 0) return null;
  if (dep.type === 'FS' && !hasFinished(pred, asOf)) return 'has not finished';
  if (dep.type === 'SS' && !hasStarted(pred, asOf)) return 'has not started';
  return null;
}

/** A task under way although a predecessor it starts after has not got that far. */
function checkOrder(plan: Plan, statusDate: string | null): PathProblem[] {
  const entries = taskEntries(plan);
  const byId = new Map(entries.map((e) => [e.task.id, e.task]));
  return entries.flatMap(({ task, path }) => {
    if (task.milestone || !hasStarted(task, statusDate)) return [];
    return task.after.flatMap((dep, k): PathProblem[] => {
      const pred = byId.get(dep.task);
      const what = pred === undefined ? null : outOfOrder(task, dep, pred, statusDate);
      if (what === null) return [];
      const asOf = statusDate === null ? '' : ` by the status date ${statusDate}`;
      const place: PlanPath = [...path, 'after', k];
      return [
        warning(
          'progress-out-of-order',
          place,
          `progress out of order: it has started, but '${dep.task}' (${dep.type}) ${what}${asOf}`,
          'check the progress of both; the schedule keeps the start that was reported',
        ),
      ];
    });
  });
}

/** Where the status date came from, for messages: the plan's own or another. */
function statusPath(plan: Plan, statusDate: string): PlanPath {
  return plan.project.statusDate === statusDate ? ['project', 'statusDate'] : ['project'];
}

function checkProject(plan: Plan, statusDate: string | null): PathProblem[] {
  const { start } = plan.project;
  if (statusDate === null || !before(statusDate, start)) return [];
  return [
    warning(
      'status-before-start',
      statusPath(plan, statusDate),
      `the status date ${statusDate} is before the project start ${start}`,
      'work under way is placed from the project start; check the status date',
    ),
  ];
}

function checkTask(task: Task, path: PlanPath, statusDate: string): PathProblem[] {
  const progress = task.progress ?? 0;
  const problems: PathProblem[] = [];
  if (progress > 0 && before(statusDate, task.start) && task.actual?.start === undefined)
    problems.push(
      warning(
        'progress-before-start',
        [...path, 'progress'],
        `progress ${progress}, but it starts ${task.start}, after the status date ${statusDate}`,
        'check the start or the progress, or give its actual start',
      ),
    );
  if (before(statusDate, task.actual?.start))
    problems.push(
      warning(
        'actual-after-status',
        [...path, 'actual', 'start'],
        `actual start ${task.actual?.start} is after the status date ${statusDate}`,
      ),
    );
  if (before(statusDate, task.actual?.finish))
    problems.push(
      warning(
        'actual-finish-after-status',
        [...path, 'actual', 'finish'],
        `actual finish ${task.actual?.finish} is after the status date ${statusDate}`,
        'an actual date is one that has passed; check it or the status date',
      ),
    );
  return problems;
}

/** Every rule that depends on the status date, as of `statusDate` (null: none given). */
export function checkStatusDate(plan: Plan, statusDate: string | null): PathProblem[] {
  const tasks =
    statusDate === null
      ? []
      : taskEntries(plan).flatMap(({ task, path }) => checkTask(task, path, statusDate));
  return [...checkProject(plan, statusDate), ...tasks, ...checkOrder(plan, statusDate)];
}
