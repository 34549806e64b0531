/**
 * What the `# yaml-language-server: $schema=` line of a new plan points to. A relative path
 * when the schema is reachable from the plan's folder — inside planwerk's own repository, or
 * a project with planwerk in node_modules — so that it works offline and matches the installed
 * version; otherwise the schema's published URL (its `$id`), which works from any folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from './read-template.js';

const SCHEMA = join('schemas', 'plan.schema.json');

export function schemaRef(planFile: string): string {
  const dir = dirname(resolve(planFile));
  const own = join(PACKAGE_ROOT, SCHEMA);
  const installed = findInstalled(dir);
  if (installed !== null) return toPosix(relative(dir, installed));
  if (isInside(dir, PACKAGE_ROOT) && existsSync(own)) return toPosix(relative(dir, own));
  return schemaId(own);
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

function schemaId(file: string): string {
  try {
    const id = (JSON.parse(readFileSync(file, 'utf8')) as { $id?: unknown }).$id;
    if (typeof id === 'string') return id;
  } catch {
    // fall through to the known address
  }
  return 'https://planwerk.dev/schemas/plan.schema.json';
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
