/** Conflicts of a schedule: fixed milestones their predecessors miss, and missed deadlines. */
import { fromDay, toDay } from './dates.js';
import type { Calendar } from './calendar.js';
import type { Conflict } from './schedule.js';
import type { Graph, Node } from './schedule-graph.js';
import { latestPredecessor } from './milestones.js';

export function conflictsOf(graph: Graph, calendar: Calendar): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const node of graph.nodes) {
    const late = lateConflict(node, graph.nodes, calendar);
    if (late !== null) conflicts.push(late);
    const deadline = deadlineConflict(node, calendar);
    if (deadline !== null) conflicts.push(deadline);
  }
  return conflicts;
}

function lateConflict(node: Node, nodes: Node[], calendar: Calendar): Conflict | null {
  if (node.required === null || node.required <= node.f) return null;
  const days = node.required - node.f;
  const pred = latestPredecessor(node, nodes);
  const needs = fromDay(calendar.dayAt(node.required));
  const by = pred === null ? 'its predecessors' : `'${pred.task.id}'`;
  return {
    task: node.task.id,
    kind: 'late',
    days,
    message:
      `milestone '${node.task.id}' is fixed on ${fromDay(node.finishDay)}, but ${by} ` +
      `allows ${needs} at the earliest: ${days} working ${days === 1 ? 'day' : 'days'} late`,
  };
}

function deadlineConflict(node: Node, calendar: Calendar): Conflict | null {
  const { deadline } = node.task;
  if (deadline === undefined || node.finishDay <= toDay(deadline)) return null;
  const days = Math.max(
    1,
    calendar.floorIndex(node.finishDay) - calendar.floorIndex(toDay(deadline)),
  );
  const what = node.task.milestone ? 'falls on' : 'finishes on';
  return {
    task: node.task.id,
    kind: 'deadline',
    days,
    message:
      `'${node.task.id}' ${what} ${fromDay(node.finishDay)}, ${days} working ` +
      `${days === 1 ? 'day' : 'days'} after its deadline ${deadline}`,
  };
}
