/**
 * plan diff [REV_A] [REV_B] FILE: what changed between two versions of a plan. With one
 * revision or none, the newer side is the working tree and the older one REV_A (default HEAD).
 * Exit 0 whether or not there are differences; 1 when a version is invalid.
 */
import type { Context } from '../context.js';
import { createCalendar } from '../core/calendar.js';
import { diffPlans, WORKING_TREE, type PlanVersion } from '../core/plan-diff.js';
import { PlanError, UsageError } from '../errors.js';
import { locateInRepo, type RepoFile } from '../io/git-repo.js';
import { loadRevisionPlan } from '../io/load-baseline.js';
import { renderDiffText } from '../render/diff-text.js';
import { loadValidPlan } from './load-valid-plan.js';
import { scheduleLoaded } from './schedule.js';

export async function diffCommand(
  args: string[],
  opts: { format: 'text' | 'json' },
  ctx: Context,
): Promise<number> {
  if (args.length > 3) {
    throw new UsageError(`plan diff takes [REV_A] [REV_B] FILE, got ${args.length} arguments`);
  }
  const file = args[args.length - 1] ?? '';
  const [revA = 'HEAD', revB] = args.slice(0, -1);
  const repo = await locateInRepo(file, ctx.cwd);
  const a = await revisionVersion(repo, revA);
  const b =
    revB === undefined ? await workingVersion(file, ctx) : await revisionVersion(repo, revB);
  const calendar = createCalendar(b.plan);
  const diff = diffPlans(a, b, (from, to) => calendar.workingDaysBetween(from, to));
  // The words follow the newer version's language.
  const text = (): string => renderDiffText(diff, b.plan.project.language);
  ctx.out(opts.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : text());
  return 0;
}

async function revisionVersion(repo: RepoFile, rev: string): Promise<PlanVersion> {
  const { commit, outcome } = await loadRevisionPlan(repo, rev);
  if ('error' in outcome) throw new PlanError(`${repo.file} at ${rev}: ${outcome.error}`);
  return { label: `${rev} (${commit.slice(0, 7)})`, ...outcome };
}

async function workingVersion(file: string, ctx: Context): Promise<PlanVersion> {
  const loaded = await loadValidPlan(file, ctx);
  // As `plan schedule FILE` does: the plan's own status date, else none.
  return { label: WORKING_TREE, plan: loaded.plan, schedule: scheduleLoaded(loaded, null) };
}
