/** The one-line summary of a validation run, and the counts behind it. */
import type { Problem } from '../core/problem.js';

export interface ValidateSummary {
  plans: number;
  valid: number;
  invalid: number;
  unreadable: number;
  errors: number;
  warnings: number;
}

export function summarize(results: { problems: Problem[]; readable: boolean; valid: boolean }[]) {
  const all = results.flatMap((r) => r.problems);
  return {
    plans: results.length,
    valid: results.filter((r) => r.readable && r.valid).length,
    invalid: results.filter((r) => r.readable && !r.valid).length,
    unreadable: results.filter((r) => !r.readable).length,
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
  } satisfies ValidateSummary;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 plans checked: 1 valid, 1 invalid (3 errors, 1 warning)" */
export function formatSummary(s: ValidateSummary): string {
  const parts = [`${s.valid} valid`, `${s.invalid} invalid`];
  if (s.unreadable > 0) parts.push(`${s.unreadable} unreadable`);
  const problems = `${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}`;
  return `${count(s.plans, 'plan')} checked: ${parts.join(', ')} (${problems})\n`;
}
