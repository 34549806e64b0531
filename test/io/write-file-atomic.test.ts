import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { checkOutputs, writeFileAtomic } from '../../src/io/write-file-atomic.js';
import { runPlan, tempDir } from '../helpers/cli.js';

describe('writing output files', () => {
  test('when the folder does not exist then the message says so, no temporary name', async () => {
    const dir = tempDir();
    const target = join(dir, 'missing', 'chart.mmd');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(
      `cannot write ${target}: its folder does not exist`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('when a file is written then it is whole and no temporary file is left', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a.txt'), 'whole');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('whole');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  test('when one of several outputs cannot be written then the check fails before any', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    expect(() => checkOutputs([join(dir, 'ok.md'), join(dir, 'no', 'x.md')])).toThrow(
      /its folder does not exist/,
    );
    expect(() => checkOutputs([join(dir, 'folder')])).toThrow(/it is a folder/);
    const input = join(dir, 'plan.yaml');
    writeFileSync(input, 'x');
    expect(() => checkOutputs([input], { protect: [input] })).toThrow(/refusing to overwrite/);
  });

  test('when gantt has one output it cannot write then it writes none of them', async () => {
    const dir = tempDir();
    const good = join(dir, 'a.mmd');
    const r = await runPlan([
      'gantt',
      'plans/tour-school-wifi.yaml',
      '-o',
      good,
      '-o',
      join(dir, 'missing', 'b.mmd'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/its folder does not exist/);
    expect(existsSync(good)).toBe(false);
  });

  test('when report has one output it cannot write then it writes none of them', async () => {
    const dir = tempDir();
    const good = join(dir, 'r.md');
    const r = await runPlan([
      'report',
      'plans/tour-school-wifi.yaml',
      '-o',
      good,
      '-o',
      join(dir, 'missing', 'r.html'),
    ]);
    expect(r.code).toBe(2);
    expect(existsSync(good)).toBe(false);
  });
});

describe('writing over something that is not a regular file', () => {
  test('when the target is a FIFO then it is refused and left in place', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'chart.mmd');
    execFileSync('mkfifo', [fifo]);
    await expect(writeFileAtomic(fifo, 'x')).rejects.toThrow('it is not a regular file');
    expect(() => checkOutputs([fifo])).toThrow('it is not a regular file');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  test('when the target is a link to a file then the file behind it is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync(join(dir, 'real.md'), join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'new');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
  });
});
