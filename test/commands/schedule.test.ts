import { scheduleCommand } from '../../src/commands/schedule.js';
import type { Context } from '../../src/context.js';
import type { Plan } from '../../src/core/plan.js';
import { schedulePlan } from '../../src/core/scheduler.js';
import { loadPlan } from '../../src/io/load-plan.js';
import { ROOT, runPlan } from '../helpers/cli.js';

const context = (): Context => ({
  out: () => undefined,
  err: () => undefined,
  color: false,
  cwd: ROOT,
  env: {},
  today: '2024-04-05',
  interactive: false,
});

const STOP = 'test/fixtures/schedule/stop-and-milestone.yaml';
const FAR = 'test/fixtures/schedule/far-lag.yaml';

interface Json {
  project: { id: string; start: string; finish: string };
  tasks: { id: string; start: string; finish: string; duration: number; float: number }[];
  conflicts: { task: string; kind: string; days: number }[];
}

describe('plan schedule', () => {
  test('when asked for JSON then it prints the dates worked out by hand', async () => {
    const { code, stdout } = await runPlan(['schedule', STOP, '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Json;
    expect(json.project).toMatchObject({ id: 'stop-and-milestone', finish: '2024-02-08' });
    // build: Mon 28 – Thu 31 Aug, paused, Thu 1 – Thu 8 Feb; centre fixed Tue 6 Feb is 2 late.
    expect(json.tasks.map((t) => [t.id, t.start, t.finish, t.duration, t.float])).toEqual([
      ['build', '2023-08-28', '2024-02-08', 10, -2],
      ['inside', '2024-02-01', '2024-02-07', 5, 1],
      ['centre', '2024-02-06', '2024-02-06', 0, -2],
    ]);
    expect(json.conflicts).toEqual([
      expect.objectContaining({ task: 'centre', kind: 'late', days: 2 }),
    ]);
  });

  test('when printed as a table then phases, marks, conflicts and the legend show', async () => {
    const { code, stdout } = await runPlan(['schedule', STOP]);
    expect(code).toBe(0);
    expect(stdout).toContain('Phase one (one)');
    expect(stdout).toMatch(/!⚑\s+build\s+Build\s+2023-08-28\s+2024-02-08\s+10\s+-2/);
    expect(stdout).toMatch(/⚑\s+inside\s.*2024-02-01\s+2024-02-07\s+5\s+1/);
    expect(stdout).toContain("milestone 'centre' is fixed on 2024-02-06");
    expect(stdout).toContain('Project finish: 2024-02-08');
    expect(stdout).toContain('⚑ paused or moved by an interruption');
    expect(stdout).not.toContain('\u001b[');
  });

  test('when a status date is given then unstarted work follows it', async () => {
    const args = ['schedule', STOP, '-f', 'json', '--status-date', '2024-02-12'];
    const json = JSON.parse((await runPlan(args)).stdout) as Json;
    expect(json.tasks[0]).toMatchObject({ id: 'build', start: '2024-02-13' });
  });

  test('when a status date is not a date then every command says so alike, exit 2', async () => {
    for (const command of [['schedule'], ['gantt'], ['report', '-o', 'r.md']]) {
      const [verb, ...rest] = command as [string, ...string[]];
      const { code, stderr } = await runPlan([verb, STOP, ...rest, '--status-date', '2024-02-30']);
      expect(code).toBe(2);
      expect(stderr).toContain(
        "option '--status-date <date>' argument '2024-02-30' is invalid. " +
          'Write a real calendar date as YYYY-MM-DD',
      );
    }
  });

  test('when a baseline is loaded through the seam then slip is counted from it', async () => {
    let stdout = '';
    const ctx = { ...context(), out: (t: string) => void (stdout += t) };
    const baseline = schedulePlan((await loadPlan(STOP)).plan as Plan);
    baseline.tasks = baseline.tasks.map((t) => ({ ...t, finish: '2024-02-01' }));
    const asked: string[] = [];
    const load = (rev: string, file: string) => {
      asked.push(rev, file);
      return Promise.resolve(baseline);
    };
    const opts = { baseline: 'v1', format: 'json' as const };
    expect(await scheduleCommand(STOP, opts, ctx, load)).toBe(0);
    expect(asked).toEqual(['v1', STOP]);
    // build: forecast Thu 8 Feb against Thu 1 Feb: 2–8 Feb are 5 working days, 7 days.
    const build = (JSON.parse(stdout) as { tasks: Record<string, unknown>[] }).tasks[0];
    expect(build).toMatchObject({ baselineFinish: '2024-02-01', slipDays: 5 });
    expect(build).toMatchObject({ slipCalendarDays: 7 });
  });

  test('when a lag pushes work past the horizon then it names the task and exits 1', async () => {
    const { code, stdout, stderr } = await runPlan(['schedule', FAR]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      "far-lag.yaml:15:9: task 'later' would end after 2124-01-02, more than 100 years after " +
        'the project start (2024-01-02): check its lags and duration, and the interruptions',
    );
    expect(stderr).not.toContain('    at ');
  });
});
