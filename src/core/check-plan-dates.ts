/** Rules on dates, durations and progress that a schema cannot express. */
import { isIsoDate } from './dates.js';
import { editDistance } from './did-you-mean.js';
import { error, warning, type PathProblem, type PlanPath } from './path-problem.js';
import type { DateRange, Plan, Task } from './plan.js';
import { kindOf, taskEntries } from './task-entries.js';

/** ISO dates compare as strings; undefined when either is not a real date. */
function before(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && isIsoDate(a) && isIsoDate(b) && a < b;
}

function inside(day: string, range: DateRange): boolean {
  return !before(day, range.from) && !before(range.to, day) && isIsoDate(day);
}

function checkRanges(ranges: DateRange[], base: PlanPath, what: string): PathProblem[] {
  return ranges.flatMap((r, i) =>
    before(r.to, r.from)
      ? [
          error(
            'range-order',
            [...base, i, 'to'],
            `${what} ends (${r.to}) before it starts (${r.from})`,
            'swap from and to',
          ),
        ]
      : [],
  );
}

function checkOverlaps(plan: Plan): PathProblem[] {
  const sorted = plan.interruptions
    .map((stop, i) => ({ stop, i }))
    .filter(({ stop }) => isIsoDate(stop.from) && isIsoDate(stop.to) && stop.from <= stop.to)
    .sort((a, b) => (a.stop.from < b.stop.from ? -1 : 1));
  return sorted.slice(1).flatMap(({ stop, i }, n) => {
    const prev = sorted[n] as (typeof sorted)[number];
    if (stop.from > prev.stop.to) return [];
    const { id, from, to } = prev.stop;
    const message = `overlaps interruption '${id}' (${from} to ${to})`;
    return [
      error(
        'interruption-overlap',
        ['interruptions', i, 'from'],
        message,
        'merge them into one interruption',
      ),
    ];
  });
}

function checkShape(
  task: Task,
  path: PlanPath,
  raw: Record<string, unknown> | undefined,
): PathProblem[] {
  if (raw === undefined) return [];
  const keys = Object.keys(raw);
  const has = (key: string): boolean => keys.includes(key);
  const misspeltDuration = (): boolean =>
    keys.some((k) => k !== 'duration' && editDistance(k, 'duration') <= 2);
  const problems: PathProblem[] = [];
  if (task.milestone && has('duration'))
    problems.push(
      error(
        'milestone-duration',
        [...path, 'duration'],
        'a milestone has no duration',
        'remove the duration, or make it a task',
      ),
    );
  if (!task.milestone && !has('duration') && !misspeltDuration())
    problems.push(
      error(
        'missing-duration',
        path,
        'missing duration',
        "give one such as 'duration: 10d', or 'milestone: true'",
      ),
    );
  if (!task.milestone && has('date'))
    problems.push(
      error(
        'date-not-milestone',
        [...path, 'date'],
        'date: is only for milestones',
        "use 'start:' for start-no-earlier-than, or add 'milestone: true'",
      ),
    );
  if (before(task.actual?.finish, task.actual?.start))
    problems.push(
      error(
        'actual-order',
        [...path, 'actual', 'finish'],
        `actual finish ${task.actual?.finish} is before actual start ${task.actual?.start}`,
      ),
    );
  if (before(task.baseline?.finish, task.baseline?.start))
    problems.push(
      error(
        'baseline-order',
        [...path, 'baseline', 'finish'],
        `baseline finish ${task.baseline?.finish} is before baseline start ${task.baseline?.start}`,
      ),
    );
  return problems;
}

