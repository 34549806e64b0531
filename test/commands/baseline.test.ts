import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBaselineSchedule } from '../../src/io/load-baseline.js';
import { runPlan } from '../helpers/cli.js';
import { stopAndRestartRepo as repo } from '../helpers/scratch-repo.js';

interface JsonTask {
  id: string;
  baselineFinish: string | null;
  slipDays: number | null;
}

describe('--baseline REV', () => {
  const dir = repo();

  test('when the baseline is the previous commit then slip is counted per milestone', async () => {
    const result = await runPlan(['schedule', 'plan.yaml', '--baseline', 'HEAD~1', '-f', 'json'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const tasks = (JSON.parse(result.stdout) as { tasks: JsonTask[] }).tasks;
    const end = tasks.find((t) => t.id === 'projektende');
    // 2025-11-14 → 2025-12-19: five Mon–Fri weeks.
    expect(end).toMatchObject({ baselineFinish: '2025-11-14', slipDays: 25 });
    expect(tasks.find((t) => t.id === 'vergabe')?.baselineFinish).toBeNull();
  });

  test('when the report takes a revision as baseline then it shows the slip', async () => {
    const result = await runPlan(['report', 'plan.yaml', '--baseline', 'HEAD~1', '-o', 'r.md'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    const report = readFileSync(join(dir, 'r.md'), 'utf8');
    // The project end moved from 14 to 19 December 2025: 25 working days.
    expect(report).toMatch(/\+25/);
  });

  test('when loaded directly then the plan at the revision is scheduled', async () => {
    const baseline = await loadBaselineSchedule('HEAD~1', 'plan.yaml', dir);
    expect(baseline.project.finish).toBe('2025-11-14');
  });

  test('when the revision does not exist then exit 2 and no stack trace', async () => {
    const result = await runPlan(['schedule', 'plan.yaml', '--baseline', 'nope'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: unknown revision 'nope'/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
