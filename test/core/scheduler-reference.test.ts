import fc from 'fast-check';
import type { Plan, Weekday } from '../../src/core/plan.js';
import { schedulePlan } from '../../src/core/scheduler.js';
import { plan, type TaskSpec } from './plan-fixture.js';
import { referenceSchedule } from './reference-scheduler.js';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;

const dayAfter = (start: string, days: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const range = (start: string, from: number, length: number): { from: string; to: string } => ({
  from: dayAfter(start, from),
  to: dayAfter(start, from + length),
});

const taskArbitrary = fc.record({
  milestone: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  unit: fc.constantFrom('d', 'd', 'd', 'w', 'mo'),
  amount: fc.integer({ min: 1, max: 30 }),
  offset: fc.option(fc.integer({ min: -10, max: 200 }), { freq: 3 }),
  preds: fc.array(
    fc.record({
      back: fc.integer({ min: 1, max: 6 }),
      type: fc.constantFrom(...TYPES),
      lag: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength: 3 },
  ),
});

/** Random plans within the reference's subset: no progress, no status date, no fixed dates. */
const plans: fc.Arbitrary<Plan> = fc
  .record({
    start: fc.integer({ min: 0, max: 4000 }).map((d) => dayAfter('2019-01-01', d)),
    workdays: fc.oneof(fc.constant(WEEK.slice(0, 5)), fc.subarray(WEEK, { minLength: 1 })),
    holidays: fc.constantFrom('DE-SN', 'DE-BY', undefined),
    closed: fc.array(fc.tuple(fc.integer({ min: -5, max: 300 }), fc.integer({ min: 0, max: 20 })), {
      maxLength: 2,
    }),
    stops: fc.array(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 60 })), {
      maxLength: 2,
    }),
    tasks: fc.array(taskArbitrary, { minLength: 1, maxLength: 25 }),
  })
  .map(({ start, workdays, holidays, closed, stops, tasks }) => {
    const specs: TaskSpec[] = tasks.map((t, i) => ({
      id: `t${i}`,
      ...(t.milestone ? { milestone: true } : { duration: durationText(t.unit, t.amount) }),
      ...(t.offset === null ? {} : { start: dayAfter(start, t.offset) }),
      after: t.preds
        .filter((p) => i - p.back >= 0)
        .filter((p, k, all) => all.findIndex((q) => q.back === p.back) === k)
        .map((p) => ({ task: `t${i - p.back}`, type: p.type, lag: p.lag })),
    }));
    // Unanchored milestones are refused by the validator: anchor them at the project start.
    for (const spec of specs) {
      if (spec.milestone === true && spec.after?.length === 0 && spec.start === undefined) {
        spec.start = start;
      }
    }
    return plan(specs, {
      start,
      workdays,
      holidays,
      closed: closed.map(([from, length]) => range(start, from, length)),
      interruptions: apart(stops).map(([from, length]) => range(start, from, length)),
    });
  });

function durationText(unit: string, amount: number): string {
  if (unit === 'w') return `${Math.ceil(amount / 5)}w`;
  if (unit === 'mo') return `${Math.ceil(amount / 8)}mo`;
  return `${amount}d`;
}

/** Interruptions that do not overlap: the second begins after the first ends. */
function apart(stops: [number, number][]): [number, number][] {
  const [first, second] = stops;
  if (first === undefined) return [];
  if (second === undefined) return [first];
  return [first, [first[0] + first[1] + 1 + second[0], second[1]]];
}

function planwerkDates(p: Plan): string[] {
  return schedulePlan(p).tasks.map((t) => `${t.id} ${t.start} ${t.finish}`);
}

function referenceDates(p: Plan): string[] {
  return [...referenceSchedule(p)].map(([id, d]) => `${id} ${d.start} ${d.finish}`);
}

