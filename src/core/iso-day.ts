/** Day numbers to 'YYYY-MM-DD', remembered: a schedule writes the same few days many times. */
import { fromDay, type Day } from './dates.js';

const known = new Map<Day, string>();

export function isoDay(day: Day): string {
  let text = known.get(day);
  if (text === undefined) {
    text = fromDay(day);
    if (known.size > 200_000) known.clear();
    known.set(day, text);
  }
  return text;
}
