import { parsePlanText } from '../../src/io/load-plan.js';

const plan = (project: string, entries: string[], extra = ''): string =>
  [
    'version: 1',
    `project: {id: p, title: P, start: 2024-03-04${project}}`,
    extra,
    'phases:',
    '  - id: p',
    '    name: P',
    '    tasks:',
    ...entries.map((e) => `      - ${e}`),
    '',
  ].join('\n');

const warned = (text: string) => {
  const loaded = parsePlanText(text, 'x.yaml');
  expect(loaded.plan).not.toBeNull();
  return loaded.problems.map((p) => [p.severity, p.code, p.line]);
};

describe('more warnings', () => {
  test('when an actual finish is after the status date then it warns', () => {
    const task = '{id: a, name: A, duration: 5d, actual: {start: 2024-03-04, finish: 2024-03-20}}';
    expect(warned(plan(', statusDate: 2024-03-13', [task]))).toEqual([
      ['warning', 'actual-finish-after-status', 8],
    ]);
  });

  test('when an actual start is before the project start then it warns', () => {
    const task = '{id: a, name: A, duration: 5d, actual: {start: 2024-02-26}}';
    expect(warned(plan('', [task]))).toEqual([['warning', 'actual-before-project', 8]]);
  });

  test('when a milestone has progress other than 0 or 100 then it warns', () => {
    const m = '{id: m, name: M, milestone: true, date: 2024-03-08, progress: 50}';
    expect(warned(plan('', [m]))).toEqual([['warning', 'milestone-progress', 8]]);
  });

  test('when a fixed milestone is dated inside an interruption then it warns', () => {
    const m = '{id: m, name: M, milestone: true, date: 2024-03-12}';
    const stop = 'interruptions: [{id: s, from: 2024-03-11, to: 2024-03-15}]';
    expect(warned(plan('', [m], stop))).toEqual([['warning', 'milestone-in-interruption', 8]]);
  });
});
