/**
 * The machine-readable schedule of `plan schedule --format json`. The fields of the plan
 * format's contract come first and keep their names and meaning; later fields are additions.
 */
import type { Schedule, ScheduledTask } from '../core/schedule.js';

export function formatScheduleJson(schedule: Schedule): string {
  const { project } = schedule;
  const json = {
    project: {
      id: project.id,
      start: project.start,
      finish: project.finish,
      statusDate: project.statusDate,
    },
    tasks: schedule.tasks.map(taskJson),
    conflicts: schedule.conflicts.map(({ task, kind, days, message }) => ({
      task,
      kind,
      days,
      message,
    })),
    criticalPath: schedule.criticalPath,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function taskJson(t: ScheduledTask) {
  return {
    id: t.id,
    phase: t.phase,
    milestone: t.milestone,
    start: t.start,
    finish: t.finish,
    duration: t.duration,
    float: t.float,
    critical: t.critical,
    baselineFinish: t.baselineFinish,
    slipDays: t.slipDays,
    name: t.name,
    status: t.status,
    progress: t.progress,
    interrupted: t.interrupted,
    segments: t.segments,
    deadline: t.deadline,
    baselineStart: t.baselineStart,
    slipCalendarDays: t.slipCalendarDays,
  };
}
