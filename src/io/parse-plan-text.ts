/** Plan text to a validated plan with every problem placed in the file (no I/O). */
import { checkPlanRules } from '../core/check-plan-rules.js';
import { createSchemaChecker } from '../core/check-plan-schema.js';
import { checkStatusDate, STATUS_DATE_CODES } from '../core/check-status-date.js';
import { subjectPrefix } from '../core/describe-path.js';
import { cutSourceLine } from '../core/source-excerpt.js';
import { isRecord, normalizePlan } from '../core/normalize-plan.js';
import type { PathProblem, PlanPath } from '../core/path-problem.js';
import type { Plan } from '../core/plan.js';
import type { Problem } from '../core/problem.js';
import { taskEntries } from '../core/task-entries.js';
import { deep, parseYaml, sourceLineAt } from './parse-yaml.js';
import { readPlanSchema, readPrecompiledValidator } from './read-plan-schema.js';
import type { YamlLocator } from './yaml-locator.js';

/** Plans larger than this are refused: no real plan comes near it. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export interface LoadedPlan {
  file: string;
  /** Null when any problem is an error. */
  plan: Plan | null;
  problems: Problem[];
  locate(path: (string | number)[]): { line: number; column: number } | null;
  locateTask(id: string): { line: number; column: number } | null;
  /**
   * The problems as of another status date (`--status-date`): the rules that depend on it are
   * run again with that date; null or undefined: the plan's own.
   */
  problemsAsOf(statusDate: string | null | undefined): Problem[];
}

let checkSchema: ((raw: unknown) => PathProblem[]) | undefined;

function place(p: PathProblem, locator: YamlLocator, text: string, file: string): Problem {
  const at = locator.locate(p.path, p.at) ?? { line: 0, column: 0, length: 1 };
  const { severity, code, message, hint } = p;
  const rest = { severity, code, message, ...(hint === undefined ? {} : { hint }) };
  const excerpt =
    at.line > 0 ? cutSourceLine(sourceLineAt(text, at.line), at.column, at.length) : null;
  return {
    ...rest,
    file,
    line: at.line,
    column: at.column,
    length: at.length,
    ...(excerpt ?? {}),
  };
}

function byPlace(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

function result(
  file: string,
  plan: Plan | null,
  problems: Problem[],
  locator?: YamlLocator,
  asOf?: (statusDate: string) => Problem[],
): LoadedPlan {
  const strip = (p: { line: number; column: number } | null) =>
    p === null ? null : { line: p.line, column: p.column };
  return {
    file,
    plan,
    problems,
    locate: (path) => strip(locator?.locate(path) ?? null),
    locateTask(id) {
      const entry = plan === null ? undefined : taskEntries(plan).find((e) => e.task.id === id);
      return entry === undefined ? null : strip(locator?.locate(entry.path) ?? null);
    },
    problemsAsOf(statusDate) {
      const own = plan?.project.statusDate;
      if (statusDate == null || statusDate === own || asOf === undefined) return problems;
      return asOf(statusDate);
    },
  };
}

function wholeFile(file: string, code: string, message: string, hint?: string): Problem {
  return { severity: 'error', code, message, file, line: 0, column: 0, ...(hint ? { hint } : {}) };
}

/** Loads a plan from its text; `file` names it in problems (a path, or 'REV:path' from git). */
export function parsePlanText(text: string, file: string): LoadedPlan {
  if (Buffer.byteLength(text, 'utf8') > MAX_PLAN_BYTES) {
    const message =
      `the file is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB; ` +
      'refusing to read it as a plan';
    return result(file, null, [wholeFile(file, 'too-large', message)]);
  }
  const source = text.replace(/^\uFEFF/, '');
  const yaml = parseYaml(source, file);
  if (yaml.data === undefined) return result(file, null, yaml.problems.sort(byPlace), yaml.locator);
  if (!isRecord(yaml.data)) {
    const empty = yaml.data === null;
    const message = empty
      ? 'the file is empty'
      : 'the file is not a plan: expected a mapping of keys such as version and project';
    const problem = {
      ...wholeFile(file, 'not-a-plan', message, 'start from `plan init`'),
      line: 1,
      column: 1,
    };
    return result(file, null, [...yaml.problems, problem], yaml.locator);
  }
  checkSchema ??= createSchemaChecker(readPlanSchema(), readPrecompiledValidator());
  let lenient: Plan;
  let found: PathProblem[];
  try {
    lenient = normalizePlan(yaml.data);
    found = [...checkSchema(yaml.data), ...checkPlanRules(lenient, yaml.data)];
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return result(file, null, [...yaml.problems, deep(file)], yaml.locator);
  }
  const problems = [
    ...yaml.problems,
    ...found.map((p) => place(p, yaml.locator, source, file)),
  ].sort(byPlace);
  const valid = !problems.some((p) => p.severity === 'error');
  const raw = yaml.data;
  const asOf = (statusDate: string): Problem[] => {
    const fresh = checkStatusDate(lenient, statusDate).map((p) => ({
      ...p,
      message: subjectPrefix(raw, p.path) + p.message,
    }));
    return [
      ...problems.filter((p) => !STATUS_DATE_CODES.has(p.code)),
      ...fresh.map((p) => place(p, yaml.locator, source, file)),
    ].sort(byPlace);
  };
  return result(file, valid ? lenient : null, problems, yaml.locator, asOf);
}

export type { PlanPath };
