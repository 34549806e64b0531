/**
 * Benchmark: `plan schedule --format json` on generated plans of 1k, 3k and 10k tasks, timed
 * as a whole process (start-up included), median of 5 runs. Targets: 10k tasks within 1 s;
 * 3k tasks at least 20 times faster than TaskJuggler 3.7 on the same network. When `tj3` is
 * installed (Debian package tj3) it is timed on that network; otherwise the reference time of
 * 7.6 s measured on this kind of machine is used.
 *
 * Run alone: npm run build && node bench/run.mjs schedule
 */
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan, generateTaskJuggler } from './generate-plan.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SIZES = [1000, 3000, 10000];
const REPEAT = 5;
const TJ_REFERENCE_MS = 7600;

function time(command, args, cwd) {
  const began = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Math.round(performance.now() - began);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timePlan(file, tasks) {
  const args = [join(ROOT, 'bin/plan'), 'schedule', file, '--format', 'json'];
  const runs = Array.from({ length: REPEAT }, () => time(process.execPath, args, ROOT));
  const count = JSON.parse(runs[0].stdout).tasks.length;
  if (count !== tasks) throw new Error(`expected ${tasks} tasks, got ${count}`);
  return median(runs.map((r) => r.ms));
}

function timeTaskJuggler(dir, tasks) {
  const file = join(dir, `plan-${tasks}.tjp`);
  writeFileSync(file, generateTaskJuggler(tasks));
  const found = spawnSync('tj3', ['--version'], { encoding: 'utf8' });
  if (found.status !== 0) return null;
  return time('tj3', ['--silent', '--no-color', '--output-dir', dir, file], dir).ms;
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'planwerk-bench-'));
  try {
    const results = [];
    for (const tasks of SIZES) {
      const file = join(dir, `plan-${tasks}.yaml`);
      writeFileSync(file, generatePlan(tasks));
      const ms = timePlan(file, tasks);
      const targetMs = tasks === 10000 ? 1000 : null;
      const command = `node bin/plan schedule ${file} --format json`;
      results.push({
        name: `plan schedule --format json, ${tasks} tasks (median of ${REPEAT})`,
        ms,
        targetMs,
        ok: targetMs === null || ms <= targetMs,
        command,
      });
      if (tasks !== 3000) continue;
      const tj = timeTaskJuggler(dir, tasks);
      const tjMs = tj ?? TJ_REFERENCE_MS;
      const ratio = tjMs / ms;
      results.push({
        name:
          `TaskJuggler 3 on the same ${tasks}-task network: ${tjMs} ms ` +
          `${tj === null ? '(reference figure; tj3 not installed)' : '(measured)'}; ` +
          `planwerk is ${ratio.toFixed(1)}× faster (target 20×)`,
        ms: tjMs,
        targetMs: null,
        ok: ratio >= 20,
        command: tj === null ? undefined : `tj3 --silent --no-color ${dir}/plan-${tasks}.tjp`,
      });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await run()) console.log(`${r.ok ? 'ok  ' : 'SLOW'} ${r.name}: ${r.ms} ms`);
}
