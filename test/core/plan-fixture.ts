/** Plans built in code for the scheduler's tests. */
import type { Dependency, DurationUnit, Plan, Task, Weekday } from '../../src/core/plan.js';

export interface TaskSpec extends Partial<Omit<Task, 'duration' | 'after'>> {
  id: string;
  duration?: string;
  after?: (string | Partial<Dependency>)[];
}

export function task(spec: TaskSpec): Task {
  const { duration, after = [], ...rest } = spec;
  const m = duration === undefined ? null : /^(\d+(?:\.\d+)?)(d|w|mo)$/.exec(duration);
  return {
    name: spec.id,
    phase: spec.milestone === true && spec.phase === undefined ? null : 'p1',
    milestone: false,
    ...rest,
    ...(m === null ? {} : { duration: { amount: Number(m[1]), unit: m[2] as DurationUnit } }),
    after: after.map((a) =>
      typeof a === 'string' ? { task: a, type: 'FS', lag: 0 } : { type: 'FS', lag: 0, ...a },
    ) as Dependency[],
  };
}

export interface PlanSpec {
  start?: string;
  statusDate?: string;
  holidays?: string | undefined;
  workdays?: Weekday[];
  closed?: { from: string; to: string }[];
  interruptions?: { from: string; to: string }[];
  milestones?: TaskSpec[];
}

export function plan(tasks: TaskSpec[], spec: PlanSpec = {}): Plan {
  return {
    version: 1,
    project: {
      id: 'test',
      title: 'Test',
      start: spec.start ?? '2024-06-03',
      language: 'en',
      ...(spec.statusDate === undefined ? {} : { statusDate: spec.statusDate }),
    },
    calendar: {
      workdays: spec.workdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
      ...('holidays' in spec
        ? spec.holidays === undefined
          ? {}
          : { holidays: spec.holidays }
        : { holidays: 'DE-SN' }),
      closed: spec.closed ?? [],
    },
    interruptions: (spec.interruptions ?? []).map((r, i) => ({ id: `stop-${i + 1}`, ...r })),
    phases: [{ id: 'p1', name: 'Phase 1', tasks: tasks.map(task) }],
    milestones: (spec.milestones ?? []).map((m) => task({ ...m, milestone: true, phase: null })),
    resolutionPoints: [],
  };
}
