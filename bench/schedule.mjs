/**
 * Benchmark: `plan schedule --format json` on generated plans of 1k, 3k and 10k tasks, timed
 * as a whole process (start-up included). Targets: 10k tasks within 1 s; 3k tasks 20 times
 * faster than TaskJuggler 3.7 on the same machine (about 7.6 s, so 380 ms).
 *
 * Run alone: npm run build && node bench/schedule.mjs
 */
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './generate-plan.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SIZES = [
  { tasks: 1000, targetMs: null },
  { tasks: 3000, targetMs: 380 },
  { tasks: 10000, targetMs: 1000 },
];
const REPEAT = 3;

function timeOnce(file) {
  const began = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/plan'), 'schedule', file, '--format', 'json'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const ms = Math.round(performance.now() - began);
  if (result.status !== 0) throw new Error(`plan schedule failed: ${result.stderr}`);
  return { ms, json: result.stdout };
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'planwerk-bench-'));
  try {
    return SIZES.map(({ tasks, targetMs }) => {
      const file = join(dir, `plan-${tasks}.yaml`);
      writeFileSync(file, generatePlan(tasks));
      const runs = Array.from({ length: REPEAT }, () => timeOnce(file));
      const count = JSON.parse(runs[0].json).tasks.length;
      if (count !== tasks) throw new Error(`expected ${tasks} tasks, got ${count}`);
      const ms = Math.min(...runs.map((r) => r.ms));
      return {
        name: `plan schedule --format json, ${tasks} tasks (best of ${REPEAT})`,
        ms,
        targetMs,
        ok: targetMs === null || ms <= targetMs,
        command: `node bin/plan schedule ${file} --format json`,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const result of await run()) {
    console.log(`${result.name}: ${result.ms} ms (target ${result.targetMs ?? '—'} ms)`);
    if (!result.ok) process.exitCode = 1;
  }
}
