/** The words of the schedule table, in the plan's language. */
import type { Language } from '../core/plan.js';
import type { Conflict, ScheduledTask } from '../core/schedule.js';

export interface ScheduleLabels {
  title: (project: string, statusDate: string | null) => string;
  head: { id: string; name: string; start: string; finish: string; days: string; float: string };
  milestones: string;
  milestoneHead: { date: string; baseline: string; slip: string; slipCalendar: string };
  noPhase: string;
  conflicts: string;
  noConflicts: string;
  projectFinish: string;
  criticalPath: string;
  pathText: (ids: string[]) => string;
  legend: string;
  days: (n: number) => string;
  /** One conflict as a sentence; `task` is the scheduled task it concerns. */
  conflict: (c: Conflict, task: ScheduledTask | undefined) => string;
  formatDate: (iso: string) => string;
}

const DE: ScheduleLabels = {
  title: (project, status) =>
    `Zeitplan ${project}` + (status === null ? '' : `, Stand ${formatDe(status)}`),
  head: {
    id: 'Vorgang',
    name: 'Name',
    start: 'Beginn',
    finish: 'Ende',
    days: 'AT',
    float: 'Puffer',
  },
  milestones: 'Meilensteine',
  milestoneHead: { date: 'Termin', baseline: 'Basisplan', slip: 'Verzug', slipCalendar: 'Tage' },
  noPhase: 'Ohne Phase',
  conflicts: 'Konflikte',
  noConflicts: 'Keine Konflikte.',
  projectFinish: 'Projektende',
  criticalPath: 'Kritischer Pfad',
  pathText: (ids) => (ids.length === 0 ? 'keiner, alle Vorgänge haben Puffer' : ids.join(', ')),
  legend:
    'AT, Puffer und Verzug in Arbeitstagen, Tage: Kalendertage\n' +
    '! kritisch (Puffer ≤ 0) · ⚑ durch eine Unterbrechung pausiert oder verschoben' +
    ' · ✓ erledigt',
  days: (n) => `${n} ${Math.abs(n) === 1 ? 'Arbeitstag' : 'Arbeitstage'}`,
  conflict: (c, task) => {
    const name = task === undefined ? c.task : `„${task.name}“ (${c.task})`;
    const days = DE.days(c.days);
    if (c.kind === 'deadline') {
      return `${name} endet ${days} nach der Frist ${formatDe(task?.deadline ?? '')}`;
    }
    const date = task === undefined ? '' : ` ${formatDe(task.finish)}`;
    return `${name}: die Vorgänger enden ${days} nach dem festen Termin${date}`;
  },
  formatDate: formatDe,
};

const EN: ScheduleLabels = {
  title: (project, status) => `Schedule ${project}` + (status === null ? '' : `, as of ${status}`),
  head: { id: 'id', name: 'name', start: 'start', finish: 'finish', days: 'days', float: 'float' },
  milestones: 'Milestones',
  milestoneHead: { date: 'date', baseline: 'baseline', slip: 'slip', slipCalendar: 'cal. days' },
  noPhase: 'Outside any phase',
  conflicts: 'Conflicts',
  noConflicts: 'No conflicts.',
  projectFinish: 'Project finish',
  criticalPath: 'Critical path',
  pathText: (ids) => (ids.length === 0 ? 'none, every task has float' : ids.join(', ')),
  legend:
    'days, float and slip in working days; cal. days: calendar days\n' +
    '! critical (float ≤ 0) · ⚑ paused or moved by an interruption · ✓ done',
  days: (n) => `${n} working ${Math.abs(n) === 1 ? 'day' : 'days'}`,
  conflict: (c) => c.message,
  formatDate: (iso) => iso,
};

/** A calendar day the German way: 05.04.2024. */
export function formatDe(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function scheduleLabels(language: Language): ScheduleLabels {
  return language === 'de' ? DE : EN;
}
