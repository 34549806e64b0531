/**
 * The command-line interface: builds the commander program, runs one command, and is the only
 * place that sets the exit code. Every command is a plain function of plain options.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { pathToFileURL } from 'node:url';
import { realpathSync } from 'node:fs';
import { processContext, type Context } from './context.js';
import { isIsoDate } from './core/dates.js';
import { PlanwerkError } from './errors.js';
import { VERSION } from './version.js';

type Run = () => Promise<number>;

// Each command is imported only when it runs, so `plan schedule` never loads the browser or the
// prompt libraries.

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new CommanderError(2, 'planwerk.usage', `not a positive whole number: '${value}'`);
  return n;
}

/** A calendar date option: every command says the same about a wrong one. */
function isoDate(value: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidArgumentError('Write a real calendar date as YYYY-MM-DD, e.g. 2024-04-05.');
  }
  return value;
}

/** Builds the program; `setRun` receives the chosen command so it can run outside commander. */
export function buildProgram(ctx: Context, setRun: (run: Run) => void): Command {
  const program = new Command('plan')
    .description('Keep a phased rollout plan as YAML in git: validate, schedule, chart, report.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });

  program
    .command('validate')
    .description('check plans against the format and its rules; list every problem at once')
    .argument('[files...]', 'plan files or globs (default: plans/*.yaml)')
    .addOption(formatOption(['text', 'json', 'github']))
    .option('--strict', 'treat warnings as errors', false)
    .action((files: string[], opts: { format: 'text' | 'json' | 'github'; strict: boolean }) =>
      setRun(async () =>
        (await import('./commands/validate.js')).validateCommand(files, opts, ctx),
      ),
    );

  program
    .command('schedule')
    .description('compute the timeline: dates, float, critical path, conflicts')
    .argument('<file>', 'plan file')
    .option('--status-date <date>', 'as-of date for progress (overrides the plan)', isoDate)
    .option('--baseline <rev>', 'git revision whose plan is the baseline')
    .addOption(formatOption(['text', 'json']))
    .action(
      (file: string, opts: { statusDate?: string; baseline?: string; format: 'text' | 'json' }) =>
        setRun(async () =>
          (await import('./commands/schedule.js')).scheduleCommand(file, opts, ctx),
        ),
    );

  program
    .command('gantt')
    .description('render a Gantt chart: .mmd, .md, .svg, .png or .pdf by the output name')
    .argument('<file>', 'plan file')
    .option(
      '-o, --output <out>',
      'output file (repeatable): .mmd, .md, .svg, .png or .pdf; - (the default) writes ' +
        'Mermaid text to stdout',
      collect,
      [],
    )
    .addOption(
      new Option('--level <level>', 'tasks, or one bar per phase')
        .choices(['tasks', 'phases'])
        .default('tasks'),
    )
    .option(
      '--baseline [rev]',
      'draw the baseline: written on tasks, or the plan at a git revision',
    )
    .option('--status-date <date>', 'as-of date for progress (overrides the plan)', isoDate)
    .addOption(new Option('--lang <lang>', 'language of labels').choices(['de', 'en']))
    .option('--browser <path>', 'Chromium or Chrome executable for SVG, PNG and PDF')
    .action((file: string, opts: GanttCliOptions) =>
      setRun(async () => (await import('./commands/gantt.js')).ganttCommand(file, opts, ctx)),
    );

  program
    .command('history')
    .description('milestone trend from the git history of a plan')
    .argument('<file>', 'plan file in a git repository')
    .option('--since <date>', 'only commits on or after this commit date', isoDate)
    .option('--until <date>', 'only commits on or before this commit date', isoDate)
    .option('-n, --max-count <n>', 'at most this many commits (the newest)', positiveInt)
    .option(
      '-o, --output <out>',
      'trend chart: .svg, .png, .pdf, .md or .mmd (repeatable)',
      collect,
      [],
    )
    .option('--browser <path>', 'Chromium or Chrome executable for SVG, PNG and PDF')
    .addOption(formatOption(['text', 'json']))
    .action((file: string, opts: HistoryCliOptions) =>
      setRun(async () => (await import('./commands/history.js')).historyCommand(file, opts, ctx)),
    );

  program
    .command('diff')
    .description(
      'what changed between two versions of a plan (default: HEAD against the working tree)',
    )
    .argument('<args...>', '[REV_A] [REV_B] FILE')
    .addOption(formatOption(['text', 'json']))
    .action((args: string[], opts: { format: 'text' | 'json' }) =>
      setRun(async () => (await import('./commands/diff.js')).diffCommand(args, opts, ctx)),
    );

  program
    .command('report')
    .description('write the decision-control report: .md or .html')
    .argument('<file>', 'plan file')
    .option('-o, --output <out>', 'report file (repeatable)', collect, [])
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['de', 'en']))
    .option('--status-date <date>', 'as-of date for progress (overrides the plan)', isoDate)
    .option('--baseline <rev>', 'git revision whose plan is the baseline')
    .option('--browser <path>', 'Chromium or Chrome executable for the inline SVG chart')
    .action((file: string, opts: ReportCliOptions) =>
      setRun(async () => (await import('./commands/report.js')).reportCommand(file, opts, ctx)),
    );

  program
    .command('init')
    .description('start a new plan: asks, or takes flags and --yes')
    .argument('[file]', 'plan file to write (default: plans/<id>.yaml)')
    .option('-y, --yes', 'take defaults for every question not given as a flag', false)
    .option('--force', 'overwrite an existing file', false)
    .option('--id <slug>', 'project id')
    .option('--title <title>', 'project title')
    .option('--start <date>', 'project start')
    .addOption(new Option('--lang <lang>', 'language of the plan').choices(['de', 'en']))
    .option('--resolution <id>', 'council resolution id, e.g. V0876/21')
    .option('--session <id>', 'council session of the resolution')
    .option('--region <code>', 'public-holiday region, e.g. DE-SN')
    .option('--phases <names>', 'phase names, comma-separated')
    .option('--milestones <list>', 'key milestones as name=YYYY-MM-DD, comma-separated')
    .option('--budget-years <list>', 'budget years as YYYY=amount, comma-separated')
    .action((file: string | undefined, opts: InitCliOptions) =>
      setRun(async () => (await import('./commands/init.js')).initCommand(file, opts, ctx)),
    );

  return program;
}

