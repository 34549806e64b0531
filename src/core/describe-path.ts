/** Names a place in a plan as its author thinks of it: "task 'tender' (phases[0].tasks[2])". */
import { field, isRecord } from './normalize-plan.js';
import type { PlanPath } from './path-problem.js';

/** 'phases[0].tasks[2].after[1]' */
export function formatPath(path: PlanPath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

function idOf(raw: unknown): string | undefined {
  const id = field(raw, 'id');
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function kindAt(path: PlanPath, node: unknown): string | undefined {
  const [a, , c, , e] = path;
  if (path.length === 2 && a === 'phases') return 'phase';
  if (path.length === 4 && a === 'phases' && c === 'tasks')
    return field(node, 'milestone') === true ? 'milestone' : 'task';
  if (path.length === 2 && a === 'milestones') return 'milestone';
  if (path.length === 2 && a === 'interruptions') return 'interruption';
  if (path.length === 2 && a === 'resolutionPoints') return 'resolution point';
  if (path.length === 3 && a === 'governance' && path[1] === 'bodies') return 'body';
  if (path.length === 3 && a === 'governance' && path[1] === 'reviews') return 'review';
  if (path.length === 3 && a === 'budget' && path[1] === 'years') return 'budget year';
  void e;
  return undefined;
}

/** The deepest named thing on the path, and the rest: { subject, rest }. */
export function describePath(raw: unknown, path: PlanPath): { subject: string; rest: PlanPath } {
  let node: unknown = raw;
  let subject = '';
  let restFrom = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    node = Array.isArray(node)
      ? node[Number(key)]
      : isRecord(node)
        ? field(node, String(key))
        : undefined;
    const prefix = path.slice(0, i + 1);
    const kind = kindAt(prefix, node);
    if (kind === undefined) continue;
    const id = kind === 'budget year' ? String(key) : idOf(node);
    const named = id === undefined ? kind : `${kind} '${id}'`;
    subject = kind === 'budget year' ? `budget year ${key}` : `${named} (${formatPath(prefix)})`;
    restFrom = i + 1;
  }
  if (subject === '' && path.length > 0) {
    const top = path[0];
    subject = top === 'project' || top === 'calendar' || top === 'budget' ? String(top) : '';
    restFrom = subject === '' ? 0 : 1;
  }
  return { subject, rest: path.slice(restFrom) };
}

/** "task 'tender' (phases[0].tasks[2]): " and the property's own path, for messages. */
export function subjectPrefix(raw: unknown, path: PlanPath): string {
  const { subject } = describePath(raw, path);
  return subject === '' ? '' : `${subject}: `;
}