function checkProgress(task: Task, path: PlanPath, plan: Plan): PathProblem[] {
  const progress = task.progress ?? 0;
  const problems: PathProblem[] = [];
  const started = progress > 0 || task.actual?.start !== undefined;
  if (task.actual?.finish !== undefined && task.progress !== undefined && progress < 100)
    problems.push(
      warning(
        'progress-actual',
        [...path, 'progress'],
        `an actual finish is given, but progress is ${progress}`,
        'a finished task has progress 100',
      ),
    );
  const stop = plan.interruptions.find((s) => task.start !== undefined && inside(task.start, s));
  if (stop !== undefined && !started)
    problems.push(
      warning(
        'start-in-interruption',
        [...path, 'start'],
        `starts ${task.start}, inside interruption '${stop.id}' (${stop.from} to ${stop.to}), ` +
          'with no progress',
        'it will move behind the stop; start it after the restart',
      ),
    );
  if (before(task.deadline, task.start))
    problems.push(
      warning(
        'deadline-before-start',
        [...path, 'deadline'],
        `deadline ${task.deadline} is before the ${kindOf(task)}'s own start ${task.start}`,
      ),
    );
  if (task.milestone && before(task.deadline, task.date))
    problems.push(
      warning(
        'deadline-before-date',
        [...path, 'deadline'],
        `deadline ${task.deadline} is before the milestone's date ${task.date}`,
      ),
    );
  const actualStart = task.actual?.start ?? (task.milestone ? task.actual?.finish : undefined);
  if (before(actualStart, plan.project.start))
    problems.push(
      warning(
        'actual-before-project',
        [...path, 'actual', task.actual?.start === undefined ? 'finish' : 'start'],
        `actual date ${actualStart} is before the project start ${plan.project.start}`,
        'check the date, or move the project start',
      ),
    );
  if (task.milestone && task.progress !== undefined && ![0, 100].includes(task.progress))
    problems.push(
      warning(
        'milestone-progress',
        [...path, 'progress'],
        `a milestone is reached or not: progress ${task.progress} is neither 0 nor 100`,
        'write 100 when it is reached, else 0 or nothing',
      ),
    );
  const dateStop = plan.interruptions.find((s) => task.date !== undefined && inside(task.date, s));
  if (task.milestone && dateStop !== undefined)
    problems.push(
      warning(
        'milestone-in-interruption',
        [...path, 'date'],
        `its date ${task.date} lies inside interruption '${dateStop.id}' ` +
          `(${dateStop.from} to ${dateStop.to})`,
        'a fixed date stays put during a stop; check the date or the interruption',
      ),
    );
  if (before(task.start, plan.project.start))
    problems.push(
      warning(
        'start-before-project',
        [...path, 'start'],
        `starts ${task.start}, before the project start ${plan.project.start}`,
      ),
    );
  return problems;
}

function checkTasks(plan: Plan, raw: unknown): PathProblem[] {
  return taskEntries(plan).flatMap(({ task, path }) => {
    const node = nodeAt(raw, path);
    return [...checkShape(task, path, node), ...checkProgress(task, path, plan)];
  });
}

function nodeAt(raw: unknown, path: PlanPath): Record<string, unknown> | undefined {
  let node: unknown = raw;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  return typeof node === 'object' && node !== null && !Array.isArray(node)
    ? (node as Record<string, unknown>)
    : undefined;
}

function checkPhases(plan: Plan, raw: unknown): PathProblem[] {
  return plan.phases.flatMap((phase, i) =>
    phase.tasks.length === 0 && nodeAt(raw, ['phases', i]) !== undefined
      ? [warning('empty-phase', ['phases', i], 'no tasks', 'add its tasks or remove the phase')]
      : [],
  );
}

function checkBudget(plan: Plan): PathProblem[] {
  return (plan.budget?.years ?? []).flatMap((y) =>
    y.approved !== undefined && y.spent !== undefined && y.spent > y.approved
      ? [
          warning(
            'over-budget',
            ['budget', 'years', String(y.year), 'spent'],
            `spent ${y.spent} is more than approved ${y.approved}`,
          ),
        ]
      : [],
  );
}

/** Every date, duration and progress rule of the plan. */
export function checkPlanDates(plan: Plan, raw: unknown): PathProblem[] {
  return [
    ...checkRanges(plan.interruptions, ['interruptions'], 'it'),
    ...checkRanges(plan.calendar.closed, ['calendar', 'closed'], 'the range'),
    ...checkOverlaps(plan),
    ...checkPhases(plan, raw),
    ...checkTasks(plan, raw),
    ...checkBudget(plan),
  ];
}
