/** The parts of a plan diff outside the tasks: interruptions and budget lines. */
import type { BudgetYear, Interruption, Plan } from './plan.js';
import type { FieldChange } from './task-fields.js';

export interface InterruptionDiff {
  added: Interruption[];
  removed: Interruption[];
  changed: { id: string; changes: FieldChange[] }[];
}

export interface BudgetChange {
  /** null for the currency. */
  year: number | null;
  field: 'approved' | 'planned' | 'spent' | 'currency';
  from: number | string | null;
  to: number | string | null;
}

export function diffInterruptions(a: Interruption[], b: Interruption[]): InterruptionDiff {
  const before = new Map(a.map((i) => [i.id, i]));
  const after = new Map(b.map((i) => [i.id, i]));
  const changed: InterruptionDiff['changed'] = [];
  for (const [id, x] of before) {
    const y = after.get(id);
    if (y === undefined) continue;
    const changes = (['from', 'to', 'reason'] as const)
      .map((field) => ({ field, from: x[field] ?? null, to: y[field] ?? null }))
      .filter((c) => c.from !== c.to);
    if (changes.length > 0) changed.push({ id, changes });
  }
  return {
    added: b.filter((i) => !before.has(i.id)),
    removed: a.filter((i) => !after.has(i.id)),
    changed,
  };
}

const AMOUNTS = ['approved', 'planned', 'spent'] as const;

export function diffBudget(a: Plan['budget'], b: Plan['budget']): BudgetChange[] {
  const changes: BudgetChange[] = [];
  const currencyA = a?.currency ?? null;
  const currencyB = b?.currency ?? null;
  if (currencyA !== currencyB) {
    changes.push({ year: null, field: 'currency', from: currencyA, to: currencyB });
  }
  const yearsA = byYear(a?.years ?? []);
  const yearsB = byYear(b?.years ?? []);
  const years = [...new Set([...yearsA.keys(), ...yearsB.keys()])].sort((x, y) => x - y);
  for (const year of years) {
    for (const field of AMOUNTS) {
      const from = yearsA.get(year)?.[field] ?? null;
      const to = yearsB.get(year)?.[field] ?? null;
      if (from !== to) changes.push({ year, field, from, to });
    }
  }
  return changes;
}

function byYear(years: BudgetYear[]): Map<number, BudgetYear> {
  return new Map(years.map((y) => [y.year, y]));
}
