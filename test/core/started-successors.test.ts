import { byId, dates, run } from './schedule-helpers.js';

// Project start Mon 4 March 2024, status date Wed 13 March; no holidays in between.
const spec = { start: '2024-03-04', statusDate: '2024-03-13' };
const a = { id: 'a', duration: '5d' };

describe('a successor that has already started', () => {
  test('when an FS successor runs before its predecessor then the predecessor keeps float', () => {
    const s = run([a, { id: 'b', duration: '4d', progress: 50, after: ['a'] }], spec);
    // a waits for the status date: 14–20 March; b started on 13 March, 2 days remain: 14–15.
    expect(dates(byId(s, 'a'))).toEqual(['2024-03-14', '2024-03-20']);
    expect(dates(byId(s, 'b'))).toEqual(['2024-03-13', '2024-03-15']);
    expect(byId(s, 'a').float).toBe(0);
    // b may finish as late as the project finish, 20 March: 3 working days.
    expect(byId(s, 'b').float).toBe(3);
    expect(s.conflicts).toEqual([]);
  });

  test('when an FS successor has actually started then the link no longer bounds a', () => {
    const b = { id: 'b', duration: '4d', actual: { start: '2024-03-11' }, after: ['a'] };
    const s = run([a, b], spec);
    expect(dates(byId(s, 'b'))).toEqual(['2024-03-11', '2024-03-19']);
    expect(byId(s, 'a').float).toBe(0);
  });

  test('when an FS successor is done then the predecessor keeps its float', () => {
    const b = {
      id: 'b',
      duration: '4d',
      progress: 100,
      after: ['a'],
    };
    const s = run([a, b], spec);
    // Done without actual dates: finished by the status date, 8–13 March.
    expect(dates(byId(s, 'b'))).toEqual(['2024-03-08', '2024-03-13']);
    expect(byId(s, 'a').float).toBe(0);
  });

  test('when an FF successor is only under way then the link still bounds the predecessor', () => {
    const b = {
      id: 'b',
      duration: '4d',
      progress: 50,
      deadline: '2024-03-18',
      after: [{ task: 'a', type: 'FF' as const }],
    };
    const s = run([a, b], spec);
    // b must finish with a (20 March); its deadline 18 March bounds a's finish: 2 days short.
    expect(byId(s, 'b').finish).toBe('2024-03-20');
    expect(byId(s, 'a').float).toBe(-2);
  });

  test('when there is no status date then an active successor still bounds its predecessor', () => {
    const b = { id: 'b', duration: '4d', progress: 50, deadline: '2024-03-13', after: ['a'] };
    const s = run([a, b], { start: '2024-03-04' });
    // As planned: a 4–8 March, b 11–14 March, one day after its deadline.
    expect(byId(s, 'b').finish).toBe('2024-03-14');
    expect(byId(s, 'a').float).toBe(-1);
  });
});

describe('duration of work done on days off', () => {
  test("when a done task's actual dates are a weekend then it still lasts one day", () => {
    const b = { id: 'b', duration: '1d', actual: { start: '2024-03-09', finish: '2024-03-10' } };
    const s = run([b], spec);
    expect(dates(byId(s, 'b'))).toEqual(['2024-03-09', '2024-03-10']);
    expect(byId(s, 'b').duration).toBe(1);
  });
});
