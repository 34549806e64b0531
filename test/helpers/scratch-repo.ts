/** Scratch git repositories for the history tests, with report dates set on every commit. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** A version of the programme's story (test/fixtures/history/story-<name>.yaml). */
export function story(name: string): string {
  return readFileSync(
    join(import.meta.dirname, '../fixtures/history', `story-${name}.yaml`),
    'utf8',
  );
}

/** A repository with the stop (2023-09-04) and the restart (2024-02-05) as two commits. */
export function stopAndRestartRepo(): string {
  const dir = scratchRepo();
  commitFile(dir, 'plan.yaml', story('3-stop'), '2023-09-04', 'stop');
  commitFile(dir, 'plan.yaml', story('4-restart'), '2024-02-05', 'restart');
  return dir;
}
