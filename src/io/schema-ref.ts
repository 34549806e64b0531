/**
 * What the `# yaml-language-server: $schema=` line of a new plan points to. A relative path
 * when the schema is reachable from the plan's folder — inside planwerk's own repository, or
 * a project with planwerk in node_modules — so that it works offline and matches the installed
 * version; otherwise the absolute path of the schema of the planwerk that wrote the plan, which
 * works offline on this machine (change it when the plan moves to another machine).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from './read-template.js';

const SCHEMA = join('schemas', 'plan.schema.json');

export function schemaRef(planFile: string): string {
  const dir = dirname(resolve(planFile));
  const own = join(PACKAGE_ROOT, SCHEMA);
  const installed = findInstalled(dir);
  if (installed !== null) return toPosix(relative(dir, installed));
  if (isInside(dir, PACKAGE_ROOT) && existsSync(own)) return toPosix(relative(dir, own));
  return toPosix(own);
}

function findInstalled(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', 'planwerk', SCHEMA);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

function isInside(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== dir);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
