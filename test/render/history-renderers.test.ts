import { toDay } from '../../src/core/dates.js';
import { buildHistory } from '../../src/core/history.js';
import { WORKING_TREE, type PlanDiff } from '../../src/core/plan-diff.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { renderHistoryJson } from '../../src/render/history-json.js';
import { renderHistoryTable } from '../../src/render/history-table.js';
import {
  decimalYear,
  renderTrendMarkdown,
  renderTrendMermaid,
} from '../../src/render/trend-chart.js';
import { renderTrendSvg } from '../../src/render/trend-svg.js';
import { monthLabel } from '../../src/render/trend-ticks.js';
import { schedule } from '../helpers/history-plans.js';

const c = (n: number, date: string, subject = `commit ${n}`) => ({
  commit: `${n}`.repeat(40),
  date,
  subject,
});

const history = buildHistory([
  {
    commit: c(1, '2024-01-10', 'Framework'),
    outcome: { schedule: schedule({ m: '2024-06-28' }, ['m']) },
  },
  { commit: c(2, '2024-02-10', 'Broken'), outcome: { error: "unknown task 'tendr'" } },
  {
    commit: c(3, '2024-03-10', 'Slip'),
    outcome: { schedule: schedule({ m: '2024-07-05', n: '2024-12-31' }, ['m', 'n']) },
  },
]);

describe('history renderers', () => {
  test('when a milestone moved then the table marks the move beside its date', () => {
    const lines = renderHistoryTable(history).split('\n');
    expect(lines[0]).toBe('commit   date        subject    finish             M1               M2');
    expect(lines[2]).toBe('1111111  2024-01-10  Framework  2024-06-28         2024-06-28       -');
    expect(lines[3]).toBe("2222222  2024-02-10  Broken     invalid: unknown task 'tendr'");
    expect(lines[4]).toBe(
      '3333333  2024-03-10  Slip       2024-12-31 (+186)  2024-07-05 (+7)  2024-12-31',
    );
  });

  test('when printed as JSON then rows are oldest first with either forecasts or an error', () => {
    const rows = JSON.parse(renderHistoryJson(history)) as unknown[];
    expect(rows).toEqual([
      {
        commit: '1'.repeat(40),
        date: '2024-01-10',
        statusDate: null,
        reportDate: '2024-01-10',
        subject: 'Framework',
        finish: '2024-06-28',
        milestones: { m: '2024-06-28' },
      },
      {
        commit: '2'.repeat(40),
        date: '2024-02-10',
        statusDate: null,
        reportDate: '2024-02-10',
        subject: 'Broken',
        error: "unknown task 'tendr'",
      },
      {
        commit: '3'.repeat(40),
        date: '2024-03-10',
        statusDate: null,
        reportDate: '2024-03-10',
        subject: 'Slip',
        finish: '2024-12-31',
        milestones: { m: '2024-07-05', n: '2024-12-31' },
      },
    ]);
  });

  test('when a date is turned into a decimal year then it counts the days gone', () => {
    expect(decimalYear('2025-01-01')).toBe(2025);
    expect(decimalYear('2025-07-01')).toBeCloseTo(2025 + 181 / 365, 9);
    expect(decimalYear('2024-07-01')).toBeCloseTo(2024 + 182 / 366, 9);
  });

  test('when drawn with Mermaid then only milestones of every valid version get a line', () => {
    const text = renderTrendMermaid(history, 'en');
    expect(text).toContain('x-axis "Report date" ["2024-01-10", "2024-03-10"]');
    expect(text).toContain('line "M" [2024.489, 2024.508]');
    expect(text).toContain('%% N (n): not in every version, so no line');
    expect(text).toContain('y-axis "Forecast (year)" 2024 --> 2025');
    expect(renderTrendMarkdown(history, 'de')).toContain('| 2024-02-10 | `2222222` | ungültig |');
  });

  test('when drawn as SVG then names are escaped and the invalid commit is marked', () => {
    const named = buildHistory([
      {
        commit: c(1, '2024-01-10'),
        outcome: {
          schedule: {
            ...schedule({ m: '2024-06-28' }, ['m']),
            tasks: [{ ...schedule({ m: '2024-06-28' }, ['m']).tasks[0]!, name: 'A <b> & C' }],
          },
        },
      },
      { commit: c(2, '2024-02-10'), outcome: { error: 'bad' } },
    ]);
    const svg = renderTrendSvg(named, 'en');
    expect(svg).toContain('A &lt;b&gt; &amp; C');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('Milestone trend analysis');
    expect(svg.match(/fill="#c00"/g)).toHaveLength(1);
  });
});

