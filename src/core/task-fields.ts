/** The fields of a task a plan diff compares, written as a person reads them in the plan. */
import type { Dependency, Duration, Task } from './plan.js';

export interface FieldChange {
  /** The key as written in the plan: 'duration', 'after', 'actual.finish', … */
  field: string;
  /** null where the field was not set. */
  from: string | null;
  to: string | null;
}

type Reader = (task: Task) => string | null;

const FIELDS: [string, Reader][] = [
  ['milestone', (t) => (t.milestone ? 'true' : 'false')],
  ['phase', (t) => t.phase],
  ['duration', (t) => formatDuration(t.duration)],
  ['start', (t) => t.start ?? null],
  ['date', (t) => t.date ?? null],
  ['deadline', (t) => t.deadline ?? null],
  ['after', (t) => (t.after.length === 0 ? null : t.after.map(formatDependency).join(', '))],
  ['progress', (t) => (t.progress === undefined ? null : String(t.progress))],
  ['actual.start', (t) => t.actual?.start ?? null],
  ['actual.finish', (t) => t.actual?.finish ?? null],
  ['baseline.start', (t) => t.baseline?.start ?? null],
  ['baseline.finish', (t) => t.baseline?.finish ?? null],
];

/** What differs between two versions of a task (its name is a rename, not listed here). */
export function taskFieldChanges(a: Task, b: Task): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, read] of FIELDS) {
    const from = read(a);
    const to = read(b);
    if (from !== to) changes.push({ field, from, to });
  }
  return changes;
}

export function formatDuration(duration: Duration | undefined): string | null {
  return duration === undefined ? null : `${duration.amount}${duration.unit}`;
}

/** 'tender', 'tender +10d', 'tender SS -2d'. */
export function formatDependency(dep: Dependency): string {
  const type = dep.type === 'FS' ? '' : ` ${dep.type}`;
  const lag = dep.lag === 0 ? '' : ` ${dep.lag > 0 ? '+' : '-'}${Math.abs(dep.lag)}d`;
  return `${dep.task}${type}${lag}`;
}
