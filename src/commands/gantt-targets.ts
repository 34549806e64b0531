/** What `-o` names for `plan gantt`: a file per format, or `-` for Mermaid text on stdout. */
import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { canonicalPath } from '../io/canonical-path.js';

export type GanttFormat = 'stdout' | 'mmd' | 'md' | 'svg' | 'png' | 'pdf';

export interface GanttTarget {
  /** As the user wrote it, for messages. */
  name: string;
  /** Resolved against the working directory. */
  path: string;
  format: GanttFormat;
}

const BY_EXTENSION: Record<string, GanttFormat> = {
  '.mmd': 'mmd',
  '.mermaid': 'mmd',
  '.md': 'md',
  '.markdown': 'md',
  '.svg': 'svg',
  '.png': 'png',
  '.pdf': 'pdf',
};

/** Formats that need a browser. */
export function needsBrowser(target: GanttTarget): boolean {
  return target.format === 'svg' || target.format === 'png' || target.format === 'pdf';
}

function targetOf(name: string, cwd: string): GanttTarget {
  if (name === '-') return { name, path: '-', format: 'stdout' };
  const format = BY_EXTENSION[extname(name).toLowerCase()];
  if (format === undefined) {
    throw new UsageError(
      `-o ${name}: cannot tell the format from the name; ` +
        'end it in .mmd, .md, .svg, .png or .pdf, or write - for Mermaid text on stdout',
    );
  }
  return { name, path: resolve(cwd, name), format };
}

/** The outputs in order, without repeats; Mermaid text on stdout when none is named. */
export function ganttTargets(outputs: string[], planFile: string, cwd: string): GanttTarget[] {
  const plan = canonicalPath(resolve(cwd, planFile));
  const seen = new Set<string>();
  const targets: GanttTarget[] = [];
  for (const name of outputs.length > 0 ? outputs : ['-']) {
    const target = targetOf(name, cwd);
    if (target.format !== 'stdout' && canonicalPath(target.path) === plan) {
      throw new UsageError(`-o ${name}: refusing to overwrite the input file ${planFile}`);
    }
    if (seen.has(target.path)) continue;
    seen.add(target.path);
    targets.push(target);
  }
  return targets;
}
