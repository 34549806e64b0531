/**
 * The baseline of `--baseline REV`: the plan file as it was at a git revision (renames
 * followed), scheduled as `plan schedule` would schedule that text (its own status date, else
 * none).
 */
import type { Schedule } from '../core/schedule.js';
import { PlanError, UsageError } from '../errors.js';
import { readBlobs } from './git-cat-file.js';
import { runGitText } from './git.js';
import { readFileLog } from './git-log.js';
import { locateInRepo, resolveRevision, type RepoFile } from './git-repo.js';
import { scheduleText, type TextOutcome } from './schedule-text.js';

export interface RevisionPlan {
  /** The full commit id the revision names. */
  commit: string;
  /** Its committer date, YYYY-MM-DD. */
  date: string;
  outcome: TextOutcome;
}

/** The plan at `rev`, scheduled; UsageError (exit 2) when rev or the file at rev is unknown. */
export async function loadRevisionPlan(repo: RepoFile, rev: string): Promise<RevisionPlan> {
  const commit = await resolveRevision(repo, rev);
  const text = await readAtRevision(repo, commit);
  if (text === null) {
    throw new UsageError(
      `${repo.file} does not exist at ${rev} (${commit.slice(0, 7)}), ` +
        `neither as ${repo.path} nor under an earlier name (git log --follow)`,
    );
  }
  const iso = await runGitText(['show', '-s', '--format=%cI', commit], { cwd: repo.top });
  const date = iso.trim().slice(0, 10);
  return { commit, date, outcome: scheduleText(text, `${repo.file}@${rev}`) };
}

/**
 * The file's text at a commit: under its current path, else under the newest of the earlier
 * paths `git log --follow` knows for it (a renamed plan); null when it has none there.
 */
async function readAtRevision(repo: RepoFile, commit: string): Promise<string | null> {
  const [text] = await readBlobs(repo.top, [{ commit, path: repo.path }]);
  if (text !== null && text !== undefined) return text;
  const earlier = (await readFileLog(repo)).map((entry) => entry.path);
  const paths = [...new Set(earlier)].filter((path) => path !== repo.path);
  const texts = await readBlobs(
    repo.top,
    paths.map((path) => ({ commit, path })),
  );
  return texts.find((t) => t !== null) ?? null;
}

/**
 * The schedule of the plan at `rev`, for --baseline. `file` is resolved against `cwd` (default:
 * the process's working folder). PlanError (exit 1) when the plan at rev is invalid.
 */
export async function loadBaselineSchedule(
  rev: string,
  file: string,
  cwd: string = process.cwd(),
): Promise<Schedule> {
  const repo = await locateInRepo(file, cwd);
  const { outcome } = await loadRevisionPlan(repo, rev);
  if ('error' in outcome) {
    throw new PlanError(`the plan at ${rev} cannot be the baseline: ${outcome.error}`);
  }
  return outcome.schedule;
}
