/**
 * The rows of a Gantt chart, worked out from a schedule: every date is planwerk's own. End
 * dates are exclusive (the day after the finish), so Mermaid never has to add a day.
 */
import { fromDay, toDay } from '../core/dates.js';
import type { Plan } from '../core/plan.js';
import type { Schedule, ScheduledTask } from '../core/schedule.js';
import type { GanttLabels } from './gantt-labels.js';

export type GanttTag = 'done' | 'active' | 'crit' | 'milestone';
export type GanttLevel = 'tasks' | 'phases';

export interface GanttRow {
  /** Plain text as the reader sees it (escaped only when written as Mermaid). */
  label: string;
  kind: 'task' | 'baseline' | 'interruption' | 'phase';
  /** Id of the task, phase or interruption the row stands for. */
  ref: string;
  tags: GanttTag[];
  start: string;
  /** Exclusive: the day after the last day. */
  end: string;
}

export interface GanttSection {
  name: string;
  rows: GanttRow[];
}

export interface RowOptions {
  level: GanttLevel;
  baseline: boolean;
  labels: GanttLabels;
}

export function nextDay(iso: string): string {
  return fromDay(toDay(iso) + 1);
}

function tagsOf(task: Pick<ScheduledTask, 'status' | 'critical' | 'milestone'>): GanttTag[] {
  const tags: GanttTag[] = [];
  if (task.status === 'done') tags.push('done');
  if (task.status === 'active') tags.push('active');
  // The critical path matters for the work still ahead; done work is shown as done.
  if (task.critical && task.status !== 'done') tags.push('crit');
  if (task.milestone) tags.push('milestone');
  return tags;
}

function baselineRow(task: ScheduledTask, labels: GanttLabels): GanttRow[] {
  const finish = task.baselineFinish;
  if (finish === null) return [];
  const start = task.milestone ? finish : (task.baselineStart ?? finish);
  const tags: GanttTag[] = task.milestone ? ['milestone'] : [];
  const label = `${task.name} ${labels.baseline}`;
  return [{ label, kind: 'baseline', ref: task.id, tags, start, end: nextDay(finish) }];
}

function taskRows(task: ScheduledTask, options: RowOptions): GanttRow[] {
  const tags = tagsOf(task);
  const pieces = task.milestone || task.segments.length === 0 ? [task] : task.segments;
  const rows = pieces.map((piece, i) => ({
    label: i === 0 ? task.name : `${task.name} ${options.labels.part(i + 1)}`,
    kind: 'task' as const,
    ref: task.id,
    tags,
    start: task.milestone ? task.finish : piece.start,
    end: nextDay(piece.finish),
  }));
  return options.baseline ? [...rows, ...baselineRow(task, options.labels)] : rows;
}

function minOf(days: string[]): string {
  return days.reduce((a, b) => (b < a ? b : a));
}

function maxOf(days: string[]): string {
  return days.reduce((a, b) => (b > a ? b : a));
}

/** One bar for a phase: from its first start to its last finish, done only when all are. */
function phaseRows(id: string, name: string, tasks: ScheduledTask[], options: RowOptions) {
  const work = tasks.filter((t) => !t.milestone);
  if (work.length === 0) return [];
  const status = work.every((t) => t.status === 'done')
    ? 'done'
    : work.some((t) => t.status !== 'planned')
      ? 'active'
      : 'planned';
  const critical = work.some((t) => t.critical && t.status !== 'done');
  const tags = tagsOf({ status, critical, milestone: false });
  const start = minOf(work.map((t) => t.start));
  const end = nextDay(maxOf(work.map((t) => t.finish)));
  const rows: GanttRow[] = [{ label: name, kind: 'phase', ref: id, tags, start, end }];
  // A phase has a baseline only when every task of it has one; part of one would mislead.
  const withBaseline = work.filter((t) => t.baselineFinish !== null);
  if (options.baseline && withBaseline.length === work.length) {
    const starts = withBaseline.map((t) => t.baselineStart ?? t.baselineFinish ?? '');
    const finishes = withBaseline.map((t) => t.baselineFinish ?? '');
    const label = `${name} ${options.labels.baseline}`;
    const bEnd = nextDay(maxOf(finishes));
    rows.push({ label, kind: 'baseline', ref: id, tags: [], start: minOf(starts), end: bEnd });
  }
  return rows;
}

/** A reason short enough for a bar label: whole words, at most `max` characters, then '…'. */
export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : oneLine.slice(0, max);
  return `${words.replace(/[,;:.]$/, '')}…`;
}

function interruptionSection(plan: Plan, labels: GanttLabels): GanttSection[] {
  const rows = plan.interruptions.map((stop): GanttRow => {
    const label = `${labels.interruption}: ${shorten(stop.reason ?? stop.id, 48)}`;
    const end = nextDay(stop.to);
    return { label, kind: 'interruption', ref: stop.id, tags: [], start: stop.from, end };
  });
  return rows.length > 0 ? [{ name: labels.interruptions, rows }] : [];
}

/** Sections in the plan's order: interruptions first, then every phase, then loose milestones. */
export function ganttSections(plan: Plan, schedule: Schedule, options: RowOptions) {
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  const scheduled = (ids: string[]) =>
    ids.flatMap((id) => {
      const task = byId.get(id);
      return task === undefined ? [] : [task];
    });
  const phases = plan.phases.map((phase): GanttSection => {
    const tasks = scheduled(phase.tasks.map((t) => t.id));
    const rows =
      options.level === 'phases'
        ? [
            ...phaseRows(phase.id, phase.name, tasks, options),
            ...tasks.filter((t) => t.milestone).flatMap((t) => taskRows(t, options)),
          ]
        : tasks.flatMap((t) => taskRows(t, options));
    return { name: phase.name, rows };
  });
  const loose = scheduled(plan.milestones.map((m) => m.id)).flatMap((t) => taskRows(t, options));
  const milestones = loose.length > 0 ? [{ name: options.labels.milestones, rows: loose }] : [];
  return [...interruptionSection(plan, options.labels), ...phases, ...milestones].filter(
    (section) => section.rows.length > 0,
  );
}
