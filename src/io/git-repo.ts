/** Where a plan file sits in its git repository, and the revisions named on the command line. */
import { existsSync, realpathSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { GitFailure, runGitText } from './git.js';

export interface RepoFile {
  /** The file as the user named it, for messages. */
  file: string;
  /** The folder git runs in: the file's own. */
  dir: string;
  /** The repository's top folder. */
  top: string;
  /** The file's path relative to the top, with '/' separators. */
  path: string;
  /** Commits at the shallow boundary (their parents are missing); empty in a full clone. */
  shallowCommits: Set<string>;
}

/** Finds the repository of `file` (resolved against cwd); UsageError when there is none. */
export async function locateInRepo(file: string, cwd: string): Promise<RepoFile> {
  // A link is followed: the history is that of the file it points to.
  const given = resolve(cwd, file);
  const absolute = existsSync(given) ? realpathSync(given) : given;
  const dir = dirname(absolute);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`cannot read ${file}: the folder ${dirname(file)} does not exist`);
  }
  const args = ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository'];
  let text: string;
  try {
    text = await runGitText([...args, '--git-path', 'shallow'], { cwd: dir });
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    throw new UsageError(
      `${file} is not in a git repository, so it has no history ` +
        `(git says: ${firstLine(error.stderr)}); commit the plan to a repository first`,
    );
  }
  const [top = '', prefix = '', shallow = 'false', shallowPath = ''] = text.split('\n');
  const shallowCommits =
    shallow === 'true' ? readShallow(resolve(dir, shallowPath)) : new Set<string>();
  return { file, dir, top, path: prefix + basename(absolute), shallowCommits };
}

function readShallow(path: string): Set<string> {
  try {
    return new Set(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line !== ''),
    );
  } catch {
    return new Set();
  }
}

export function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/^fatal: /, '');
}

/** The commit a revision names; UsageError (exit 2) when it names none. */
export async function resolveRevision(repo: RepoFile, rev: string): Promise<string> {
  if (rev === '' || rev.startsWith('-')) {
    throw new UsageError(`not a revision: '${rev}' — give a commit, branch, tag or HEAD~N`);
  }
  try {
    const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`];
    return (await runGitText(args, { cwd: repo.dir })).trim();
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    const hint =
      repo.shallowCommits.size > 0
        ? 'this is a shallow clone, and the revision may lie beyond its boundary: ' +
          'run git fetch --unshallow'
        : 'give a commit, branch, tag or HEAD~N that exists (see git log)';
    throw new UsageError(`unknown revision '${rev}' in ${repo.top}: ${hint}`);
  }
}
