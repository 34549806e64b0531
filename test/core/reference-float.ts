/**
 * The naive reference scheduler extended to a status date, fixed milestone dates, deadlines,
 * conflicts and total float, written from the plan format's text and docs/scheduling-choices.md
 * only. Day by day, forward in file order, backward in reverse file order. Test code only.
 *
 * Subset, beyond referenceSchedule's: a status date is given; done tasks have both actual dates
 * or `progress: 100`; active tasks have progress 1–99 and/or an actual start; actual dates lie
 * on or before the status date; milestones carry no actual dates; a fixed milestone (`date:`)
 * has neither `start:`, progress nor a deadline and only FS links into it; SS/FF/SF links join
 * two tasks (not milestones) without progress or actual dates; lags ≥ 0.
 */
import type { Dependency, Plan, Task } from '../../src/core/plan.js';
import { Calendar, dayOf, isoOf, workingDaysOf } from './reference-scheduler.js';

export type ReferenceStatus = 'done' | 'active' | 'planned';

export interface ReferenceTask {
  id: string;
  start: string;
  finish: string;
  float: number;
  critical: boolean;
  status: ReferenceStatus;
}

export interface ReferenceConflict {
  task: string;
  kind: 'late' | 'deadline';
  days: number;
}

interface Placed {
  task: Task;
  start: number;
  finish: number;
  status: ReferenceStatus;
  /** What is a fact as of the status date: its start, or also its finish. */
  fact: 'none' | 'started' | 'done';
  /** A fixed milestone: the day its predecessors need (null without predecessors). */
  needed: number | null;
}

interface Context {
  plan: Plan;
  cal: Calendar;
  statusDay: number;
  placed: Map<string, Placed>;
}

/** Dates, float, critical and status of every task, and the conflicts. */
export function referenceWithFloat(plan: Plan): {
  tasks: ReferenceTask[];
  conflicts: ReferenceConflict[];
} {
  if (plan.project.statusDate === undefined) throw new Error('reference: needs a status date');
  const ctx: Context = {
    plan,
    cal: new Calendar(plan),
    statusDay: dayOf(plan.project.statusDate),
    placed: new Map(),
  };
  const all = [...plan.phases.flatMap((p) => p.tasks), ...plan.milestones];
  for (const task of all)
    ctx.placed.set(task.id, task.milestone ? milestone(task, ctx) : work(task, ctx));
  const latest = backward(all, ctx);
  const tasks = all.map((task) => {
    const p = placedOf(task.id, ctx);
    const float = floatOf(p, latest.get(task.id) ?? 0, ctx.cal);
    const critical = float <= 0 && p.status !== 'done';
    return {
      id: task.id,
      start: isoOf(p.start),
      finish: isoOf(p.finish),
      float,
      critical,
      status: p.status,
    };
  });
  return { tasks, conflicts: conflicts(all, ctx) };
}

function placedOf(id: string, ctx: Context): Placed {
  const p = ctx.placed.get(id);
  if (p === undefined) throw new Error(`reference: '${id}' must come earlier`);
  return p;
}

/** The earliest start and finish the links and `start:` allow (no status date). */
function bounds(task: Task, ctx: Context): { start: number; finish: number } {
  const { cal } = ctx;
  let start = dayOf(ctx.plan.project.start);
  if (task.start !== undefined) start = Math.max(start, dayOf(task.start));
  let finish = -Infinity;
  for (const link of task.after) {
    const pred = placedOf(link.task, ctx);
    if (link.type === 'FS')
      start = Math.max(start, cal.plus(cal.firstWorkingOnOrAfter(pred.finish + 1), link.lag));
    if (link.type === 'SS') start = Math.max(start, cal.plus(pred.start, link.lag));
    if (link.type === 'FF') finish = Math.max(finish, cal.plus(pred.finish, link.lag));
    if (link.type === 'SF') finish = Math.max(finish, cal.plus(pred.start, link.lag));
  }
  return { start, finish };
}

/** Start days tried one after another until the finish meets the finish bound. */
function place(task: Task, b: { start: number; finish: number }, ctx: Context) {
  const { cal, plan } = ctx;
  for (
    let start = cal.firstWorkingOnOrAfter(b.start);
    ;
    start = cal.firstWorkingOnOrAfter(start + 1)
  ) {
    const finish = cal.plus(start, workingDaysOf(task, start, plan, cal) - 1);
    if (finish >= b.finish) return { start, finish };
  }
}

function statusOf(task: Task): ReferenceStatus {
  if (task.progress === 100 || task.actual?.finish !== undefined) return 'done';
  if ((task.progress ?? 0) > 0 || task.actual?.start !== undefined) return 'active';
  return 'planned';
}

function work(task: Task, ctx: Context): Placed {
  const { cal, plan, statusDay } = ctx;
  const status = statusOf(task);
  const base = { task, status, needed: null };
  const { actual } = task;
  if (status === 'done') {
    const fact = 'done' as const;
    if (actual?.start !== undefined && actual.finish !== undefined) {
      return { ...base, fact, start: dayOf(actual.start), finish: dayOf(actual.finish) };
    }
    // Planned dates, but finished no later than the status date.
    const planned = place(task, bounds(task, ctx), ctx);
    const cap = cal.lastWorkingOnOrBefore(statusDay);
    if (planned.finish <= cap) return { ...base, fact, ...planned };
    const days = workingDaysOf(task, planned.start, plan, cal);
    // "Start moved back by its duration if needed": only a start after the new finish moves
    // (then by the whole duration, even before the project start); else it is kept.
    if (planned.start <= cap) return { ...base, fact, start: planned.start, finish: cap };
    return { ...base, fact, start: cal.minus(cap, days - 1), finish: cap };
  }
  if (status === 'active') {
    let start: number;
    if (actual?.start !== undefined) start = dayOf(actual.start);
    else {
      const planned = place(task, bounds(task, ctx), ctx).start;
      start = planned <= statusDay ? planned : cal.lastWorkingOnOrBefore(statusDay);
    }
    const days = workingDaysOf(task, start, plan, cal);
    const remaining = Math.max(1, Math.ceil((days * (100 - (task.progress ?? 0))) / 100));
    const finish = cal.plus(cal.firstWorkingOnOrAfter(statusDay + 1), remaining - 1);
    return { ...base, fact: 'started', start, finish };
  }
  const b = bounds(task, ctx);
  b.start = Math.max(b.start, statusDay + 1);
  return { ...base, fact: 'none', ...place(task, b, ctx) };
}

