/**
 * A plan as text (read from git) to its schedule, or the reason it has none. It is scheduled
 * exactly as `plan schedule` schedules the same text: as of its own status date, and as planned
 * when it has none (never as of the commit's date or today, which would move every date).
 */
import { isIsoDate } from '../core/dates.js';
import { isRecord } from '../core/normalize-plan.js';
import type { Plan } from '../core/plan.js';
import type { Schedule } from '../core/schedule.js';
import { schedulePlan } from '../core/scheduler.js';
import { PlanwerkError } from '../errors.js';
import { parsePlanText } from './load-plan.js';
import { parseYaml } from './parse-yaml.js';

/** An invalid version still tells its status date when its YAML has a valid one. */
export type TextOutcome =
  { plan: Plan; schedule: Schedule } | { error: string; statusDate: string | null };

export function scheduleText(text: string, file: string): TextOutcome {
  const loaded = parsePlanText(text, file);
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (loaded.plan === null || errors.length > 0) {
    const first = errors[0];
    const statusDate = statusDateOf(text, file);
    if (first === undefined) return { error: 'invalid plan', statusDate };
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    const where = first.line > 0 ? `${first.line}:${first.column}: ` : '';
    return { error: `invalid plan: ${where}${first.message}${more}`, statusDate };
  }
  const plan = loaded.plan;
  try {
    return { plan, schedule: schedulePlan(plan, { statusDate: plan.project.statusDate ?? null }) };
  } catch (error) {
    if (!(error instanceof PlanwerkError)) throw error;
    const statusDate = plan.project.statusDate ?? null;
    return { error: `cannot be scheduled: ${error.message}`, statusDate };
  }
}

/** `project.statusDate` of plan text that is not a valid plan, when it is a date; else null. */
function statusDateOf(text: string, file: string): string | null {
  const { data } = parseYaml(text, file);
  const project = isRecord(data) ? data.project : undefined;
  const date = isRecord(project) ? project.statusDate : undefined;
  return typeof date === 'string' && isIsoDate(date) ? date : null;
}
