/** A small plan and its schedule, worked out by hand, for the Gantt renderers. */
import { scheduledTask } from '../helpers/scheduled-task.js';
import type { Plan, Task } from '../../src/core/plan.js';
import type { Schedule, ScheduledTask } from '../../src/core/schedule.js';

function task(id: string, name: string, phase: string | null, extra: Partial<Task> = {}): Task {
  return { id, name, phase, milestone: false, after: [], ...extra };
}

export function smallPlan(names: { a?: string; b?: string; m?: string } = {}): Plan {
  return {
    version: 1,
    project: { id: 'demo', title: 'Demo rollout', start: '2024-01-01', language: 'en' },
    calendar: { workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], closed: [] },
    interruptions: [{ id: 'stop', from: '2024-02-01', to: '2024-02-29', reason: 'Restructuring' }],
    phases: [
      {
        id: 'p1',
        name: 'Phase 1',
        tasks: [
          task('a', names.a ?? 'Analysis', 'p1'),
          task('b', names.b ?? 'Build', 'p1'),
          task('m', names.m ?? 'Go-live', 'p1', { milestone: true }),
        ],
      },
    ],
    milestones: [task('review', 'Council review', null, { milestone: true })],
    resolutionPoints: [],
  };
}

function scheduled(over: Partial<ScheduledTask> & Pick<ScheduledTask, 'id' | 'name'>) {
  return scheduledTask(over);
}

/** Analysis: done in January. Build: paused by the February stop. Go-live and a review. */
export function smallSchedule(plan: Plan = smallPlan()): Schedule {
  const name = (id: string) =>
    [...plan.phases.flatMap((p) => p.tasks), ...plan.milestones].find((t) => t.id === id)?.name ??
    id;
  const tasks: ScheduledTask[] = [
    scheduled({
      id: 'a',
      name: name('a'),
      start: '2024-01-01',
      finish: '2024-01-12',
      duration: 10,
      segments: [{ start: '2024-01-01', finish: '2024-01-12' }],
      progress: 100,
      status: 'done',
      critical: true,
      baselineStart: '2024-01-01',
      baselineFinish: '2024-01-10',
    }),
    scheduled({
      id: 'b',
      name: name('b'),
      start: '2024-01-15',
      finish: '2024-03-08',
      duration: 20,
      segments: [
        { start: '2024-01-15', finish: '2024-01-31' },
        { start: '2024-03-01', finish: '2024-03-08' },
      ],
      interrupted: true,
      progress: 40,
      status: 'active',
      critical: true,
    }),
    scheduled({
      id: 'm',
      name: name('m'),
      milestone: true,
      start: '2024-03-08',
      finish: '2024-03-08',
      duration: 0,
      critical: true,
      baselineFinish: '2024-02-16',
    }),
    scheduled({
      id: 'review',
      name: name('review'),
      phase: null,
      milestone: true,
      start: '2024-04-02',
      finish: '2024-04-02',
      duration: 0,
      float: 17,
    }),
  ];
  return {
    project: { id: 'demo', start: '2024-01-01', finish: '2024-04-02', statusDate: '2024-01-22' },
    tasks,
    conflicts: [],
    criticalPath: ['a', 'b', 'm'],
  };
}
