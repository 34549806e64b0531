import { formatScheduleTable } from '../../src/render/schedule-table.js';
import { schedulePlan } from '../../src/core/scheduler.js';
import { plan } from '../core/plan-fixture.js';

describe('schedule table', () => {
  const p = plan(
    [
      { id: 'a', name: 'Ausschreibung', duration: '5d', baseline: { finish: '2024-06-05' } },
      { id: 'm', name: 'Zuschlag', milestone: true, after: ['a'], deadline: '2024-06-06' },
    ],
    { statusDate: '2024-05-31' },
  );
  p.project.language = 'de';
  const s = schedulePlan(p);

  test('when the plan is German then labels and dates are German', () => {
    const text = formatScheduleTable(s, p, false);
    expect(text).toContain('Zeitplan Test, Stand 31.05.2024');
    expect(text).toMatch(/Vorgang\s+Name\s+Beginn\s+Ende\s+AT\s+Puffer\s+Verzug/);
    // a: Mon 3 – Fri 7 June; baseline Wed 5 June: 2 working days late, critical.
    expect(text).toMatch(/!\s+a\s+Ausschreibung\s+03\.06\.2024\s+07\.06\.2024\s+5\s+-1\s+\+2/);
    expect(text).toContain('„Zuschlag“ (m) endet 1 Arbeitstag nach der Frist 06.06.2024');
    expect(text).toContain('Kritischer Pfad: a, m');
    expect(text).toContain('Projektende: 07.06.2024');
  });

  test('when colour is on then critical rows are red, and off then plain', () => {
    expect(formatScheduleTable(s, p, true)).toContain('\u001b[31m');
    expect(formatScheduleTable(s, p, false)).not.toContain('\u001b[');
  });
});
