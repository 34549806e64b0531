/**
 * `plan gantt FILE -o OUT…`: the schedule as a Gantt chart. The format follows OUT's name:
 * .mmd (Mermaid text), .md (a Markdown page), .svg, .png, .pdf; `-o -` prints Mermaid text.
 * All charts of one call render with one browser; nothing is written unless all succeed.
 */
import { resolve } from 'node:path';
import type { GanttCliOptions } from '../cli.js';
import type { Context } from '../context.js';
import type { Plan } from '../core/plan.js';
import type { Schedule } from '../core/schedule.js';
import { schedulePlan } from '../core/scheduler.js';
import { loadBaselineSchedule } from '../io/load-baseline.js';
import { openRenderer } from '../io/render-mermaid.js';
import { checkOutputs, writeFileAtomic } from '../io/write-file-atomic.js';
import { localizeAxis } from '../render/gantt-labels.js';
import { renderGanttMarkdown } from '../render/gantt-markdown.js';
import {
  GANTT_THEME_CSS,
  renderGanttText,
  type GanttTextOptions,
} from '../render/mermaid-gantt.js';
import { checkChartSize, hostedSizeWarning } from './gantt-size.js';
import { ganttTargets, needsBrowser, type GanttTarget } from './gantt-targets.js';
import { loadValidPlan } from './load-valid-plan.js';

/** The baseline asked for: none, the one written on tasks (`--baseline`), or a git revision. */
async function baselineOf(
  option: string | true | undefined,
  file: string,
  cwd: string,
): Promise<{ wanted: boolean; schedule: Schedule | null }> {
  if (option === undefined) return { wanted: false, schedule: null };
  if (option === true) return { wanted: true, schedule: null };
  return { wanted: true, schedule: await loadBaselineSchedule(option, file, cwd) };
}

function hasBaseline(schedule: Schedule): boolean {
  return schedule.tasks.some((task) => task.baselineFinish !== null);
}

async function writeText(target: GanttTarget, text: string, file: string, ctx: Context) {
  if (target.format === 'stdout') return ctx.out(text);
  await writeFileAtomic(target.path, text, { protect: [resolve(ctx.cwd, file)] });
}

export async function ganttCommand(
  file: string,
  opts: GanttCliOptions,
  ctx: Context,
): Promise<number> {
  const targets = ganttTargets(opts.output, file, ctx.cwd);
  checkOutputs(targets.filter((t) => t.format !== 'stdout').map((t) => t.path));
  const statusDate = opts.statusDate ?? null;
  const rendered = targets.filter(needsBrowser);
  // The browser starts while the plan is loaded and scheduled.
  const renderer =
    rendered.length === 0
      ? null
      : openRenderer(
          { browser: opts.browser, env: ctx.env, protect: [resolve(ctx.cwd, file)] },
          rendered.map((t) => t.path),
        );
  try {
    const { plan } = await loadValidPlan(file, ctx, statusDate);
    const base = await baselineOf(opts.baseline, file, ctx.cwd);
    const schedule = schedulePlan(plan, { statusDate, baseline: base.schedule });
    if (base.wanted && !hasBaseline(schedule)) {
      ctx.err('warning: no task has a baseline; the chart shows the forecast only\n');
    }
    const options: GanttTextOptions = {
      level: opts.level,
      baseline: base.wanted,
      language: opts.lang ?? plan.project.language,
    };
    if (renderer !== null) {
      const text = renderGanttText(plan, schedule, options);
      checkChartSize(text, opts.level);
      await renderer.render(
        rendered.map((t) => ({ text, output: t.path })),
        {
          config: { themeCSS: GANTT_THEME_CSS },
          transformSvg: (svg) => localizeAxis(svg, options.language),
        },
      );
    }
    await writeTextTargets(targets, plan, schedule, options, file, ctx);
  } finally {
    await renderer?.close();
  }
  for (const target of targets) if (target.format !== 'stdout') ctx.err(`wrote ${target.name}\n`);
  return 0;
}

async function writeTextTargets(
  targets: GanttTarget[],
  plan: Plan,
  schedule: Schedule,
  options: GanttTextOptions,
  file: string,
  ctx: Context,
) {
  // Text that GitHub or GitLab render: month numbers where their axis would speak English.
  const text = renderGanttText(plan, schedule, { ...options, axis: 'numeric' });
  const warning = targets.some((t) => !needsBrowser(t))
    ? hostedSizeWarning(text, options.level)
    : null;
  if (warning !== null) ctx.err(warning);
  for (const target of targets) {
    if (target.format === 'md') {
      const page = renderGanttMarkdown({
        title: plan.project.title,
        statusDate: schedule.project.statusDate,
        language: options.language,
        chart: text,
      });
      await writeText(target, page, file, ctx);
    } else if (target.format === 'mmd' || target.format === 'stdout') {
      await writeText(target, text, file, ctx);
    }
  }
}
