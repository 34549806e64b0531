import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, ROOT, runPlan, spawnPlan, tempDir } from '../helpers/cli.js';

const PTY = join(ROOT, 'test', 'helpers', 'pty-drive.py');

/** Drives `plan init` in a pseudo-terminal (needs `npm run build`). */
function inTerminal(cwd: string, args: string[], script: [string, string][]) {
  const r = spawnSync('python3', [PTY, JSON.stringify(script), process.execPath, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
  });
  return { code: r.status, output: r.stdout };
}

describe('plan init', () => {
  test('when --yes in an empty folder then plans/<id>.yaml is written and validates', () => {
    const dir = tempDir('planwerk-init-');
    const r = spawnPlan(['init', '--yes', '--title', 'Schul-WLAN Ausbau', '--lang', 'de'], {
      cwd: dir,
    });
    expect(r.stderr).toContain('wrote plans/schul-wlan-ausbau.yaml');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'plans', 'schul-wlan-ausbau.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${join(ROOT, 'schemas', 'plan.schema.json')}`,
    );
    expect(text).toContain('  holidays: DE\n');
    const v = spawnPlan(['validate', 'plans/schul-wlan-ausbau.yaml'], { cwd: dir });
    expect(v.stdout + v.stderr).toContain('1 valid');
    expect(v.code).toBe(0);
  });

  test('when every answer is a flag then the plan carries them all', async () => {
    const dir = tempDir('planwerk-init-');
    const file = join(dir, 'p.yaml');
    const r = await runPlan([
      'init',
      file,
      '--id',
      'portal',
      '--title',
      'Portal: neu # 2',
      '--start',
      '2025-01-15',
      '--lang',
      'en',
      '--resolution',
      'V0001/25',
      '--session',
      'SR/001/2025',
      '--region',
      'DE-SN',
      '--phases',
      'Basis, Ausbau',
      '--milestones',
      'Go-live=2025-12-01',
      '--budget-years',
      '2026=250000,2025=100000',
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('  id: portal\n  title: "Portal: neu # 2"\n  start: 2025-01-15\n');
    expect(text).toContain('    id: V0001/25\n    session: SR/001/2025\n');
    expect(text).toContain('  - id: basis\n    name: Basis\n');
    expect(text).toContain('        after: [basis-work]\n');
    expect(text).toContain('  - id: go-live\n    name: Go-live\n    milestone: true\n');
    expect(text).toContain('    2025: { approved: 100000 }\n    2026: { approved: 250000 }\n');
    const v = await runPlan(['validate', file]);
    expect(v.code).toBe(0);
  });

  test('when inside the planwerk repository then the schema line is a relative path', async () => {
    const dir = join(ROOT, 'test', 'fixtures', `.init-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'x.yaml');
    try {
      expect((await runPlan(['init', file, '--yes', '--title', 'X'])).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/plan\.schema\.json\n/,
      );
    } finally {
      spawnSync('rm', ['-r', dir]);
    }
  });

  test('when there is no terminal and no --yes then it names the missing flags, exit 2', () => {
    const dir = tempDir('planwerk-init-');
    const r = spawnPlan(['init', '--title', 'X', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal to ask on: give --id, --start, --resolution');
    expect(r.stderr).toContain('or --yes');
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });

  test('when a flag is wrong then every wrong flag is named, exit 2', async () => {
    const r = await runPlan(['init', '--yes', '--id', 'Bad Id', '--start', '2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--id: 'Bad Id' is not a slug");
    expect(r.stderr).toContain("--start: '2025-02-30' is not a date");
  });

  test('when the file exists then it is kept unless --force', async () => {
    const file = join(tempDir('planwerk-init-'), 'p.yaml');
    writeFileSync(file, 'mine\n');
    const r = await runPlan(['init', file, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists; use --force');
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
    expect((await runPlan(['init', file, '--yes', '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('version: 1');
  });

  test('when answered in a terminal then the answers make the plan', () => {
    const dir = tempDir('planwerk-init-');
    const r = inTerminal(
      dir,
      ['init'],
      [
        ['Project title', 'Digitale Akte'],
        ['Project id', ''],
        ['Project start', '2025-03-03'],
        ['Language', ''],
        ['resolution id', 'V0100/25'],
        ['session', 'SR/010/2025'],
        ['holiday region', 'DE-BY'],
        ['Phases', 'Pilot, Rollout'],
        ['milestones', 'Pilot fertig=2025-09-30'],
        ['budget', '2025=50000'],
      ],
    );
    expect(r.output).toContain('wrote plans/digitale-akte.yaml');
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'plans', 'digitale-akte.yaml'), 'utf8');
    expect(text).toContain('  title: Digitale Akte\n  start: 2025-03-03\n  language: en\n');
    expect(text).toContain('  holidays: DE-BY\n');
    expect(text).toContain('  - id: pilot-fertig\n    name: Pilot fertig\n');
    expect(text).toContain('    2025: { approved: 50000 }\n');
  });

  test('when Ctrl-C is pressed in the wizard then no file is left and the exit is 130', () => {
    const dir = tempDir('planwerk-init-');
    const r = inTerminal(
      dir,
      ['init', '--title', 'X'],
      [
        ['Project id', ''],
        ['Project start', '^C'],
      ],
    );
    expect(r.output).toContain('plan init cancelled; no file was written.');
    expect(r.output).not.toContain('    at ');
    expect(r.code).toBe(130);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
  });
});

describe('plan init region and session flags', () => {
  test('when the region is lower case then it is written in capitals', async () => {
    const file = join(tempDir('planwerk-init-'), 'p.yaml');
    const r = await runPlan(['init', file, '--yes', '--region', 'de-sn']);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  holidays: DE-SN\n');
  });

  test('when the region is unknown then it is refused at once and nothing is written', async () => {
    const file = join(tempDir('planwerk-init-'), 'p.yaml');
    const r = await runPlan(['init', file, '--yes', '--region', 'XX']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no public holidays are known for 'XX'");
    expect(existsSync(file)).toBe(false);
  });

  test('when a session is given without its resolution then it is a usage error', async () => {
    const file = join(tempDir('planwerk-init-'), 'p.yaml');
    const r = await runPlan(['init', file, '--yes', '--session', 'SR/1/2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give --resolution too');
  });
});
