/** Shortcuts for the scheduler's tests. */
import { schedulePlan } from '../../src/core/scheduler.js';
import type { Schedule, ScheduledTask } from '../../src/core/schedule.js';
import { plan, type PlanSpec, type TaskSpec } from './plan-fixture.js';

export function run(tasks: TaskSpec[], spec: PlanSpec = {}, statusDate?: string): Schedule {
  return schedulePlan(plan(tasks, spec), statusDate === undefined ? {} : { statusDate });
}

export function byId(schedule: Schedule, id: string): ScheduledTask {
  const found = schedule.tasks.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no task ${id}`);
  return found;
}

export const dates = (t: ScheduledTask): [string, string] => [t.start, t.finish];
