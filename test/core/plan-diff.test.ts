import { diffPlans } from '../../src/core/plan-diff.js';
import { milestone, plan, schedule, task } from '../helpers/history-plans.js';

// A stand-in calendar for the pure diff: Mon–Fri, no holidays (2024-06-28 is a Friday).
const MON_FRI: Record<string, number> = { '2024-06-28>2024-07-05': 5, '2024-07-05>2024-06-28': -5 };
const workdays = (from: string, to: string): number => MON_FRI[`${from}>${to}`] ?? 999;

describe('diffPlans', () => {
  test('when nothing changed then the diff says the versions are the same', () => {
    const p = plan([task('a', { duration: { amount: 5, unit: 'd' } })]);
    const s = schedule({ a: '2024-01-05' });
    const diff = diffPlans(
      { label: 'A', plan: p, schedule: s },
      { label: 'B', plan: p, schedule: s },
      workdays,
    );
    expect(diff.same).toBe(true);
    expect(diff.finish).toBeNull();
  });

  test('when tasks are added, removed and renamed then each is listed once', () => {
    const a = plan([task('a'), task('b'), task('old', { name: 'Tender' }), milestone('m')]);
    const b = plan([
      task('a', { name: 'A new name' }),
      task('c'),
      task('new', { name: 'Tender' }),
      milestone('m'),
    ]);
    const s = schedule({ m: '2024-06-28' }, ['m']);
    const diff = diffPlans(
      { label: 'A', plan: a, schedule: s },
      { label: 'B', plan: b, schedule: s },
      workdays,
    );
    expect(diff.added.map((t) => t.id)).toEqual(['c']);
    expect(diff.removed.map((t) => t.id)).toEqual(['b']);
    expect(diff.renamed).toEqual([
      { fromId: 'a', toId: 'a', fromName: 'a', toName: 'A new name', milestone: false },
      { fromId: 'old', toId: 'new', fromName: 'Tender', toName: 'Tender', milestone: false },
    ]);
    expect(diff.changed).toEqual([]);
  });

  test('when durations, dependencies and dates change then the fields are named', () => {
    const a = plan([
      task('a', { duration: { amount: 15, unit: 'd' } }),
      milestone('m', { after: [{ task: 'a', type: 'FS', lag: 0 }] }),
    ]);
    const b = plan([
      task('a', { duration: { amount: 3, unit: 'mo' }, start: '2024-02-01' }),
      milestone('m', { after: [{ task: 'a', type: 'SS', lag: 10 }], deadline: '2024-09-30' }),
    ]);
    const sa = schedule({ a: '2024-06-28', m: '2024-06-28' }, ['m']);
    const sb = schedule({ a: '2024-07-05', m: '2024-07-05' }, ['m']);
    const diff = diffPlans(
      { label: 'A', plan: a, schedule: sa },
      { label: 'B', plan: b, schedule: sb },
      workdays,
    );
    expect(diff.changed).toEqual([
      expect.objectContaining({
        id: 'a',
        changes: [
          { field: 'duration', from: '15d', to: '3mo' },
          { field: 'start', from: null, to: '2024-02-01' },
        ],
      }),
      expect.objectContaining({
        id: 'm',
        changes: [
          { field: 'deadline', from: null, to: '2024-09-30' },
          { field: 'after', from: 'a', to: 'a SS +10d' },
        ],
      }),
    ]);
    expect(diff.milestonesMoved).toEqual([
      { id: 'm', name: 'm', from: '2024-06-28', to: '2024-07-05', workingDays: 5, calendarDays: 7 },
    ]);
    expect(diff.finish).toEqual({
      from: '2024-06-28',
      to: '2024-07-05',
      workingDays: 5,
      calendarDays: 7,
    });
  });

  test('when an interruption is added and a budget line changes then both are listed', () => {
    const budgetA = { currency: 'EUR', years: [{ year: 2023, approved: 1_590_000 }] };
    const budgetB = {
      currency: 'EUR',
      years: [
        { year: 2023, approved: 1_590_000, spent: 200_000 },
        { year: 2024, approved: 1_690_000 },
      ],
    };
    const stop = { id: 'stop-2023', from: '2023-09-01', to: '2024-01-31', reason: 'restructuring' };
    const a = plan([task('a')], { budget: budgetA });
    const b = plan([task('a')], { budget: budgetB, interruptions: [stop] });
    const s = schedule({ a: '2024-06-28' });
    const diff = diffPlans(
      { label: 'A', plan: a, schedule: s },
      { label: 'B', plan: b, schedule: s },
      workdays,
    );
    expect(diff.interruptions).toEqual({ added: [stop], removed: [], changed: [] });
    expect(diff.budget).toEqual([
      { year: 2023, field: 'spent', from: null, to: 200_000 },
      { year: 2024, field: 'approved', from: null, to: 1_690_000 },
    ]);
    expect(diff.same).toBe(false);
  });
});
