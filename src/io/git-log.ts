/** The commits that changed one file, with the file's path at each (renames followed). */
import { UsageError } from '../errors.js';
import { GitFailure, runGitText } from './git.js';
import { firstLine, type RepoFile } from './git-repo.js';

export interface LogEntry {
  commit: string;
  /** Report date: the committer date, as the day in the committer's own time zone. */
  date: string;
  subject: string;
  /** The file's path at this commit, relative to the repository top. */
  path: string;
  /** A, M, R, C, D, or '' for a merge (git shows no file status for it). */
  status: string;
}

const FORMAT = '%x1e%H%x00%cI%x00%s';

/** One `git log --follow` for the file; newest first. */
export async function readFileLog(repo: RepoFile): Promise<LogEntry[]> {
  const args = ['log', '--follow', '--name-status', '-z', `--format=${FORMAT}`, '--', repo.path];
  let text: string;
  try {
    text = await runGitText(args, { cwd: repo.top });
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    if (/does not have any commits/.test(error.stderr)) return [];
    throw new UsageError(`cannot read the history of ${repo.file}: ${firstLine(error.stderr)}`);
  }
  return parseFileLog(text, repo.path);
}

/**
 * Parses the -z output of FORMAT with --name-status. Walking newest to oldest, the file's path
 * at a commit is the new name of its status line; older commits see the old name of a rename.
 */
export function parseFileLog(text: string, headPath: string): LogEntry[] {
  const entries: LogEntry[] = [];
  let current = headPath;
  for (const record of text.split('\x1e')) {
    if (record === '') continue;
    const [commit = '', iso = '', subject = '', ...rest] = record.split('\0');
    const status = (rest[0] ?? '').trim();
    const names = rest.slice(1).filter((name) => name !== '');
    const renamed = /^[RC]/.test(status) && names.length >= 2;
    const path = renamed ? (names[1] ?? current) : (names[0] ?? current);
    entries.push({ commit, date: iso.slice(0, 10), subject, path, status: status.charAt(0) });
    current = renamed && status.startsWith('R') ? (names[0] ?? path) : path;
  }
  return entries;
}
