/**
 * The backward pass: latest finish of every task, successors first, from the project finish,
 * deadlines and fixed milestones. Total float is latest finish minus earliest finish in
 * working days; for a milestone fixed by date it is measured from the later of its date and
 * the day its predecessors need, so a missed date shows as negative float.
 */
import { toDay, type Day } from './dates.js';
import type { Calendar } from './calendar.js';
import type { Graph, Node } from './schedule-graph.js';

export function backwardPass(graph: Graph, calendar: Calendar, projectFinish: Day): void {
  const finishIndex = calendar.floorIndex(projectFinish);
  const { nodes, order } = graph;
  for (let k = order.length - 1; k >= 0; k--) {
    const node = nodes[order[k] as number] as Node;
    node.lf = latestFinish(node, nodes, calendar, finishIndex);
  }
}

function latestFinish(node: Node, nodes: Node[], calendar: Calendar, finish: number): number {
  let lf = finish;
  if (node.task.deadline !== undefined) {
    lf = Math.min(lf, calendar.floorIndex(toDay(node.task.deadline)));
  }
  if (isFixed(node)) {
    lf = Math.min(lf, node.f);
  }
  const span = spanOf(node);
  for (const { node: to, type, lag } of node.succs) {
    const succ = nodes[to] as Node;
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
  const earliest = node.required === null ? node.f : Math.max(node.f, node.required);
  return node.lf - earliest;
}

/** A milestone that does not move: fixed by `date:` or reached on an actual date. */
function isFixed({ task }: Node): boolean {
  return task.milestone && (task.date !== undefined || task.actual !== undefined);
}
