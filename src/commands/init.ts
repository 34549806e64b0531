/**
 * `plan init [FILE]`: starts a new plan. Asks on a terminal for what no flag answered; with
 * --yes takes the defaults instead; without a terminal and without --yes, a missing answer is
 * a usage error naming its flags (it never waits for input that cannot come). Writes a plan
 * that `plan validate` accepts, never over an existing file without --force; Ctrl-C writes
 * nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { InitCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';
import { defaultAnswer, type InitAnswers } from '../core/init-answers.js';
import type { Language } from '../core/plan.js';
import { askInit } from '../io/ask-init.js';
import { parsePlanText } from '../io/load-plan.js';
import { readTemplate } from '../io/read-template.js';
import { schemaRef } from '../io/schema-ref.js';
import { writeFileAtomic } from '../io/write-file-atomic.js';
import { renderPlanYaml } from '../render/plan-yaml.js';
import { answersFromFlags, INIT_FLAGS } from './init-flags.js';

/** Exit code of a wizard cancelled with Ctrl-C (128 + SIGINT), as shells report it. */
export const CANCELLED = 130;

export async function initCommand(
  file: string | undefined,
  opts: InitCliOptions,
  ctx: Context,
): Promise<number> {
  const given = answersFromFlags(opts);
  if (file !== undefined) refuseExisting(resolve(ctx.cwd, file), file, opts.force);
  let answers: InitAnswers;
  try {
    answers = await collectAnswers(given, opts.yes, ctx);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') {
      ctx.err('plan init cancelled; no file was written.\n');
      return CANCELLED;
    }
    throw error;
  }
  const shown = file ?? join('plans', `${answers.id}.yaml`);
  const target = resolve(ctx.cwd, shown);
  refuseExisting(target, shown, opts.force);
  const text = await planText(answers, target, shown, ctx.today);
  await mkdir(dirname(target), { recursive: true }).catch((error: Error) => {
    throw new UsageError(`cannot create the folder of ${shown}: ${error.message}`);
  });
  await writeFileAtomic(target, text);
  ctx.err(`wrote ${shown}\nnext: fill in the tasks, then run  plan validate ${shown}\n`);
  return 0;
}

function refuseExisting(target: string, shown: string, force: boolean): void {
  if (existsSync(target) && !force)
    throw new UsageError(`${shown} already exists; use --force to overwrite it`);
}

function languageOf(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

async function collectAnswers(
  given: Partial<InitAnswers>,
  yes: boolean,
  ctx: Context,
): Promise<InitAnswers> {
  const language = given.language ?? languageOf(ctx.env);
  const known = { language, title: given.title, today: ctx.today };
  const defaults = Object.fromEntries(
    INIT_FLAGS.map(({ key }) => [key, defaultAnswer(key, known)]),
  ) as unknown as InitAnswers;
  if (yes) return { ...defaults, ...given, session: given.session ?? null };
  if (!ctx.interactive) {
    const missing = INIT_FLAGS.filter(({ key }) => given[key] === undefined)
      .filter(({ key }) => !(key === 'session' && given.resolution === null))
      .map(({ flag }) => flag);
    if (missing.length > 0)
      throw new UsageError(
        `no terminal to ask on: give ${missing.join(', ')}, or --yes to take the defaults`,
      );
    return { ...defaults, ...given };
  }
  return askInit(given, defaults);
}

async function planText(
  answers: InitAnswers,
  target: string,
  shown: string,
  today: string,
): Promise<string> {
  const template = await readTemplate(`plan.${answers.language}.yaml`);
  const file = relative(process.cwd(), target) || shown;
  const text = renderPlanYaml(answers, template, { schema: schemaRef(target), today, file });
  const problems = parsePlanText(text, shown).problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    const first = problems[0];
    throw new UsageError(`the answers do not make a valid plan: ${first?.message ?? ''}`);
  }
  return text;
}