/** A schedule as of a status date. */
const asOf = (statusDate: string, finish: string) => {
  const s = schedule({ m: finish }, ['m']);
  return { schedule: { ...s, project: { ...s.project, statusDate } } };
};

describe('history renderers with status dates', () => {
  // Committed in December 2026, speaking of April and May 2024; two commits for 2024-04-05.
  const dated = buildHistory([
    { commit: c(1, '2026-12-03', 'April'), outcome: asOf('2024-04-05', '2024-09-30') },
    { commit: c(2, '2026-12-03', 'April fix'), outcome: asOf('2024-04-05', '2024-10-31') },
    { commit: c(3, '2026-12-04', 'May'), outcome: asOf('2024-05-03', '2024-11-29') },
    { commit: c(4, '2026-12-05', 'Broken'), outcome: { error: 'bad', statusDate: '2024-06-07' } },
  ]);

  test('when a plan has a status date then JSON gives it and the report date', () => {
    const rows = JSON.parse(renderHistoryJson(dated)) as Record<string, unknown>[];
    expect(rows.map((r) => [r.date, r.statusDate, r.reportDate])).toEqual([
      ['2026-12-03', '2024-04-05', '2024-04-05'],
      ['2026-12-03', '2024-04-05', '2024-04-05'],
      ['2026-12-04', '2024-05-03', '2024-05-03'],
      ['2026-12-05', '2024-06-07', '2024-06-07'],
    ]);
  });

  test('when report dates differ from commit dates then the table has a report column', () => {
    const lines = renderHistoryTable(dated).split('\n');
    expect(lines[0]).toBe('commit   date        report      subject    finish            M1');
    expect(lines[2]).toBe(
      '1111111  2026-12-03  2024-04-05  April      2024-09-30        2024-09-30',
    );
    expect(lines.at(-2)).toMatch(/^report: the date the plan speaks of/);
    expect(renderHistoryTable(history).split('\n')[0]).not.toContain('report');
  });

  test('when charted then the x axis has the report dates, one per date, the last commit', () => {
    const text = renderTrendMermaid(dated, 'en');
    expect(text).toContain('x-axis "Report date" ["2024-04-05", "2024-05-03"]');
    // 2024-10-31 and 2024-11-29 are days 304 and 333 after 1 January of the leap year 2024.
    expect(text).toContain('line "M" [2024.831, 2024.910]');
    const svg = renderTrendSvg(dated, 'en');
    expect(svg).not.toMatch(/>2026-/);
    expect(svg).toContain('(2024-04-05)');
    expect(svg).not.toContain('2024-09-30 (2024-04-05)');
    expect(svg).toContain('the last of them stands for it.');
    expect(renderTrendSvg(history, 'en')).not.toContain('stands for it');
    const md = renderTrendMarkdown(dated, 'en');
    expect(md).toContain('| Report date | commit | commit date | Project finish | M |');
    expect(md).toContain('| 2024-04-05 | `1111111` | 2026-12-03 | 2024-09-30 | 2024-09-30 |');
    expect(md).toContain('the chart shows the last of them.');
  });
});

describe('trend chart in German and with coinciding lines', () => {
  // The milestone m is the project's last task: its line and the finish line coincide.
  const same = buildHistory([
    { commit: c(1, '2024-01-10'), outcome: { schedule: schedule({ m: '2024-06-28' }, ['m']) } },
    { commit: c(2, '2024-02-09'), outcome: { schedule: schedule({ m: '2024-07-05' }, ['m']) } },
  ]);

  test('when the plan is German then the axes name the months in German', () => {
    const svg = renderTrendSvg(same, 'de');
    // y from June (28 June less a week) to July 2024, x from January to February 2024.
    expect(svg).toContain('>Juni 2024</text>');
    expect(svg).toContain('>Juli 2024</text>');
    expect(svg).toContain('>Jan. 2024</text>');
    expect(svg).not.toMatch(/>\d{4}-\d{2}</);
    expect(svg).toContain('<title>M: 28.06.2024 (10.01.2024)</title>');
    expect(renderTrendSvg(same, 'en')).toContain('>2024-07</text>');
    expect(monthLabel(toDay('2025-03-14'), 'de')).toBe('März 2025');
    expect(monthLabel(toDay('2025-09-01'), 'de')).toBe('Sept. 2025');
  });

  test('when two lines coincide then both keep a visible marker of their own', () => {
    const svg = renderTrendSvg(same, 'en');
    const at = (title: string): string[] =>
      svg.split('\n').filter((line) => line.includes(`<title>${title}</title>`));
    const [milestone] = at('M: 2024-06-28 (2024-01-10)');
    const [finish] = at('Project finish: 2024-06-28 (2024-01-10)');
    expect(milestone).toMatch(/^<circle [^>]*r="4.5" fill="none" stroke="#1f77b4"/);
    expect(finish).toMatch(/^<circle [^>]*r="8" fill="none" stroke="#222"/);
    // The dashed finish is drawn over the milestone's line, markers over both.
    const lines = svg.split('\n');
    const polylines = lines.flatMap((l, i) => (l.startsWith('<polyline') ? [i] : []));
    expect(polylines.map((i) => lines[i]?.includes('stroke-dasharray'))).toEqual([false, true]);
    expect(lines.indexOf(milestone ?? '')).toBeGreaterThan(Math.max(...polylines));
  });

  test('when there are several milestones then each has its own marker shape', () => {
    const many = buildHistory([
      {
        commit: c(1, '2024-01-10'),
        outcome: { schedule: schedule({ a: '2024-06-28', b: '2024-06-28' }, ['a', 'b']) },
      },
    ]);
    const svg = renderTrendSvg(many, 'en');
    expect(svg).toMatch(/<circle [^>]*stroke="#1f77b4"[^>]*><title>A: 2024-06-28/);
    expect(svg).toMatch(/<rect [^>]*stroke="#d62728"[^>]*><title>B: 2024-06-28/);
  });
});

