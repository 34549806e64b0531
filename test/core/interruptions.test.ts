import { byId, dates, run } from './schedule-helpers.js';

// The stop of the real case: September 2023 to January 2024; restart Thu 1 Feb 2024.
const stop = { interruptions: [{ from: '2023-09-01', to: '2024-01-31' }], start: '2023-08-01' };

describe('interruptions', () => {
  test('when a task runs into a stop then it pauses and goes on with the days it had left', () => {
    // Mon 28 – Thu 31 Aug: 4 days; 6 left: Thu 1, Fri 2, Mon 5 – Thu 8 Feb 2024.
    const s = run([{ id: 'a', start: '2023-08-28', duration: '10d' }], stop);
    const a = byId(s, 'a');
    expect(dates(a)).toEqual(['2023-08-28', '2024-02-08']);
    expect(a.segments).toEqual([
      { start: '2023-08-28', finish: '2023-08-31' },
      { start: '2024-02-01', finish: '2024-02-08' },
    ]);
    expect(a.interrupted).toBe(true);
    expect(a.duration).toBe(10);
  });

  test('when a task is planned inside a stop then it moves behind the stop', () => {
    const s = run([{ id: 'a', start: '2023-10-10', duration: '5d' }], stop);
    expect(dates(byId(s, 'a'))).toEqual(['2024-02-01', '2024-02-07']);
    expect(byId(s, 'a').interrupted).toBe(true);
    expect(byId(s, 'a').segments).toHaveLength(1);
  });

  test('when a predecessor ends just before the stop then the successor moves behind it', () => {
    const s = run(
      [
        { id: 'a', start: '2023-08-28', duration: '4d' },
        { id: 'b', after: ['a'], duration: '1d' },
        { id: 'c', start: '2024-02-05', duration: '1d' },
        { id: 'd', after: ['c'], duration: '1d' },
      ],
      stop,
    );
    expect(byId(s, 'a').interrupted).toBe(false);
    expect(byId(s, 'b').start).toBe('2024-02-01');
    expect(byId(s, 'b').interrupted).toBe(true);
    expect(byId(s, 'c').interrupted).toBe(false);
    expect(byId(s, 'd').interrupted).toBe(false);
  });

  test('when a task in months is paused then it keeps the count of its months', () => {
    // 2mo from Tue 1 Aug 2023: August 23 + September 21 = 44 working days, stop not excluded.
    // 23 in August, then 21 from 1 Feb 2024: the 21st working day is Thu 29 Feb.
    const s = run([{ id: 'a', start: '2023-08-01', duration: '2mo' }], stop);
    expect(dates(byId(s, 'a'))).toEqual(['2023-08-01', '2024-02-29']);
    expect(byId(s, 'a').duration).toBe(44);
  });

  test('when a lag spans a stop then only working days count', () => {
    const s = run(
      [
        { id: 'a', start: '2023-08-30', duration: '1d' },
        { id: 'b', after: [{ task: 'a', lag: 2 }], duration: '1d' },
      ],
      stop,
    );
    // The first working day after a is Thu 31 Aug (+0), then Thu 1 Feb (+1), Fri 2 Feb (+2).
    expect(byId(s, 'b').start).toBe('2024-02-02');
  });
});
