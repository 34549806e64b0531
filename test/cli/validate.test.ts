import { mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan, spawnPlan, tempDir } from '../helpers/cli.js';

const INVALID = 'test/fixtures/invalid/unknown-dependency.yaml';
const VALID = 'test/fixtures/valid/minimal.yaml';
const WARNING = 'test/fixtures/warnings/empty-phase.yaml';
const ESC = '\u001b[';

describe('plan validate in-process', () => {
  test('when every plan is valid then it exits 0 with the summary line', async () => {
    const r = await runPlan(['validate', VALID, 'test/fixtures/valid/full.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 plans checked: 2 valid, 0 invalid (0 errors, 0 warnings)\n');
  });

  test('when one plan is invalid then it exits 1 and shows place, line, caret, hint', async () => {
    const r = await runPlan(['validate', INVALID, VALID]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        `${INVALID}:16:17: error[unknown-dependency]: ` +
          "task 'award' (phases[0].tasks[1]): unknown task 'tendr' in after",
        '16 |         after: [tendr]',
        '   |                 ^^^^^',
        "   = hint: did you mean 'tender'?",
        '2 plans checked: 1 valid, 1 invalid (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  test('when colour is allowed then the output has ANSI colours, and none otherwise', async () => {
    expect((await runPlan(['validate', INVALID], { color: true })).stdout).toContain(ESC);
    expect((await runPlan(['validate', INVALID], { color: false })).stdout).not.toContain(ESC);
  });

  test('when a plan only has warnings then it exits 0, and 1 with --strict', async () => {
    expect((await runPlan(['validate', WARNING])).code).toBe(0);
    const strict = await runPlan(['validate', '--strict', WARNING]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error[empty-phase]');
  });

  test('when --format json then stdout is one JSON object with problems and summary', async () => {
    const r = await runPlan(['validate', '--format', 'json', INVALID, VALID]);
    const json = JSON.parse(r.stdout) as {
      problems: { code: string; line: number; column: number; hint?: string }[];
      summary: Record<string, number>;
    };
    expect(r.code).toBe(1);
    expect(json.problems).toMatchObject([
      { code: 'unknown-dependency', line: 16, column: 17, hint: "did you mean 'tender'?" },
    ]);
    expect(json.summary).toEqual({
      plans: 2,
      valid: 1,
      invalid: 1,
      unreadable: 0,
      errors: 1,
      warnings: 0,
    });
  });

  test('when --format github then each problem is an escaped workflow annotation', async () => {
    const r = await runPlan(['validate', '-f', 'github', INVALID]);
    expect(r.stdout).toBe(
      `::error file=${INVALID},line=16,col=17,endColumn=22,title=error[unknown-dependency]::` +
        "task 'award' (phases[0].tasks[1]): unknown task 'tendr' in after " +
        "— did you mean 'tender'?\n",
    );
  });

  test('when a file is missing then it exits 2 and the other plans are still checked', async () => {
    const r = await runPlan(['validate', 'no/such.yaml', VALID]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      'no/such.yaml: error[unreadable]: cannot read no/such.yaml: no such file',
    );
    expect(r.stdout).toContain('2 plans checked: 1 valid, 0 invalid, 1 unreadable');
  });

  test('when a glob matches nothing then it exits 2', async () => {
    const r = await runPlan(['validate', 'test/fixtures/*.nothing']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: no plan file matches 'test/fixtures/*.nothing'\n");
  });

  test('when a valid plan cannot be scheduled then validate finds it at the task', async () => {
    const file = join(tempDir(), 'runaway.yaml');
    writeFileSync(
      file,
      'version: 1\nproject: { id: t, title: T, start: 2024-01-01 }\nphases:\n' +
        '  - id: p\n    name: P\n    tasks:\n      - { id: a, name: A, duration: 1d }\n' +
        '      - { id: b, name: B, duration: 1d, after: ["a +60000d"] }\n',
    );
    const r = await runPlan(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:8:9: error[unschedulable]: task 'b' would end after`);
  });

  test('when no file is given then plans/*.yaml in the working directory is checked', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync(VALID, join(dir, 'plans', 'one.yaml'));
    const r = await runPlan(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1 plan checked: 1 valid, 0 invalid (0 errors, 0 warnings)\n');
    expect((await runPlan(['validate'], { cwd: tempDir() })).code).toBe(2);
  });

  test('when the repository plans are checked then they are all valid', async () => {
    const r = await runPlan(['validate', 'plans/*.yaml', 'test/fixtures/valid/*.yaml']);
    expect(r.stdout).toMatch(/ checked: (\d+) valid, 0 invalid \(0 errors/);
    expect(r.code).toBe(0);
  });
});

describe('plan validate as a process', () => {
  const y11 = (): string => {
    const file = join(tempDir(), 'y11.yaml');
    const text = [
      '%YAML 1.1',
      '---',
      'version: 1',
      'project: { id: tz, title: Plan, start: 2024-01-08, statusDate: 2023-12-29 }',
      'phases: [{ id: p, name: P, tasks: [{ id: a, name: A, duration: 1d }] }]',
    ];
    writeFileSync(file, text.join('\n'));
    return file;
  };

  test.each(['Pacific/Kiritimati', 'America/Los_Angeles'])(
    'when TZ is %s then YAML 1.1 dates keep their day',
    (tz) => {
      const r = spawnPlan(['validate', y11()], { env: { TZ: tz } });
      expect(r.stdout).toContain(
        'the status date 2023-12-29 is before the project start 2024-01-08',
      );
      expect(r.code).toBe(0);
    },
  );

  test('when piped, with or without NO_COLOR, then exit codes hold and no ANSI escapes', () => {
    const invalid = spawnPlan(['validate', INVALID], { env: { NO_COLOR: '1' } });
    const plain = spawnPlan(['validate', INVALID]);
    expect([invalid.code, plain.code]).toEqual([1, 1]);
    expect(invalid.stdout + plain.stdout + plain.stderr).not.toContain(ESC);
    expect(spawnPlan(['validate', 'missing.yaml']).code).toBe(2);
    expect(spawnPlan(['validate', VALID]).code).toBe(0);
  });
});
