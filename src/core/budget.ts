/**
 * The budget of a plan against its forecast: per year what was approved, planned and spent,
 * the totals, the years the forecast reaches without approved money, and whether the approved
 * frame still holds.
 *
 * The rule, where the format is silent: a year's expected cost is its `planned` amount, or
 * else what was `spent`, or else the `approved` amount (money approved and not re-planned is
 * expected to be used), and never less than what was already spent. The frame holds when
 * the expected cost of all years is at most the approved total, no year spent more than it
 * was approved, and every year from the project start to the forecast finish has approved
 * money.
 */
import type { BudgetYear, Plan } from './plan.js';

export interface BudgetRow {
  year: number;
  approved: number | null;
  planned: number | null;
  spent: number | null;
  source: string | null;
  assumption: string | null;
  /** The forecast has work in this year (project start to forecast finish). */
  inForecast: boolean;
  /** In the forecast, and no money approved for it. */
  uncovered: boolean;
  /** More spent than approved in this year. */
  overspent: boolean;
}

export interface BudgetSummary {
  currency: string;
  rows: BudgetRow[];
  approvedTotal: number;
  /** Null when no year has a planned amount. */
  plannedTotal: number | null;
  /** Null when no year has a spent amount. */
  spentTotal: number | null;
  /** Sum of each year's expected cost (planned, else spent, else approved; at least spent). */
  expectedTotal: number;
  /** First and last year of the forecast. */
  forecastYears: { from: number; to: number };
  uncoveredYears: number[];
  overspentYears: number[];
  fitsAmount: boolean;
  holds: boolean;
}

/** Null when the plan has no budget. */
export function summarizeBudget(
  plan: Plan,
  forecast: { start: string; finish: string },
): BudgetSummary | null {
  if (plan.budget === undefined) return null;
  const from = yearOf(forecast.start);
  const to = Math.max(from, yearOf(forecast.finish));
  const byYear = new Map(plan.budget.years.map((y) => [y.year, y]));
  for (let year = from; year <= to; year += 1) {
    if (!byYear.has(year)) byYear.set(year, { year });
  }
  const rows = [...byYear.values()].sort((a, b) => a.year - b.year).map((y) => toRow(y, from, to));
  const sum = (pick: (r: BudgetRow) => number | null): number =>
    rows.reduce((total, r) => total + (pick(r) ?? 0), 0);
  const approvedTotal = sum((r) => r.approved);
  // Money already spent is never expected to come back: a year costs at least what it spent.
  const expectedTotal = sum((r) => Math.max(r.planned ?? r.spent ?? r.approved ?? 0, r.spent ?? 0));
  const uncoveredYears = rows.filter((r) => r.uncovered).map((r) => r.year);
  const overspentYears = rows.filter((r) => r.overspent).map((r) => r.year);
  const fitsAmount = expectedTotal <= approvedTotal;
  return {
    currency: plan.budget.currency,
    rows,
    approvedTotal,
    plannedTotal: rows.some((r) => r.planned !== null) ? sum((r) => r.planned) : null,
    spentTotal: rows.some((r) => r.spent !== null) ? sum((r) => r.spent) : null,
    expectedTotal,
    forecastYears: { from, to },
    uncoveredYears,
    overspentYears,
    fitsAmount,
    holds: fitsAmount && uncoveredYears.length === 0 && overspentYears.length === 0,
  };
}

function toRow(y: BudgetYear, from: number, to: number): BudgetRow {
  const inForecast = y.year >= from && y.year <= to;
  const approved = y.approved ?? null;
  const spent = y.spent ?? null;
  return {
    year: y.year,
    approved,
    planned: y.planned ?? null,
    spent,
    source: y.source ?? null,
    assumption: y.assumption ?? null,
    inForecast,
    uncovered: inForecast && (approved ?? 0) <= 0,
    overspent: spent !== null && spent > (approved ?? 0),
  };
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
