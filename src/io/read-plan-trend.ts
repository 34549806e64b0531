/**
 * The plan's git history for the report: every committed version of the plan, scheduled as of
 * its own status date (or the commit's day), as the history model of the milestone trend.
 * Null when the plan is not in a git repository or has no commit yet: the report then has no
 * trend section. Also reads one version of the plan for `--baseline REV`.
 */
import { buildHistory, type History, type HistoryOutcome } from '../core/history.js';
import type { Plan } from '../core/plan.js';
import type { Schedule } from '../core/schedule.js';
import { schedulePlan } from '../core/scheduler.js';
import { PlanError, UsageError } from '../errors.js';
import { readBlobs } from './git-cat-file.js';
import { readFileLog } from './git-log.js';
import { locateInRepo, resolveRevision, type RepoFile } from './git-repo.js';
import { parsePlanText } from './load-plan.js';

async function repoOf(file: string, cwd: string): Promise<RepoFile | null> {
  try {
    return await locateInRepo(file, cwd);
  } catch (error) {
    if (error instanceof UsageError) return null;
    throw error;
  }
}

function outcomeOf(text: string | null, file: string, statusDate: string): HistoryOutcome {
  if (text === null) return { error: 'the plan file is missing at this commit' };
  const plan = parsePlanText(text, file).plan;
  if (plan === null) return { error: 'the plan is not valid at this commit' };
  try {
    return { schedule: schedulePlan(plan, { statusDate: plan.project.statusDate ?? statusDate }) };
  } catch (error) {
    if (error instanceof PlanError) return { error: error.message };
    throw error;
  }
}

export async function readPlanTrend(file: string, cwd: string): Promise<History | null> {
  const repo = await repoOf(file, cwd);
  if (repo === null) return null;
  const log = (await readFileLog(repo)).filter((e) => e.status !== 'D').reverse();
  if (log.length === 0) return null;
  const texts = await readBlobs(repo.top, log);
  return buildHistory(
    log.map((entry, i) => ({
      commit: { commit: entry.commit, date: entry.date, subject: entry.subject },
      outcome: outcomeOf(texts[i] ?? null, file, entry.date),
    })),
  );
}

/** The plan as it was at revision `rev`, scheduled as the baseline of today's forecast. */
export async function readBaselineSchedule(
  file: string,
  rev: string,
  cwd: string,
  statusDate: string | null,
): Promise<Schedule> {
  const repo = await locateInRepo(file, cwd);
  const commit = await resolveRevision(repo, rev);
  const [text] = await readBlobs(repo.top, [{ commit, path: repo.path }]);
  if (text === null || text === undefined)
    throw new UsageError(`${file} does not exist at revision ${rev}`);
  const plan: Plan | null = parsePlanText(text, `${rev}:${file}`).plan;
  if (plan === null)
    throw new PlanError(
      `${file} at revision ${rev} is not a valid plan; it cannot be the baseline`,
    );
  return schedulePlan(plan, { statusDate });
}
