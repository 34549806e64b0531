/** Every task and milestone of a plan with its path in the plan data. */
import type { Plan, Task } from './plan.js';
import type { PlanPath } from './path-problem.js';

export interface TaskEntry {
  task: Task;
  path: PlanPath;
}

export function taskEntries(plan: Plan): TaskEntry[] {
  const inPhases = plan.phases.flatMap((phase, i) =>
    phase.tasks.map((task, j): TaskEntry => ({ task, path: ['phases', i, 'tasks', j] })),
  );
  const loose = plan.milestones.map((task, k): TaskEntry => ({ task, path: ['milestones', k] }));
  return [...inPhases, ...loose];
}

/** 'task' or 'milestone', for messages. */
export function kindOf(task: Task): string {
  return task.milestone ? 'milestone' : 'task';
}
