/** The plan as a graph of tasks and dependencies, in an order where predecessors come first. */
import type { Day } from './dates.js';
import { allTasks, type DependencyType, type Plan, type Task } from './plan.js';
import type { TaskStatus } from './schedule.js';
import { ScheduleError } from './schedule-error.js';

export interface Link {
  node: number;
  type: DependencyType;
  lag: number;
}

/**
 * One task or milestone while it is scheduled. Positions are working-day indexes of the
 * calendar: `s` the first working day of the work, `f` the last (for a milestone on a working
 * day both are its day).
 */
export interface Node {
  task: Task;
  preds: Link[];
  succs: Link[];
  s: number;
  f: number;
  startDay: Day;
  finishDay: Day;
  /** First calendar day the task could have started on without interruptions. */
  raw: Day;
  status: TaskStatus;
  progress: number;
  /** For a milestone fixed by date: the index its predecessors require (may be later). */
  required: number | null;
  /** Latest finish (index), from the backward pass; a fixed milestone's is its date. */
  lf: number;
  /** Latest finish that successors, deadlines and the project finish allow. */
  lfOther: number;
  /** The start is a fact (actual, or started as of the status date): FS/SS no longer bind. */
  startFact: boolean;
  /** The finish is a fact (actual, or done as of the status date): FF/SF no longer bind. */
  finishFact: boolean;
}

export interface Graph {
  nodes: Node[];
  /** Node numbers, every predecessor before its successors. */
  order: number[];
}

export function buildGraph(plan: Plan): Graph {
  const tasks = allTasks(plan);
  const byId = new Map(tasks.map((task, i) => [task.id, i]));
  const nodes = tasks.map(emptyNode);
  tasks.forEach((task, i) => {
    for (const dep of task.after) {
      const from = byId.get(dep.task);
      if (from === undefined) {
        throw new ScheduleError(
          `task '${task.id}' comes after unknown task '${dep.task}'`,
          task.id,
        );
      }
      nodes[i]?.preds.push({ node: from, type: dep.type, lag: dep.lag });
      nodes[from]?.succs.push({ node: i, type: dep.type, lag: dep.lag });
    }
  });
  return { nodes, order: topologicalOrder(nodes) };
}

function emptyNode(task: Task): Node {
  return {
    task,
    preds: [],
    succs: [],
    s: 0,
    f: 0,
    startDay: 0,
    finishDay: 0,
    raw: 0,
    status: 'planned',
    progress: 0,
    required: null,
    lf: 0,
    lfOther: 0,
    startFact: false,
    finishFact: false,
  };
}

/** Kahn's algorithm, without recursion; a cycle is reported with one task on it. */
function topologicalOrder(nodes: Node[]): number[] {
  const waiting = nodes.map((node) => node.preds.length);
  const order: number[] = [];
  waiting.forEach((count, i) => count === 0 && order.push(i));
  for (let k = 0; k < order.length; k++) {
    for (const link of (nodes[order[k] as number] as Node).succs) {
      const left = (waiting[link.node] as number) - 1;
      waiting[link.node] = left;
      if (left === 0) order.push(link.node);
    }
  }
  if (order.length < nodes.length) {
    const stuck = nodes.find((_, i) => (waiting[i] as number) > 0) as Node;
    const id = stuck.task.id;
    throw new ScheduleError(`task '${id}' is part of a dependency cycle`, id);
  }
  return order;
}
