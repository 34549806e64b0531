/**
 * Runs plain git: an argument array, never a shell string; no pager, no optional locks, the C
 * locale. Nothing here writes to the repository.
 */
import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';

/** A git command that ran and failed: its exit code and what it printed on stderr. */
export class GitFailure extends Error {
  constructor(
    readonly args: string[],
    readonly code: number,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${code}): ${stderr.trim()}`);
    this.name = 'GitFailure';
  }
}

export interface GitOptions {
  cwd: string;
  /** Written to git's stdin, which is then closed. */
  input?: string;
  env?: NodeJS.ProcessEnv;
}

export function gitEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
  };
}

/** Runs `git ARGS` in cwd and resolves with its stdout; rejects with GitFailure on exit ≠ 0. */
export function runGit(args: string[], options: GitOptions): Promise<Buffer> {
  const full = ['--no-pager', '-c', 'core.quotepath=off', ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('git', full, {
      cwd: options.cwd,
      env: gitEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new UsageError('git is not installed or not on PATH'));
      else reject(new UsageError(`cannot run git: ${error.message}`));
    });
    child.on('close', (code) => {
      const stdout = Buffer.concat(out);
      if (code === 0) resolve(stdout);
      else reject(new GitFailure(args, code ?? -1, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Like runGit, as text. */
export async function runGitText(args: string[], options: GitOptions): Promise<string> {
  return (await runGit(args, options)).toString('utf8');
}
