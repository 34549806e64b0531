/** Reads a plan file and loads it: parsed, validated, normalised, every problem placed. */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { MAX_PLAN_BYTES, parsePlanText, type LoadedPlan } from './parse-plan-text.js';

export { parsePlanText, type LoadedPlan } from './parse-plan-text.js';

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a plan file';
  return error instanceof Error ? error.message : String(error);
}

/** Throws UsageError (exit 2) when the file cannot be read or is far too large for a plan. */
export async function loadPlan(file: string): Promise<LoadedPlan> {
  let text: string;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_PLAN_BYTES)
      throw new UsageError(
        `cannot read ${file}: larger than ${MAX_PLAN_BYTES / 1024 / 1024} MiB, not a plan`,
      );
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${reason(error)}`);
  }
  return parsePlanText(text, file);
}
