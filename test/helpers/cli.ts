/** Runs the CLI in-process or as a real process, capturing what it prints. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli.js';
import type { Context } from '../../src/context.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'plan');

/** In-process: fast, for most tests. */
export async function runPlan(args: string[], over: Partial<Context> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const ctx: Context = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    color: false,
    cwd: ROOT,
    env: { ...process.env },
    today: '2024-04-05',
    interactive: false,
    ...over,
  };
  const code = await runCli(args, ctx);
  return { code, stdout, stderr };
}

/** As a real process through bin/plan (needs `npm run build`, which `npm test` runs first). */
export function spawnPlan(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'planwerk-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
