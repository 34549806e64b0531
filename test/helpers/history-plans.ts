/** Small hand-built plans and schedules for the history and diff tests. */
import { scheduledTask } from './scheduled-task.js';
import type { Plan, Task } from '../../src/core/plan.js';
import type { Schedule, ScheduledTask } from '../../src/core/schedule.js';

export function task(id: string, over: Partial<Task> = {}): Task {
  return { id, name: id, phase: 'p1', milestone: false, after: [], ...over };
}

export function milestone(id: string, over: Partial<Task> = {}): Task {
  return task(id, { milestone: true, ...over });
}

export function plan(tasks: Task[], over: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    project: { id: 'demo', title: 'Demo', start: '2024-01-01', language: 'en' },
    calendar: { workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], closed: [] },
    interruptions: [],
    phases: [{ id: 'p1', name: 'Phase 1', tasks }],
    milestones: [],
    resolutionPoints: [],
    ...over,
  };
}

/** A schedule with the given finish per task id (start = finish for milestones). */
export function schedule(finishes: Record<string, string>, milestones: string[] = []): Schedule {
  const tasks = Object.entries(finishes).map(([id, finish]) => scheduled(id, finish, milestones));
  const finish = Object.values(finishes).sort().at(-1) ?? '2024-01-01';
  return {
    project: { id: 'demo', start: '2024-01-01', finish, statusDate: null },
    tasks,
    conflicts: [],
    criticalPath: [],
  };
}

function scheduled(id: string, finish: string, milestones: string[]): ScheduledTask {
  const milestone = milestones.includes(id);
  const start = milestone ? finish : '2024-01-01';
  return scheduledTask({ id, name: id.toUpperCase(), milestone, start, finish, duration: 0 });
}
