import { summarizeBudget } from '../../src/core/budget.js';
import { reportPlan } from '../helpers/report-fixture.js';

describe('summarizeBudget', () => {
  test('when the forecast reaches a year without approved money then the frame fails', () => {
    // Fixture: 2021 approved 1,390,000, spent 400,000; 2022 approved 2,440,000, planned 2,000,000.
    const b = summarizeBudget(reportPlan(), { start: '2021-09-01', finish: '2023-02-10' });
    expect(b?.rows.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    expect(b?.approvedTotal).toBe(3830000);
    expect(b?.plannedTotal).toBe(2000000);
    expect(b?.spentTotal).toBe(400000);
    // expected: 2021 spent 400,000 + 2022 planned 2,000,000
    expect(b?.expectedTotal).toBe(2400000);
    expect(b?.uncoveredYears).toEqual([2023]);
    expect(b?.fitsAmount).toBe(true);
    expect(b?.holds).toBe(false);
  });

  test('when every forecast year is approved and the cost fits then the frame holds', () => {
    const b = summarizeBudget(reportPlan(), { start: '2021-09-01', finish: '2022-12-30' });
    expect(b?.uncoveredYears).toEqual([]);
    expect(b?.holds).toBe(true);
  });

  test('when the planned cost exceeds the approved total then the frame does not hold', () => {
    const plan = reportPlan();
    plan.budget = { currency: 'EUR', years: [{ year: 2021, approved: 100, planned: 150 }] };
    const b = summarizeBudget(plan, { start: '2021-01-04', finish: '2021-06-30' });
    expect(b?.fitsAmount).toBe(false);
    expect(b?.holds).toBe(false);
    expect(b?.spentTotal).toBeNull();
  });

  test('when a year spent more than it planned then it is expected to cost what it spent', () => {
    const plan = reportPlan();
    plan.budget = {
      currency: 'EUR',
      years: [{ year: 2021, approved: 100, planned: 50, spent: 90 }],
    };
    const b = summarizeBudget(plan, { start: '2021-01-04', finish: '2021-06-30' });
    expect(b?.expectedTotal).toBe(90);
  });

  test('when more was spent than approved in a year then that year is named', () => {
    const plan = reportPlan();
    plan.budget = { currency: 'EUR', years: [{ year: 2021, approved: 100, spent: 120 }] };
    const b = summarizeBudget(plan, { start: '2021-01-04', finish: '2021-06-30' });
    expect(b?.overspentYears).toEqual([2021]);
  });

  test('when the plan has no budget then there is no summary', () => {
    const plan = reportPlan();
    delete plan.budget;
    expect(summarizeBudget(plan, { start: '2021-01-04', finish: '2021-06-30' })).toBeNull();
  });
});
