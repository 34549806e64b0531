/**
 * Calendar days without time or zone. A day is an integer: days since 1970-01-01. All
 * arithmetic is in UTC, so results never depend on TZ or daylight-saving changes.
 */

import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export type Day = number;

/** True for a real calendar date written as YYYY-MM-DD (2023-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' to a day number; throws on a malformed or impossible date. */
export function toDay(iso: string): Day {
  if (!isIsoDate(iso)) throw new RangeError(`not a date: '${iso}'`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 'sun'…'sat' of a day. */
export function weekdayOf(day: Day): (typeof WEEKDAYS)[number] {
  // 1970-01-01 was a Thursday (index 4).
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7] as (typeof WEEKDAYS)[number];
}

/** The same day of the month N months later, clamped to the month's end (Jan 31 + 1mo = Feb 28). */
export function addMonths(day: Day, months: number): Day {
  // dayjs in UTC: calendar months without any time zone or daylight-saving shift.
  return (
    dayjs
      .utc(day * MS_PER_DAY)
      .add(months, 'month')
      .valueOf() / MS_PER_DAY
  );
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
