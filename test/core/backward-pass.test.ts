import { byId, run } from './schedule-helpers.js';

describe('backward pass through a fixed milestone', () => {
  it('when a deadline after a missed fixed date is missed too then the date alone bounds', () => {
    // Mon–Fri, no holidays. a: 5d, Mon 3 – Fri 7 Jun 2024. m is fixed on Wed 5 and needs
    // Fri 7: late by 2 (Thu 6, Fri 7). b follows the date: Thu 6, deadline Wed 5 → 1 late.
    // m stays on its date whatever a does, so b's deadline cannot reach a or m: their float is
    // the margin to the date, -2, not -3 (b's latest start Wed 5, less one day, is Tue 4).
    const schedule = run(
      [
        { id: 'a', duration: '5d' },
        { id: 'm', milestone: true, date: '2024-06-05', after: ['a'] },
        { id: 'b', duration: '1d', deadline: '2024-06-05', after: ['m'] },
      ],
      { start: '2024-06-03', holidays: undefined },
    );
    expect(['a', 'm', 'b'].map((id) => byId(schedule, id).float)).toEqual([-2, -2, -1]);
    expect(schedule.conflicts.map((c) => [c.task, c.kind, c.days])).toEqual([
      ['m', 'late', 2],
      ['b', 'deadline', 1],
    ]);
  });
});
