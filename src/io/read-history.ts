/**
 * The versions of a plan in git, each scheduled: one `git log --follow` for the commits, one
 * `git cat-file --batch` for the texts, and the scheduling in-process. A version that is
 * invalid or cannot be scheduled becomes an outcome that says why.
 */
import { buildHistory, type History, type HistoryOutcome } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { UsageError } from '../errors.js';
import { readBlobs } from './git-cat-file.js';
import { readFileLog, type LogEntry } from './git-log.js';
import { locateInRepo, type RepoFile } from './git-repo.js';
import { scheduleText } from './schedule-text.js';

/** `entries` oldest first; the language is that of the newest valid version ('en' if none). */
export async function readHistory(
  repo: RepoFile,
  entries: LogEntry[],
): Promise<{ history: History; language: Language }> {
  const texts = await readBlobs(repo.top, entries);
  let language: Language = 'en';
  const rows = entries.map((entry, i) => {
    const text = texts[i] ?? null;
    const commit = { commit: entry.commit, date: entry.date, subject: entry.subject };
    if (text === null) {
      return {
        commit,
        outcome: { error: `no file ${entry.path} in this commit`, statusDate: null },
      };
    }
    const outcome = scheduleText(text, `${entry.path}@${entry.commit.slice(0, 7)}`);
    if ('plan' in outcome) language = outcome.plan.project.language;
    const result: HistoryOutcome = 'error' in outcome ? outcome : { schedule: outcome.schedule };
    return { commit, outcome: result };
  });
  return { history: buildHistory(rows), language };
}

/**
 * Every committed version of the plan, for the report's milestone trend; null when the plan
 * is not in a git repository or has no commit yet (the report then has no trend).
 */
export async function readPlanHistory(file: string, cwd: string): Promise<History | null> {
  let repo: RepoFile;
  try {
    repo = await locateInRepo(file, cwd);
  } catch (error) {
    if (error instanceof UsageError) return null;
    throw error;
  }
  const log = (await readFileLog(repo)).filter((e) => e.status !== 'D');
  const complete = log.filter((e) => !repo.shallowCommits.has(e.commit)).reverse();
  if (complete.length === 0) return null;
  return (await readHistory(repo, complete)).history;
}
