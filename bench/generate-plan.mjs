/**
 * Generated plans for benchmarks: phases of 500 tasks, each task after up to three earlier
 * ones (some with a lag), one interruption, Saxon holidays. Deterministic for a given size.
 * The same network can be written as a planwerk plan or as a TaskJuggler project.
 */
import Holidays from 'date-holidays';

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
const START = '2024-01-02';
const STOP = { from: '2025-09-01', to: '2026-01-31' };

function durationOf(rand) {
  const r = rand();
  if (r < 0.1) return { amount: 1 + Math.floor(rand() * 2), unit: 'w' };
  if (r < 0.15) return { amount: 1, unit: 'mo' };
  return { amount: 1 + Math.floor(rand() * 10), unit: 'd' };
}

function afterOf(i, rand) {
  const count = i === 0 ? 0 : Math.floor(rand() * 4);
  const preds = new Set();
  for (let k = 0; k < count; k++) preds.add(i - 1 - Math.floor(rand() * Math.min(i, WINDOW)));
  return [...preds].map((p) => ({ task: p, lag: rand() < 0.2 ? 1 + Math.floor(rand() * 5) : 0 }));
}

/** The network: tasks with durations and predecessors (by index). */
export function generateNetwork(tasks, seed = 42) {
  const rand = random(seed + tasks);
  return Array.from({ length: tasks }, (_, i) => {
    const after = afterOf(i, rand);
    return { duration: durationOf(rand), after };
  });
}

/** The plan as YAML text, with `tasks` tasks. */
export function generatePlan(tasks, seed = 42) {
  const lines = [
    'version: 1',
    'project:',
    `  id: bench-${tasks}`,
    `  title: Benchmark plan with ${tasks} tasks`,
    `  start: ${START}`,
    '  language: en',
    'calendar:',
    '  workdays: [mon, tue, wed, thu, fri]',
    '  holidays: DE-SN',
    'interruptions:',
    `  - { id: stop, from: ${STOP.from}, to: ${STOP.to} }`,
    'phases:',
  ];
  generateNetwork(tasks, seed).forEach((task, i) => {
    if (i % PHASE_SIZE === 0) {
      const n = i / PHASE_SIZE + 1;
      lines.push(`  - id: phase-${n}`, `    name: Phase ${n}`, '    tasks:');
    }
    const { amount, unit } = task.duration;
    lines.push(
      `      - id: t${i}`,
      `        name: Task ${i}`,
      `        duration: ${amount}${unit}`,
    );
    const after = task.after.map((d) => (d.lag > 0 ? `"t${d.task} +${d.lag}d"` : `t${d.task}`));
    if (after.length > 0) lines.push(`        after: [${after.join(', ')}]`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The same network as a TaskJuggler 3 project, for timing only: a month is taken as 21
 * working days (TaskJuggler has no month-to-same-date duration), holidays and the stop as leaves;
 * TaskJuggler only knows years up to 2035, so this suits plans that end before 2034.
 */
export function generateTaskJuggler(tasks, seed = 42) {
  const holidays = new Holidays('DE', 'SN', { types: ['public'] });
  const leaves = [];
  for (let year = 2024; year <= 2034; year++) {
    for (const h of holidays.getHolidays(year))
      leaves.push(`leaves holiday "h" ${h.date.slice(0, 10)}`);
  }
  const lines = [
    `project bench "Bench" ${START} +10y {`,
    '  timezone "UTC" workinghours mon - fri 9:00 - 17:00 dailyworkinghours 8',
    '}',
    ...leaves,
    `leaves holiday "stop" ${STOP.from} - 2026-02-01`,
  ];
  generateNetwork(tasks, seed).forEach((task, i) => {
    const { amount, unit } = task.duration;
    const days = unit === 'd' ? amount : unit === 'w' ? amount * 5 : amount * 21;
    const deps = task.after.map(
      (d) => `depends t${d.task}${d.lag > 0 ? ` { gaplength ${d.lag}d }` : ''}`,
    );
    lines.push(`task t${i} "Task ${i}" { length ${days}d ${deps.join(' ')} }`);
  });
  lines.push('taskreport "out" { formats csv columns id, start, end timeformat "%Y-%m-%d" }');
  return `${lines.join('\n')}\n`;
}
