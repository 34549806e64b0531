/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * which is renamed over it only when complete. Refuses to overwrite a protected input file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export interface WriteOptions {
  /** Paths that must never be overwritten (the plan being read, for example). */
  protect?: string[];
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const target = canonical(path);
  if ((options.protect ?? []).some((p) => canonical(p) === target)) {
    throw new UsageError(`refusing to overwrite the input file ${path}`);
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot write ${path}: ${reason}`);
  }
}
