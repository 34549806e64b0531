/**
 * The answers of `plan init` and the rules they must follow, the same for a flag and for a
 * prompt: each check returns what is wrong, or null. Pure: today and the language come in.
 */
import { isKnownHolidayRegion } from './holidays.js';
import { isIsoDate } from './dates.js';
import type { Language } from './plan.js';

export interface InitMilestone {
  name: string;
  date: string;
}

export interface InitBudgetYear {
  year: number;
  amount: number;
}

export interface InitAnswers {
  id: string;
  title: string;
  start: string;
  language: Language;
  resolution: string | null;
  session: string | null;
  region: string | null;
  phases: string[];
  milestones: InitMilestone[];
  budgetYears: InitBudgetYear[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** 'E-Zusammenarbeit Größe 2' → 'e-zusammenarbeit-groesse-2'. */
export function slugify(text: string): string {
  const german: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => german[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function checkId(id: string): string | null {
  return SLUG.test(id) ? null : `'${id}' is not a slug: use lower-case letters, digits and '-'`;
}

export function checkTitle(title: string): string | null {
  return title.trim() === '' ? 'the title must not be empty' : null;
}

export function checkDate(date: string): string | null {
  return isIsoDate(date) ? null : `'${date}' is not a date: write YYYY-MM-DD, e.g. 2025-01-15`;
}

/** Regions are written in capitals; `de-sn` is taken as `DE-SN`. */
export function normalizeRegion(region: string): string {
  return region.trim().toUpperCase();
}

/** A region date-holidays knows, checked as it is typed (not only when the plan is written). */
export function checkRegion(region: string): string | null {
  const code = normalizeRegion(region);
  if (code === '') return null;
  if (!REGION.test(code)) {
    return `'${region}' is not a region: write an ISO 3166 code such as DE or DE-SN`;
  }
  if (!isKnownHolidayRegion(code)) {
    return `no public holidays are known for '${code}': try a code such as DE, DE-BY or AT-9`;
  }
  return null;
}

/** Comma-separated list; empty entries dropped. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parsePhases(text: string): { value: string[] } | { error: string } {
  const phases = splitList(text);
  return phases.length > 0 ? { value: phases } : { error: 'name at least one phase' };
}

/** 'Go-live=2025-06-30, VWZ=2026-03-31'. */
export function parseMilestones(text: string): { value: InitMilestone[] } | { error: string } {
  const value: InitMilestone[] = [];
  for (const entry of splitList(text)) {
    const at = entry.lastIndexOf('=');
    const name = entry.slice(0, at).trim();
    const date = entry.slice(at + 1).trim();
    if (at < 0 || name === '' || checkDate(date) !== null)
      return { error: `'${entry}' is not a milestone: write name=YYYY-MM-DD` };
    value.push({ name, date });
  }
  return { value };
}

/** '2025=100000, 2026=250000'. */
export function parseBudgetYears(text: string): { value: InitBudgetYear[] } | { error: string } {
  const value: InitBudgetYear[] = [];
  for (const entry of splitList(text)) {
    const m = /^(\d{4})\s*=\s*(\d+(?:\.\d{1,2})?)$/.exec(entry.replace(/[_\s]/g, ''));
    if (m === null) return { error: `'${entry}' is not a budget year: write YYYY=amount` };
    const year = Number(m[1]);
    if (value.some((y) => y.year === year)) return { error: `the year ${year} is given twice` };
    value.push({ year, amount: Number(m[2]) });
  }
  return { value: value.sort((a, b) => a.year - b.year) };
}

const DEFAULT_TITLE: Record<Language, string> = { de: 'Neues Projekt', en: 'New project' };
const DEFAULT_PHASES: Record<Language, string[]> = {
  de: ['Phase 1: Vorbereitung', 'Phase 2: Umsetzung'],
  en: ['Phase 1: Preparation', 'Phase 2: Implementation'],
};

/** What --yes takes for a question no flag answered. */
export function defaultAnswer<K extends keyof InitAnswers>(
  key: K,
  known: { language: Language; title?: string; today: string },
): InitAnswers[K] {
  const defaults: InitAnswers = {
    id: slugify(known.title ?? DEFAULT_TITLE[known.language]) || 'plan',
    title: DEFAULT_TITLE[known.language],
    start: known.today,
    language: known.language,
    resolution: null,
    session: null,
    region: known.language === 'de' ? 'DE' : null,
    phases: DEFAULT_PHASES[known.language],
    milestones: [],
    budgetYears: [],
  };
  return defaults[key];
}
