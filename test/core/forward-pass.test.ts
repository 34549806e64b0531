import { schedulePlan } from '../../src/core/scheduler.js';
import { plan } from './plan-fixture.js';

const datesOf = (p: ReturnType<typeof plan>, id: string): [string, string] => {
  const found = schedulePlan(p).tasks.find((t) => t.id === id);
  return [found?.start ?? '', found?.finish ?? ''];
};

describe('forward pass: a finish bound on a task measured in months', () => {
  it('when FF pushes a 3mo task then it starts on the earliest day whose finish meets it', () => {
    // Saxony 2021, Mon–Fri. The milestone is on Wed 30 Jun; FF +2 → finish ≥ Fri 2 Jul.
    // A 3mo task finishes on the last working day before start + 3 months, so it needs
    // start + 3mo ≥ 3 Jul: start ≥ Sat 3 Apr. 3–5 Apr are a weekend and Easter Monday, so it
    // starts Tue 6 Apr and finishes on the last working day before 6 Jul: Mon 5 Jul
    // (7 Apr → 6 Jul would also meet the bound, one day later than needed).
    const p = plan(
      [
        { id: 'gate', milestone: true, start: '2021-06-30' },
        { id: 'work', duration: '3mo', after: [{ task: 'gate', type: 'FF', lag: 2 }] },
      ],
      { start: '2021-01-18', holidays: 'DE-SN' },
    );
    expect(datesOf(p, 'work')).toEqual(['2021-04-06', '2021-07-05']);
  });

  it('when SF bounds a 1mo task then it is moved to the earliest start that meets it', () => {
    // Mon–Fri, no holidays. The predecessor starts Mon 3 Jun 2024; SF +25 → finish ≥ the 25th
    // working day after it, Mon 8 Jul. A 1mo task finishes on the last working day before
    // start + 1 month, so start + 1mo ≥ 9 Jul: start ≥ Sun 9 Jun → Mon 10 Jun, finishing on
    // the last working day before 10 Jul: Tue 9 Jul.
    const p = plan(
      [
        { id: 'a', duration: '1d' },
        { id: 'b', duration: '1mo', after: [{ task: 'a', type: 'SF', lag: 25 }] },
      ],
      { start: '2024-06-03', holidays: undefined },
    );
    expect(datesOf(p, 'b')).toEqual(['2024-06-10', '2024-07-09']);
  });
});
