/**
 * Everything a decision-control report says, assembled from the plan, its schedule and (where
 * the plan has git history) the milestone trend. Pure: no files, no clock, no formatting.
 */
import type { Conflict, Schedule, ScheduledTask } from './schedule.js';
import type { Body, Plan, ResolutionPoint, Review } from './plan.js';
import { summarizeBudget, type BudgetSummary } from './budget.js';
import { fromDay, toDay, type Day } from './dates.js';
import { validRows, type History } from './history.js';

/** How many not-finished critical tasks the report lists as "next on the critical path". */
export const CRITICAL_NEXT = 5;

/** A trend needs two versions of the plan at least: one version shows no movement. */
export const MIN_TREND = 2;

export interface ReportInterruption {
  id: string;
  from: string;
  to: string;
  /** Calendar days of the stop, both ends included. */
  calendarDays: number;
  /** First working day after the stop. */
  restart: string;
  reason: string | null;
}

export interface ReportMilestone {
  id: string;
  name: string;
  forecast: string;
  baseline: string | null;
  slipDays: number | null;
  slipCalendarDays: number | null;
  done: boolean;
  critical: boolean;
}

export interface ReportModel {
  project: Plan['project'];
  statusDate: string;
  resolutionPoints: ResolutionPoint[];
  timeline: {
    start: string;
    forecastFinish: string;
    /**
     * The project's baseline finish: the latest baseline finish of any task, known only when
     * the work that ends the forecast has a baseline itself; else null.
     */
    baselineFinish: string | null;
    slipCalendarDays: number | null;
    interruptions: ReportInterruption[];
    milestones: ReportMilestone[];
    criticalNext: ScheduledTask[];
    conflicts: (Conflict & { name: string })[];
  };
  budget: BudgetSummary | null;
  bodies: Body[];
  /** Reviews after the status date, earliest first. */
  upcomingReviews: (Review & { bodyName: string | null })[];
  nextReview: (Review & { bodyName: string | null }) | null;
  /** The milestone trend from the plan's git history; null without one. */
  trend: History | null;
}

export interface ReportInput {
  plan: Plan;
  schedule: Schedule;
  /** The as-of date of the report; the schedule's status date when it has one. */
  statusDate: string;
  isWorkingDay: (day: Day) => boolean;
  trend?: History | null;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { plan, schedule } = input;
  const statusDate = schedule.project.statusDate ?? input.statusDate;
  const upcomingReviews = reviewsAfter(plan, statusDate);
  return {
    project: plan.project,
    statusDate,
    resolutionPoints: plan.resolutionPoints,
    timeline: timelineOf(input),
    budget: summarizeBudget(plan, schedule.project),
    bodies: plan.governance?.bodies ?? [],
    upcomingReviews,
    nextReview: upcomingReviews[0] ?? null,
    trend: input.trend && validRows(input.trend).length >= MIN_TREND ? input.trend : null,
  };
}

/**
 * A baseline written on an early task says nothing about when the project was meant to end:
 * the project's baseline finish is known only when every task that ends the forecast has one.
 */
function projectBaselineFinish(schedule: Schedule): string | null {
  const last = schedule.tasks.filter((t) => t.finish === schedule.project.finish);
  if (last.length === 0 || last.some((t) => t.baselineFinish === null)) return null;
  const baselines = schedule.tasks.flatMap((t) => (t.baselineFinish ? [t.baselineFinish] : []));
  return baselines.sort().at(-1) ?? null;
}

function timelineOf(input: ReportInput): ReportModel['timeline'] {
  const { plan, schedule } = input;
  const baselineFinish = projectBaselineFinish(schedule);
  const names = new Map(schedule.tasks.map((t) => [t.id, t.name]));
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  return {
    start: schedule.project.start,
    forecastFinish: schedule.project.finish,
    baselineFinish,
    slipCalendarDays:
      baselineFinish === null ? null : toDay(schedule.project.finish) - toDay(baselineFinish),
    interruptions: plan.interruptions.map((i) => ({
      id: i.id,
      from: i.from,
      to: i.to,
      calendarDays: toDay(i.to) - toDay(i.from) + 1,
      restart: nextWorkingDay(i.to, input.isWorkingDay),
      reason: i.reason ?? null,
    })),
    milestones: schedule.tasks.filter((t) => t.milestone).map(toMilestone),
    criticalNext: schedule.criticalPath
      .flatMap((id) => byId.get(id) ?? [])
      .filter((t) => t.status !== 'done')
      .slice(0, CRITICAL_NEXT),
    conflicts: schedule.conflicts.map((c) => ({ ...c, name: names.get(c.task) ?? c.task })),
  };
}

function toMilestone(t: ScheduledTask): ReportMilestone {
  return {
    id: t.id,
    name: t.name,
    forecast: t.finish,
    baseline: t.baselineFinish,
    slipDays: t.slipDays,
    slipCalendarDays: t.slipCalendarDays,
    done: t.status === 'done',
    critical: t.critical,
  };
}

/** The first working day after `day`; gives up after ten years of closed days. */
function nextWorkingDay(day: string, isWorkingDay: (d: Day) => boolean): string {
  const first = toDay(day) + 1;
  for (let d = first; d < first + 3660; d += 1) if (isWorkingDay(d)) return fromDay(d);
  return fromDay(first);
}

function reviewsAfter(plan: Plan, statusDate: string): ReportModel['upcomingReviews'] {
  const bodies = new Map((plan.governance?.bodies ?? []).map((b) => [b.id, b.name]));
  return (plan.governance?.reviews ?? [])
    .filter((r) => r.date > statusDate)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) => ({ ...r, bodyName: r.body === undefined ? null : (bodies.get(r.body) ?? null) }));
}
