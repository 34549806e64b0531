import { runPlan } from '../helpers/cli.js';

const PLAN = 'test/fixtures/status/status-override.yaml';

describe('warnings as of the status date given on the command line', () => {
  test('when the plan is scheduled as of its own status date then nothing is said', async () => {
    const { code, stderr } = await runPlan(['schedule', PLAN]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  test("when --status-date is before a started task's start then its progress warns", async () => {
    const { code, stderr } = await runPlan(['schedule', PLAN, '--status-date', '2024-03-20']);
    expect(code).toBe(0);
    expect(stderr).toContain(
      `${PLAN}:19:19: warning[progress-before-start]: task 'b' (phases[0].tasks[1]): ` +
        'progress 50, but it starts 2024-04-01, after the status date 2024-03-20',
    );
  });

  test('when --status-date lies before the project start then it is a warning', async () => {
    const { code, stderr } = await runPlan(['schedule', PLAN, '--status-date', '2024-03-01']);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'warning[status-before-start]: project: the status date 2024-03-01 is before the ' +
        'project start 2024-03-04',
    );
  });
});

describe('gantt and report', () => {
  test('when gantt is given --status-date then its warnings use that date', async () => {
    const { code, stderr } = await runPlan(['gantt', PLAN, '--status-date', '2024-03-20']);
    expect(code).toBe(0);
    expect(stderr).toContain('warning[progress-before-start]');
  });
});
