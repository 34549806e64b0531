/**
 * The working-day calendar of a plan. A day is a working day when its weekday is a workday, it
 * is not a public holiday of the region, not closed, and not inside an interruption.
 *
 * Working days are numbered once over the plan's range (a sorted array and prefix counts), so
 * "N working days later" is an index step and never a day-by-day walk. The range grows on
 * demand up to the horizon: the end of 2200 or 100 years after the project start, whichever
 * comes first; asking beyond it throws a HorizonError.
 */
import { addMonths, toDay, weekdayOf, yearOf, type Day } from './dates.js';
import { publicHolidays, type HolidaySource } from './holidays.js';
import type { Plan } from './plan.js';
import { HorizonError } from './schedule-error.js';
import { buildDayTable, type DayTable, type DayRules } from './day-table.js';

export interface Calendar {
  isWorkingDay(day: Day): boolean;
  /** Signed count of working days after `from` up to and including `to`. */
  workingDaysBetween(from: string, to: string): number;
  /** Index of the last working day on or before `day` (working days are numbered in order). */
  floorIndex(day: Day): number;
  /** Index of the first working day on or after `day`. */
  ceilIndex(day: Day): number;
  /** The working day with this index. */
  dayAt(index: number): Day;
  /** Days in [from, until) that are workdays and not holidays or closed (stops do count). */
  countMonthDays(from: Day, until: Day): number;
  /** True when the day lies inside an interruption. */
  isInterrupted(day: Day): boolean;
  /** Number of workdays in a week: the length of one `w`. */
  readonly workdaysPerWeek: number;
  /** Last day the scheduler may place work on. */
  readonly horizon: Day;
}

const LAST_DAY = toDay('2200-12-31');

/** `alsoCover`: dates outside the plan the calendar must reach (a `--status-date`). */
export function createCalendar(plan: Plan, alsoCover: string[] = []): Calendar {
  const rules = dayRules(plan);
  const start = toDay(plan.project.start);
  const horizon = Math.min(LAST_DAY, addMonths(start, 1200));
  const known = [...explicitDays(plan), ...alsoCover.map(toDay)].filter((day) => day <= horizon);
  const origin = toDay(`${yearOf(Math.min(start, ...known)) - 1}-01-01`);
  const initialEnd = Math.min(horizon, Math.max(start, ...known) + 3 * 366);
  return new PlanCalendar(rules, origin, initialEnd, horizon);
}

function dayRules(plan: Plan): DayRules {
  const region = plan.calendar.holidays;
  const holidays: HolidaySource = region === undefined ? () => [] : publicHolidays(region);
  const workdays = new Set(plan.calendar.workdays);
  const ranges = (list: { from: string; to: string }[]): [Day, Day][] =>
    list.map((range) => [toDay(range.from), toDay(range.to)]);
  return {
    isWorkday: (day) => workdays.has(weekdayOf(day)),
    holidays,
    closed: ranges(plan.calendar.closed),
    interruptions: ranges(plan.interruptions),
    workdaysPerWeek: Math.max(1, workdays.size),
  };
}

/** Every date written in the plan, so the calendar's range covers them from the start. */
function explicitDays(plan: Plan): Day[] {
  const dates: (string | undefined)[] = [plan.project.statusDate];
  for (const task of [...plan.phases.flatMap((p) => p.tasks), ...plan.milestones]) {
    dates.push(task.start, task.date, task.deadline, task.actual?.start, task.actual?.finish);
  }
  return dates.filter((d): d is string => d !== undefined).map(toDay);
}

class PlanCalendar implements Calendar {
  private table: DayTable;
  readonly workdaysPerWeek: number;

  constructor(
    private readonly rules: DayRules,
    private readonly origin: Day,
    end: Day,
    readonly horizon: Day,
  ) {
    this.workdaysPerWeek = rules.workdaysPerWeek;
    this.table = buildDayTable(rules, origin, end);
  }

  isWorkingDay(day: Day): boolean {
    const t = this.table;
    if (day >= this.origin && day <= t.end) return t.flags[day - this.origin] === 0;
    return this.rules.isWorkday(day) && !this.isOff(day) && !this.isInterrupted(day);
  }

  workingDaysBetween(from: string, to: string): number {
    return this.floorIndex(toDay(to)) - this.floorIndex(toDay(from));
  }

  floorIndex(day: Day): number {
    if (day < this.origin) return -this.countBefore(day + 1) - 1;
    this.cover(day);
    return (this.table.prefix[day - this.origin + 1] as number) - 1;
  }

  ceilIndex(day: Day): number {
    if (day < this.origin) return -this.countBefore(day);
    this.cover(day);
    return this.table.prefix[day - this.origin] as number;
  }

  dayAt(index: number): Day {
    if (index < 0) return this.dayBefore(index);
    while (index >= this.table.workingDays.length) this.grow(this.table.end + 1);
    return this.table.workingDays[index] as Day;
  }

  countMonthDays(from: Day, until: Day): number {
    if (until <= from) return 0;
    this.cover(until);
    const base = this.table.basePrefix;
    return (base[until - this.origin] as number) - (base[from - this.origin] as number);
  }

  isInterrupted(day: Day): boolean {
    return this.rules.interruptions.some(([from, to]) => day >= from && day <= to);
  }

  private isOff(day: Day): boolean {
    if (this.rules.closed.some(([from, to]) => day >= from && day <= to)) return true;
    return this.rules.holidays(yearOf(day)).includes(day);
  }

  private cover(day: Day): void {
    if (day > this.table.end) this.grow(day);
  }

  private grow(day: Day): void {
    if (day > this.horizon) throw new HorizonError(this.horizon);
    // Grow by a quarter at least (amortised linear), but compute few holidays beyond need.
    const span = this.table.end - this.origin + 1;
    const end = Math.min(this.horizon, Math.max(day + 366, this.table.end + (span >> 2)));
    this.table = buildDayTable(this.rules, this.origin, end);
  }

  /** Working days in [day, origin): only for dates before the plan's range (rare). */
  private countBefore(day: Day): number {
    let count = 0;
    for (let d = day; d < this.origin; d++) if (this.isWorkingDay(d)) count++;
    return count;
  }

  private dayBefore(index: number): Day {
    let d = this.origin;
    for (let seen = 0; seen < -index;) if (this.isWorkingDay(--d)) seen++;
    return d;
  }
}
