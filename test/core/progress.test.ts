import { byId, dates, run } from './schedule-helpers.js';

// Status date Fri 5 April 2024. Good Friday 29 March and Easter Monday 1 April are holidays.
const spec = { start: '2024-01-02', statusDate: '2024-04-05' };

describe('progress against the status date', () => {
  test('when a task is under way then its remaining work follows the status date', () => {
    // 10d at 40 %: 6 days remain, from Mon 8 April: 8–12 and 15 April.
    const s = run([{ id: 'a', start: '2024-03-25', duration: '10d', progress: 40 }], spec);
    const a = byId(s, 'a');
    expect(dates(a)).toEqual(['2024-03-25', '2024-04-15']);
    expect(a.status).toBe('active');
    // Working days 25 March – 15 April: 25–28 March, 2–5, 8–12, 15 April.
    expect(a.duration).toBe(14);
  });

  test('when remaining work is a fraction then it is rounded up to whole days', () => {
    // 3d at 70 %: 0.9 days remain, so 1 day: Mon 8 April.
    const s = run([{ id: 'a', start: '2024-04-03', duration: '3d', progress: 70 }], spec);
    expect(byId(s, 'a').finish).toBe('2024-04-08');
  });

  test('when a task has not started then nothing is placed on or before the status date', () => {
    const s = run([{ id: 'a', start: '2024-03-01', duration: '2d' }], spec);
    expect(dates(byId(s, 'a'))).toEqual(['2024-04-08', '2024-04-09']);
    expect(byId(s, 'a').status).toBe('planned');
  });

  test('when a task is done then it keeps its actual dates and successors follow', () => {
    const s = run(
      [
        {
          id: 'a',
          duration: '10d',
          progress: 100,
          actual: { start: '2024-02-01', finish: '2024-02-20' },
        },
        { id: 'b', after: ['a'], duration: '1d' },
      ],
      spec,
    );
    expect(dates(byId(s, 'a'))).toEqual(['2024-02-01', '2024-02-20']);
    expect(byId(s, 'a').status).toBe('done');
    expect(byId(s, 'a').critical).toBe(false);
    expect(byId(s, 'b').start).toBe('2024-04-08');
  });

  test('when a task has an actual start but no progress then all its work remains', () => {
    const s = run([{ id: 'a', duration: '2d', actual: { start: '2024-03-04' } }], spec);
    expect(dates(byId(s, 'a'))).toEqual(['2024-03-04', '2024-04-09']);
    expect(byId(s, 'a').status).toBe('active');
  });

  test('when there is no status date then progress moves nothing', () => {
    const s = run([{ id: 'a', start: '2024-03-25', duration: '3d', progress: 40 }], {
      start: '2024-01-02',
    });
    expect(dates(byId(s, 'a'))).toEqual(['2024-03-25', '2024-03-27']);
  });

  test('when the status date is given as an option then it overrides the plan', () => {
    const s = run([{ id: 'a', start: '2024-03-01', duration: '1d' }], spec, '2024-05-10');
    expect(byId(s, 'a').start).toBe('2024-05-13');
    expect(s.project.statusDate).toBe('2024-05-10');
  });
});

describe('a status date before the project start', () => {
  // Project start Mon 6 Jan 2025; a status date of 1 June 2023 says work has begun.
  const early = { start: '2025-01-06', holidays: 'DE' };

  test('when given as an override then the calendar reaches it and nothing crashes', () => {
    const s = run([{ id: 'a', duration: '10d', progress: 50 }], early, '2023-06-01');
    expect(s.project.statusDate).toBe('2023-06-01');
    // Work under way is placed from the project start: 5 days remain, Mon 6 – Fri 10 January.
    expect(dates(byId(s, 'a'))).toEqual(['2025-01-06', '2025-01-10']);
  });

  test('when written in the plan then work under way still starts at the project start', () => {
    const s = run([{ id: 'a', duration: '10d', progress: 50 }], {
      ...early,
      statusDate: '2024-01-01',
    });
    expect(byId(s, 'a').start).toBe('2025-01-06');
  });
});
