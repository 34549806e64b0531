import type { Context } from '../../src/context.js';
import { PlanError } from '../../src/errors.js';
import { loadValidPlan } from '../../src/commands/load-valid-plan.js';
import { ROOT } from '../helpers/cli.js';

function context(): Context & { printed: () => string } {
  let err = '';
  return {
    out: () => undefined,
    err: (t) => void (err += t),
    color: false,
    cwd: ROOT,
    env: {},
    today: '2024-04-05',
    interactive: false,
    printed: () => err,
  };
}

describe('loadValidPlan', () => {
  test('when the plan is valid then it returns the plan and prints its warnings', async () => {
    const ctx = context();
    const loaded = await loadValidPlan('test/fixtures/warnings/empty-phase.yaml', ctx);
    expect(loaded.plan.phases.map((p) => p.id)).toEqual(['phase-1', 'phase-2']);
    expect(ctx.printed()).toContain(
      'test/fixtures/warnings/empty-phase.yaml:13:5: ' +
        "warning[empty-phase]: phase 'phase-2' (phases[1]): no tasks",
    );
  });

  test('when the plan is invalid then it prints the errors and throws a PlanError', async () => {
    const ctx = context();
    const file = 'test/fixtures/invalid/cycle.yaml';
    await expect(loadValidPlan(file, ctx)).rejects.toThrow(
      new PlanError(`${file} is not a valid plan (1 error); run 'plan validate ${file}'`),
    );
    expect(ctx.printed()).toContain(`${file}:13:16: error[cycle]`);
  });
});
