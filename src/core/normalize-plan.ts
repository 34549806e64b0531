/**
 * Raw plan data (as YAML gives it) to the plan model. Lenient: it never throws and keeps every
 * entry in file order, so that the rules can run on a plan that also has schema errors and a
 * model index is also the index in the file. Values of the wrong type become empty defaults.
 */
import type {
  BudgetYear,
  DateRange,
  Interruption,
  Language,
  Phase,
  Plan,
  ResolutionPoint,
  ResolutionStatus,
  Task,
  Weekday,
} from './plan.js';
import { parseDependency, parseDuration } from './parse-duration.js';

type Raw = Record<string, unknown>;

export const DEFAULT_WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: keys such as `constructor` never reach a prototype. */
export function field(raw: unknown, key: string): unknown {
  return isRecord(raw) && Object.hasOwn(raw, key) ? raw[key] : undefined;
}

function str(raw: unknown, key: string): string | undefined {
  const value = field(raw, key);
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : undefined;
}

function num(raw: unknown, key: string): number | undefined {
  const value = field(raw, key);
  return typeof value === 'number' ? value : undefined;
}

export function list(raw: unknown, key: string): unknown[] {
  const value = field(raw, key);
  return Array.isArray(value) ? value : [];
}

/** `after` may be one entry or a list. */
export function afterEntries(raw: unknown): unknown[] {
  const value = field(raw, 'after');
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function dates(raw: unknown, key: string): { start?: string; finish?: string } | undefined {
  const value = field(raw, key);
  if (!isRecord(value)) return undefined;
  return withoutUndefined({ start: str(value, 'start'), finish: str(value, 'finish') });
}

function withoutUndefined<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as T;
}

export function normalizeTask(raw: unknown, phase: string | null, milestone = false): Task {
  const duration = parseDuration(str(raw, 'duration') ?? '');
  const task: Task = {
    id: str(raw, 'id') ?? '',
    name: str(raw, 'name') ?? str(raw, 'id') ?? '',
    phase,
    milestone: milestone || field(raw, 'milestone') === true,
    ...(duration === null ? {} : { duration }),
    after: afterEntries(raw).map((e) => parseDependency(e) ?? { task: '', type: 'FS', lag: 0 }),
  };
  return Object.assign(
    task,
    withoutUndefined({
      start: str(raw, 'start'),
      date: str(raw, 'date'),
      deadline: str(raw, 'deadline'),
      progress: num(raw, 'progress'),
      actual: dates(raw, 'actual'),
      baseline: dates(raw, 'baseline'),
      assumption: str(raw, 'assumption'),
      notes: str(raw, 'notes'),
    }),
  );
}

function normalizePhase(raw: unknown): Phase {
  const id = str(raw, 'id') ?? '';
  const tasks = list(raw, 'tasks').map((t) => normalizeTask(t, id));
  const assumption = str(raw, 'assumption');
  return { id, name: str(raw, 'name') ?? id, tasks, ...(assumption ? { assumption } : {}) };
}

/** A closed day or range: '2024-12-24' or { from, to }. */
export function normalizeRange(raw: unknown): DateRange {
  if (typeof raw === 'string') return { from: raw, to: raw };
  const from = str(raw, 'from') ?? '';
  return { from, to: str(raw, 'to') ?? from };
}

function normalizeInterruption(raw: unknown): Interruption {
  const range = normalizeRange(raw);
  const extra = withoutUndefined({
    reason: str(raw, 'reason'),
    assumption: str(raw, 'assumption'),
  });
  return { id: str(raw, 'id') ?? '', ...range, ...extra };
}

function normalizeBudget(raw: unknown): Plan['budget'] {
  if (!isRecord(raw)) return undefined;
  const years = field(raw, 'years');
  const entries = isRecord(years) ? Object.entries(years) : [];
  const budgetYears = entries.map(([year, value]): BudgetYear => {
    const amounts = ['approved', 'planned', 'spent', 'source', 'assumption'] as const;
    const fields = Object.fromEntries(amounts.map((k) => [k, field(value, k)]));
    return { year: Number(year), ...withoutUndefined(fields) };
  });
  return { currency: str(raw, 'currency') ?? 'EUR', years: budgetYears };
}

function normalizeGovernance(raw: unknown): Plan['governance'] {
  if (!isRecord(raw)) return undefined;
  const bodies = list(raw, 'bodies').map((b) => {
    const id = str(b, 'id') ?? '';
    return { id, name: str(b, 'name') ?? id, ...withoutUndefined({ role: str(b, 'role') }) };
  });
  const reviews = list(raw, 'reviews').map((r) => ({
    date: str(r, 'date') ?? '',
    title: str(r, 'title') ?? '',
    ...withoutUndefined({ body: str(r, 'body') }),
  }));
  return { bodies, reviews };
}

function normalizeResolutionPoint(raw: unknown): ResolutionPoint {
  const status = (str(raw, 'status') ?? 'open') as ResolutionStatus;
  const report = str(raw, 'report');
  return {
    id: str(raw, 'id') ?? '',
    text: str(raw, 'text') ?? '',
    status,
    ...withoutUndefined({ report }),
  };
}

function normalizeProject(raw: unknown): Plan['project'] {
  const resolution = field(raw, 'resolution');
  const language: Language = field(raw, 'language') === 'de' ? 'de' : 'en';
  return {
    id: str(raw, 'id') ?? '',
    title: str(raw, 'title') ?? '',
    start: str(raw, 'start') ?? '',
    language,
    ...withoutUndefined({
      statusDate: str(raw, 'statusDate'),
      description: str(raw, 'description'),
      owner: str(raw, 'owner'),
    }),
    ...(isRecord(resolution)
      ? {
          resolution: {
            id: str(resolution, 'id') ?? '',
            ...withoutUndefined({
              session: str(resolution, 'session'),
              date: str(resolution, 'date'),
              title: str(resolution, 'title'),
            }),
          },
        }
      : {}),
  };
}

function normalizeCalendar(raw: unknown): Plan['calendar'] {
  const workdays = field(raw, 'workdays');
  return {
    workdays: Array.isArray(workdays) ? (workdays as Weekday[]) : [...DEFAULT_WORKDAYS],
    ...withoutUndefined({ holidays: str(raw, 'holidays') }),
    closed: list(raw, 'closed').map(normalizeRange),
  };
}

/** Raw data to the plan model; a valid plan keeps all its meaning. */
export function normalizePlan(raw: unknown): Plan {
  const budget = normalizeBudget(field(raw, 'budget'));
  const governance = normalizeGovernance(field(raw, 'governance'));
  return {
    version: 1,
    project: normalizeProject(field(raw, 'project')),
    calendar: normalizeCalendar(field(raw, 'calendar')),
    interruptions: list(raw, 'interruptions').map(normalizeInterruption),
    phases: list(raw, 'phases').map(normalizePhase),
    milestones: list(raw, 'milestones').map((m) => normalizeTask(m, null, true)),
    ...(budget ? { budget } : {}),
    ...(governance ? { governance } : {}),
    resolutionPoints: list(raw, 'resolutionPoints').map(normalizeResolutionPoint),
  };
}
