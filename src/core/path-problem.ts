/** A problem found by the pure checks: it names the place by its path in the plan data. */
import type { Problem } from './problem.js';

export type PlanPath = (string | number)[];

export interface PathProblem extends Pick<Problem, 'severity' | 'code' | 'message' | 'hint'> {
  path: PlanPath;
  /** Point at the key of the last path element rather than its value. */
  at?: 'key' | 'value';
}

export function error(code: string, path: PlanPath, message: string, hint?: string): PathProblem {
  return { severity: 'error', code, path, message, ...(hint === undefined ? {} : { hint }) };
}

export function warning(code: string, path: PlanPath, message: string, hint?: string): PathProblem {
  return { severity: 'warning', code, path, message, ...(hint === undefined ? {} : { hint }) };
}
