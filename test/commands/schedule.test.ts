import { runPlan } from '../helpers/cli.js';

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

  test('when a status date is not a date then it is a usage error', async () => {
    const { code, stderr } = await runPlan(['schedule', STOP, '--status-date', '2024-02-30']);
    expect(code).toBe(2);
    expect(stderr).toContain('--status-date must be a date YYYY-MM-DD');
  });

  test('when a git baseline is asked for then it says it comes with plan history', async () => {
    const { code, stderr } = await runPlan(['schedule', STOP, '--baseline', 'HEAD~1']);
    expect(code).toBe(2);
    expect(stderr).toContain('plan history');
  });

  test('when a lag pushes work past the horizon then it names the task and exits 1', async () => {
    const { code, stdout, stderr } = await runPlan(['schedule', FAR]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/far-lag\.yaml:\d+:\d+: task 'later' cannot be scheduled before/);
    expect(stderr).not.toContain('    at ');
  });
});
