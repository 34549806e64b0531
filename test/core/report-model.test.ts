import { buildReportModel } from '../../src/core/report-model.js';
import type { Schedule } from '../../src/core/schedule.js';
import { isWeekday, reportPlan, reportSchedule } from '../helpers/report-fixture.js';

function timeline(schedule: Schedule) {
  return buildReportModel({
    plan: reportPlan('en'),
    schedule,
    statusDate: '2022-03-15',
    isWorkingDay: isWeekday,
  }).timeline;
}

describe('the project baseline in the report', () => {
  test('when the work that ends the project has a baseline then it is the project baseline', () => {
    const t = timeline(reportSchedule());
    expect(t.baselineFinish).toBe('2022-12-30');
    // 2022-12-30 to 2023-02-10.
    expect(t.slipCalendarDays).toBe(42);
  });

  test('when only an early task has a baseline then the project has none', () => {
    const schedule = reportSchedule();
    schedule.tasks = schedule.tasks.map((task) =>
      task.id === 'live'
        ? { ...task, baselineFinish: null }
        : task.id === 'concept'
          ? { ...task, baselineFinish: '2021-11-30' }
          : task,
    );
    const t = timeline(schedule);
    expect(t.baselineFinish).toBeNull();
    expect(t.slipCalendarDays).toBeNull();
  });
});
