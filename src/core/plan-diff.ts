/**
 * The semantic diff of two versions of a plan: tasks and milestones added, removed and renamed;
 * what changed on each; how far the milestones' forecasts and the project finish moved;
 * interruptions and budget lines changed. Pure: working days come from the caller's calendar.
 */
import { toDay } from './dates.js';
import { allTasks, type Plan, type Task } from './plan.js';
import type { Schedule } from './schedule.js';
import { diffBudget, diffInterruptions, type BudgetChange } from './plan-diff-parts.js';
import type { InterruptionDiff } from './plan-diff-parts.js';
import { taskFieldChanges, type FieldChange } from './task-fields.js';

export type { BudgetChange, FieldChange, InterruptionDiff };

/** The label of the working tree's version. */
export const WORKING_TREE = 'working tree';

export interface PlanVersion {
  /** 'HEAD', a commit, or WORKING_TREE. */
  label: string;
  plan: Plan;
  schedule: Schedule;
}

export interface TaskRef {
  id: string;
  name: string;
  milestone: boolean;
  phase: string | null;
}

/** Same id with a new name, or a new id for a task of the same name. */
export interface Rename {
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  milestone: boolean;
}

export interface TaskChange extends TaskRef {
  changes: FieldChange[];
}

export interface DateMove {
  from: string;
  to: string;
  /** Working days (signed, positive = later) on the calendar of the newer version. */
  workingDays: number;
  calendarDays: number;
}

export interface MilestoneMove extends DateMove {
  id: string;
  name: string;
}

export interface PlanDiff {
  from: string;
  to: string;
  added: TaskRef[];
  removed: TaskRef[];
  renamed: Rename[];
  changed: TaskChange[];
  milestonesMoved: MilestoneMove[];
  /** The project finish, when it moved. */
  finish: DateMove | null;
  interruptions: InterruptionDiff;
  budget: BudgetChange[];
  /** Nothing that this diff looks at differs. */
  same: boolean;
}

export type WorkingDaysBetween = (from: string, to: string) => number;

export function diffPlans(a: PlanVersion, b: PlanVersion, workdays: WorkingDaysBetween): PlanDiff {
  const before = new Map(allTasks(a.plan).map((t) => [t.id, t]));
  const after = new Map(allTasks(b.plan).map((t) => [t.id, t]));
  const idRenames = matchIdRenames(before, after);
  const pairs = pairTasks(before, after, idRenames);
  const renamed = pairs
    .filter(([x, y]) => x.id !== y.id || x.name !== y.name)
    .map(([x, y]) => rename(x, y));
  const paired = new Set(pairs.flatMap(([x, y]) => [`a:${x.id}`, `b:${y.id}`]));
  const diff: PlanDiff = {
    from: a.label,
    to: b.label,
    added: [...after.values()].filter((t) => !paired.has(`b:${t.id}`)).map(ref),
    removed: [...before.values()].filter((t) => !paired.has(`a:${t.id}`)).map(ref),
    renamed,
    changed: pairs.map(([x, y]) => ({ ...ref(y), changes: taskFieldChanges(x, y) })),
    milestonesMoved: milestoneMoves(pairs, a.schedule, b.schedule, workdays),
    finish: move(a.schedule.project.finish, b.schedule.project.finish, workdays),
    interruptions: diffInterruptions(a.plan.interruptions, b.plan.interruptions),
    budget: diffBudget(a.plan.budget, b.plan.budget),
    same: false,
  };
  diff.changed = diff.changed.filter((c) => c.changes.length > 0);
  diff.same = isSame(diff);
  return diff;
}

function isSame(d: PlanDiff): boolean {
  const i = d.interruptions;
  const lists = [d.added, d.removed, d.renamed, d.changed, d.milestonesMoved, d.budget];
  const more = [i.added, i.removed, i.changed];
  return [...lists, ...more].every((list) => list.length === 0) && d.finish === null;
}

/** Removed and added tasks with the same name (and kind), where the name is unique on both. */
function matchIdRenames(before: Map<string, Task>, after: Map<string, Task>): Map<string, string> {
  const gone = [...before.values()].filter((t) => !after.has(t.id));
  const fresh = [...after.values()].filter((t) => !before.has(t.id));
  const result = new Map<string, string>();
  for (const old of gone) {
    const same = fresh.filter((t) => t.name === old.name && t.milestone === old.milestone);
    const twins = gone.filter((t) => t.name === old.name && t.milestone === old.milestone);
    if (same.length === 1 && twins.length === 1 && same[0] !== undefined) {
      result.set(old.id, same[0].id);
    }
  }
  return result;
}

function pairTasks(
  before: Map<string, Task>,
  after: Map<string, Task>,
  idRenames: Map<string, string>,
): [Task, Task][] {
  const pairs: [Task, Task][] = [];
  for (const [id, task] of before) {
    const other = after.get(idRenames.get(id) ?? id);
    if (other !== undefined) pairs.push([task, other]);
  }
  return pairs;
}

function ref(task: Task): TaskRef {
  return { id: task.id, name: task.name, milestone: task.milestone, phase: task.phase };
}

function rename(x: Task, y: Task): Rename {
  return { fromId: x.id, toId: y.id, fromName: x.name, toName: y.name, milestone: y.milestone };
}

function milestoneMoves(
  pairs: [Task, Task][],
  a: Schedule,
  b: Schedule,
  workdays: WorkingDaysBetween,
): MilestoneMove[] {
  const finishA = new Map(a.tasks.map((t) => [t.id, t.finish]));
  const finishB = new Map(b.tasks.map((t) => [t.id, t.finish]));
  const moves: MilestoneMove[] = [];
  for (const [x, y] of pairs) {
    if (!y.milestone) continue;
    const from = finishA.get(x.id);
    const to = finishB.get(y.id);
    if (from === undefined || to === undefined) continue;
    const moved = move(from, to, workdays);
    if (moved !== null) moves.push({ id: y.id, name: y.name, ...moved });
  }
  return moves;
}

function move(from: string, to: string, workdays: WorkingDaysBetween): DateMove | null {
  if (from === to) return null;
  return { from, to, workingDays: workdays(from, to), calendarDays: toDay(to) - toDay(from) };
}
