/** Rules on ids and `after`: unique ids, known predecessors, no dependency cycles. */
import { didYouMean } from './did-you-mean.js';
import { field } from './normalize-plan.js';
import { error, warning, type PathProblem, type PlanPath } from './path-problem.js';
import type { Plan } from './plan.js';
import { kindOf, taskEntries, type TaskEntry } from './task-entries.js';

interface Owner {
  kind: string;
  path: PlanPath;
}

function idOwners(plan: Plan): { id: string; owner: Owner }[] {
  const phases = plan.phases.map((p, i) => ({
    id: p.id,
    owner: { kind: 'phase', path: ['phases', i] },
  }));
  const tasks = taskEntries(plan).map((e) => ({
    id: e.task.id,
    owner: { kind: kindOf(e.task), path: e.path },
  }));
  const stops = plan.interruptions.map((s, i) => ({
    id: s.id,
    owner: { kind: 'interruption', path: ['interruptions', i] },
  }));
  return [...phases, ...tasks, ...stops];
}

function formatPlace(path: PlanPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Ids are unique across phases, tasks, milestones and interruptions. */
export function checkUniqueIds(plan: Plan): PathProblem[] {
  const seen = new Map<string, Owner>();
  const problems: PathProblem[] = [];
  for (const { id, owner } of idOwners(plan)) {
    if (id === '') continue;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, owner);
      continue;
    }
    const message = `id '${id}' is already used by ${first.kind} (${formatPlace(first.path)})`;
    problems.push(
      error(
        'duplicate-id',
        [...owner.path, 'id'],
        message,
        'ids must be unique across the whole plan',
      ),
    );
  }
  return problems.concat(uniqueWithin(plan.resolutionPoints, ['resolutionPoints']));
}

function uniqueWithin(items: { id: string }[], base: PlanPath): PathProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (item.id === '' || !seen.has(item.id)) return (void seen.add(item.id), []);
    return [error('duplicate-id', [...base, i, 'id'], `id '${item.id}' is given twice`)];
  });
}

/** The path of the k-th `after` entry: `after` may be one string or a list. */
function afterPath(raw: unknown, entry: TaskEntry, k: number): PlanPath {
  let node: unknown = raw;
  for (const key of entry.path)
    node = Array.isArray(node) ? node[Number(key)] : field(node, String(key));
  return Array.isArray(field(node, 'after'))
    ? [...entry.path, 'after', k]
    : [...entry.path, 'after'];
}

/** Every `after` names a task or milestone of the plan, and not twice. */
export function checkDependencies(plan: Plan, raw: unknown): PathProblem[] {
  const entries = taskEntries(plan);
  const ids = new Set(entries.map((e) => e.task.id));
  const phaseIds = new Set(plan.phases.map((p) => p.id));
  const problems: PathProblem[] = [];
  for (const entry of entries) {
    const named = new Set<string>();
    entry.task.after.forEach((dep, k) => {
      const path = afterPath(raw, entry, k);
      if (dep.task === '') return;
      if (named.has(dep.task))
        problems.push(
          warning('duplicate-dependency', path, `'${dep.task}' is named twice in after`),
        );
      named.add(dep.task);
      if (ids.has(dep.task)) return;
      const hint = phaseIds.has(dep.task)
        ? `'${dep.task}' is a phase; name the task or milestone that ends it`
        : didYouMean(
            dep.task,
            [...ids].filter((id) => id !== entry.task.id),
          );
      problems.push(error('unknown-dependency', path, `unknown task '${dep.task}' in after`, hint));
    });
  }
  return problems;
}

/** Dependency cycles, each named once with all its tasks in order (iterative: no depth limit). */
export function checkCycles(plan: Plan, raw: unknown): PathProblem[] {
  const entries = taskEntries(plan);
  const byId = new Map(entries.map((e) => [e.task.id, e]));
  const state = new Map<string, 'open' | 'done'>();
  const problems: PathProblem[] = [];
  for (const root of entries) {
    if (root.task.id === '' || state.has(root.task.id)) continue;
    const stack: string[] = [root.task.id];
    const next: number[] = [0];
    state.set(root.task.id, 'open');
    while (stack.length > 0) {
      const top = stack.length - 1;
      const deps = byId.get(stack[top] as string)?.task.after ?? [];
      const k = next[top] as number;
      if (k >= deps.length) {
        state.set(stack.pop() as string, 'done');
        next.pop();
        continue;
      }
      next[top] = k + 1;
      const dep = (deps[k] as { task: string }).task;
      if (!byId.has(dep)) continue;
      if (state.get(dep) === 'open') problems.push(cycleProblem(stack, dep, byId, raw));
      else if (state.get(dep) === undefined) {
        state.set(dep, 'open');
        stack.push(dep);
        next.push(0);
      }
    }
  }
  return problems;
}

function cycleProblem(stack: string[], back: string, byId: Map<string, TaskEntry>, raw: unknown) {
  const cycle = stack.slice(stack.indexOf(back));
  const steps = cycle.map((id, i) => `'${id}' after '${cycle[(i + 1) % cycle.length]}'`);
  const first = byId.get(cycle[0] as string) as TaskEntry;
  const next = cycle[1 % cycle.length] as string;
  const k = first.task.after.findIndex((d) => d.task === next);
  const message =
    cycle.length === 1 ? 'it is after itself' : `dependency cycle: ${steps.join(', ')}`;
  return error('cycle', afterPath(raw, first, k), message, 'remove one of these dependencies');
}
