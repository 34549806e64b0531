import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { loadPlan, parsePlanText } from '../../src/io/load-plan.js';
import { tempDir } from '../helpers/cli.js';

const PLAN = [
  'version: 1',
  'project:',
  '  id: edge',
  '  title: Edge cases',
  '  start: 2024-01-08   # a comment after a date is fine',
  'phases:',
  '  - id: p',
  '    name: P',
  '    tasks:',
  '      - id: a',
  '        name: A',
  '        duration: 5d',
  '',
].join('\n');

describe('parsePlanText on YAML edge cases', () => {
  test('when the text has a BOM and uses CRLF then it loads with the same positions', () => {
    const loaded = parsePlanText(`\uFEFF${PLAN.replace(/\n/g, '\r\n')}`, 'crlf.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.plan?.project.start).toBe('2024-01-08');
    expect(loaded.locate(['project', 'id'])).toEqual({ line: 3, column: 7 });
    expect(loaded.locateTask('a')).toEqual({ line: 10, column: 9 });
  });

  test('when a file declares YAML 1.1 then dates stay the same day strings', () => {
    const loaded = parsePlanText(`%YAML 1.1\n---\n${PLAN}`, 'y11.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.plan?.project.start).toBe('2024-01-08');
  });

  test('when YAML 1.1 gives an impossible date then it is reported, not rolled over', () => {
    const text = `%YAML 1.1\n---\n${PLAN.replace('2024-01-08', '2023-02-30')}`;
    const loaded = parsePlanText(text, 'y11.yaml');
    expect(loaded.problems.map((p) => [p.code, p.line])).toEqual([['invalid-date', 7]]);
  });

  test('when an anchor is reused hundreds of times then the plan loads', () => {
    const tasks = Array.from(
      { length: 300 },
      (_, i) => `      - { id: t${i}, name: *n, duration: 1d }`,
    );
    const text = PLAN.replace('        name: A', '        name: &n Same name') + tasks.join('\n');
    const loaded = parsePlanText(text, 'aliases.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.plan?.phases[0]?.tasks[300]?.name).toBe('Same name');
  });

  test('when aliases expand exponentially then the plan is refused in well under a second', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 14; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    const loaded = parsePlanText(lines.join('\n'), 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(loaded.problems.map((p) => p.code)).toEqual(['alias-limit']);
    expect(loaded.plan).toBeNull();
  });

  test('when keys are __proto__ or constructor then they are unknown, no prototype changes', () => {
    const text = PLAN.replace('version: 1', 'version: 1\n__proto__: { polluted: true }').replace(
      '  id: edge',
      '  id: edge\n  constructor: x',
    );
    const loaded = parsePlanText(text, 'proto.yaml');
    const codes = loaded.problems.map((p) => [p.code, p.line, p.message]);
    expect(codes).toEqual([
      ['unknown-property', 2, "the plan: unknown property '__proto__'"],
      ['unknown-property', 5, "project: unknown property 'constructor'"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("when ' #' closely follows a plain value then it warns, not for '   # a comment'", () => {
    const text = PLAN.replace('name: A', 'name: Fix #12').replace(
      'duration: 5d',
      'duration: 5d #est',
    );
    const loaded = parsePlanText(text, 'hash.yaml');
    expect(loaded.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['hash-cut', 11, 15],
      ['hash-cut', 12, 19],
    ]);
    expect(loaded.problems[0]?.hint).toBe('put the whole value in quotes: "Fix #12"');
  });

  test('when a value is quoted with # inside then nothing is reported', () => {
    const loaded = parsePlanText(PLAN.replace('name: A', 'name: "Fix #12" # ok'), 'q.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.plan?.phases[0]?.tasks[0]?.name).toBe('Fix #12');
  });

  test('when the text has errors and warnings then all of them come at once, in file order', () => {
    const text = PLAN.replace(
      'duration: 5d',
      'duration: 5x\n        progress: 150\n        after: b',
    );
    const loaded = parsePlanText(text, 'many.yaml');
    expect(loaded.problems.map((p) => [p.code, p.line])).toEqual([
      ['invalid-duration', 12],
      ['progress-range', 13],
      ['unknown-dependency', 14],
    ]);
  });
});

describe('parsePlanText on dates written another way', () => {
  test.each([
    ['2024-1-8', "write it as '2024-01-08'"],
    ['08.01.2024', "write it as '2024-01-08'"],
    ['January 8', "write it as YYYY-MM-DD, e.g. '2024-04-05'"],
  ])('when the start is %s then one error says how to write it', (written, hint) => {
    const loaded = parsePlanText(PLAN.replace('2024-01-08', written), 'date.yaml');
    expect(loaded.problems.map((p) => [p.code, p.line, p.column, p.hint])).toEqual([
      ['invalid-date', 5, 10, hint],
    ]);
  });
});

describe('parsePlanText on values of the wrong type', () => {
  test.each([
    ['duration: 10', "add the unit: '10d' (days), '10w' (weeks) or '10mo' (months)"],
    ['duration: 5d\n        progress: "50%"', 'write the number without quotes or %: 50'],
    ['duration: 5d\n        milestone: yes', 'write true or false'],
  ])('when the task has %s then the hint says what to write', (replacement, hint) => {
    const loaded = parsePlanText(PLAN.replace('duration: 5d', replacement), 'types.yaml');
    expect(loaded.problems.map((p) => [p.code, p.hint])).toEqual([['wrong-type', hint]]);
  });

  test('when a milestone in a phase has neither date nor after then it warns', () => {
    const text = PLAN.replace('duration: 5d', 'milestone: true');
    const loaded = parsePlanText(text, 'm.yaml');
    expect(loaded.problems.map((p) => [p.code, p.line])).toEqual([['milestone-unanchored', 10]]);
  });
});

describe('loadPlan on files', () => {
  test('when the file does not exist then it throws a UsageError naming it', async () => {
    await expect(loadPlan('/nonexistent/plan.yaml')).rejects.toThrow(
      new UsageError('cannot read /nonexistent/plan.yaml: no such file'),
    );
  });

  test('when the file is over 5 MiB then it is refused as unreadable', async () => {
    const file = join(tempDir(), 'huge.yaml');
    writeFileSync(file, `# ${'x'.repeat(5 * 1024 * 1024)}\n`);
    await expect(loadPlan(file)).rejects.toThrow(/larger than 5 MiB/);
  });
});
