/** The words of the history table and the diff text, in the plan's language. */
import type { Language } from '../core/plan.js';
import { formatDe } from './schedule-labels.js';

export interface HistoryLabels {
  /** A date as the plan's language writes it: 2024-02-05 or 05.02.2024. */
  formatDate: (iso: string) => string;
  head: { commit: string; date: string; report: string; subject: string; finish: string };
  noRows: string;
  invalid: string;
  milestones: string;
  movesLegend: string;
  reportLegend: string;
  diff: DiffLabels;
}

export interface DiffLabels {
  workingTree: string;
  noDifferences: string;
  sections: {
    added: string;
    removed: string;
    renamed: string;
    changed: string;
    forecast: string;
    interruptions: string;
    budget: string;
  };
  milestone: string;
  task: string;
  none: string;
  projectFinish: string;
  /** '2024-01-01 to 2024-01-31' */
  span: (from: string, to: string) => string;
  currency: string;
  /** '+5 working days, +7 calendar days' */
  moveDays: (working: string, calendar: string, plural: [boolean, boolean]) => string;
  amount: (value: number) => string;
}

const DE: HistoryLabels = {
  formatDate: formatDe,
  head: { commit: 'Commit', date: 'Datum', report: 'Bericht', subject: 'Betreff', finish: 'Ende' },
  noRows: 'Kein Commit hat den Plan in diesem Zeitraum geändert.',
  invalid: 'ungültig',
  milestones: 'Meilensteine:',
  movesLegend:
    '(+N) die Prognose liegt N Kalendertage später als in der vorigen gültigen Zeile, ' +
    '(-N) früher; - der Meilenstein war nicht im Plan.',
  reportLegend: 'Bericht: der Stand, von dem der Plan spricht (statusDate, sonst Commit-Datum).',
  diff: {
    workingTree: 'Arbeitskopie',
    noDifferences: 'keine Unterschiede in Vorgängen, Prognosen, Unterbrechungen oder Budget.',
    sections: {
      added: 'Hinzugefügt',
      removed: 'Entfernt',
      renamed: 'Umbenannt',
      changed: 'Geändert',
      forecast: 'Prognose',
      interruptions: 'Unterbrechungen',
      budget: 'Budget',
    },
    milestone: 'Meilenstein',
    task: 'Vorgang',
    none: '(ohne)',
    projectFinish: 'Projektende',
    span: (from, to) => `${formatDe(from)} bis ${formatDe(to)}`,
    currency: 'Währung',
    moveDays: (working, calendar, [w, c]) =>
      `${working} Arbeitstag${w ? 'e' : ''}, ${calendar} Kalendertag${c ? 'e' : ''}`,
    amount: (value) => value.toLocaleString('de-DE'),
  },
};

const EN: HistoryLabels = {
  formatDate: (iso) => iso,
  head: { commit: 'commit', date: 'date', report: 'report', subject: 'subject', finish: 'finish' },
  noRows: 'No commits changed the plan in this range.',
  invalid: 'invalid',
  milestones: 'Milestones:',
  movesLegend:
    '(+N) the forecast moved N calendar days later since the previous valid row, ' +
    '(-N) earlier; - the milestone was not in the plan.',
  reportLegend: 'report: the date the plan speaks of (its status date; else the commit date).',
  diff: {
    workingTree: 'working tree',
    noDifferences: 'no differences in tasks, forecasts, interruptions or budget.',
    sections: {
      added: 'Added',
      removed: 'Removed',
      renamed: 'Renamed',
      changed: 'Changed',
      forecast: 'Forecast',
      interruptions: 'Interruptions',
      budget: 'Budget',
    },
    milestone: 'milestone',
    task: 'task',
    none: '(none)',
    projectFinish: 'project finish',
    span: (from, to) => `${from} to ${to}`,
    currency: 'currency',
    moveDays: (working, calendar, [w, c]) =>
      `${working} working ${w ? 'days' : 'day'}, ${calendar} calendar ${c ? 'days' : 'day'}`,
    amount: (value) => value.toLocaleString('en-US'),
  },
};

export function historyLabels(language: Language): HistoryLabels {
  return language === 'de' ? DE : EN;
}
