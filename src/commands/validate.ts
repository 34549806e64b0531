/** plan validate: checks plans against the format and its rules and lists every problem. */
import type { Context } from '../context.js';
import type { Problem } from '../core/problem.js';
import { ScheduleError } from '../core/schedule-error.js';
import { schedulePlan } from '../core/scheduler.js';
import { UsageError } from '../errors.js';
import { expandGlobs } from '../io/expand-globs.js';
import type { LoadedPlan } from '../io/load-plan.js';
import { formatProblemsGithub } from '../render/problems-github.js';
import { formatProblemsJson } from '../render/problems-json.js';
import { formatProblemsText } from '../render/problems-text.js';
import { formatSummary, summarize } from '../render/validate-summary.js';
import { loadPlanIn } from './load-valid-plan.js';

export const DEFAULT_PLANS = 'plans/*.{yaml,yml}';

export interface ValidateOptions {
  format: 'text' | 'json' | 'github';
  strict: boolean;
}

export interface FileResult {
  file: string;
  readable: boolean;
  valid: boolean;
  problems: Problem[];
}

/**
 * A plan that passes every rule can still be impossible to schedule (a lag that runs past any
 * horizon): validate schedules it too, so that `plan validate` finds what `plan schedule` would.
 */
function scheduleProblems(loaded: LoadedPlan): Problem[] {
  if (loaded.plan === null) return [];
  try {
    schedulePlan(loaded.plan, { statusDate: loaded.plan.project.statusDate ?? null });
    return [];
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const at = error.taskId === null ? null : loaded.locateTask(error.taskId);
    const place = { file: loaded.file, line: at?.line ?? 0, column: at?.column ?? 0 };
    return [{ severity: 'error', code: 'unschedulable', message: error.message, ...place }];
  }
}

async function validateFile(file: string, strict: boolean, ctx: Context): Promise<FileResult> {
  try {
    const loaded = await loadPlanIn(file, ctx);
    const found = [...loaded.problems, ...scheduleProblems(loaded)];
    const problems = strict ? found.map((p): Problem => ({ ...p, severity: 'error' })) : found;
    const valid = !problems.some((p) => p.severity === 'error');
    return { file, readable: true, valid, problems };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const problem: Problem = {
      severity: 'error',
      code: 'unreadable',
      message: error.message,
      file,
      line: 0,
      column: 0,
    };
    return { file, readable: false, valid: false, problems: [problem] };
  }
}

function print(results: FileResult[], opts: ValidateOptions, ctx: Context): void {
  const summary = summarize(results);
  const problems = results.flatMap((r) => r.problems);
  if (opts.format === 'json') ctx.out(formatProblemsJson(results, summary));
  else if (opts.format === 'github') {
    ctx.out(formatProblemsGithub(problems));
    ctx.err(formatSummary(summary));
  } else ctx.out(formatProblemsText(problems, ctx.color) + formatSummary(summary));
}

export async function validateCommand(
  files: string[],
  opts: ValidateOptions,
  ctx: Context,
): Promise<number> {
  const paths = expandGlobs(files.length > 0 ? files : [DEFAULT_PLANS], ctx.cwd);
  const results: FileResult[] = [];
  for (const file of paths) results.push(await validateFile(file, opts.strict, ctx));
  print(results, opts, ctx);
  if (results.some((r) => !r.readable)) return 2;
  return results.every((r) => r.valid) ? 0 : 1;
}
