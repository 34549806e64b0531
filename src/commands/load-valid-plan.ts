/** For every command that needs a valid plan: load it, print its problems, stop when invalid. */
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import type { Plan } from '../core/plan.js';
import type { Problem } from '../core/problem.js';
import { PlanError, UsageError } from '../errors.js';
import { loadPlan, type LoadedPlan } from '../io/load-plan.js';
import { formatProblemsText } from '../render/problems-text.js';

/** Loads `file` (relative to ctx.cwd); problems name the file as given. */
export async function loadPlanIn(file: string, ctx: Context): Promise<LoadedPlan> {
  const path = resolve(ctx.cwd, file);
  const loaded = await loadPlan(path).catch((error: unknown) => {
    if (error instanceof UsageError) throw new UsageError(error.message.split(path).join(file));
    throw error;
  });
  const named = (problems: Problem[]) => problems.map((p) => ({ ...p, file }));
  return {
    ...loaded,
    file,
    problems: named(loaded.problems),
    problemsAsOf: (statusDate) => named(loaded.problemsAsOf(statusDate)),
  };
}

/**
 * Prints warnings and errors to ctx.err; throws PlanError (exit 1) when the plan is invalid.
 * `statusDate` (`--status-date`) replaces the plan's own in the warnings that depend on it.
 */
export async function loadValidPlan(
  file: string,
  ctx: Context,
  statusDate?: string | null,
): Promise<LoadedPlan & { plan: Plan }> {
  const read = await loadPlanIn(file, ctx);
  const loaded = { ...read, problems: read.problemsAsOf(statusDate) };
  if (loaded.problems.length > 0) ctx.err(formatProblemsText(loaded.problems, ctx.color));
  if (loaded.plan === null) {
    const errors = loaded.problems.filter((p) => p.severity === 'error').length;
    const what = errors === 1 ? '1 error' : `${errors} errors`;
    throw new PlanError(`${file} is not a valid plan (${what}); run 'plan validate ${file}'`);
  }
  return loaded as LoadedPlan & { plan: Plan };
}
