import { axisFor, renderGanttText } from '../../src/render/mermaid-gantt.js';
import { smallPlan, smallSchedule } from './gantt-fixture.js';

const HEADER = [
  '---',
  'config:',
  '  gantt:',
  '    useWidth: 1400',
  '    leftPadding: 105',
  '    rightPadding: 40',
  '    barHeight: 20',
  '    barGap: 6',
  '    fontSize: 12',
  '    sectionFontSize: 12',
  '    numberSectionStyles: 4',
  '---',
  'gantt',
];

/** The lines after the front matter and the fixed settings. */
function bodyOf(text: string): string[] {
  const lines = text.split('\n');
  return lines.slice(lines.indexOf('  todayMarker off') + 2);
}

describe('renderGanttText', () => {
  test('when a small plan is drawn then the text is exactly the hand-worked chart', () => {
    const text = renderGanttText(smallPlan(), smallSchedule(), {
      level: 'tasks',
      baseline: false,
      language: 'en',
    });
    expect(text).toBe(
      [
        ...HEADER,
        '  title Demo rollout',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %b %Y',
        '  tickInterval 1month',
        '  todayMarker off',
        '  %% planwerk computed every date; end dates are exclusive (the day after the finish).',
        '  section Interruptions',
        '  Interruption#58; Restructuring: i_stop, 2024-02-01, 2024-03-01',
        '  section Phase 1',
        '  Analysis: done, t_a, 2024-01-01, 2024-01-13',
        '  Build: active, crit, t_b, 2024-01-15, 2024-02-01',
        '  Build (part 2): active, crit, t_b_x2, 2024-03-01, 2024-03-09',
        '  Go-live: crit, milestone, t_m, 2024-03-08, 2024-03-09',
        '  section Milestones',
        '  Council review: milestone, t_review, 2024-04-02, 2024-04-03',
        '  Status date 2024-01-22: vert, status_date, 2024-01-23, 2024-01-23',
        '',
      ].join('\n'),
    );
  });

  test('when the baseline is asked for then baseline rows follow their tasks', () => {
    const text = renderGanttText(smallPlan(), smallSchedule(), {
      level: 'tasks',
      baseline: true,
      language: 'en',
    });
    const body = bodyOf(text);
    expect(body.slice(3, 5)).toEqual([
      '  Analysis: done, t_a, 2024-01-01, 2024-01-13',
      '  Analysis (baseline): b_a, 2024-01-01, 2024-01-11',
    ]);
    expect(body).toContain('  Go-live (baseline): milestone, b_m, 2024-02-16, 2024-02-17');
  });

  test('when the level is phases then each phase is one bar plus its milestones', () => {
    const text = renderGanttText(smallPlan(), smallSchedule(), {
      level: 'phases',
      baseline: false,
      language: 'en',
    });
    expect(bodyOf(text).slice(2, 5)).toEqual([
      '  section Phase 1',
      '  Phase 1: active, crit, p_p1, 2024-01-01, 2024-03-09',
      '  Go-live: crit, milestone, t_m, 2024-03-08, 2024-03-09',
    ]);
  });

  test('when only some tasks of a phase have a baseline then the phase has no baseline bar', () => {
    const options = { level: 'phases' as const, baseline: true, language: 'en' as const };
    expect(renderGanttText(smallPlan(), smallSchedule(), options)).not.toContain('p_p1_x2');
    expect(renderGanttText(smallPlan(), smallSchedule(), options)).not.toContain('b_p1');
    const schedule = smallSchedule();
    const build = schedule.tasks[1];
    if (build === undefined) throw new Error('fixture');
    build.baselineStart = '2024-01-08';
    build.baselineFinish = '2024-02-09';
    expect(renderGanttText(smallPlan(), schedule, options)).toContain(
      '  Phase 1 (baseline): b_p1, 2024-01-01, 2024-02-10',
    );
  });

  test('when the plan is German then labels and the status date are German', () => {
    const plan = { ...smallPlan(), project: { ...smallPlan().project, language: 'de' as const } };
    const text = renderGanttText(plan, smallSchedule(), {
      level: 'tasks',
      baseline: false,
      language: 'de',
    });
    expect(text).toContain('  section Unterbrechungen\n  Unterbrechung#58; Restructuring:');
    expect(text).toContain('  Build (Teil 2): active, crit');
    expect(text).toContain('  Stichtag 22.01.2024: vert, status_date, 2024-01-23, 2024-01-23');
    expect(text).toContain('  section Meilensteine');
  });

  test('when there is no status date then there is no marker and no today line', () => {
    const schedule = smallSchedule();
    schedule.project.statusDate = null;
    const text = renderGanttText(smallPlan(), schedule, {
      level: 'tasks',
      baseline: false,
      language: 'en',
    });
    expect(text).not.toContain('vert');
    expect(text).toContain('todayMarker off');
  });

  test('when names carry Mermaid syntax then every task line keeps its shape', () => {
    const plan = smallPlan({ a: 'a: b; c # d', b: 'section x', m: 'Go %% live' });
    const text = renderGanttText(plan, smallSchedule(plan), {
      level: 'tasks',
      baseline: false,
      language: 'en',
    });
    const taskLines = bodyOf(text).filter((l) => /t_\w+, \d{4}/.test(l));
    expect(taskLines).toHaveLength(5);
    for (const line of taskLines) {
      expect(line.replace(/#\d+;/g, '')).toMatch(/^ {2}[^:;#%\n]+: [\w, -]+$/);
    }
  });
});

describe('axisFor', () => {
  test('when the span grows then the ticks get wider apart', () => {
    expect(axisFor(30, 'en', 'names')).toEqual({ interval: '1week', format: '%d %b' });
    expect(axisFor(150, 'en', 'names')).toEqual({ interval: '1month', format: '%b %Y' });
    expect(axisFor(700, 'de', 'numeric')).toEqual({ interval: '3month', format: '%m.%Y' });
    expect(axisFor(2000, 'de', 'names')).toEqual({ interval: '6month', format: '%b %Y' });
    expect(axisFor(4000, 'en', 'names')).toEqual({ interval: '12month', format: '%Y' });
  });
});
