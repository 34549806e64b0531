/**
 * The semantic plan diff for a person: one line per change, grouped, with signed moves, in the
 * plan's language (field names stay the plan's own keys).
 */
import type { Language } from '../core/plan.js';
import { WORKING_TREE, type DateMove, type PlanDiff, type TaskRef } from '../core/plan-diff.js';
import type { FieldChange } from '../core/task-fields.js';
import { historyLabels, type DiffLabels } from './history-labels.js';

export function renderDiffText(diff: PlanDiff, language: Language = 'en'): string {
  const labels = historyLabels(language);
  const words = labels.diff;
  const side = (label: string): string => (label === WORKING_TREE ? words.workingTree : label);
  const head = `Plan ${side(diff.from)} → ${side(diff.to)}`;
  if (diff.same) return `${head}: ${words.noDifferences}\n`;
  const titles = words.sections;
  const kind = (task: TaskRef): string => (task.milestone ? words.milestone : words.task);
  const change = (id: string, c: FieldChange): string =>
    `~ ${id} ${c.field}: ${c.from ?? words.none} → ${c.to ?? words.none}`;
  const move = (m: DateMove): string => moved(m, language);
  const sections = [
    section(
      titles.added,
      diff.added.map((t) => `+ ${kind(t)} ${t.id}: ${t.name}`),
    ),
    section(
      titles.removed,
      diff.removed.map((t) => `- ${kind(t)} ${t.id}: ${t.name}`),
    ),
    section(
      titles.renamed,
      diff.renamed.map((r) =>
        r.fromId === r.toId
          ? `~ ${r.toId}: '${r.fromName}' → '${r.toName}'`
          : `~ ${r.fromId} → ${r.toId}: ${r.toName}`,
      ),
    ),
    section(
      titles.changed,
      diff.changed.flatMap((t) => t.changes.map((c) => change(t.id, c))),
    ),
    section(titles.forecast, [
      ...diff.milestonesMoved.map((m) => `${m.id}: ${move(m)}`),
      ...(diff.finish === null ? [] : [`${words.projectFinish}: ${move(diff.finish)}`]),
    ]),
    section(titles.interruptions, [
      ...diff.interruptions.added.map((i) => `+ ${i.id}: ${words.span(i.from, i.to)}`),
      ...diff.interruptions.removed.map((i) => `- ${i.id}: ${words.span(i.from, i.to)}`),
      ...diff.interruptions.changed.flatMap((i) => i.changes.map((c) => change(i.id, c))),
    ]),
    section(
      titles.budget,
      diff.budget.map(
        (b) =>
          `~ ${b.year === null ? words.currency : `${b.year} ${b.field}`}: ` +
          `${amount(b.from, words)} → ${amount(b.to, words)}`,
      ),
    ),
  ];
  return `${head}\n${sections.join('')}`;
}

function section(title: string, lines: string[]): string {
  return lines.length === 0 ? '' : `\n${title}:\n${lines.map((l) => `  ${l}\n`).join('')}`;
}

/** '2025-06-27 → 2025-11-14 (+100 working days, +140 calendar days)' */
export function moved(move: DateMove, language: Language = 'en'): string {
  const labels = historyLabels(language);
  const sign = (n: number): string => (n > 0 ? `+${n}` : `${n}`);
  const plural: [boolean, boolean] = [
    Math.abs(move.workingDays) !== 1,
    Math.abs(move.calendarDays) !== 1,
  ];
  const days = labels.diff.moveDays(sign(move.workingDays), sign(move.calendarDays), plural);
  return `${labels.formatDate(move.from)} → ${labels.formatDate(move.to)} (${days})`;
}

function amount(value: number | string | null, words: DiffLabels): string {
  if (value === null) return words.none;
  return typeof value === 'number' ? words.amount(value) : value;
}
