/** A scheduled task for tests of renderers and models: planned, one day, nothing else set. */
import type { ScheduledTask } from '../../src/core/schedule.js';

export function scheduledTask(over: Partial<ScheduledTask> & { id: string }): ScheduledTask {
  return {
    name: over.id,
    phase: 'p1',
    milestone: false,
    start: '2024-01-01',
    finish: '2024-01-01',
    duration: 1,
    float: 0,
    critical: false,
    segments: [],
    interrupted: false,
    progress: 0,
    status: 'planned',
    deadline: null,
    baselineStart: null,
    baselineFinish: null,
    slipDays: null,
    slipCalendarDays: null,
    ...over,
  };
}
