import { parsePlanText } from '../../src/io/load-plan.js';
import { formatProblemText } from '../../src/render/problems-text.js';

const HEAD = 'version: 1\nproject: {id: p, title: P, start: 2024-01-02}\n';
const TASKS = 'phases:\n  - id: p\n    name: P\n    tasks:\n';
const load = (text: string) => parsePlanText(text, 'x.yaml');
const said = (text: string) => load(text).problems.map((p) => [p.code, p.message, p.hint]);

describe('messages for unusual input', () => {
  test('when a lag is a bare number then the hint gives working days only', () => {
    const text =
      `${HEAD}${TASKS}      - {id: a, name: A, duration: 5d}\n` +
      '      - {id: b, name: B, duration: 1d, after: [{task: a, lag: 2}]}\n';
    expect(load(text).problems.map((p) => p.hint)).toEqual(["add the unit: '2d' (working days)"]);
  });

  test('when the file holds two YAML documents then it says a plan is one document', () => {
    expect(said('version: 1\n---\nversion: 1\n')).toEqual([
      [
        'yaml-multiple-docs',
        'a plan file holds one YAML document, but this one has more',
        "remove the second document: the '---' line and what follows it",
      ],
    ]);
  });

  test.each([
    ['!!binary aGVsbG8=', 'binary data (!!binary)'],
    ['[1, 2]', 'a list'],
    ["'hello'", "'hello'"],
  ])('when project is %s then one problem says it must be a mapping', (value, what) => {
    expect(said(`version: 1\nproject: ${value}\nphases: []\n`)).toEqual([
      ['wrong-type', `project must be a mapping (key: value), not ${what}`, undefined],
    ]);
  });

  test('when a holiday region is in lower case then the hint gives it in upper case', () => {
    const text = `${HEAD}calendar: {holidays: de-sn}\nphases: []\n`;
    expect(load(text).problems.map((p) => p.hint)).toEqual(["did you mean 'DE-SN'?"]);
  });

  test('when brackets nest thousands deep then it says so and cuts the source line', () => {
    const text = `version: 1\nproject: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const [problem, ...rest] = load(text).problems;
    expect(rest).toEqual([]);
    expect(problem?.code).toBe('nesting-too-deep');
    expect(problem?.message).toMatch(/^nesting too deep/);
    expect(problem?.sourceLine?.length).toBeLessThanOrEqual(200);
    expect(problem?.column).toBeGreaterThan(200);
  });

  test('when YAML merge keys reuse an anchor then the plan is valid', () => {
    const text =
      `${HEAD}${TASKS}      - &base {id: a, name: A, duration: 5d}\n` +
      '      - <<: *base\n        id: b\n        after: a\n';
    const loaded = load(text);
    expect(loaded.problems).toEqual([]);
    expect(loaded.plan?.phases[0]?.tasks[1]).toMatchObject({ id: 'b', name: 'A' });
  });
});

describe('long source lines', () => {
  test('when a problem is far into a long line then the cut excerpt keeps the caret on it', () => {
    const name = 'x'.repeat(500);
    const text = `${HEAD}${TASKS}      - {id: a, name: ${name}, duration: 5d, prio: 1}\n`;
    const [problem] = load(text).problems;
    expect(problem?.code).toBe('unknown-property');
    expect(problem?.sourceLine?.length).toBeLessThanOrEqual(200);
    const [, source, caret] = formatProblemText(problem as never, false).split('\n');
    const at = (caret ?? '').indexOf('^');
    expect((source ?? '').slice(at, at + 4)).toBe('prio');
  });
});
