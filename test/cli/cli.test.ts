import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, runPlan, tempDir } from '../helpers/cli.js';
import { chainPlan } from '../commands/gantt-plans.js';
import { VERSION } from '../../src/version.js';

describe('version', () => {
  test('when asked for the version then it matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('help and usage', () => {
  test('when asked for help then exit 0 and the commands are listed', async () => {
    for (const args of [['--help'], ['help'], ['help', 'gantt']]) {
      const r = await runPlan(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: plan/);
    }
  });

  test('when no command is given then the help goes to stderr and exit 2', async () => {
    const r = await runPlan([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: plan/);
  });

  test('when an option is unknown then exit 2 without a stack trace', async () => {
    const r = await runPlan(['schedule', 'plans/e-zusammenarbeit.yaml', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--bogus'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('output to a reader that stops early', () => {
  test('when stdout closes after the first bytes then the process ends quietly', async () => {
    const big = join(tempDir(), 'chain.yaml');
    writeFileSync(big, chainPlan(3000));
    const child = spawn(process.execPath, [BIN, 'schedule', big, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
