/**
 * The backward pass: latest finish of every task, successors first, from the project finish,
 * deadlines and fixed milestones. Total float is latest finish minus earliest finish in
 * working days. A milestone fixed by date is an anchor: its float is how far the day its
 * predecessors need could move before it misses its date (negative: missed by that much), or,
 * without predecessors, how far its date lies before what its successors and the project
 * finish need.
 *
 * A link whose bound on the successor is already a fact no longer constrains the predecessor:
 * FS and SS into a task that has started (actual start, or active or done as of the status
 * date), FF and SF into one that has finished. Out-of-order progress is a validation warning.
 */
import { toDay, type Day } from './dates.js';
import type { Calendar } from './calendar.js';
import type { Graph, Node } from './schedule-graph.js';

export function backwardPass(graph: Graph, calendar: Calendar, projectFinish: Day): void {
  const finishIndex = calendar.floorIndex(projectFinish);
  const { nodes, order } = graph;
  for (let k = order.length - 1; k >= 0; k--) {
    const node = nodes[order[k] as number] as Node;
    node.lfOther = latestFinish(node, nodes, calendar, finishIndex);
    // A fixed milestone does not move: its predecessors are bounded by its date alone.
    node.lf = isFixed(node) ? node.f : node.lfOther;
  }
}

function latestFinish(node: Node, nodes: Node[], calendar: Calendar, finish: number): number {
  let lf = finish;
  if (node.task.deadline !== undefined) {
    lf = Math.min(lf, calendar.floorIndex(toDay(node.task.deadline)));
  }
  const span = spanOf(node);
  for (const { node: to, type, lag } of node.succs) {
    const succ = nodes[to] as Node;
    if (type === 'FS' || type === 'SS' ? succ.startFact : succ.finishFact) continue;
    const latestStart = succ.lf - spanOf(succ);
    if (type === 'FS') lf = Math.min(lf, latestStart - lag - (succ.task.milestone ? 0 : 1));
    else if (type === 'SS') lf = Math.min(lf, latestStart - lag + span);
    else if (type === 'FF') lf = Math.min(lf, succ.lf - lag);
    else lf = Math.min(lf, succ.lf - lag + span);
  }
  return lf;
}

/** Working days from the first to the last day of the work, less one (0 for a milestone). */
export function spanOf(node: Node): number {
  return node.task.milestone ? 0 : Math.max(0, node.f - node.s);
}

export function floatOf(node: Node): number {
  if (!isFixed(node)) return node.lf - node.f;
  return node.required === null ? node.lfOther - node.f : node.lf - node.required;
}

/** A milestone that does not move: fixed by `date:` or reached on an actual date. */
function isFixed({ task }: Node): boolean {
  return task.milestone && (task.date !== undefined || task.actual !== undefined);
}
