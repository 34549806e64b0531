/**
 * File arguments to paths: a pattern with *, ?, [..], {a,b} or ** is matched against the files
 * under its fixed prefix; a plain path is kept as it is (so that a missing file is reported).
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** One path segment of a pattern as a regular expression. */
export function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end === -1) source += '\\[';
      else {
        source += `[${segment
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = segment.indexOf('}', i + 1);
      if (end === -1) source += '\\{';
      else {
        const options = segment
          .slice(i + 1, end)
          .split(',')
          .map(escape);
        source += `(?:${options.join('|')})`;
        i = end;
      }
    } else source += escape(c);
  }
  return new RegExp(`^${source}$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function walk(dir: string, rel: string, segments: string[], out: string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (head === '**') {
    walk(dir, rel, rest, out);
    for (const e of entries(dir))
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
        walk(join(dir, e.name), join(rel, e.name), segments, out);
    return;
  }
  const regex = segmentRegex(head);
  for (const e of entries(dir)) {
    if (e.name.startsWith('.') && !head.startsWith('.')) continue;
    if (!regex.test(e.name)) continue;
    if (rest.length === 0 && (e.isFile() || e.isSymbolicLink())) out.push(join(rel, e.name));
    else if (rest.length > 0 && e.isDirectory())
      walk(join(dir, e.name), join(rel, e.name), rest, out);
  }
}

/** Files matching one pattern, relative to cwd as the pattern was written, sorted. */
export function matchGlob(pattern: string, cwd: string): string[] {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  while (segments.length > 1 && !isGlob(segments[0] as string))
    fixed.push(segments.shift() as string);
  const base = fixed.join('/') || (pattern.startsWith('/') ? '/' : '');
  const out: string[] = [];
  walk(resolve(cwd, base || '.'), base, segments, out);
  return [...new Set(out)].sort();
}

/** Every pattern expanded; throws UsageError (exit 2) when a pattern matches no file. */
export function expandGlobs(patterns: string[], cwd: string): string[] {
  const files = patterns.flatMap((pattern) => {
    // A file whose name only looks like a pattern ('plan[1].yaml') is that file.
    if (!isGlob(pattern) || existsSync(resolve(cwd, pattern))) return [pattern];
    const found = matchGlob(pattern, cwd);
    if (found.length === 0) throw new UsageError(`no plan file matches '${pattern}'`);
    return found;
  });
  return [...new Set(files)];
}
