/** A small plan and a hand-made schedule for report tests (no scheduler needed). */
import { scheduledTask } from './scheduled-task.js';
import type { Plan } from '../../src/core/plan.js';
import type { Schedule, ScheduledTask } from '../../src/core/schedule.js';
import { weekdayOf, type Day } from '../../src/core/dates.js';

export function reportPlan(language: 'de' | 'en' = 'de'): Plan {
  return {
    version: 1,
    project: {
      id: 'portal',
      title: 'Portal <b>|*neu*|</b>',
      start: '2021-09-01',
      statusDate: '2022-03-15',
      language,
      resolution: { id: 'V0001/21', session: 'SR/001/2021' },
    },
    calendar: { workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], closed: [] },
    interruptions: [{ id: 'stop', from: '2022-01-01', to: '2022-01-31', reason: 'Umbau' }],
    phases: [{ id: 'p1', name: 'Phase 1', tasks: [] }],
    milestones: [],
    budget: {
      currency: 'EUR',
      years: [
        { year: 2021, approved: 1390000, spent: 400000, source: 'Beschlusspunkt 3' },
        { year: 2022, approved: 2440000, planned: 2000000 },
      ],
    },
    governance: {
      bodies: [{ id: 'pla', name: 'Projektlenkungsausschuss', role: 'entscheidet' }],
      reviews: [
        { date: '2022-03-15', title: 'Beschlusskontrolle', body: 'pla' },
        { date: '2025-04-01', title: 'Nächste Beschlusskontrolle', body: 'pla' },
      ],
    },
    resolutionPoints: [
      { id: '1', text: 'Der Stadtrat bestätigt *alles*.', status: 'done', report: 'Erledigt.' },
      {
        id: '2',
        text: 'Budget',
        status: 'in-progress',
        report: 'Erster Absatz\nzweite Zeile.\n\n<script>alert(1)</script>',
      },
    ],
  };
}

function task(over: Partial<ScheduledTask> & { id: string }): ScheduledTask {
  return scheduledTask({ start: '2021-09-01', finish: '2021-09-01', ...over });
}

export function reportSchedule(): Schedule {
  return {
    project: { id: 'portal', start: '2021-09-01', finish: '2023-02-10', statusDate: '2022-03-15' },
    tasks: [
      task({ id: 'concept', name: 'Konzept', finish: '2021-11-30', status: 'done', progress: 100 }),
      task({
        id: 'build',
        name: 'Bau | Test',
        start: '2021-12-01',
        finish: '2023-02-09',
        critical: true,
        status: 'active',
      }),
      task({
        id: 'live',
        name: 'Go-live <i>',
        milestone: true,
        start: '2023-02-10',
        finish: '2023-02-10',
        duration: 0,
        float: -3,
        critical: true,
        baselineFinish: '2022-12-30',
        slipDays: 29,
        slipCalendarDays: 42,
      }),
    ],
    conflicts: [{ task: 'live', kind: 'deadline', days: 3, message: 'late' }],
    criticalPath: ['build', 'live'],
  };
}

/** Monday to Friday, no holidays: enough for the restart day of an interruption. */
export function isWeekday(day: Day): boolean {
  return !['sat', 'sun'].includes(weekdayOf(day));
}
