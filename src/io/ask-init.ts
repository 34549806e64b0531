/**
 * The questions of `plan init` on a terminal (@inquirer/prompts). Only questions that no flag
 * answered are asked; each answer is checked by the same rule as its flag. Ctrl-C makes
 * inquirer throw ExitPromptError, which the command turns into a one-line cancel.
 */
import { input, select } from '@inquirer/prompts';
import {
  checkDate,
  checkId,
  checkRegion,
  normalizeRegion,
  checkTitle,
  parseBudgetYears,
  parseMilestones,
  parsePhases,
  slugify,
  type InitAnswers,
} from '../core/init-answers.js';
import type { Language } from '../core/plan.js';

type Given = Partial<InitAnswers>;

const ok = (check: (s: string) => string | null) => (s: string) => check(s.trim()) ?? true;
const list =
  <T>(parse: (s: string) => { value: T } | { error: string }) =>
  (s: string) => {
    const r = parse(s);
    return 'error' in r ? r.error : true;
  };
const value = <T>(r: { value: T } | { error: string }, fallback: T): T =>
  'value' in r ? r.value : fallback;
const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Asks what `given` lacks; `defaults` are shown and taken on Enter. */
export async function askInit(given: Given, defaults: InitAnswers): Promise<InitAnswers> {
  const title =
    given.title ??
    (await input({ message: 'Project title', default: defaults.title, validate: ok(checkTitle) }));
  const id =
    given.id ??
    (await input({ message: 'Project id (slug)', default: slugify(title), validate: ok(checkId) }));
  const start =
    given.start ??
    (await input({
      message: 'Project start (YYYY-MM-DD)',
      default: defaults.start,
      validate: ok(checkDate),
    }));
  const language =
    given.language ??
    (await select<Language>({
      message: 'Language of charts and reports',
      choices: [
        { name: 'Deutsch', value: 'de' },
        { name: 'English', value: 'en' },
      ],
      default: defaults.language,
    }));
  const resolution =
    given.resolution !== undefined
      ? given.resolution
      : orNull(await input({ message: 'Council resolution id (empty: none)', default: '' }));
  const session =
    given.session !== undefined || resolution === null
      ? (given.session ?? null)
      : orNull(await input({ message: 'Council session of the resolution (empty: none)' }));
  const region =
    given.region !== undefined
      ? given.region
      : orNull(
          normalizeRegion(
            await input({
              message: 'Public-holiday region, e.g. DE-SN (empty: none)',
              default: language === 'de' ? 'DE' : '',
              validate: ok(checkRegion),
            }),
          ),
        );
  return {
    id: id.trim(),
    title: title.trim(),
    start: start.trim(),
    language,
    resolution,
    session,
    region,
    ...(await askLists(given, defaults)),
  };
}

async function askLists(given: Given, defaults: InitAnswers) {
  const phases =
    given.phases ??
    value(
      parsePhases(
        await input({
          message: 'Phases, comma-separated',
          default: defaults.phases.join(', '),
          validate: list(parsePhases),
        }),
      ),
      defaults.phases,
    );
  const milestones =
    given.milestones ??
    value(
      parseMilestones(
        await input({
          message: 'Key milestones as name=YYYY-MM-DD, comma-separated (empty: none)',
          validate: list(parseMilestones),
        }),
      ),
      [],
    );
  const budgetYears =
    given.budgetYears ??
    value(
      parseBudgetYears(
        await input({
          message: 'Approved budget as YYYY=amount, comma-separated (empty: none)',
          validate: list(parseBudgetYears),
        }),
      ),
      [],
    );
  return { phases, milestones, budgetYears };
}
