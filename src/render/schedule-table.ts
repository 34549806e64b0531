/**
 * The schedule as a terminal table for the steering group: one block per phase (marks, id,
 * name, start, finish, working days, float), then the milestones with date, baseline and slip,
 * the conflicts, the project finish and a legend. Labels and dates follow the plan's language.
 */
import { Chalk } from 'chalk';
import type { Plan } from '../core/plan.js';
import type { Schedule, ScheduledTask } from '../core/schedule.js';
import { scheduleLabels, type ScheduleLabels } from './schedule-labels.js';
import { alignColumns, truncate, type Align } from './text-table.js';

type Paint = InstanceType<typeof Chalk>;

interface View {
  labels: ScheduleLabels;
  paint: Paint;
  withSlip: boolean;
}

const NAME_WIDTH = 40;

export function formatScheduleTable(schedule: Schedule, plan: Plan, color: boolean): string {
  const labels = scheduleLabels(plan.project.language);
  const paint = new Chalk({ level: color ? 1 : 0 });
  const withSlip = schedule.tasks.some((t) => t.baselineFinish !== null);
  const view: View = { labels, paint, withSlip };
  const status = schedule.project.statusDate;
  const lines = [
    paint.bold(labels.title(plan.project.title, status)),
    '',
    ...phaseBlocks(schedule, plan, view),
    ...milestoneBlock(schedule, view),
    ...conflictBlock(schedule, view),
    `${paint.bold(labels.criticalPath)}: ${labels.pathText(schedule.criticalPath)}`,
    `${paint.bold(labels.projectFinish)}: ${labels.formatDate(schedule.project.finish)}`,
    paint.dim(labels.legend),
  ];
  return `${lines.join('\n')}\n`;
}

function phaseBlocks(schedule: Schedule, plan: Plan, view: View): string[] {
  const { labels, paint } = view;
  const lines: string[] = [];
  for (const phase of plan.phases) {
    const tasks = schedule.tasks.filter((t) => t.phase === phase.id && !t.milestone);
    if (tasks.length === 0) continue;
    lines.push(paint.bold(`${phase.name} (${phase.id})`));
    const h = labels.head;
    const head = ['', h.id, h.name, h.start, h.finish, h.days, h.float];
    if (view.withSlip) head.push(labels.milestoneHead.slip);
    const rows = tasks.map((t) => taskRow(t, view));
    const align: Align[] = ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right'];
    lines.push(...paintRows([head, ...rows], align, [null, ...tasks], paint), '');
  }
  return lines;
}

function taskRow(t: ScheduledTask, view: View): string[] {
  const { formatDate } = view.labels;
  const row = [
    marks(t),
    t.id,
    truncate(t.name, NAME_WIDTH),
    formatDate(t.start),
    formatDate(t.finish),
    String(t.duration),
    floatText(t),
  ];
  if (view.withSlip) row.push(slipText(t));
  return row;
}

function milestoneBlock(schedule: Schedule, view: View): string[] {
  const { labels, paint } = view;
  const milestones = schedule.tasks.filter((t) => t.milestone);
  if (milestones.length === 0) return [];
  const m = labels.milestoneHead;
  const head = [
    '',
    labels.head.id,
    labels.head.name,
    m.date,
    m.baseline,
    m.slip,
    m.slipCalendar,
    labels.head.float,
  ];
  const rows = milestones.map((t) => [
    marks(t),
    t.id,
    truncate(t.name, NAME_WIDTH),
    labels.formatDate(t.finish),
    t.baselineFinish === null ? '—' : labels.formatDate(t.baselineFinish),
    slipText(t),
    t.slipCalendarDays === null ? '—' : signed(t.slipCalendarDays, true),
    floatText(t),
  ]);
  const align: Align[] = ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right'];
  const table = paintRows([head, ...rows], align, [null, ...milestones], paint);
  return [paint.bold(labels.milestones), ...table, ''];
}

function conflictBlock(schedule: Schedule, view: View): string[] {
  const { labels, paint } = view;
  if (schedule.conflicts.length === 0) return [labels.noConflicts, ''];
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  const lines = schedule.conflicts.map(
    (c) => `  ${paint.red('!')} ${labels.conflict(c, byId.get(c.task))}`,
  );
  return [paint.bold(labels.conflicts), ...lines, ''];
}

/** Aligns the rows, then colours them: the header dim, critical work red, done work grey. */
function paintRows(
  rows: string[][],
  align: Align[],
  tasks: (ScheduledTask | null)[],
  paint: Paint,
): string[] {
  return alignColumns(rows, align).map((line, i) => {
    const task = tasks[i];
    if (task === undefined || task === null) return paint.dim(line);
    if (task.status === 'done') return paint.gray(line);
    return task.critical ? paint.red(line) : line;
  });
}

function marks(t: ScheduledTask): string {
  const done = t.status === 'done' ? '✓' : '';
  return `${t.critical ? '!' : ''}${t.interrupted ? '⚑' : ''}${done}`.padEnd(2);
}

function floatText(t: ScheduledTask): string {
  return t.status === 'done' ? '—' : signed(t.float, false);
}

function slipText(t: ScheduledTask): string {
  return t.slipDays === null ? '—' : signed(t.slipDays, true);
}

function signed(n: number, plus: boolean): string {
  return n > 0 && plus ? `+${n}` : String(n);
}
