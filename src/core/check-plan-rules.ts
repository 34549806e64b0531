/** All rules of a plan beyond its schema: ids, dependencies, cycles, dates, governance. */
import { checkCycles, checkDependencies, checkUniqueIds } from './check-dependencies.js';
import { checkPlanDates } from './check-plan-dates.js';
import { checkHolidayRegion } from './check-holiday-region.js';
import { checkStatusDate } from './check-status-date.js';
import { subjectPrefix } from './describe-path.js';
import { didYouMean } from './did-you-mean.js';
import { error, warning, type PathProblem } from './path-problem.js';
import type { Plan } from './plan.js';
import { taskEntries } from './task-entries.js';

function checkGovernance(plan: Plan): PathProblem[] {
  const bodies = plan.governance?.bodies ?? [];
  const ids = new Set(bodies.map((b) => b.id));
  const problems = (plan.governance?.reviews ?? []).flatMap((review, i) => {
    if (review.body === undefined || ids.has(review.body)) return [];
    const path = ['governance', 'reviews', i, 'body'];
    const hint = didYouMean(review.body, ids) ?? 'add it to governance.bodies';
    return [error('unknown-body', path, `unknown body '${review.body}'`, hint)];
  });
  const seen = new Set<string>();
  bodies.forEach((body, i) => {
    if (seen.has(body.id) && body.id !== '')
      problems.push(
        error('duplicate-id', ['governance', 'bodies', i, 'id'], `id '${body.id}' is given twice`),
      );
    seen.add(body.id);
  });
  return problems;
}

function checkMilestoneAnchors(plan: Plan): PathProblem[] {
  return taskEntries(plan).flatMap(({ task: m, path }) =>
    m.milestone && m.date === undefined && m.after.length === 0 && m.start === undefined
      ? [
          warning(
            'milestone-unanchored',
            path,
            'neither date nor after: it falls on the project start',
            "give it 'date:' or 'after:'",
          ),
        ]
      : [],
  );
}

/** Every rule; the plan is the lenient normalisation of `raw`, entry for entry. */
export function checkPlanRules(plan: Plan, raw: unknown): PathProblem[] {
  const problems = [
    ...checkUniqueIds(plan),
    ...checkDependencies(plan, raw),
    ...checkCycles(plan, raw),
    ...checkPlanDates(plan, raw),
    ...checkStatusDate(plan, plan.project.statusDate ?? null),
    ...checkGovernance(plan),
    ...checkMilestoneAnchors(plan),
    ...checkHolidayRegion(plan),
  ];
  return problems.map((p) => ({ ...p, message: subjectPrefix(raw, p.path) + p.message }));
}
