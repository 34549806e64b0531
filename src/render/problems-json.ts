/** Problems as JSON: every plan with its problems, all problems, and the summary. */
import type { Problem } from '../core/problem.js';
import type { ValidateSummary } from './validate-summary.js';

export function formatProblemsJson(
  results: { file: string; valid: boolean; problems: Problem[] }[],
  summary: ValidateSummary,
): string {
  const plans = results.map((r) => ({ file: r.file, valid: r.valid, problems: r.problems.length }));
  const problems = results.flatMap((r) => r.problems);
  return `${JSON.stringify({ plans, problems, summary }, null, 2)}\n`;
}
