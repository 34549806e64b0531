/**
 * `plan report FILE -o report.md|report.html`: the decision-control report. The plan's
 * language chooses the template (`--lang` overrides). The Markdown report carries the Gantt
 * chart as a `mermaid` block; the HTML report as inline SVG drawn by a headless browser. When
 * no browser exists, the HTML report is still written, with the Mermaid text in place of the
 * chart and a warning (a named --browser that fails stays an error, exit 2).
 */
import { extname, resolve } from 'node:path';
import type { ReportCliOptions } from '../cli.js';
import type { Context } from '../context.js';
import { createCalendar } from '../core/calendar.js';
import type { Language, Plan } from '../core/plan.js';
import { buildReportModel, type ReportModel } from '../core/report-model.js';
import type { Schedule } from '../core/schedule.js';
import { schedulePlan } from '../core/scheduler.js';
import { UsageError } from '../errors.js';
import { readLabels, readTemplate } from '../io/read-template.js';
import { loadBaselineSchedule } from '../io/load-baseline.js';
import { readPlanHistory } from '../io/read-history.js';
import { renderSvg } from '../io/render-mermaid.js';
import { checkOutputs, writeFileAtomic } from '../io/write-file-atomic.js';
import { localizeAxis } from '../render/gantt-labels.js';
import { GANTT_THEME_CSS, renderGanttText } from '../render/mermaid-gantt.js';
import { renderReportHtml, type ReportChart } from '../render/report-html.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { countRows } from './gantt-size.js';
import { loadValidPlan } from './load-valid-plan.js';

type Format = 'md' | 'html';

function formatOf(output: string): Format {
  const ext = extname(output).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(`-o ${output}: a report is .md or .html`);
}

export async function reportCommand(
  file: string,
  opts: ReportCliOptions,
  ctx: Context,
): Promise<number> {
  if (opts.output.length === 0)
    throw new UsageError('name the report file: -o report.md or -o report.html');
  const targets = opts.output.map((output) => ({ output, format: formatOf(output) }));
  checkOutputs(
    targets.map((t) => resolve(ctx.cwd, t.output)),
    { protect: [resolve(ctx.cwd, file)] },
  );
  const { plan } = await loadValidPlan(file, ctx, opts.statusDate);
  // Scheduled as `plan schedule` does; a plan without a status date is reported as of today.
  const asOf = opts.statusDate ?? plan.project.statusDate ?? null;
  const statusDate = asOf ?? ctx.today;
  const baseline =
    opts.baseline === undefined ? null : await loadBaselineSchedule(opts.baseline, file, ctx.cwd);
  const schedule = schedulePlan(plan, { statusDate: asOf, baseline });
  const trend = await readPlanHistory(file, ctx.cwd);
  const calendar = createCalendar(plan);
  const model = buildReportModel({
    plan,
    schedule,
    statusDate,
    isWorkingDay: (day) => calendar.isWorkingDay(day),
    trend,
  });
  const language = opts.lang ?? plan.project.language;
  for (const target of targets) {
    const text =
      target.format === 'md'
        ? await markdownReport(model, plan, schedule, language, file)
        : await htmlReport(model, plan, schedule, language, file, opts, ctx);
    await writeFileAtomic(resolve(ctx.cwd, target.output), text, {
      protect: [resolve(ctx.cwd, file)],
    });
    ctx.err(`wrote ${target.output}\n`);
  }
  return 0;
}

/** A chart on a report page stays legible up to this many rows; beyond, one bar per phase. */
const REPORT_MAX_ROWS = 150;

function ganttText(plan: Plan, schedule: Schedule, language: Language, numeric: boolean) {
  const baseline = schedule.tasks.some((t) => t.baselineFinish !== null);
  const axis = numeric ? 'numeric' : 'names';
  const tasks = renderGanttText(plan, schedule, { level: 'tasks', baseline, language, axis });
  if (countRows(tasks) <= REPORT_MAX_ROWS) return tasks;
  return renderGanttText(plan, schedule, { level: 'phases', baseline, language, axis });
}

async function markdownReport(
  model: ReportModel,
  plan: Plan,
  schedule: Schedule,
  language: Language,
  file: string,
): Promise<string> {
  return renderReportMarkdown({
    model,
    template: await readTemplate(`report.${language}.md`),
    labels: await readLabels(language),
    language,
    // Month numbers on the axis: GitHub and GitLab render Mermaid with English month names.
    ganttMermaid: ganttText(plan, schedule, language, true),
    file,
  });
}

async function htmlReport(
  model: ReportModel,
  plan: Plan,
  schedule: Schedule,
  language: Language,
  file: string,
  opts: ReportCliOptions,
  ctx: Context,
): Promise<string> {
  return renderReportHtml({
    model,
    template: await readTemplate('report.html'),
    css: await readTemplate('report.css'),
    labels: await readLabels(language),
    language,
    chart: await ganttChart(ganttText(plan, schedule, language, false), language, opts, ctx),
    file,
  });
}

async function ganttChart(
  text: string,
  language: Language,
  opts: ReportCliOptions,
  ctx: Context,
): Promise<ReportChart> {
  try {
    const svg = await renderSvg(text, {
      browser: opts.browser,
      env: ctx.env,
      config: { themeCSS: GANTT_THEME_CSS },
      transformSvg: (s) => localizeAxis(s, language),
    });
    return { kind: 'svg', svg };
  } catch (error) {
    if (!(error instanceof UsageError) || opts.browser !== undefined) throw error;
    ctx.err(`warning: the Gantt chart is written as Mermaid text: ${error.message}\n`);
    return { kind: 'mermaid', text };
  }
}
