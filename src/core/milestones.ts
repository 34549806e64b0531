/**
 * Placing milestones. A milestone with predecessors falls on the day the last of them
 * finishes (FS) — or on the bound another dependency type gives; without any it falls on the
 * project start or its `start:`. A milestone with `date:` stays on that date, also for its
 * successors; predecessors that need a later day make it late (a conflict). A milestone is
 * done when marked so (progress 100, an actual date) or when its date is on or before the
 * status date.
 */
import { toDay } from './dates.js';
import type { Node } from './schedule-graph.js';
import { boundsOf, type PassContext } from './forward-pass.js';

export function placeMilestone(node: Node, nodes: Node[], ctx: PassContext): void {
  const { calendar } = ctx;
  const { task } = node;
  const bounds = boundsOf(node, nodes, ctx);
  const actual = task.actual?.finish ?? task.actual?.start;
  if (actual !== undefined || task.date !== undefined) {
    const day = toDay(actual ?? (task.date as string));
    node.startDay = day;
    node.finishDay = day;
    node.s = calendar.ceilIndex(day);
    node.f = calendar.floorIndex(day);
    node.raw = day;
    if (actual === undefined && node.preds.length > 0) node.required = requiredBy(node, nodes);
  } else {
    const at = Math.max(bounds.start, bounds.finish);
    // On the day the last predecessor finishes even when that is a day off (an actual finish,
    // a fixed date): never on the working day before it.
    const day = Math.max(calendar.dayAt(at), linkedDay(node, nodes));
    node.s = calendar.ceilIndex(day);
    node.f = calendar.floorIndex(day);
    node.startDay = day;
    node.finishDay = day;
    node.raw = bounds.raw;
  }
  node.progress = actual !== undefined ? 100 : (task.progress ?? 0);
  const reached = ctx.status !== null && node.finishDay <= ctx.status.day;
  node.status = node.progress >= 100 || reached ? 'done' : 'planned';
  // Reached by an actual date, or marked reached as of the status date: a fact. A date merely
  // passed stays a target: predecessors that miss it are the `late` conflict.
  const fact = actual !== undefined || (ctx.status !== null && node.progress >= 100);
  node.startFact = fact;
  node.finishFact = fact;
}

/** The latest day a link without lag names: a predecessor's finish (FS, FF) or start. */
function linkedDay(node: Node, nodes: Node[]): number {
  let day = -Infinity;
  for (const { node: from, type, lag } of node.preds) {
    const pred = nodes[from] as Node;
    if (lag === 0)
      day = Math.max(day, type === 'SS' || type === 'SF' ? pred.startDay : pred.finishDay);
  }
  return day;
}

/** The working-day index the predecessors of a fixed milestone need it to be on. */
function requiredBy(node: Node, nodes: Node[]): number {
  let required = -Infinity;
  for (const { node: from, type, lag } of node.preds) {
    const pred = nodes[from] as Node;
    const ref = type === 'SS' || type === 'SF' ? pred.s : pred.f;
    required = Math.max(required, ref + lag);
  }
  return required;
}

/** The predecessor that needs the fixed milestone latest: named in the conflict message. */
export function latestPredecessor(node: Node, nodes: Node[]): Node | null {
  let best: Node | null = null;
  let bestAt = -Infinity;
  for (const { node: from, type, lag } of node.preds) {
    const pred = nodes[from] as Node;
    const at = (type === 'SS' || type === 'SF' ? pred.s : pred.f) + lag;
    if (at > bestAt) [best, bestAt] = [pred, at];
  }
  return best;
}
