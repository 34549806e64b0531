import { byId, dates, run } from './schedule-helpers.js';

describe('working days', () => {
  test('when a 3d task starts on a Friday then it finishes on Tuesday', () => {
    // 2024-10-03 (Thu) is German Unity Day; Friday 4, Monday 7, Tuesday 8.
    const s = run([{ id: 'a', start: '2024-10-03', duration: '3d' }]);
    expect(dates(byId(s, 'a'))).toEqual(['2024-10-04', '2024-10-08']);
    expect(byId(s, 'a').duration).toBe(3);
  });

  test('when Reformation Day falls inside a task in Saxony then the task is a day longer', () => {
    // 28, 29, 30 Oct, (31 Oct off in Saxony), 1 Nov (not a holiday in Saxony), 4 Nov.
    const tasks = [{ id: 'a', start: '2024-10-28', duration: '5d' }];
    expect(byId(run(tasks), 'a').finish).toBe('2024-11-04');
    expect(byId(run(tasks, { holidays: 'DE-BE' }), 'a').finish).toBe('2024-11-01');
  });

  test('when a lag crosses the Day of Repentance and Prayer in Saxony then it skips it', () => {
    // a: Mon 18 Nov 2024. First working day after: Tue 19 (+0); Wed 20 is off in Saxony only,
    // so +1 is Thu 21 and +2 is Fri 22; in Bavaria +2 is Thu 21.
    const tasks = [
      { id: 'a', start: '2024-11-18', duration: '1d' },
      { id: 'b', after: ['a'], duration: '1d' },
      { id: 'c', after: [{ task: 'a', lag: 2 }], duration: '1d' },
    ];
    expect(byId(run(tasks), 'b').start).toBe('2024-11-19');
    expect(byId(run(tasks), 'c').start).toBe('2024-11-22');
    expect(byId(run(tasks, { holidays: 'DE-BY' }), 'c').start).toBe('2024-11-21');
  });

  test('when 24 December is only an observance then it is a working day', () => {
    // 2024-12-23 Mon, 24 Tue (worked), 25/26 holidays, 27 Fri.
    const s = run([{ id: 'a', start: '2024-12-23', duration: '3d' }]);
    expect(byId(s, 'a').finish).toBe('2024-12-27');
  });

  test('when days are closed then no work happens on them', () => {
    const closed = [{ from: '2024-12-24', to: '2024-12-31' }];
    const s = run([{ id: 'a', start: '2024-12-23', duration: '3d' }], { closed });
    // 23 Dec, then 24–31 closed, 1 Jan holiday: 2 and 3 Jan 2025.
    expect(dates(byId(s, 'a'))).toEqual(['2024-12-23', '2025-01-03']);
  });

  test('when a start falls on a Saturday then the task starts on Monday', () => {
    const s = run([{ id: 'a', start: '2024-06-01', duration: '1d' }], { start: '2024-05-01' });
    expect(dates(byId(s, 'a'))).toEqual(['2024-06-03', '2024-06-03']);
  });

  test('when a task has no start and no after then it starts at the project start', () => {
    const s = run([{ id: 'a', duration: '2d' }], { start: '2024-06-08' });
    expect(dates(byId(s, 'a'))).toEqual(['2024-06-10', '2024-06-11']);
  });
});

describe('durations', () => {
  test('when a duration is in weeks of a four-day week then a week is four days', () => {
    const workdays = ['mon', 'tue', 'wed', 'thu'] as const;
    const s = run([{ id: 'a', duration: '2w' }], { workdays: [...workdays] });
    // 3–6 and 10–13 June 2024.
    expect(dates(byId(s, 'a'))).toEqual(['2024-06-03', '2024-06-13']);
    expect(byId(s, 'a').duration).toBe(8);
  });

  test('when a duration is 3mo from 1 Feb 2024 then it ends on 30 April with 62 days', () => {
    // Feb 21, March 21 − Good Friday = 20, April 22 − Easter Monday = 21.
    const s = run([{ id: 'a', start: '2024-02-01', duration: '3mo' }], { start: '2024-01-01' });
    expect(dates(byId(s, 'a'))).toEqual(['2024-02-01', '2024-04-30']);
    expect(byId(s, 'a').duration).toBe(62);
  });
});

