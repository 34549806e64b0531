/** Month ticks for the date axes of the trend chart. */
import { addMonths, fromDay, toDay, type Day } from '../core/dates.js';

export interface DateRangeDays {
  from: Day;
  to: Day;
}

/** The first day of the month of `day`. */
export function monthStart(day: Day): Day {
  return toDay(`${fromDay(day).slice(0, 7)}-01`);
}

/** The range widened to whole months, at least two months wide. */
export function monthRange(from: Day, to: Day): DateRangeDays {
  const start = monthStart(from);
  const end = addMonths(monthStart(to), 1);
  return { from: start, to: Math.max(end, addMonths(start, 2)) };
}

/** Ticks on the first of every 1, 3, 6 or 12 months, so that at most about 12 show. */
export function monthTicks(range: DateRangeDays): Day[] {
  const months = Math.round((range.to - range.from) / 30.44);
  const step = [1, 3, 6, 12, 24].find((s) => months / s <= 12) ?? 60;
  let tick = alignedStart(range.from, step);
  const ticks: Day[] = [];
  while (tick <= range.to) {
    if (tick >= range.from) ticks.push(tick);
    tick = addMonths(tick, step);
  }
  return ticks;
}

/** The first month on or after `day` whose number (0-based) is a multiple of the step. */
function alignedStart(day: Day, step: number): Day {
  let tick = monthStart(day);
  const monthOf = (d: Day): number => Number(fromDay(d).slice(5, 7)) - 1;
  while (monthOf(tick) % Math.min(step, 12) !== 0) tick = addMonths(tick, 1);
  return tick;
}

/** '2025-06' */
export function monthLabel(day: Day): string {
  return fromDay(day).slice(0, 7);
}
