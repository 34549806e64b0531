/** The semantic plan diff for a person: one line per change, grouped, with signed moves. */
import type { DateMove, PlanDiff, TaskRef } from '../core/plan-diff.js';

export function renderDiffText(diff: PlanDiff): string {
  const head = `Plan ${diff.from} → ${diff.to}`;
  if (diff.same) return `${head}: no differences in tasks, forecasts, interruptions or budget.\n`;
  const sections = [
    section(
      'Added',
      diff.added.map((t) => `+ ${kind(t)} ${t.id}: ${t.name}`),
    ),
    section(
      'Removed',
      diff.removed.map((t) => `- ${kind(t)} ${t.id}: ${t.name}`),
    ),
    section(
      'Renamed',
      diff.renamed.map((r) =>
        r.fromId === r.toId
          ? `~ ${r.toId}: '${r.fromName}' → '${r.toName}'`
          : `~ ${r.fromId} → ${r.toId}: ${r.toName}`,
      ),
    ),
    section(
      'Changed',
      diff.changed.flatMap((t) =>
        t.changes.map((c) => `~ ${t.id} ${c.field}: ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`),
      ),
    ),
    section('Forecast', [
      ...diff.milestonesMoved.map((m) => `${m.id}: ${moved(m)}`),
      ...(diff.finish === null ? [] : [`project finish: ${moved(diff.finish)}`]),
    ]),
    section('Interruptions', [
      ...diff.interruptions.added.map((i) => `+ ${i.id}: ${i.from} to ${i.to}`),
      ...diff.interruptions.removed.map((i) => `- ${i.id}: ${i.from} to ${i.to}`),
      ...diff.interruptions.changed.flatMap((i) =>
        i.changes.map((c) => `~ ${i.id} ${c.field}: ${c.from ?? '(none)'} → ${c.to ?? '(none)'}`),
      ),
    ]),
    section(
      'Budget',
      diff.budget.map(
        (b) =>
          `~ ${b.year === null ? 'currency' : `${b.year} ${b.field}`}: ` +
          `${amount(b.from)} → ${amount(b.to)}`,
      ),
    ),
  ];
  return `${head}\n${sections.join('')}`;
}

function section(title: string, lines: string[]): string {
  return lines.length === 0 ? '' : `\n${title}:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

function kind(task: TaskRef): string {
  return task.milestone ? 'milestone' : 'task';
}

/** '2025-06-27 → 2025-11-14 (+100 working days, +140 calendar days)' */
export function moved(move: DateMove): string {
  const sign = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
  return (
    `${move.from} → ${move.to} (${sign(move.workingDays)} working days, ` +
    `${sign(move.calendarDays)} calendar days)`
  );
}

function amount(value: number | string | null): string {
  if (value === null) return '(none)';
  return typeof value === 'number' ? value.toLocaleString('en-US') : value;
}
