import fc from 'fast-check';
import { createCalendar } from '../../src/core/calendar.js';
import { toDay } from '../../src/core/dates.js';
import type { Plan, Weekday } from '../../src/core/plan.js';
import { schedulePlan } from '../../src/core/scheduler.js';
import type { Schedule } from '../../src/core/schedule.js';
import { plan, type TaskSpec } from './plan-fixture.js';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

const dayAfter = (start: string, days: number): string =>
  new Date((toDay(start) + days) * 86_400_000).toISOString().slice(0, 10);

/** Random plans without deadlines, fixed milestones or progress. */
const plans: fc.Arbitrary<Plan> = fc
  .record({
    start: fc.integer({ min: 0, max: 3000 }).map((d) => dayAfter('2020-01-01', d)),
    workdays: fc.subarray(WEEK, { minLength: 1 }),
    saxon: fc.boolean(),
    stop: fc.option(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 90 }))),
    tasks: fc.array(
      fc.record({
        days: fc.integer({ min: 1, max: 30 }),
        unit: fc.constantFrom('d', 'd', 'w', 'mo'),
        milestone: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
        offset: fc.option(fc.integer({ min: 0, max: 150 })),
        preds: fc.array(
          fc.record({
            back: fc.integer({ min: 1, max: 5 }),
            type: fc.constantFrom(...TYPES),
            lag: fc.integer({ min: -3, max: 8 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 25 },
    ),
  })
  .map(({ start, workdays, saxon, stop, tasks }) => {
    const specs: TaskSpec[] = tasks.map((t, i) => ({
      id: `t${i}`,
      ...(t.milestone
        ? { milestone: true }
        : { duration: t.unit === 'mo' ? `${Math.min(t.days, 4)}mo` : `${t.days}${t.unit}` }),
      ...(t.offset === null ? {} : { start: dayAfter(start, t.offset) }),
      after: t.preds
        .filter((p) => i - p.back >= 0)
        .filter((p, k, all) => all.findIndex((q) => q.back === p.back) === k)
        .map((p) => ({ task: `t${i - p.back}`, type: p.type, lag: p.lag })),
    }));
    const interruptions =
      stop === null
        ? []
        : [{ from: dayAfter(start, stop[0]), to: dayAfter(start, stop[0] + stop[1]) }];
    return plan(specs, { start, workdays, holidays: saxon ? 'DE-SN' : undefined, interruptions });
  });

function checkWorkingDays(p: Plan, s: Schedule): void {
  const calendar = createCalendar(p);
  for (const t of s.tasks) {
    const ends = t.milestone ? [t.start] : t.segments.flatMap((g) => [g.start, g.finish]);
    for (const day of ends)
      expect([t.id, day, calendar.isWorkingDay(toDay(day))]).toEqual([t.id, day, true]);
    if (!t.milestone) {
      const worked = t.segments.reduce(
        (n, g) => n + calendar.workingDaysBetween(g.start, g.finish) + 1,
        0,
      );
      expect(worked).toBe(t.duration);
    }
  }
}

function checkDependencies(p: Plan, s: Schedule): void {
  const calendar = createCalendar(p);
  const at = new Map(s.tasks.map((t) => [t.id, t]));
  const idx = (day: string) => calendar.floorIndex(toDay(day));
  for (const task of [...p.phases.flatMap((ph) => ph.tasks), ...p.milestones]) {
    const succ = at.get(task.id)!;
    expect(toDay(succ.start)).toBeGreaterThanOrEqual(toDay(p.project.start));
    if (task.start !== undefined)
      expect(toDay(succ.start)).toBeGreaterThanOrEqual(toDay(task.start));
    for (const dep of task.after) {
      const pred = at.get(dep.task)!;
      const gap = dep.type === 'FS' && !task.milestone ? 1 : 0;
      const from = dep.type === 'SS' || dep.type === 'SF' ? idx(pred.start) : idx(pred.finish);
      const to = dep.type === 'FS' || dep.type === 'SS' ? idx(succ.start) : idx(succ.finish);
      expect([task.id, dep.type, to]).toEqual([
        task.id,
        dep.type,
        Math.max(to, from + gap + dep.lag),
      ]);
    }
  }
}

describe('scheduler properties', () => {
  test('when any plan is scheduled then no work lies on a non-working day', () => {
    fc.assert(
      fc.property(plans, (p) => checkWorkingDays(p, schedulePlan(p))),
      { numRuns: 150 },
    );
  });

  test('when any plan is scheduled then every dependency is honoured', () => {
    fc.assert(
      fc.property(plans, (p) => checkDependencies(p, schedulePlan(p))),
      { numRuns: 150 },
    );
  });

  test('when there are no deadlines then floats are not negative and the path ends last', () => {
    fc.assert(
      fc.property(plans, (p) => {
        const s = schedulePlan(p);
        for (const t of s.tasks) expect(t.float).toBeGreaterThanOrEqual(0);
        const critical = s.tasks.filter((t) => t.critical);
        expect(critical.length).toBeGreaterThan(0);
        expect(critical.some((t) => t.finish === s.project.finish)).toBe(true);
        expect(s.criticalPath).toEqual(expect.arrayContaining(critical.map((t) => t.id)));
      }),
      { numRuns: 150 },
    );
  });

  test('when the time zone changes then the schedule stays the same', () => {
    const saved = process.env.TZ;
    try {
      fc.assert(
        fc.property(plans, (p) => {
          process.env.TZ = 'UTC';
          const utc = JSON.stringify(schedulePlan(p));
          for (const zone of ['Pacific/Kiritimati', 'America/St_Johns', 'Europe/Berlin']) {
            process.env.TZ = zone;
            expect(JSON.stringify(schedulePlan(p))).toBe(utc);
          }
        }),
        { numRuns: 30 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
