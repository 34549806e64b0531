/**
 * Generated plans for benchmarks: phases of 500 tasks, each task after up to three earlier
 * ones (some with a lag), one interruption, Saxon holidays. Deterministic for a given size.
 */

/** A small seeded random generator (mulberry32), so every run measures the same plan. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHASE_SIZE = 500;
const WINDOW = 60;

function durationOf(rand) {
  const r = rand();
  if (r < 0.1) return `${1 + Math.floor(rand() * 2)}w`;
  if (r < 0.15) return '1mo';
  return `${1 + Math.floor(rand() * 10)}d`;
}

function afterOf(i, rand) {
  const count = i === 0 ? 0 : Math.floor(rand() * 4);
  const preds = new Set();
  for (let k = 0; k < count; k++) preds.add(i - 1 - Math.floor(rand() * Math.min(i, WINDOW)));
  return [...preds].map((p) =>
    rand() < 0.2 ? `"t${p} +${1 + Math.floor(rand() * 5)}d"` : `t${p}`,
  );
}

/** The plan as YAML text, with `tasks` tasks. */
export function generatePlan(tasks, seed = 42) {
  const rand = random(seed + tasks);
  const lines = [
    'version: 1',
    'project:',
    `  id: bench-${tasks}`,
    `  title: Benchmark plan with ${tasks} tasks`,
    '  start: 2024-01-02',
    '  language: en',
    'calendar:',
    '  workdays: [mon, tue, wed, thu, fri]',
    '  holidays: DE-SN',
    'interruptions:',
    '  - { id: stop, from: 2025-09-01, to: 2026-01-31 }',
    'phases:',
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % PHASE_SIZE === 0) {
      const n = i / PHASE_SIZE + 1;
      lines.push(`  - id: phase-${n}`, `    name: Phase ${n}`, '    tasks:');
    }
    const after = afterOf(i, rand);
    lines.push(
      `      - id: t${i}`,
      `        name: Task ${i}`,
      `        duration: ${durationOf(rand)}`,
    );
    if (after.length > 0) lines.push(`        after: [${after.join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}
