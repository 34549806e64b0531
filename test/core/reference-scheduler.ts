/**
 * A deliberately naive reference scheduler, written from the plan format's text and the
 * documented scheduling choices only, to cross-check the real one. It walks the calendar day by
 * day and tries start days one after another. Test code only.
 *
 * Subset: workdays, public holidays, closed days, interruptions; durations in d, w and mo;
 * FS/SS/FF/SF with lags ≥ 0; `start:`; milestones without `date:`; no progress, no status date.
 * Every predecessor must come earlier in file order.
 */
import { createRequire } from 'node:module';
import type HolidaysLibrary from 'date-holidays';
import type { Plan, Task } from '../../src/core/plan.js';

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const Holidays = createRequire(import.meta.url)('date-holidays') as typeof HolidaysLibrary;

export interface ReferenceDates {
  start: string;
  finish: string;
}

export const dayOf = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  MS_PER_DAY;
export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The same date N months later, clamped to the end of the month (31 Jan + 1mo = 28/29 Feb). */
function addMonths(iso: string, months: number): number {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(Number(iso.slice(8, 10)), lastDay)) / MS_PER_DAY;
}

/** Public holidays of a region and year, as ISO dates; cached, they never change. */
const holidayCache = new Map<string, Set<string>>();

function isPublicHoliday(region: string | undefined, iso: string): boolean {
  if (region === undefined) return false;
  const key = `${region} ${iso.slice(0, 4)}`;
  let days = holidayCache.get(key);
  if (days === undefined) {
    const [country = '', state] = region.split('-');
    const only = { types: ['public' as const] };
    const library =
      state === undefined ? new Holidays(country, only) : new Holidays(country, state, only);
    const list = library.getHolidays(Number(iso.slice(0, 4))) || [];
    days = new Set(list.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayCache.set(key, days);
  }
  return days.has(iso);
}

const inside = (day: number, ranges: { from: string; to: string }[]): boolean =>
  ranges.some((r) => dayOf(r.from) <= day && day <= dayOf(r.to));

/** The calendar, asked one day at a time. */
export class Calendar {
  constructor(private readonly plan: Plan) {}

  /** A workday that is neither a public holiday nor closed (the calendar `mo` counts on). */
  isWorkday(day: number): boolean {
    const weekday = WEEKDAYS[new Date(day * MS_PER_DAY).getUTCDay()] ?? '';
    if (!(this.plan.calendar.workdays as string[]).includes(weekday)) return false;
    if (isPublicHoliday(this.plan.calendar.holidays, isoOf(day))) return false;
    return !inside(day, this.plan.calendar.closed);
  }

  /** A day on which work happens: also not inside an interruption. */
  isWorking(day: number): boolean {
    return this.isWorkday(day) && !inside(day, this.plan.interruptions);
  }

  firstWorkingOnOrAfter(day: number): number {
    let d = day;
    while (!this.isWorking(d)) d++;
    return d;
  }

  /** The working day `count` working days after `day` (`day` itself for 0). */
  plus(day: number, count: number): number {
    let d = day;
    for (let left = count; left > 0; left--) d = this.firstWorkingOnOrAfter(d + 1);
    return d;
  }

  lastWorkingOnOrBefore(day: number): number {
    let d = day;
    while (!this.isWorking(d)) d--;
    return d;
  }

  /** The working day `count` working days before `day` (a working day itself for 0). */
  minus(day: number, count: number): number {
    let d = this.lastWorkingOnOrBefore(day);
    for (let left = count; left > 0; left--) d = this.lastWorkingOnOrBefore(d - 1);
    return d;
  }

  /** Signed count of working days after `from` up to and including `to`. */
  between(from: number, to: number): number {
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let d = low + 1; d <= high; d++) if (this.isWorking(d)) count++;
    return sign * count;
  }
}

export function workingDaysOf(task: Task, start: number, plan: Plan, calendar: Calendar): number {
  const { amount, unit } = task.duration ?? { amount: 1, unit: 'd' };
  if (unit === 'd') return Math.max(1, amount);
  if (unit === 'w') return Math.max(1, Math.ceil(amount * plan.calendar.workdays.length));
  let count = 0;
  for (let d = start; d < addMonths(isoOf(start), amount); d++) {
    if (calendar.isWorkday(d)) count++;
  }
  return Math.max(1, count);
}

interface Placed {
  start: number;
  finish: number;
}

/** Start and finish of every task and milestone, by id. */
export function referenceSchedule(plan: Plan): Map<string, ReferenceDates> {
  const calendar = new Calendar(plan);
  const placed = new Map<string, Placed>();
  const tasks = [...plan.phases.flatMap((p) => p.tasks), ...plan.milestones];
  for (const task of tasks) {
    const dates = task.milestone
      ? placeMilestone(task, plan, calendar, placed)
      : placeTask(task, plan, calendar, placed);
    placed.set(task.id, dates);
  }
  const result = new Map<string, ReferenceDates>();
  for (const [id, dates] of placed) {
    result.set(id, { start: isoOf(dates.start), finish: isoOf(dates.finish) });
  }
  return result;
}

function predecessor(id: string, placed: Map<string, Placed>): Placed {
  const dates = placed.get(id);
  if (dates === undefined) throw new Error(`reference: '${id}' must come earlier`);
  return dates;
}

function placeTask(task: Task, plan: Plan, cal: Calendar, placed: Map<string, Placed>): Placed {
  let earliestStart = dayOf(plan.project.start);
  if (task.start !== undefined) earliestStart = Math.max(earliestStart, dayOf(task.start));
  let earliestFinish = -Infinity;
  for (const link of task.after) {
    const pred = predecessor(link.task, placed);
    if (link.type === 'FS') {
      const bound = cal.plus(cal.firstWorkingOnOrAfter(pred.finish + 1), link.lag);
      earliestStart = Math.max(earliestStart, bound);
    }
    if (link.type === 'SS') earliestStart = Math.max(earliestStart, cal.plus(pred.start, link.lag));
    if (link.type === 'FF')
      earliestFinish = Math.max(earliestFinish, cal.plus(pred.finish, link.lag));
    if (link.type === 'SF')
      earliestFinish = Math.max(earliestFinish, cal.plus(pred.start, link.lag));
  }
  // Try start days one after another until the finish meets every finish bound.
  for (let start = cal.firstWorkingOnOrAfter(earliestStart); ;) {
    const finish = cal.plus(start, workingDaysOf(task, start, plan, cal) - 1);
    if (finish >= earliestFinish) return { start, finish };
    start = cal.firstWorkingOnOrAfter(start + 1);
  }
}

function placeMilestone(
  task: Task,
  plan: Plan,
  cal: Calendar,
  placed: Map<string, Placed>,
): Placed {
  let earliest = dayOf(plan.project.start);
  if (task.start !== undefined) earliest = Math.max(earliest, dayOf(task.start));
  for (const link of task.after) {
    const pred = predecessor(link.task, placed);
    // Into a milestone every link names a day: FS and FF the finish, SS and SF the start.
    const base = link.type === 'FS' || link.type === 'FF' ? pred.finish : pred.start;
    earliest = Math.max(earliest, cal.plus(base, link.lag));
  }
  const day = cal.firstWorkingOnOrAfter(earliest);
  return { start: day, finish: day };
}