/** The day a link into a milestone names: FS and FF the finish, SS and SF the start, + lag. */
function linkDay(link: Dependency, ctx: Context): number {
  const pred = placedOf(link.task, ctx);
  const base = link.type === 'FS' || link.type === 'FF' ? pred.finish : pred.start;
  return ctx.cal.plus(base, link.lag);
}

function milestone(task: Task, ctx: Context): Placed {
  const { cal, statusDay } = ctx;
  const done = task.progress === 100;
  const fact = done ? ('done' as const) : ('none' as const);
  if (task.date !== undefined) {
    const day = dayOf(task.date);
    const needed =
      task.after.length === 0 ? null : Math.max(...task.after.map((l) => linkDay(l, ctx)));
    const status = done || day <= statusDay ? 'done' : 'planned';
    return { task, start: day, finish: day, status, fact, needed };
  }
  let earliest = dayOf(ctx.plan.project.start);
  if (task.start !== undefined) earliest = Math.max(earliest, dayOf(task.start));
  // The contract: it falls on the day the last predecessor finishes, even one off work (an
  // actual finish, a fixed date); `start:` and the project start move to a working day. A
  // milestone with `progress: 100` keeps this day, even after the status date (planwerk's
  // reading; "finished no later than the status date" is said of done tasks).
  const linked = task.after.map((link) => linkDay(link, ctx));
  const day = Math.max(cal.firstWorkingOnOrAfter(earliest), ...linked);
  const status = done || day <= statusDay ? 'done' : 'planned';
  return { task, start: day, finish: day, status, fact, needed: null };
}

/** Latest finish of every task: from the project finish, deadlines, fixed dates, successors. */
function backward(all: Task[], ctx: Context): Map<string, number> {
  const placed = [...ctx.placed.values()];
  const projectFinish = Math.max(dayOf(ctx.plan.project.start), ...placed.map((p) => p.finish));
  const latest = new Map<string, number>();
  for (const task of [...all].reverse()) {
    let lf = projectFinish;
    if (task.deadline !== undefined) lf = Math.min(lf, dayOf(task.deadline));
    for (const succ of all) {
      for (const link of succ.after.filter((l) => l.task === task.id)) {
        const bound = boundFrom(link, placedOf(succ.id, ctx), latest.get(succ.id), ctx);
        if (bound !== null) lf = Math.min(lf, bound);
      }
    }
    latest.set(task.id, lf);
  }
  return latest;
}

/** The latest finish a link into `succ` allows its predecessor; null when the link is moot. */
function boundFrom(link: Dependency, succ: Placed, succLatest: number | undefined, ctx: Context) {
  const { cal } = ctx;
  if (succLatest === undefined) throw new Error('reference: successors come later');
  const startFact = succ.fact !== 'none';
  if ((link.type === 'FS' || link.type === 'SS') && startFact) return null;
  if ((link.type === 'FF' || link.type === 'SF') && succ.fact === 'done') return null;
  const pred = placedOf(link.task, ctx);
  const predDays = cal.between(pred.start - 1, pred.finish);
  if (succ.task.milestone) {
    // Into a milestone a link names a day; a fixed milestone bounds by its date.
    const day = succ.task.date !== undefined ? dayOf(succ.task.date) : succLatest;
    const named = cal.minus(day, link.lag);
    return link.type === 'FS' || link.type === 'FF' ? named : cal.plus(named, predDays - 1);
  }
  const succDays = cal.between(succ.start - 1, succ.finish);
  const latestStart = cal.minus(succLatest, succDays - 1);
  if (link.type === 'FS') return cal.minus(latestStart, link.lag + 1);
  if (link.type === 'SS') return cal.plus(cal.minus(latestStart, link.lag), predDays - 1);
  if (link.type === 'FF') return cal.minus(succLatest, link.lag);
  return cal.plus(cal.minus(succLatest, link.lag), predDays - 1);
}

function floatOf(p: Placed, latest: number, cal: Calendar): number {
  if (p.task.date !== undefined && p.needed !== null) return cal.between(p.needed, p.start);
  return cal.between(p.finish, latest);
}

function conflicts(all: Task[], ctx: Context): ReferenceConflict[] {
  const { cal } = ctx;
  const found: ReferenceConflict[] = [];
  for (const task of all) {
    const p = placedOf(task.id, ctx);
    // Sizes in working days. Undocumented, planwerk's: a finish on a day off after the
    // deadline with no working day between is 1 day late; a late milestone needs ≥ 1 day.
    const late = p.needed === null ? 0 : cal.between(p.start, p.needed);
    if (late > 0) found.push({ task: task.id, kind: 'late', days: late });
    if (task.deadline !== undefined && p.finish > dayOf(task.deadline)) {
      const days = Math.max(1, cal.between(dayOf(task.deadline), p.finish));
      found.push({ task: task.id, kind: 'deadline', days });
    }
  }
  return found;
}
