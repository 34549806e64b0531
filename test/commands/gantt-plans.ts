/** Plan files for the gantt command tests, written by hand (and one generator for size). */

export const NAMES_PLAN = `version: 1
project:
  id: names-demo
  title: 'Plan: A & B <test>'
  start: 2024-01-01
  language: en
calendar:
  workdays: [mon, tue, wed, thu, fri]
interruptions:
  - { id: stop, from: 2024-02-01, to: 2024-02-29, reason: Restructuring }
phases:
  - id: p1
    name: 'Phase #1: start'
    tasks:
      - id: a
        name: 'Kick-off: scope; budget #1'
        duration: 10d
        progress: 100
        baseline: { start: 2024-01-01, finish: 2024-01-10 }
      - id: b
        name: 'Say "yes" & <b>sign</b>'
        after: [a]
        duration: 20d
      - id: c
        name: section
        after: [b]
        duration: 5d
      - id: m
        name: 'Go-live 🚀 50% done'
        milestone: true
        after: [c]
`;

export const NAMES = [
  'Kick-off: scope; budget #1',
  'Say "yes" & <b>sign</b>',
  'Say "yes" & <b>sign</b> (part 2)',
  'section',
  'Go-live 🚀 50% done',
];

/** A chain of `tasks` one-day tasks in phases of 100, with a milestone at the end. */
export function chainPlan(tasks: number): string {
  const lines = [
    'version: 1',
    'project: { id: chain, title: Chain, start: 2024-01-01, language: en }',
    'phases:',
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % 100 === 0)
      lines.push(`  - id: p${i / 100}`, `    name: Phase ${i / 100}`, '    tasks:');
    const after = i === 0 ? '' : `, after: [t${i - 1}]`;
    lines.push(`      - { id: t${i}, name: Task ${i}, duration: 1d${after} }`);
  }
  lines.push(
    'milestones:',
    `  - { id: done, name: All done, milestone: true, after: [t${tasks - 1}] }`,
  );
  return `${lines.join('\n')}\n`;
}
