/**
 * The forward pass: earliest dates of every task, predecessors first. Positions are
 * working-day indexes, so lags and durations are index steps.
 *
 * Dependencies: FS — the successor starts lag working days after the first working day after
 * the predecessor's finish (a milestone successor falls on that finish day itself); SS — start
 * no earlier than the predecessor's start plus lag; FF — finish no earlier than the
 * predecessor's finish plus lag; SF — finish no earlier than the predecessor's start plus lag.
 * Nothing is placed before the project start; `start:` is "no earlier than".
 */
import { toDay, type Day } from './dates.js';
import { workingDuration } from './duration.js';
import type { Calendar } from './calendar.js';
import type { Graph, Node } from './schedule-graph.js';
import { activeFinishIndex, activeStart, placeDone, progressOf } from './progress.js';
import type { Placement, StatusPoint } from './progress.js';
import { placeMilestone } from './milestones.js';

export interface PassContext {
  calendar: Calendar;
  projectStartDay: Day;
  projectStart: number;
  status: StatusPoint | null;
}

/** Earliest start and finish a task's predecessors and constraints allow. */
export interface Bounds {
  start: number;
  finish: number;
  /** The latest calendar day a constraint names: where the task would start without stops. */
  raw: Day;
}

/** Places every task; `visit` hears of each before it is placed (to name it in errors). */
export function forwardPass(graph: Graph, ctx: PassContext, visit?: (node: Node) => void): void {
  for (const i of graph.order) {
    const node = graph.nodes[i] as Node;
    visit?.(node);
    if (node.task.milestone) placeMilestone(node, graph.nodes, ctx);
    else placeTask(node, graph.nodes, ctx);
  }
}

export function boundsOf(node: Node, nodes: Node[], ctx: PassContext): Bounds {
  const { calendar } = ctx;
  const gap = node.task.milestone ? 0 : 1;
  const bounds: Bounds = { start: ctx.projectStart, finish: -Infinity, raw: ctx.projectStartDay };
  if (node.task.start !== undefined) {
    const day = toDay(node.task.start);
    bounds.start = Math.max(bounds.start, calendar.ceilIndex(day));
    bounds.raw = Math.max(bounds.raw, day);
  }
  for (const { node: from, type, lag } of node.preds) {
    const pred = nodes[from] as Node;
    if (type === 'FS') {
      bounds.start = Math.max(bounds.start, pred.f + lag + gap);
      bounds.raw = Math.max(
        bounds.raw,
        calendar.dayAt(Math.max(0, Math.min(pred.f, pred.f + lag))) + gap,
      );
    } else if (type === 'SS') {
      bounds.start = Math.max(bounds.start, pred.s + lag);
      bounds.raw = Math.max(
        bounds.raw,
        calendar.dayAt(Math.max(0, Math.min(pred.s, pred.s + lag))),
      );
    } else {
      const from = type === 'FF' ? pred.f : pred.s;
      bounds.finish = Math.max(bounds.finish, from + lag);
    }
  }
  return bounds;
}

function placeTask(node: Node, nodes: Node[], ctx: PassContext): void {
  const { status: statusPoint, calendar } = ctx;
  const { status, progress } = progressOf(node.task);
  node.status = status;
  node.progress = progress;
  const bounds = boundsOf(node, nodes, ctx);
  if (status === 'planned' && statusPoint !== null) {
    bounds.start = Math.max(bounds.start, statusPoint.index + 1);
    bounds.raw = Math.max(bounds.raw, statusPoint.day + 1);
  }
  const planned = placePlanned(node, bounds, ctx);
  if (status === 'planned') return;
  node.startFact = statusPoint !== null || node.task.actual?.start !== undefined;
  node.finishFact =
    node.task.actual?.finish !== undefined || (statusPoint !== null && status === 'done');
  const days = durationAt(node, planned.startDay, ctx);
  if (status === 'done') {
    setPlacement(node, placeDone(node.task, planned, days, calendar, statusPoint), ctx);
    return;
  }
  const start = activeStart(node.task, planned, statusPoint, calendar.dayAt(ctx.projectStart));
  const s = calendar.ceilIndex(start);
  const f = Math.max(
    activeFinishIndex(s, durationAt(node, start, ctx), progress, statusPoint),
    bounds.finish,
  );
  setPlacement(node, { startDay: start, finishDay: calendar.dayAt(f) }, ctx);
}

/**
 * Places the work on its earliest start; a finish bound (FF, SF) may push it later, to the
 * earliest start whose finish meets the bound. A `mo` duration depends on the start (and need
 * not grow with it), so its start is tried one working day after another.
 */
function placePlanned(node: Node, bounds: Bounds, ctx: PassContext): Placement {
  const { calendar } = ctx;
  let s = bounds.start;
  let days = durationAt(node, calendar.dayAt(s), ctx);
  if (node.task.duration?.unit !== 'mo') s = Math.max(s, bounds.finish - days + 1);
  while (s + days - 1 < bounds.finish) {
    s += 1;
    days = durationAt(node, calendar.dayAt(s), ctx);
  }
  node.s = s;
  node.f = s + days - 1;
  node.startDay = calendar.dayAt(node.s);
  node.finishDay = calendar.dayAt(node.f);
  node.raw = bounds.raw;
  return { startDay: node.startDay, finishDay: node.finishDay };
}

function setPlacement(node: Node, placement: Placement, ctx: PassContext): void {
  node.startDay = placement.startDay;
  node.finishDay = placement.finishDay;
  node.s = ctx.calendar.ceilIndex(placement.startDay);
  node.f = ctx.calendar.floorIndex(placement.finishDay);
  node.raw = placement.startDay;
}

function durationAt(node: Node, start: Day, ctx: PassContext): number {
  const { duration } = node.task;
  return duration === undefined ? 1 : workingDuration(duration, start, ctx.calendar);
}
