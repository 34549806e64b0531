/** The real path of a file (links resolved), or its absolute path when it does not exist yet. */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

export function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
