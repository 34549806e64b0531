/**
 * Durations in working days. `Nd` is N working days; `Nw` is N × the workdays of a week (so
 * 2w is 8 days in a four-day week); `Nmo` is the days from the start up to, not including, the
 * same date N months later that are workdays and neither holidays nor closed — interruptions
 * do count, so a task paused by a stop keeps its length. Fractions round up to whole days
 * (a fraction of a month is that fraction of the following month); a task lasts at least 1d.
 */
import { addMonths, type Day } from './dates.js';
import type { Duration } from './plan.js';
import type { Calendar } from './calendar.js';

export function workingDuration(duration: Duration, start: Day, calendar: Calendar): number {
  return Math.max(1, rawDays(duration, start, calendar));
}

function rawDays({ amount, unit }: Duration, start: Day, calendar: Calendar): number {
  if (unit === 'd') return Math.ceil(amount);
  if (unit === 'w') return Math.ceil(amount * calendar.workdaysPerWeek);
  const whole = Math.floor(amount);
  const wholeEnd = addMonths(start, whole);
  const days = calendar.countMonthDays(start, wholeEnd);
  const fraction = amount - whole;
  if (fraction === 0) return days;
  const next = calendar.countMonthDays(wholeEnd, addMonths(start, whole + 1));
  return days + Math.ceil(fraction * next);
}