describe('dependencies', () => {
  // a: Mon 3 – Fri 7 June 2024.
  const a = { id: 'a', duration: '5d' };

  test('when a task comes after another then it starts the next working day', () => {
    const s = run([a, { id: 'b', after: ['a'], duration: '2d' }]);
    expect(dates(byId(s, 'b'))).toEqual(['2024-06-10', '2024-06-11']);
  });

  test('when start-to-start with a lag then the start follows the predecessor start', () => {
    const s = run([a, { id: 'b', after: [{ task: 'a', type: 'SS', lag: 2 }], duration: '3d' }]);
    expect(dates(byId(s, 'b'))).toEqual(['2024-06-05', '2024-06-07']);
  });

  test('when finish-to-finish with a lag then the finish follows the predecessor finish', () => {
    const s = run([a, { id: 'b', after: [{ task: 'a', type: 'FF', lag: 1 }], duration: '2d' }]);
    expect(dates(byId(s, 'b'))).toEqual(['2024-06-07', '2024-06-10']);
  });

  test('when start-to-finish with a lag then the finish follows the predecessor start', () => {
    // Finish no earlier than a's start (Mon 3) + 6 working days = Tue 11.
    const s = run([a, { id: 'b', after: [{ task: 'a', type: 'SF', lag: 6 }], duration: '3d' }]);
    expect(dates(byId(s, 'b'))).toEqual(['2024-06-07', '2024-06-11']);
  });

  test('when a lag is negative then the successor overlaps its predecessor', () => {
    const s = run([a, { id: 'b', after: [{ task: 'a', lag: -2 }], duration: '1d' }]);
    expect(byId(s, 'b').start).toBe('2024-06-06');
  });

  test('when a lead is huge then the successor starts at the project start, at once', () => {
    const began = Date.now();
    const s = run([a, { id: 'b', after: [{ task: 'a', lag: -1e9 }], duration: '1d' }]);
    expect(byId(s, 'b').start).toBe('2024-06-03');
    expect(Date.now() - began).toBeLessThan(2000);
  });

  test('when a start no earlier than is later than the predecessors then it wins', () => {
    const s = run([a, { id: 'b', after: ['a'], start: '2024-06-12', duration: '1d' }]);
    expect(byId(s, 'b').start).toBe('2024-06-12');
  });
});

describe('milestones', () => {
  const a = { id: 'a', duration: '5d' };

  test('when a milestone has predecessors then it falls on the last finish', () => {
    const s = run([
      a,
      { id: 'm', milestone: true, after: ['a'] },
      { id: 'b', after: ['m'], duration: '1d' },
    ]);
    expect(dates(byId(s, 'm'))).toEqual(['2024-06-07', '2024-06-07']);
    expect(byId(s, 'm').duration).toBe(0);
    expect(byId(s, 'b').start).toBe('2024-06-10');
  });

  test('when a fixed milestone is missed then it is a late conflict and negative float', () => {
    // a finishes Fri 14 June; m is fixed on Wed 12 June: Thu 13 and Fri 14 are 2 days late.
    const s = run([
      { id: 'a', start: '2024-06-03', duration: '10d' },
      { id: 'm', milestone: true, date: '2024-06-12', after: ['a'] },
      { id: 'b', after: ['m'], duration: '1d' },
    ]);
    expect(byId(s, 'm').start).toBe('2024-06-12');
    expect(s.conflicts).toEqual([expect.objectContaining({ task: 'm', kind: 'late', days: 2 })]);
    expect(byId(s, 'm').float).toBe(-2);
    expect(byId(s, 'a').float).toBe(-2);
    expect(byId(s, 'a').critical).toBe(true);
    expect(byId(s, 'b').start).toBe('2024-06-13');
  });

  test('when a fixed milestone is before its predecessor could start then it is a conflict', () => {
    const s = run([
      { id: 'a', start: '2024-07-01', duration: '1d' },
      { id: 'm', milestone: true, date: '2024-06-28', after: ['a'] },
    ]);
    expect(s.conflicts).toEqual([expect.objectContaining({ task: 'm', kind: 'late', days: 1 })]);
  });

  test('when a fixed milestone is met then its predecessors have float up to its date', () => {
    const s = run([
      { id: 'a', duration: '5d' },
      { id: 'm', milestone: true, date: '2024-06-14', after: ['a'] },
    ]);
    expect(s.conflicts).toEqual([]);
    expect(byId(s, 'a').float).toBe(5);
    expect(byId(s, 'm').float).toBe(5);
    expect(byId(s, 'm').critical).toBe(false);
    expect(s.project.finish).toBe('2024-06-14');
  });

  test('when a fixed milestone has no predecessors then its float reaches the finish', () => {
    // m on Mon 10 June; the project ends with b on Fri 14 June: 4 working days later.
    const s = run([
      { id: 'm', milestone: true, date: '2024-06-10' },
      { id: 'b', duration: '10d' },
    ]);
    expect(byId(s, 'm').float).toBe(4);
    expect(byId(s, 'm').critical).toBe(false);
  });

  test('when a task misses its deadline then it is a conflict with negative float', () => {
    const s = run([{ id: 'a', duration: '10d', deadline: '2024-06-12' }]);
    expect(s.conflicts).toEqual([
      expect.objectContaining({ task: 'a', kind: 'deadline', days: 2 }),
    ]);
    expect(byId(s, 'a').float).toBe(-2);
  });
});
