/** Reads many files at many commits with one `git cat-file --batch` process. */
import { runGit } from './git.js';

export interface BlobRequest {
  commit: string;
  path: string;
}

/** The text of each `commit:path`, in request order; null where the file does not exist. */
export async function readBlobs(cwd: string, requests: BlobRequest[]): Promise<(string | null)[]> {
  if (requests.length === 0) return [];
  const input = requests.map((r) => `${r.commit}:${r.path}\n`).join('');
  const output = await runGit(['cat-file', '--batch'], { cwd, input });
  return parseBatch(output, requests.length);
}

const HEADER = /^[0-9a-f]{40,64} (\w+) (\d+)$/;

/** Parses `--batch` output: a header line per object, then its bytes and a newline. */
export function parseBatch(output: Buffer, count: number): (string | null)[] {
  const texts: (string | null)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = output.indexOf(0x0a, at);
    if (eol < 0) throw new Error(`git cat-file --batch ended early at object ${i + 1}`);
    const header = HEADER.exec(output.subarray(at, eol).toString('utf8'));
    at = eol + 1;
    if (header === null) {
      texts.push(null); // '<name> missing' or '<name> ambiguous'
      continue;
    }
    const size = Number(header[2]);
    const body = output.subarray(at, at + size);
    texts.push(header[1] === 'blob' ? body.toString('utf8') : null);
    at += size + 1;
  }
  return texts;
}
