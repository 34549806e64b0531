/** The flags of `plan init` as answers: every flag is checked, and all problems told at once. */
import type { InitCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';
import {
  checkDate,
  checkId,
  checkRegion,
  normalizeRegion,
  checkTitle,
  parseBudgetYears,
  parseMilestones,
  parsePhases,
  type InitAnswers,
} from '../core/init-answers.js';

/** Each question with the flag that answers it, in the order the wizard asks. */
export const INIT_FLAGS: { key: keyof InitAnswers; flag: string }[] = [
  { key: 'title', flag: '--title' },
  { key: 'id', flag: '--id' },
  { key: 'start', flag: '--start' },
  { key: 'language', flag: '--lang' },
  { key: 'resolution', flag: '--resolution' },
  { key: 'session', flag: '--session' },
  { key: 'region', flag: '--region' },
  { key: 'phases', flag: '--phases' },
  { key: 'milestones', flag: '--milestones' },
  { key: 'budgetYears', flag: '--budget-years' },
];

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function answersFromFlags(opts: InitCliOptions): Partial<InitAnswers> {
  const given: Partial<InitAnswers> = {};
  const errors: string[] = [];
  const check = (flag: string, problem: string | null): boolean =>
    problem === null || (errors.push(`${flag}: ${problem}`), false);
  const take = <T>(flag: string, r: { value: T } | { error: string }): T | undefined =>
    'value' in r ? r.value : (errors.push(`${flag}: ${r.error}`), undefined);
  if (opts.title !== undefined && check('--title', checkTitle(opts.title)))
    given.title = opts.title.trim();
  if (opts.id !== undefined && check('--id', checkId(opts.id))) given.id = opts.id;
  if (opts.start !== undefined && check('--start', checkDate(opts.start))) given.start = opts.start;
  if (opts.lang !== undefined) given.language = opts.lang;
  if (opts.resolution !== undefined) given.resolution = orNull(opts.resolution);
  if (opts.session !== undefined) given.session = orNull(opts.session);
  if (opts.region !== undefined && check('--region', checkRegion(opts.region)))
    given.region = orNull(normalizeRegion(opts.region));
  if (opts.phases !== undefined) given.phases = take('--phases', parsePhases(opts.phases));
  if (opts.milestones !== undefined)
    given.milestones = take('--milestones', parseMilestones(opts.milestones));
  if (opts.budgetYears !== undefined)
    given.budgetYears = take('--budget-years', parseBudgetYears(opts.budgetYears));
  if (opts.session !== undefined && opts.resolution === undefined) {
    errors.push('--session names the session of a resolution: give --resolution too');
  }
  if (errors.length > 0) throw new UsageError(errors.join('\n  '));
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}
