import { parsePlanText } from '../../src/io/load-plan.js';

/** The tester's plan: b reports progress while a, which it comes after, has not begun. */
function planText(b: string, statusDate = '2024-03-13'): string {
  return [
    'version: 1',
    `project: {id: s4, title: S4, start: 2024-03-04, statusDate: ${statusDate}}`,
    'phases:',
    '  - id: p',
    '    name: P',
    '    tasks:',
    '      - {id: a, name: A, duration: 5d}',
    `      - {id: b, name: B, duration: 4d, ${b}}`,
    '',
  ].join('\n');
}

const codes = (text: string) =>
  parsePlanText(text, 'p.yaml').problems.map((p) => [p.severity, p.code, p.line, p.column]);

describe('progress out of order', () => {
  test('when a task has progress before its FS predecessor ends then it warns at its after', () => {
    const loaded = parsePlanText(planText('progress: 50, after: a'), 'p.yaml');
    expect(loaded.plan).not.toBeNull();
    const [problem] = loaded.problems;
    expect(loaded.problems).toHaveLength(1);
    expect(problem).toMatchObject({ severity: 'warning', code: 'progress-out-of-order', line: 8 });
    expect(problem?.column).toBe(61);
    expect(problem?.message).toBe(
      "task 'b' (phases[0].tasks[1]): progress out of order: it has started, " +
        "but 'a' (FS) has not finished by the status date 2024-03-13",
    );
  });

  test('when a task has an actual start before its SS predecessor started then it warns', () => {
    const text = planText('actual: {start: 2024-03-11}, after: [{task: a, type: SS}]');
    expect(codes(text)).toEqual([['warning', 'progress-out-of-order', 8, 77]]);
  });

  test('when the SS predecessor has started then nothing is said', () => {
    const text = planText('progress: 50, after: [{task: a, type: SS}]').replace(
      'duration: 5d}',
      'duration: 5d, progress: 10}',
    );
    expect(codes(text)).toEqual([]);
  });

  test('when the FS predecessor finished by the status date then nothing is said', () => {
    const text = planText('progress: 50, after: a').replace(
      'duration: 5d}',
      'duration: 5d, actual: {start: 2024-03-04, finish: 2024-03-08}}',
    );
    expect(codes(text)).toEqual([]);
  });

  test('when the FS predecessor finishes only after the status date then it warns', () => {
    const text = planText('progress: 50, after: a').replace(
      'duration: 5d}',
      'duration: 5d, actual: {start: 2024-03-04, finish: 2024-03-14}}',
    );
    expect(codes(text).map(([, code]) => code)).toContain('progress-out-of-order');
  });

  test('when the lag is a lead then an earlier start is allowed', () => {
    expect(codes(planText("progress: 50, after: 'a -3d'"))).toEqual([]);
  });
});

describe('problems as of another status date', () => {
  test("when the plan's status date warns but the given one does not then the warning goes", () => {
    const loaded = parsePlanText(planText('after: a', '2024-03-01'), 'p.yaml');
    expect(loaded.problems.map((p) => p.code)).toEqual(['status-before-start']);
    expect(loaded.problemsAsOf('2024-03-13')).toEqual([]);
    expect(loaded.problemsAsOf(null)).toEqual(loaded.problems);
  });

  test("when the given date precedes a's actual finish then b's progress is out of order", () => {
    const text = planText('progress: 50, after: a').replace(
      'duration: 5d}',
      'duration: 5d, actual: {start: 2024-03-04, finish: 2024-03-08}}',
    );
    const loaded = parsePlanText(text, 'p.yaml');
    expect(loaded.problems).toEqual([]);
    const asOf = loaded.problemsAsOf('2024-03-07').map((p) => [p.code, p.line]);
    expect(asOf).toEqual([
      ['actual-finish-after-status', 7],
      ['progress-out-of-order', 8],
    ]);
  });
});
