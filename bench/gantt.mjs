/**
 * Benchmark: `plan gantt` on the real plan, timed as a whole process (start-up, loading and
 * scheduling included), against plain `mmdc` rendering the same Mermaid text with the same
 * browser. Targets: one SVG no slower than mmdc; ten charts in one invocation (4 SVG, 3 PNG,
 * 3 PDF) within twice the time of one.
 *
 * Run alone: npm run build && node bench/gantt.mjs
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const PLAN = join(ROOT, 'plans/e-zusammenarbeit.yaml');
const PLAN_BIN = join(ROOT, 'bin/plan');
const MMDC = join(ROOT, 'node_modules/@mermaid-js/mermaid-cli/src/cli.js');
const REPEAT = 5;
// English labels, so that the Mermaid text mmdc gets is exactly the text planwerk renders.
const LANG = ['--lang', 'en'];

function timeOnce(args, cwd) {
  const began = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  const ms = Math.round(performance.now() - began);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the commands in turn, REPEAT rounds, so that a busy moment hits all of them alike. */
function interleaved(commands, cwd) {
  const times = commands.map(() => []);
  for (let round = 0; round < REPEAT; round++) {
    commands.forEach((args, i) => times[i].push(timeOnce(args, cwd)));
  }
  return times.map(median);
}

async function browserPath() {
  const { findBrowser } = await import(join(ROOT, 'dist/io/find-browser.js'));
  return findBrowser({ env: process.env });
}

export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'planwerk-bench-gantt-'));
  try {
    const { browserArgs } = await import(join(ROOT, 'dist/io/launch-browser.js'));
    const config = {
      executablePath: await browserPath(),
      args: browserArgs(process.getuid?.() === 0),
    };
    writeFileSync(join(dir, 'puppeteer.json'), JSON.stringify(config));
    timeOnce([PLAN_BIN, 'gantt', PLAN, ...LANG, '-o', 'chart.mmd'], dir);
    const mmdcArgs = [MMDC, '-q', '-p', 'puppeteer.json', '-i', 'chart.mmd', '-o', 'mmdc.svg'];
    const oneArgs = [PLAN_BIN, 'gantt', PLAN, ...LANG, '-o', 'one.svg'];
    const names = ['a.svg', 'b.svg', 'c.svg', 'd.svg', 'e.png', 'f.png', 'g.png'];
    const outputs = [...names, 'h.pdf', 'i.pdf', 'j.pdf'].flatMap((n) => ['-o', n]);
    const tenArgs = [PLAN_BIN, 'gantt', PLAN, ...LANG, ...outputs];
    const [mmdcMs, oneMs, tenMs] = interleaved([mmdcArgs, oneArgs, tenArgs], dir);
    return [
      {
        name: `mmdc, the same Mermaid text to SVG (median of ${REPEAT})`,
        ms: mmdcMs,
        targetMs: null,
        ok: true,
        command: `node ${MMDC} -p puppeteer.json -i chart.mmd -o mmdc.svg`,
      },
      {
        name: `plan gantt, one SVG of the real plan (median of ${REPEAT})`,
        ms: oneMs,
        targetMs: mmdcMs,
        ok: oneMs <= mmdcMs,
        command: `node bin/plan gantt plans/e-zusammenarbeit.yaml --lang en -o one.svg`,
      },
      {
        name: `plan gantt, ten charts in one invocation: 4 SVG, 3 PNG, 3 PDF (median of ${REPEAT})`,
        ms: tenMs,
        targetMs: 2 * oneMs,
        ok: tenMs <= 2 * oneMs,
        command: `node bin/plan gantt plans/e-zusammenarbeit.yaml --lang en ${outputs.join(' ')}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const result of await run()) {
    const target = result.targetMs ?? '—';
    process.stdout.write(`${result.name}: ${result.ms} ms (target ${target} ms)\n`);
  }
}
