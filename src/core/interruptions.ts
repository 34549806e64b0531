/**
 * What interruptions did to a task. Their days are not working days, so the calendar already
 * pauses work under way and moves unstarted work behind a stop; here the task is split into
 * its working pieces and marked when a stop fell between the day it could have started
 * without stops and its finish.
 */
import { toDay, type Day } from './dates.js';
import { isoDay as fromDay } from './iso-day.js';
import type { Calendar } from './calendar.js';
import type { Interruption } from './plan.js';
import type { Segment } from './schedule.js';

export type Stop = [Day, Day];

export function stopsOf(interruptions: Interruption[]): Stop[] {
  return interruptions
    .map((stop): Stop => [toDay(stop.from), toDay(stop.to)])
    .sort((a, b) => a[0] - b[0]);
}

export function isInterrupted(from: Day, finish: Day, stops: Stop[]): boolean {
  return stops.some(([a, b]) => a <= finish && b >= from);
}

/** The working pieces of [start, finish]: more than one when a stop lies inside. */
export function segmentsOf(start: Day, finish: Day, stops: Stop[], calendar: Calendar) {
  const pieces: [Day, Day][] = [];
  let from = start;
  for (const [a, b] of stops) {
    if (b < from || a > finish) continue;
    if (a > from) pieces.push([from, a - 1]);
    from = Math.max(from, b + 1);
  }
  if (from <= finish) pieces.push([from, finish]);
  const segments: Segment[] = [];
  pieces.forEach(([a, b], i) => {
    const first = i === 0 ? a : calendar.dayAt(calendar.ceilIndex(a));
    const last = i === pieces.length - 1 ? b : calendar.dayAt(calendar.floorIndex(b));
    if (first <= last) segments.push({ start: fromDay(first), finish: fromDay(last) });
  });
  if (segments.length === 0) segments.push({ start: fromDay(start), finish: fromDay(finish) });
  return segments;
}
