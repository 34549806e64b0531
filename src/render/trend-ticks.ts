/** Month ticks for the date axes of the trend chart. */
import { addMonths, fromDay, toDay, type Day } from '../core/dates.js';
import type { Language } from '../core/plan.js';

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

/** Ticks on the first of every 1, 3, 6 or 12 months, so that at most about `most` show. */
export function monthTicks(range: DateRangeDays, most = 12): Day[] {
  const months = Math.round((range.to - range.from) / 30.44);
  const step = [1, 3, 6, 12, 24].find((s) => months / s <= most) ?? 60;
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

const MONTHS_DE = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
];

/** '2025-06' in English, 'Juni 2025' in German. */
export function monthLabel(day: Day, language: Language = 'en'): string {
  const iso = fromDay(day);
  if (language === 'en') return iso.slice(0, 7);
  return `${MONTHS_DE[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}
