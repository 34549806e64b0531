/**
 * Benchmark: `plan history` over a generated repository of 100 commits of the real plan, each
 * changing a duration so the milestones move. Target: within 3 s. The repository is written in
 * one `git fast-import`; the timing covers the whole CLI process, start-up included.
 *
 * Run alone: npm run build && node bench/history.mjs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const COMMITS = 100;
const TARGET_MS = 3000;
const PATH = 'plans/e-zusammenarbeit.yaml';

function version(base, i) {
  let replaced = false;
  const text = base.replace(/duration: (\d+)mo/, (all, months) => {
    if (replaced) return all;
    replaced = true;
    return `duration: ${Number(months) + (i % 4)}mo`;
  });
  return `${text}\n# revision ${i}\n`;
}

function fastImport(base) {
  const start = Date.parse('2022-01-03T10:00:00Z') / 1000;
  const parts = [];
  for (let i = 0; i < COMMITS; i++) {
    const data = Buffer.from(version(base, i));
    const when = `${start + i * 7 * 86400} +0100`;
    const message = `revision ${i}`;
    parts.push(
      `commit refs/heads/main\nmark :${i + 1}\ncommitter Bench <bench@example.org> ${when}\n`,
      `data ${Buffer.byteLength(message)}\n${message}\n`,
      i > 0 ? `from :${i}\n` : '',
      `M 100644 inline ${PATH}\ndata ${data.length}\n`,
    );
    parts.push(data, '\n');
  }
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

export function makeRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'planwerk-bench-'));
  const base = readFileSync(join(ROOT, PATH), 'utf8');
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: fastImport(base) });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return dir;
}

const REPEAT = 5;

function timeOnce(dir) {
  const began = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/plan'), 'history', PATH], {
    cwd: dir,
    encoding: 'utf8',
  });
  const ms = Math.round(performance.now() - began);
  if (result.status !== 0) throw new Error(`plan history failed: ${result.stderr}`);
  const rows = result.stdout.split('\n').filter((line) => /^[0-9a-f]{7} /.test(line)).length;
  if (rows !== COMMITS) throw new Error(`expected ${COMMITS} rows, got ${rows}`);
  return ms;
}

export async function run() {
  const dir = makeRepo();
  try {
    const times = Array.from({ length: REPEAT }, () => timeOnce(dir)).sort((a, b) => a - b);
    const ms = times[Math.floor(REPEAT / 2)];
    return {
      name: `plan history, ${COMMITS} commits (median of ${REPEAT})`,
      ms,
      targetMs: TARGET_MS,
      ok: ms <= TARGET_MS,
      command: `cd ${dir} && node ${join(ROOT, 'bin/plan')} history ${PATH}`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await run();
  console.log(`${result.name}: ${result.ms} ms (target ${result.targetMs} ms)`);
  if (!result.ok) process.exitCode = 1;
}
