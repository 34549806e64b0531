import { join } from 'node:path';
import { loadPlan } from '../../src/io/load-plan.js';
import { ROOT } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'test', 'fixtures');

/** [fixture, code, line, column]: each line worked out by reading the fixture. */
const INVALID: [string, string, number, number][] = [
  ['duplicate-id', 'duplicate-id', 20, 13],
  ['unknown-dependency', 'unknown-dependency', 16, 17],
  ['cycle', 'cycle', 13, 16],
  ['impossible-date', 'invalid-date', 16, 16],
  ['interruption-end-before-start', 'range-order', 16, 9],
  ['overlapping-interruptions', 'interruption-overlap', 18, 11],
  ['non-positive-duration', 'invalid-duration', 12, 19],
  ['malformed-duration', 'invalid-duration', 12, 19],
  ['milestone-with-duration', 'milestone-duration', 16, 19],
  ['task-without-duration', 'missing-duration', 13, 9],
  ['progress-out-of-range', 'progress-range', 13, 19],
  ['actual-finish-before-start', 'actual-order', 14, 46],
  ['budget-year-not-a-year', 'invalid-budget-year', 17, 5],
  ['negative-amount', 'negative-amount', 15, 23],
  ['review-unknown-body', 'unknown-body', 16, 58],
  ['date-on-task', 'date-not-milestone', 13, 15],
  ['unknown-property', 'unknown-property', 15, 9],
  ['missing-property', 'missing-property', 13, 9],
  ['duplicate-key', 'duplicate-key', 13, 9],
  ['yaml-syntax', 'yaml-bad-indent', 15, 9],
  ['unknown-enum-value', 'invalid-value', 14, 39],
  ['wrong-type', 'wrong-type', 13, 19],
  ['malformed-dependency', 'invalid-dependency', 16, 16],
  ['wrong-version', 'invalid-value', 1, 10],
  ['empty', 'not-a-plan', 1, 1],
  ['unknown-holiday-region', 'unknown-region', 14, 13],
  ['blank-name', 'blank-text', 11, 15],
];

const WARNINGS: [string, string, number][] = [
  ['status-date-before-start', 'status-before-start', 6],
  ['start-inside-interruption', 'start-in-interruption', 13],
  ['progress-before-start', 'progress-before-start', 15],
  ['empty-phase', 'empty-phase', 13],
  ['value-cut-at-hash', 'hash-cut', 11],
  ['deadline-before-start', 'deadline-before-start', 14],
];

describe('loadPlan on invalid fixtures', () => {
  test.each(INVALID)(
    'when %s.yaml is loaded then it reports %s at its line, and only that error',
    async (name, code, line, column) => {
      const loaded = await loadPlan(join(FIXTURES, 'invalid', `${name}.yaml`));
      const errors = loaded.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.code, p.line, p.column])).toEqual([[code, line, column]]);
      expect(loaded.plan).toBeNull();
    },
  );
});

describe('loadPlan on fixtures with warnings', () => {
  test.each(WARNINGS)(
    'when %s.yaml is loaded then it warns %s at line %d and still gives the plan',
    async (name, code, line) => {
      const loaded = await loadPlan(join(FIXTURES, 'warnings', `${name}.yaml`));
      expect(loaded.problems.map((p) => [p.severity, p.code, p.line])).toEqual([
        ['warning', code, line],
      ]);
      expect(loaded.plan).not.toBeNull();
    },
  );
});

describe('messages in the plan terms', () => {
  test('when a property is misspelt then the message names the task and suggests it', async () => {
    const loaded = await loadPlan(join(FIXTURES, 'invalid', 'unknown-property.yaml'));
    const [problem] = loaded.problems;
    expect(problem?.message).toBe("task 'award' (phases[0].tasks[1]): unknown property 'duraton'");
    expect(problem?.hint).toBe("did you mean 'duration'?");
    expect(problem?.sourceLine).toBe('        duraton: 5d');
    expect(problem?.length).toBe(7);
  });

  test('when after names an unknown task then the nearest id is suggested', async () => {
    const loaded = await loadPlan(join(FIXTURES, 'invalid', 'unknown-dependency.yaml'));
    expect(loaded.problems[0]?.message).toContain("unknown task 'tendr' in after");
    expect(loaded.problems[0]?.hint).toBe("did you mean 'tender'?");
  });

  test('when tasks form a cycle then every task on it is named in order', async () => {
    const loaded = await loadPlan(join(FIXTURES, 'invalid', 'cycle.yaml'));
    expect(loaded.problems[0]?.message).toContain(
      "dependency cycle: 'tender' after 'award', 'award' after 'tender'",
    );
  });
});
