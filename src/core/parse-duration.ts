/** Durations and dependency strings of the plan format, parsed into the plan model. */
import type { Dependency, DependencyType, Duration, DurationUnit } from './plan.js';

const DURATION = /^([0-9]+)(d|w|mo)$/;
const DEPENDENCY = /^\s*(\S+)(?:\s+([+-])\s*([0-9]+)d)?\s*$/;
const DEPENDENCY_TYPES: readonly string[] = ['FS', 'SS', 'FF', 'SF'];

/** '10d', '3w', '2mo' to a Duration; null when malformed. Zero is parsed (and rejected later). */
export function parseDuration(text: string): Duration | null {
  const m = DURATION.exec(text.trim());
  if (m === null) return null;
  return { amount: Number(m[1]), unit: m[2] as DurationUnit };
}

/** A lag such as '10d', '+10d' or '-2d' in working days; null when malformed. */
export function parseLag(value: unknown): number | null {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value !== 'string') return null;
  const m = /^\s*([+-]?)\s*([0-9]+)d\s*$/.exec(value);
  if (m === null) return null;
  const days = Number(m[2]);
  return m[1] === '-' ? -days : days;
}

/** 'tender', 'tender +10d', 'tender -2d' to a finish-to-start dependency; null when malformed. */
export function parseDependencyText(text: string): Dependency | null {
  const m = DEPENDENCY.exec(text);
  if (m === null || m[1] === undefined) return null;
  const days = m[3] === undefined ? 0 : Number(m[3]);
  return { task: m[1], type: 'FS', lag: m[2] === '-' ? -days : days };
}

/** `after` entries in either form; null when the entry is malformed. */
export function parseDependency(entry: unknown): Dependency | null {
  if (typeof entry === 'string') return parseDependencyText(entry);
  if (typeof entry !== 'object' || entry === null) return null;
  const task = (entry as { task?: unknown }).task;
  const type = (entry as { type?: unknown }).type ?? 'FS';
  const lag = parseLag((entry as { lag?: unknown }).lag);
  if (typeof task !== 'string' || typeof type !== 'string' || lag === null) return null;
  if (!DEPENDENCY_TYPES.includes(type)) return null;
  return { task, type: type as DependencyType, lag };
}