export interface GanttCliOptions {
  output: string[];
  level: 'tasks' | 'phases';
  baseline?: string | true;
  statusDate?: string;
  lang?: 'de' | 'en';
  browser?: string;
}

export interface HistoryCliOptions {
  since?: string;
  until?: string;
  maxCount?: number;
  output: string[];
  browser?: string;
  format: 'text' | 'json';
}

export interface ReportCliOptions {
  output: string[];
  lang?: 'de' | 'en';
  statusDate?: string;
  baseline?: string;
  browser?: string;
}

export interface InitCliOptions {
  yes: boolean;
  force: boolean;
  id?: string;
  title?: string;
  start?: string;
  lang?: 'de' | 'en';
  resolution?: string;
  session?: string;
  region?: string;
  phases?: string;
  milestones?: string;
  budgetYears?: string;
}

function formatOption(choices: string[]): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices).default(choices[0]);
}

/** Runs the CLI with the given arguments (no 'node' and script) and returns the exit code. */
export async function runCli(argv: string[], ctx: Context = processContext()): Promise<number> {
  let run: Run | undefined;
  const program = buildProgram(ctx, (r) => (run = r));
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (run === undefined) return 0;
    return await run();
  } catch (error) {
    return exitCodeOf(error, ctx);
  }
}

function exitCodeOf(error: unknown, ctx: Context): number {
  if (error instanceof CommanderError) {
    // --help, `plan help` and --version succeed; `plan` without a command is a usage error.
    if (error.exitCode === 0) return 0;
    if (error.code === 'planwerk.usage') ctx.err(`error: ${error.message}\n`);
    return 2;
  }
  if (error instanceof PlanwerkError) {
    ctx.err(`error: ${error.message}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  ctx.err(`internal error: this is a bug in planwerk; please report it with the plan.\n${stack}\n`);
  return 70;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    const real = realpathSync(entry);
    return import.meta.url === pathToFileURL(real).href || real.endsWith('/bin/plan');
  } catch {
    return false;
  }
}

/** A reader that stops early (`plan schedule … | head`) ends the output quietly, not a crash. */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
}

if (isMain()) {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  process.exitCode = await runCli(process.argv.slice(2));
}