describe('schedulePlan against a naive reference scheduler', () => {
  it('when a random plan is scheduled then every start and finish equals the reference', () => {
    fc.assert(
      fc.property(plans, (p) => {
        expect(planwerkDates(p)).toEqual(referenceDates(p));
      }),
      { numRuns: 200, seed: 20_240_603 },
    );
  });

  /** Both schedulers, on one plan, against dates worked out by hand. */
  const both = (p: Plan): { planwerk: string[]; reference: string[] } => ({
    planwerk: planwerkDates(p),
    reference: referenceDates(p),
  });

  it('when FF pushes a 3mo task then both start it on the earliest day that meets it', () => {
    // Found by the property: planwerk started it a day late (7 Apr → 6 Jul). FF +2 from
    // Wed 30 Jun → finish ≥ Fri 2 Jul; start + 3mo ≥ 3 Jul; 3–5 Apr are off (Easter).
    const p = plan(
      [
        { id: 'gate', milestone: true, start: '2021-06-30' },
        { id: 'work', duration: '3mo', after: [{ task: 'gate', type: 'FF', lag: 2 }] },
      ],
      { start: '2021-01-18', holidays: 'DE-SN' },
    );
    const expected = ['gate 2021-06-30 2021-06-30', 'work 2021-04-06 2021-07-05'];
    expect(both(p)).toEqual({ planwerk: expected, reference: expected });
  });

  it('when a 1mo task is paused by a stop then it keeps its count of 22 days', () => {
    // [3 Jun, 3 Jul) 2024 holds 22 weekdays. Work: 3 Jun; stop 4–14 Jun; then 17 Jun to
    // 12 Jul is 20 days (21 in all); the 22nd is Mon 15 Jul.
    const p = plan([{ id: 'a', duration: '1mo' }], {
      start: '2024-06-03',
      holidays: undefined,
      interruptions: [{ from: '2024-06-04', to: '2024-06-14' }],
    });
    const expected = ['a 2024-06-03 2024-07-15'];
    expect(both(p)).toEqual({ planwerk: expected, reference: expected });
  });

  it('when links go into and out of a milestone then FS, SF and lags land as worked out', () => {
    // a: Fri 7, Mon 10, Tue 11 Jun. m falls on a's finish. b: FS +2 after m → the first
    // working day after Tue 11 is Wed 12, +2 → Fri 14. c: SF +1 from a → finish ≥ Mon 10,
    // 5d → Tue 4 to Mon 10 (the project start, Mon 3, would finish Fri 7).
    const p = plan(
      [
        { id: 'a', duration: '3d', start: '2024-06-07' },
        { id: 'm', milestone: true, after: ['a'] },
        { id: 'b', duration: '1d', after: [{ task: 'm', lag: 2 }] },
        { id: 'c', duration: '5d', after: [{ task: 'a', type: 'SF', lag: 1 }] },
      ],
      { start: '2024-06-03', holidays: undefined },
    );
    const expected = [
      'a 2024-06-07 2024-06-11',
      'm 2024-06-11 2024-06-11',
      'b 2024-06-14 2024-06-14',
      'c 2024-06-04 2024-06-10',
    ];
    expect(both(p)).toEqual({ planwerk: expected, reference: expected });
  });

  it('when the region differs then Repentance Day is off in Saxony only, 24 Dec never', () => {
    // Wed 20 Nov 2024 is a public holiday in DE-SN, not in DE-BY. 24 Dec is an observance.
    const tasks = [
      { id: 'nov', duration: '3d', start: '2024-11-19' },
      { id: 'dec', duration: '2d', start: '2024-12-23' },
    ];
    const saxony = ['nov 2024-11-19 2024-11-22', 'dec 2024-12-23 2024-12-24'];
    const bavaria = ['nov 2024-11-19 2024-11-21', 'dec 2024-12-23 2024-12-24'];
    const sn = plan(tasks, { start: '2024-11-01', holidays: 'DE-SN' });
    const by = plan(tasks, { start: '2024-11-01', holidays: 'DE-BY' });
    expect(both(sn)).toEqual({ planwerk: saxony, reference: saxony });
    expect(both(by)).toEqual({ planwerk: bavaria, reference: bavaria });
  });

  it('when the week has four workdays then 2w is 8 days', () => {
    const p = plan([{ id: 'a', duration: '2w' }], {
      start: '2024-06-03',
      holidays: undefined,
      workdays: ['mon', 'tue', 'wed', 'thu'],
    });
    const expected = ['a 2024-06-03 2024-06-13'];
    expect(both(p)).toEqual({ planwerk: expected, reference: expected });
  });
});
