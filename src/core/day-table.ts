/** The precomputed numbering of working days over a range of calendar days. */
import { yearOf, type Day } from './dates.js';
import type { HolidaySource } from './holidays.js';

export interface DayRules {
  isWorkday(day: Day): boolean;
  holidays: HolidaySource;
  closed: [Day, Day][];
  interruptions: [Day, Day][];
  workdaysPerWeek: number;
}

export interface DayTable {
  /** Last day covered (inclusive); the first is the calendar's origin. */
  end: Day;
  /** Per day: 0 working, 1 off (weekend, holiday, closed), 2 interrupted, 3 both. */
  flags: Uint8Array;
  /** prefix[i]: working days in [origin, origin + i). */
  prefix: Int32Array;
  /** basePrefix[i]: days in [origin, origin + i) that are workdays, not holidays, not closed. */
  basePrefix: Int32Array;
  /** The working days in order: the day with working-day index i. */
  workingDays: Int32Array;
}

const OFF = 1;
const STOPPED = 2;

export function buildDayTable(rules: DayRules, origin: Day, end: Day): DayTable {
  const size = end - origin + 1;
  const flags = markDays(rules, origin, end, size);
  const prefix = new Int32Array(size + 1);
  const basePrefix = new Int32Array(size + 1);
  let working = 0;
  let base = 0;
  for (let i = 0; i < size; i++) {
    const flag = flags[i] as number;
    if (flag === 0) working++;
    if ((flag & OFF) === 0) base++;
    prefix[i + 1] = working;
    basePrefix[i + 1] = base;
  }
  const workingDays = new Int32Array(working);
  for (let i = 0, k = 0; i < size; i++) if (flags[i] === 0) workingDays[k++] = origin + i;
  return { end, flags, prefix, basePrefix, workingDays };
}

function markDays(rules: DayRules, origin: Day, end: Day, size: number): Uint8Array {
  const flags = new Uint8Array(size);
  for (let i = 0; i < size; i++) if (!rules.isWorkday(origin + i)) flags[i] = OFF;
  for (let year = yearOf(origin); year <= yearOf(end); year++) {
    for (const day of rules.holidays(year)) mark(flags, origin, end, [day, day], OFF);
  }
  for (const range of rules.closed) mark(flags, origin, end, range, OFF);
  for (const range of rules.interruptions) mark(flags, origin, end, range, STOPPED);
  return flags;
}

function mark(flags: Uint8Array, origin: Day, end: Day, [from, to]: [Day, Day], bit: number) {
  for (let d = Math.max(from, origin); d <= Math.min(to, end); d++) {
    flags[d - origin] = (flags[d - origin] as number) | bit;
  }
}
