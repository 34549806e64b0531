import { buildHistory, chartHistory, supersededCount, validRows } from '../../src/core/history.js';
import { schedule } from '../helpers/history-plans.js';

const c = (n: number, date: string) => ({ commit: `c${n}`, date, subject: `commit ${n}` });

describe('buildHistory', () => {
  test('when a milestone slips then the row marks the move in calendar days', () => {
    const history = buildHistory([
      { commit: c(1, '2024-01-10'), outcome: { schedule: schedule({ m: '2024-06-28' }, ['m']) } },
      { commit: c(2, '2024-02-10'), outcome: { schedule: schedule({ m: '2024-07-05' }, ['m']) } },
      { commit: c(3, '2024-03-10'), outcome: { schedule: schedule({ m: '2024-07-05' }, ['m']) } },
    ]);
    expect(history.rows.map((r) => r.moves)).toEqual([{}, { m: 7 }, {}]);
    expect(history.rows.map((r) => r.finishMove)).toEqual([null, 7, null]);
    expect(history.milestones).toEqual([{ id: 'm', name: 'M' }]);
  });

  test('when the plan was invalid at a commit then the row says so and the walk goes on', () => {
    const history = buildHistory([
      { commit: c(1, '2024-01-10'), outcome: { schedule: schedule({ m: '2024-06-28' }, ['m']) } },
      { commit: c(2, '2024-02-10'), outcome: { error: 'invalid plan: unknown task' } },
      { commit: c(3, '2024-03-10'), outcome: { schedule: schedule({ m: '2024-06-21' }, ['m']) } },
    ]);
    const [, bad, last] = history.rows;
    expect(bad).toMatchObject({
      error: 'invalid plan: unknown task',
      finish: null,
      milestones: {},
    });
    // The move is measured against the last valid row, across the invalid one.
    expect(last?.moves).toEqual({ m: -7 });
    expect(validRows(history).map((r) => r.commit)).toEqual(['c1', 'c3']);
  });

  test('when a milestone is added later then it has no move in its first row', () => {
    const history = buildHistory([
      { commit: c(1, '2024-01-10'), outcome: { schedule: schedule({ a: '2024-03-01' }, ['a']) } },
      {
        commit: c(2, '2024-02-10'),
        outcome: { schedule: schedule({ a: '2024-03-01', b: '2024-05-01' }, ['a', 'b']) },
      },
    ]);
    expect(history.rows[1]?.milestones).toEqual({ a: '2024-03-01', b: '2024-05-01' });
    expect(history.rows[1]?.moves).toEqual({});
    expect(history.milestones.map((m) => m.id)).toEqual(['a', 'b']);
  });

  test('when a schedule has tasks that are not milestones then they are not in the trend', () => {
    const history = buildHistory([
      { commit: c(1, '2024-01-10'), outcome: { schedule: schedule({ t: '2024-03-01' }) } },
    ]);
    expect(history.milestones).toEqual([]);
    expect(history.rows[0]?.finish).toBe('2024-03-01');
  });
});

describe('report dates', () => {
  const asOf = (statusDate: string, finishes: Record<string, string>) => {
    const s = schedule(finishes, Object.keys(finishes));
    return { schedule: { ...s, project: { ...s.project, statusDate } } };
  };

  test('when a version has a status date then it is the report date, else the commit date', () => {
    const history = buildHistory([
      { commit: c(1, '2026-12-03'), outcome: asOf('2024-04-05', { m: '2024-09-30' }) },
      { commit: c(2, '2026-12-04'), outcome: { schedule: schedule({ m: '2024-10-04' }, ['m']) } },
      { commit: c(3, '2026-12-05'), outcome: { error: 'bad', statusDate: '2024-06-07' } },
      { commit: c(4, '2026-12-06'), outcome: { error: 'bad' } },
    ]);
    expect(history.rows.map((r) => [r.statusDate, r.reportDate])).toEqual([
      ['2024-04-05', '2024-04-05'],
      [null, '2026-12-04'],
      ['2024-06-07', '2024-06-07'],
      [null, '2026-12-06'],
    ]);
  });

  test('when commits share a report date then the chart keeps the last, by report date', () => {
    const history = buildHistory([
      { commit: c(1, '2026-12-03'), outcome: asOf('2024-05-03', { a: '2024-09-30' }) },
      { commit: c(2, '2026-12-03'), outcome: asOf('2024-04-05', { b: '2024-09-30' }) },
      { commit: c(3, '2026-12-04'), outcome: asOf('2024-05-03', { a: '2024-10-31' }) },
    ]);
    const chart = chartHistory(history);
    expect(chart.rows.map((r) => [r.commit, r.reportDate])).toEqual([
      ['c2', '2024-04-05'],
      ['c3', '2024-05-03'],
    ]);
    expect(chart.milestones.map((m) => m.id)).toEqual(['a', 'b']);
    expect(supersededCount(history)).toBe(1);
    expect(supersededCount(chart)).toBe(0);
  });
});
