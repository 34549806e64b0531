import { checkCycles, checkDependencies } from '../../src/core/check-dependencies.js';
import { normalizePlan } from '../../src/core/normalize-plan.js';

function rawPlan(tasks: { id: string; after?: unknown }[]) {
  return {
    version: 1,
    project: { id: 'p', title: 'P', start: '2024-01-08' },
    phases: [
      { id: 'ph', name: 'Ph', tasks: tasks.map((t) => ({ name: t.id, duration: '1d', ...t })) },
    ],
  };
}

describe('checkCycles', () => {
  test('when three tasks wait for each other then one cycle names all three in order', () => {
    const raw = rawPlan([
      { id: 'a', after: 'c' },
      { id: 'b', after: ['a'] },
      { id: 'c', after: ['x', 'b'] },
    ]);
    const problems = checkCycles(normalizePlan(raw), raw);
    expect(problems.map((p) => [p.code, p.message, p.path])).toEqual([
      [
        'cycle',
        "dependency cycle: 'a' after 'c', 'c' after 'b', 'b' after 'a'",
        ['phases', 0, 'tasks', 0, 'after'],
      ],
    ]);
  });

  test('when a task is after itself then that is a cycle of one', () => {
    const raw = rawPlan([{ id: 'a' }, { id: 'b', after: ['a', 'b'] }]);
    const problems = checkCycles(normalizePlan(raw), raw);
    expect(problems.map((p) => [p.message, p.path])).toEqual([
      ['it is after itself', ['phases', 0, 'tasks', 1, 'after', 1]],
    ]);
  });

  test('when a chain is 50,000 tasks deep then it is checked without running out of stack', () => {
    const tasks = Array.from({ length: 50_000 }, (_, i) => ({ id: `t${i}`, after: `t${i + 1}` }));
    tasks.push({ id: 't50000', after: 't0' });
    const raw = rawPlan(tasks);
    const problems = checkCycles(normalizePlan(raw), raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^dependency cycle: 't0' after 't1', .* 't50000' after 't0'$/,
    );
  });
});

describe('checkDependencies', () => {
  test('when after names a phase then the hint says to name the task that ends it', () => {
    const raw = rawPlan([{ id: 'a', after: 'ph' }]);
    expect(checkDependencies(normalizePlan(raw), raw)).toMatchObject([
      {
        code: 'unknown-dependency',
        path: ['phases', 0, 'tasks', 0, 'after'],
        hint: "'ph' is a phase; name the task or milestone that ends it",
      },
    ]);
  });

  test('when an unknown name is close to the task itself then it is not suggested', () => {
    const raw = rawPlan([{ id: 'a', after: 'zz' }, { id: 'zzz' }]);
    const [problem] = checkDependencies(normalizePlan(raw), raw);
    expect(problem?.hint).toBe("did you mean 'zzz'?");
    const alone = rawPlan([{ id: 'a', after: 'zz' }]);
    expect(checkDependencies(normalizePlan(alone), alone)[0]?.hint).toBeUndefined();
  });

  test('when a predecessor is named twice then it is a warning', () => {
    const raw = rawPlan([{ id: 'a' }, { id: 'b', after: ['a', 'a +2d'] }]);
    expect(checkDependencies(normalizePlan(raw), raw)).toMatchObject([
      {
        severity: 'warning',
        code: 'duplicate-dependency',
        path: ['phases', 0, 'tasks', 1, 'after', 1],
      },
    ]);
  });
});
