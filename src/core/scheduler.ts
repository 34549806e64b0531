/**
 * The scheduler: a pure function from a plan (and a status date) to its forecast. See the
 * forward and backward passes, progress, milestones and interruptions for the rules; the
 * choices where the plan format is silent are listed in the project's docs.
 */
import { toDay } from './dates.js';
import { isoDay as fromDay } from './iso-day.js';
import type { Plan } from './plan.js';
import type { Schedule, ScheduledTask } from './schedule.js';
import { createCalendar, type Calendar } from './calendar.js';
import { buildGraph, type Graph, type Node } from './schedule-graph.js';
import { forwardPass, type PassContext } from './forward-pass.js';
import { backwardPass, floatOf } from './backward-pass.js';
import { isInterrupted, segmentsOf, stopsOf, type Stop } from './interruptions.js';
import { conflictsOf } from './conflicts.js';
import { applyBaseline, writtenBaseline } from './baseline.js';
import { HorizonError, ScheduleError } from './schedule-error.js';

export interface ScheduleOptions {
  /** 'YYYY-MM-DD'; null or absent: the plan's own status date, if any. */
  statusDate?: string | null;
  /** Another schedule of the plan (e.g. at a git revision); `baseline:` on tasks fills gaps. */
  baseline?: Schedule | null;
}

export function schedulePlan(plan: Plan, options: ScheduleOptions = {}): Schedule {
  const calendar = createCalendar(plan, options.statusDate ? [options.statusDate] : []);
  const graph = buildGraph(plan);
  const statusDate = options.statusDate ?? plan.project.statusDate ?? null;
  const ctx = passContext(plan, calendar, statusDate);
  runForward(graph, ctx, plan.project.start);
  const finish = graph.nodes.reduce(
    (max, node) => Math.max(max, node.finishDay),
    ctx.projectStartDay,
  );
  backwardPass(graph, calendar, finish);
  const stops = stopsOf(plan.interruptions);
  const tasks = graph.nodes.map((node) => scheduledTask(node, calendar, stops));
  const schedule: Schedule = {
    project: {
      id: plan.project.id,
      start: plan.project.start,
      finish: fromDay(finish),
      statusDate,
    },
    tasks,
    conflicts: conflictsOf(graph, calendar),
    criticalPath: criticalPath(tasks),
  };
  const written = applyBaseline(schedule, writtenBaseline(plan), calendar);
  return options.baseline ? applyBaseline(written, options.baseline, calendar) : written;
}

function passContext(plan: Plan, calendar: Calendar, statusDate: string | null): PassContext {
  const projectStartDay = toDay(plan.project.start);
  const at = (what: string, run: () => number): number => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof HorizonError)) throw error;
      throw new ScheduleError(`${what} lies beyond the scheduling horizon`, null);
    }
  };
  const projectStart = at('the project start', () => calendar.ceilIndex(projectStartDay));
  if (statusDate === null) return { calendar, projectStartDay, projectStart, status: null };
  const day = toDay(statusDate);
  const index = at(`the status date ${statusDate}`, () => calendar.floorIndex(day));
  const workingDay = calendar.dayAt(index);
  return { calendar, projectStartDay, projectStart, status: { day, index, workingDay } };
}

function runForward(graph: Graph, ctx: PassContext, start: string): void {
  let current: Node | null = null;
  try {
    forwardPass(graph, ctx, (node) => (current = node));
  } catch (error) {
    if (!(error instanceof HorizonError)) throw error;
    const id = (current as Node | null)?.task.id ?? null;
    const last = fromDay(error.horizon);
    const limit =
      last.endsWith('-12-31') && last.startsWith('2200')
        ? 'the last day planwerk schedules'
        : `more than 100 years after the project start (${start})`;
    throw new ScheduleError(
      `${id === null ? 'the plan' : `task '${id}'`} would end after ${last}, ${limit}: ` +
        'check its lags and duration, and the interruptions',
      id,
    );
  }
}

function scheduledTask(node: Node, calendar: Calendar, stops: Stop[]): ScheduledTask {
  const { task } = node;
  const float = floatOf(node);
  const duration = task.milestone ? 0 : calendar.floorIndex(node.finishDay) - node.s + 1;
  return {
    id: task.id,
    name: task.name,
    phase: task.phase,
    milestone: task.milestone,
    start: fromDay(node.startDay),
    finish: fromDay(node.finishDay),
    duration: task.milestone ? 0 : Math.max(1, duration),
    float,
    critical: float <= 0 && node.status !== 'done',
    segments: task.milestone
      ? [{ start: fromDay(node.startDay), finish: fromDay(node.finishDay) }]
      : segmentsOf(node.startDay, node.finishDay, stops, calendar),
    interrupted: isInterrupted(Math.min(node.raw, node.startDay), node.finishDay, stops),
    progress: node.progress,
    status: node.status,
    deadline: task.deadline ?? null,
    baselineStart: null,
    baselineFinish: null,
    slipDays: null,
    slipCalendarDays: null,
  };
}

function criticalPath(tasks: ScheduledTask[]): string[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return tasks
    .map((task, order) => ({ task, order }))
    .filter(({ task }) => task.critical)
    .sort(
      (a, b) =>
        compare(a.task.start, b.task.start) ||
        compare(a.task.finish, b.task.finish) ||
        a.order - b.order,
    )
    .map(({ task }) => task.id);
}
