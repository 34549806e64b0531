/**
 * `plan schedule FILE`: load → validate → schedule → print the table or the JSON of the
 * contract. Without --status-date the plan's own status date applies; a plan without one is
 * scheduled as planned (progress moves nothing), so the result does not depend on today.
 */
import type { Context } from '../context.js';
import type { Schedule } from '../core/schedule.js';
import { ScheduleError } from '../core/schedule-error.js';
import { schedulePlan } from '../core/scheduler.js';
import { PlanError } from '../errors.js';
import { loadBaselineSchedule } from '../io/load-baseline.js';
import type { LoadedPlan } from '../io/load-plan.js';
import { formatScheduleJson } from '../render/schedule-json.js';
import { formatScheduleTable } from '../render/schedule-table.js';
import { loadValidPlan } from './load-valid-plan.js';

export interface ScheduleOptions {
  statusDate?: string;
  baseline?: string;
  format: 'text' | 'json';
}

/** The seam for `--baseline REV`: the plan at a git revision, scheduled. */
export type LoadBaseline = (rev: string, file: string) => Promise<Schedule>;

export async function scheduleCommand(
  file: string,
  opts: ScheduleOptions,
  ctx: Context,
  loadBaseline: LoadBaseline = (rev, f) => loadBaselineSchedule(rev, f, ctx.cwd),
): Promise<number> {
  const loaded = await loadValidPlan(file, ctx, opts.statusDate);
  const baseline = opts.baseline === undefined ? null : await loadBaseline(opts.baseline, file);
  const schedule = scheduleLoaded(loaded, opts.statusDate ?? null, baseline);
  ctx.out(
    opts.format === 'json'
      ? formatScheduleJson(schedule)
      : formatScheduleTable(schedule, loaded.plan, ctx.color),
  );
  return 0;
}

/** Schedules a loaded plan; a plan that cannot be scheduled is reported at its task's line. */
export function scheduleLoaded(
  loaded: LoadedPlan & { plan: NonNullable<LoadedPlan['plan']> },
  statusDate: string | null,
  baseline: Schedule | null = null,
): Schedule {
  try {
    return schedulePlan(loaded.plan, { statusDate, baseline });
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const at = error.taskId === null ? null : loaded.locateTask(error.taskId);
    const where = at === null ? loaded.file : `${loaded.file}:${at.line}:${at.column}`;
    throw new PlanError(`${where}: ${error.message}`);
  }
}
