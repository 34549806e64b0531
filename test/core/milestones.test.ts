import { byId, dates, run } from './schedule-helpers.js';

describe('a milestone after a predecessor that ends on a day off', () => {
  it('when it follows a fixed date on a Saturday then it falls on that Saturday', () => {
    // Mon–Fri, no holidays. 'fixed' is on Sat 8 Jun 2024; 'then' falls on the day it
    // finishes, not on Fri 7 before it; b starts on the next working day, Mon 10.
    const schedule = run(
      [
        { id: 'fixed', milestone: true, date: '2024-06-08' },
        { id: 'then', milestone: true, after: ['fixed'] },
        { id: 'b', duration: '1d', after: ['then'] },
      ],
      { start: '2024-06-03', holidays: undefined },
    );
    expect(dates(byId(schedule, 'then'))).toEqual(['2024-06-08', '2024-06-08']);
    expect(dates(byId(schedule, 'b'))).toEqual(['2024-06-10', '2024-06-10']);
  });

  it('when work actually finished on a Saturday then the milestone is that day, reached', () => {
    // a finished Sat 8 Jun; status date Sat 8: the milestone after it is Sat 8 and done.
    // With lag 1 it is one working day after (Fri 7 counts as a's last), Mon 10: planned.
    const schedule = run(
      [
        { id: 'a', duration: '5d', actual: { start: '2024-06-03', finish: '2024-06-08' } },
        { id: 'm', milestone: true, after: ['a'] },
        { id: 'n', milestone: true, after: [{ task: 'a', lag: 1 }] },
      ],
      { start: '2024-06-03', holidays: undefined },
      '2024-06-08',
    );
    const m = byId(schedule, 'm');
    const n = byId(schedule, 'n');
    expect([m.start, m.status, n.start, n.status]).toEqual([
      '2024-06-08',
      'done',
      '2024-06-10',
      'planned',
    ]);
  });
});
