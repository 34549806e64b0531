/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * which is renamed over it only when complete. Refuses to overwrite a protected input file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { canonicalPath } from './canonical-path.js';

export interface WriteOptions {
  /** Paths that must never be overwritten (the plan being read, for example). */
  protect?: string[];
}

/**
 * An existing target must be a regular file: renaming over a device, a FIFO or a socket would
 * replace it (as root, `-o /dev/full` would delete the device). A link counts as what it
 * points to, and the write goes through it.
 */
function checkRegularFile(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || stat.isFile()) return;
  const what = stat.isDirectory() ? 'it is a folder' : 'it is not a regular file';
  throw new UsageError(`cannot write ${path}: ${what}`);
}

/** Why a write failed, in words, without the temporary file's name. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks before any work that every output can be written: its folder exists and is writable,
 * it is not a folder itself, and it is not a protected input. So a command with several
 * outputs fails before it writes the first one.
 */
export function checkOutputs(paths: string[], options: WriteOptions = {}): void {
  const protect = new Set((options.protect ?? []).map(canonicalPath));
  for (const path of paths) {
    if (protect.has(canonicalPath(path))) {
      throw new UsageError(`refusing to overwrite the input file ${path}`);
    }
    const folder = dirname(resolve(path));
    try {
      if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), { code: 'ENOENT' });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw new UsageError(`cannot write ${path}: ${reasonOf(error)}`);
    }
    checkRegularFile(path);
  }
}

export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const target = canonicalPath(path);
  if ((options.protect ?? []).some((p) => canonicalPath(p) === target)) {
    throw new UsageError(`refusing to overwrite the input file ${path}`);
  }
  checkRegularFile(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(`cannot write ${path}: ${reasonOf(error)}`);
  }
}
