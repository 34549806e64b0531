/** The timeline part of the report view: forecast, interruptions, milestones, critical path. */
import type { ReportModel } from '../core/report-model.js';
import type { Formatter } from './format.js';
import { phrase, type ReportLabels } from './phrase.js';
import { table } from './table.js';

export function reportTimelineView(model: ReportModel, labels: ReportLabels, fmt: Formatter) {
  const t = model.timeline;
  const slip = (days: number | null, calendar: number | null): string =>
    days === null
      ? '–'
      : phrase(labels, 'slipValue', {
          days: fmt.signed(days),
          calendar: calendar === null ? '–' : fmt.signed(calendar),
        });
  return {
    start: fmt.date(t.start),
    forecastFinish: fmt.date(t.forecastFinish),
    baselineFinish: t.baselineFinish ? fmt.date(t.baselineFinish) : null,
    slip:
      t.slipCalendarDays === null
        ? null
        : phrase(labels, 'calendarDays', { n: fmt.signed(t.slipCalendarDays) }),
    interruptions: table(
      t.interruptions.map((i) => ({
        from: fmt.date(i.from),
        to: fmt.date(i.to),
        length: phrase(labels, 'calendarDays', { n: fmt.number(i.calendarDays) }),
        restart: fmt.date(i.restart),
        reason: i.reason ?? '',
      })),
    ),
    milestones: table(
      t.milestones.map((m) => ({
        name: m.name,
        forecast: fmt.date(m.forecast),
        baseline: m.baseline ? fmt.date(m.baseline) : '–',
        slip: slip(m.slipDays, m.slipCalendarDays),
        late: (m.slipDays ?? 0) > 0,
        state: phrase(labels, m.done ? 'reached' : m.critical ? 'pendingCritical' : 'pending'),
      })),
    ),
    critical: table(
      t.criticalNext.map((c) => ({
        name: c.name,
        start: fmt.date(c.start),
        finish: fmt.date(c.finish),
        float: fmt.signed(c.float),
      })),
    ),
    conflicts: table(
      t.conflicts.map((c) => ({
        text: phrase(labels, c.kind === 'late' ? 'conflictLate' : 'conflictDeadline', {
          name: c.name,
          days: fmt.number(c.days),
        }),
      })),
    ),
  };
}