describe('history and diff text in the plan language', () => {
  test('when the plan is German then the history table speaks German', () => {
    const lines = renderHistoryTable(history, 'de').split('\n');
    expect(lines[0]).toBe('Commit   Datum       Betreff    Ende               M1               M2');
    expect(lines[2]).toBe('1111111  10.01.2024  Framework  28.06.2024         28.06.2024       -');
    expect(lines[3]).toBe("2222222  10.02.2024  Broken     ungültig: unknown task 'tendr'");
    expect(lines[6]).toBe('Meilensteine:');
    expect(lines.at(-2)).toMatch(/^\(\+N\) die Prognose liegt N Kalendertage später/);
    expect(renderHistoryTable(buildHistory([]), 'de')).toBe(
      'Kein Commit hat den Plan in diesem Zeitraum geändert.\n',
    );
  });

  const diff: PlanDiff = {
    from: 'HEAD (abc1234)',
    to: WORKING_TREE,
    added: [{ id: 'v', name: 'Vergabe', milestone: true, phase: 'p1' }],
    removed: [{ id: 'x', name: 'Alt', milestone: false, phase: 'p1' }],
    renamed: [],
    changed: [{ id: 'b', name: 'B', milestone: false, phase: 'p1', changes: [] }],
    milestonesMoved: [],
    finish: { from: '2025-06-27', to: '2025-06-30', workingDays: 1, calendarDays: 3 },
    interruptions: {
      added: [{ id: 'stopp', from: '2023-09-01', to: '2024-01-31' }],
      removed: [],
      changed: [],
    },
    budget: [{ year: 2025, field: 'approved', from: 1500000, to: null }],
    same: false,
  };

  test('when the plan is German then the diff titles, words and dates are German', () => {
    expect(renderDiffText(diff, 'de')).toBe(
      [
        'Plan HEAD (abc1234) → Arbeitskopie',
        '',
        'Hinzugefügt:',
        '  + Meilenstein v: Vergabe',
        '',
        'Entfernt:',
        '  - Vorgang x: Alt',
        '',
        'Prognose:',
        '  Projektende: 27.06.2025 → 30.06.2025 (+1 Arbeitstag, +3 Kalendertage)',
        '',
        'Unterbrechungen:',
        '  + stopp: 01.09.2023 bis 31.01.2024',
        '',
        'Budget:',
        '  ~ 2025 approved: 1.500.000 → (ohne)',
        '',
      ].join('\n'),
    );
  });

  test('when the plan is English then the diff stays English', () => {
    const text = renderDiffText(diff, 'en');
    expect(text).toContain(
      'Plan HEAD (abc1234) → working tree\n\nAdded:\n  + milestone v: Vergabe',
    );
    expect(text).toContain('finish: 2025-06-27 → 2025-06-30 (+1 working day, +3 calendar days)');
    expect(text).toContain('  + stopp: 2023-09-01 to 2024-01-31');
    expect(text).toContain('  ~ 2025 approved: 1,500,000 → (none)');
    expect(renderDiffText({ ...diff, same: true }, 'de')).toBe(
      'Plan HEAD (abc1234) → Arbeitskopie: keine Unterschiede in Vorgängen, Prognosen, ' +
        'Unterbrechungen oder Budget.\n',
    );
  });
});
