/** Scratch git repositories for the history tests, with report dates set on every commit. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './cli.js';

function env(date: string): NodeJS.ProcessEnv {
  const stamp = `${date}T12:00:00+01:00`;
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Planner',
    GIT_AUTHOR_EMAIL: 'planner@example.org',
    GIT_COMMITTER_NAME: 'Planner',
    GIT_COMMITTER_EMAIL: 'planner@example.org',
    GIT_AUTHOR_DATE: stamp,
    GIT_COMMITTER_DATE: stamp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

export function git(dir: string, args: string[], date = '2024-01-01'): string {
  return execFileSync('git', args, { cwd: dir, env: env(date), encoding: 'utf8' });
}

export function scratchRepo(): string {
  const dir = tempDir('planwerk-git-');
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

/** Writes `path` (relative to the repo) and commits it with the given report date. */
export function commitFile(
  dir: string,
  path: string,
  text: string,
  date: string,
  message: string,
): string {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  git(dir, ['add', '--', path], date);
  git(dir, ['commit', '-q', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}
