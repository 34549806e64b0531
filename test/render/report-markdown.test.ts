import { readFileSync } from 'node:fs';
import { buildReportModel } from '../../src/core/report-model.js';
import { renderReportMarkdown } from '../../src/render/report-markdown.js';
import type { ReportLabels } from '../../src/render/phrase.js';
import { isWeekday, reportPlan, reportSchedule } from '../helpers/report-fixture.js';

function render(language: 'de' | 'en', gantt: string | null = null, resolution = true): string {
  const plan = reportPlan(language);
  if (!resolution) delete plan.project.resolution;
  const model = buildReportModel({
    plan,
    schedule: reportSchedule(),
    statusDate: '2022-03-15',
    isWorkingDay: isWeekday,
  });
  return renderReportMarkdown({
    model,
    template: readFileSync(`templates/report.${language}.md`, 'utf8'),
    labels: JSON.parse(readFileSync(`templates/labels.${language}.json`, 'utf8')) as ReportLabels,
    language,
    ganttMermaid: gantt,
    file: 'plans/portal.yaml',
  });
}

describe('renderReportMarkdown', () => {
  const de = render('de', 'gantt\n  title Portal');
  const en = render('en');

  test('when German then the heading names the resolution and its session', () => {
    expect(de).toContain('# Beschlusskontrolle zu V0001/21 (Sitzungsnummer: SR/001/2021)');
    expect(de).toContain('Stand: 15. März 2022');
  });

  test('when the plan names no resolution then the intro does not refer to one', () => {
    expect(de).toContain('zum oben genannten Beschluss');
    const plain = render('de', null, false);
    expect(plain).toContain('Folgender Zwischenstand kann gegeben werden:');
    expect(plain).not.toContain('oben genannten');
  });

  test('when German then each resolution point is quoted with its status and report', () => {
    expect(de).toContain('### 1. Beschlusspunkt – erledigt');
    expect(de).toContain('> „Der Stadtrat bestätigt \\*alles\\*.“');
    expect(de).toContain('### 2. Beschlusspunkt – in Umsetzung');
    expect(de).toContain(
      '\nErster Absatz zweite Zeile.\n\n&lt;script&gt;alert(1)&lt;/script&gt;\n',
    );
  });

  test('when German then amounts, dates and the budget frame are formatted', () => {
    expect(de).toContain('| 2021 | 1.390.000 € | – | 400.000 € | Beschlusspunkt 3 |  |');
    expect(de).toContain(
      '| **Summe** | **3.830.000 €** | **2.000.000 €** ' + '| **400.000 €** | | |',
    );
    expect(de).toMatch(/\| 2023 \| – \| – \| – \| {2}\| Prognose reicht in dieses Jahr/);
    expect(de).toContain('Die Prognose reicht bis 2023; für 2023 sind keine Mittel beschlossen.');
    expect(de).toContain('| Budgetrahmen | nicht gesichert |');
  });

  test('when German then the timeline shows the stop, its restart and milestone slip', () => {
    // 2022-01-31 is a Monday: the restart is Tuesday 1 February.
    expect(de).toContain(
      '| 1. Januar 2022 | 31. Januar 2022 | 31 Kalendertage | 1. Februar 2022 | Umbau |',
    );
    expect(de).toContain(
      '| Go-live &lt;i&gt; | 10. Februar 2023 | 30. Dezember 2022 | ' +
        '+29 Arbeitstage (+42 Kalendertage) | offen, kritischer Pfad |',
    );
    expect(de).toContain('| Bau \\| Test | 1. Dezember 2021 | 9. Februar 2023 | 0 |');
    expect(de).toContain('- Go-live &lt;i&gt;: Ende 3 Arbeitstage nach der Frist.');
  });

  test('when a Gantt text is given then it is a mermaid block', () => {
    expect(de).toContain('```mermaid\ngantt\n  title Portal\n```');
    expect(en).not.toContain('```mermaid');
  });

  test('when the review on the status date is past then the next one closes the report', () => {
    expect(de).toContain('**Nächste Beschlusskontrolle: 1. April 2025**');
  });

  test('when English then amounts and dates are English', () => {
    expect(en).toContain('# Decision control on V0001/21 (session: SR/001/2021)');
    expect(en).toContain('| 2021 | €1,390,000 | – | €400,000 | Beschlusspunkt 3 |  |');
    expect(en).toContain(
      '| 1 January 2022 | 31 January 2022 | 31 calendar days | 1 February 2022 |',
    );
    expect(en).toContain('### Resolution point 1 – done');
    expect(en).toContain('The forecast reaches 2023; no money is approved for 2023.');
  });

  test('when a plan name has markup characters then it does not break the table', () => {
    expect(de).toContain('Portal &lt;b&gt;\\|\\*neu\\*\\|&lt;/b&gt;');
    for (const line of de.split('\n').filter((l) => l.startsWith('| Bau'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    }
  });
});
