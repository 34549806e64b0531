import fc from 'fast-check';
import type { Plan, Weekday } from '../../src/core/plan.js';
import { schedulePlan } from '../../src/core/scheduler.js';
import { plan, type TaskSpec } from './plan-fixture.js';
import { referenceWithFloat } from './reference-float.js';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const dayAfter = (start: string, days: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Kind = 'task' | 'milestone' | 'fixed';
type Report = 'none' | 'partial' | 'full' | 'actuals' | 'actual-start' | 'actual-partial';

const taskArbitrary = fc.record({
  kind: fc
    .integer({ min: 0, max: 9 })
    .map((n): Kind => (n < 7 ? 'task' : n < 8 ? 'milestone' : 'fixed')),
  unit: fc.constantFrom('d', 'd', 'd', 'w', 'mo'),
  amount: fc.integer({ min: 1, max: 20 }),
  offset: fc.option(fc.integer({ min: -10, max: 120 }), { freq: 3 }),
  report: fc.constantFrom<Report>(
    ...(['none', 'none', 'none', 'none', 'none', 'partial', 'full'] as const),
    ...(['actuals', 'actual-start', 'actual-partial'] as const),
  ),
  percent: fc.integer({ min: 1, max: 99 }),
  actual: fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 25 })),
  deadline: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 3 }),
  date: fc.integer({ min: -5, max: 200 }),
  preds: fc.array(
    fc.record({
      back: fc.integer({ min: 1, max: 5 }),
      type: fc.constantFrom('FS', 'FS', 'FS', 'FS', 'SS', 'FF'),
      lag: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 3 },
  ),
});

type Generated = typeof taskArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Progress, actuals and the fields of one kind, within the reference's subset. */
function specOf(t: Generated, i: number, start: string, statusOffset: number): TaskSpec {
  const id = `t${i}`;
  if (t.kind === 'fixed') return { id, milestone: true, date: dayAfter(start, t.date) };
  const deadline = t.deadline === null ? {} : { deadline: dayAfter(start, t.deadline) };
  const offset = t.offset === null ? {} : { start: dayAfter(start, t.offset) };
  if (t.kind === 'milestone') {
    return {
      id,
      milestone: true,
      ...offset,
      ...deadline,
      ...(t.report === 'full' ? { progress: 100 } : {}),
    };
  }
  const actualStart = t.actual[0] % (statusOffset + 1);
  const actualFinish = Math.min(statusOffset, actualStart + t.actual[1]);
  const report: Partial<TaskSpec> = {
    none: {},
    partial: { progress: t.percent },
    full: { progress: 100 },
    actuals: {
      actual: { start: dayAfter(start, actualStart), finish: dayAfter(start, actualFinish) },
    },
    'actual-start': { actual: { start: dayAfter(start, actualStart) } },
    'actual-partial': { progress: t.percent, actual: { start: dayAfter(start, actualStart) } },
  }[t.report];
  return { id, duration: durationText(t.unit, t.amount), ...offset, ...deadline, ...report };
}

const plainTask = (spec: TaskSpec): boolean =>
  spec.milestone !== true && spec.progress === undefined && spec.actual === undefined;

/** Random plans within the reference's subset, always with a status date. */
const plans: fc.Arbitrary<Plan> = fc
  .record({
    start: fc.integer({ min: 0, max: 4000 }).map((d) => dayAfter('2019-01-01', d)),
    status: fc.integer({ min: 7, max: 150 }),
    workdays: fc.oneof(fc.constant(WEEK.slice(0, 5)), fc.subarray(WEEK, { minLength: 1 })),
    holidays: fc.constantFrom('DE-SN', undefined),
    stop: fc.option(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 40 })), {
      freq: 3,
    }),
    tasks: fc.array(taskArbitrary, { minLength: 1, maxLength: 12 }),
  })
  .map(({ start, status, workdays, holidays, stop, tasks }) => {
    const specs = tasks.map((t, i) => specOf(t, i, start, status));
    tasks.forEach((t, i) => {
      const spec = specs[i] as TaskSpec;
      spec.after = t.preds
        .filter((p) => i - p.back >= 0)
        .filter((p, k, all) => all.findIndex((q) => q.back === p.back) === k)
        .map((p) => ({ task: `t${i - p.back}`, type: p.type, lag: p.lag }))
        .filter(
          (l) =>
            l.type === 'FS' ||
            (plainTask(spec) && plainTask(specs[Number(l.task.slice(1))] as TaskSpec)),
        );
      // Unanchored milestones are refused by the validator: anchor them at the project start.
      if (spec.milestone === true && spec.date === undefined && spec.after.length === 0) {
        spec.start ??= start;
      }
    });
    return plan(specs, {
      start,
      statusDate: dayAfter(start, status),
      workdays,
      holidays,
      interruptions:
        stop === null
          ? []
          : [{ from: dayAfter(start, stop[0]), to: dayAfter(start, stop[0] + stop[1]) }],
    });
  });

function durationText(unit: string, amount: number): string {
  if (unit === 'w') return `${Math.ceil(amount / 5)}w`;
  if (unit === 'mo') return `${Math.ceil(amount / 8)}mo`;
  return `${amount}d`;
}

interface Compared {
  tasks: string[];
  conflicts: string[];
}

function planwerk(p: Plan): Compared {
  const s = schedulePlan(p);
  return {
    tasks: s.tasks.map(
      (t) => `${t.id} ${t.status} ${t.start} ${t.finish} f${t.float} ${t.critical ? 'C' : '-'}`,
    ),
    conflicts: s.conflicts.map((c) => `${c.task} ${c.kind} ${c.days}`).sort(),
  };
}

function reference(p: Plan): Compared {
  const r = referenceWithFloat(p);
  return {
    tasks: r.tasks.map(
      (t) => `${t.id} ${t.status} ${t.start} ${t.finish} f${t.float} ${t.critical ? 'C' : '-'}`,
    ),
    conflicts: r.conflicts.map((c) => `${c.task} ${c.kind} ${c.days}`).sort(),
  };
}

describe('schedulePlan against the reference with a status date, fixed dates and float', () => {
  it('when a random plan with progress is scheduled then dates, float and conflicts agree', () => {
    fc.assert(
      fc.property(plans, (p) => {
        expect(planwerk(p)).toEqual(reference(p));
      }),
      { numRuns: 150, seed: 20_240_611 },
    );
  });
});
