/** The words of a Gantt chart and its legend, in the plan's language. */
import type { Language } from '../core/plan.js';

export interface GanttLabels {
  interruptions: string;
  interruption: string;
  milestones: string;
  statusDate: string;
  part: (n: number) => string;
  baseline: string;
  chart: string;
  legendTitle: string;
  legend: string[];
  formatDate: (iso: string) => string;
}

const DE: GanttLabels = {
  interruptions: 'Unterbrechungen',
  interruption: 'Unterbrechung',
  milestones: 'Meilensteine',
  statusDate: 'Stichtag',
  part: (n) => `(Teil ${n})`,
  baseline: '(Basisplan)',
  chart: 'Zeitplan',
  legendTitle: 'Legende',
  legend: [
    'Balken: Vorgänge mit den von planwerk berechneten Terminen (Prognose).',
    'Grau: erledigt. Hervorgehoben: in Arbeit. Rot: auf dem kritischen Pfad.',
    'Raute: Meilenstein. Senkrechte Linie: Stichtag des Fortschritts.',
    'Eigene Zeile „Unterbrechung“: Projektstopp, an dem nicht gearbeitet wird; ' +
      'ein unterbrochener Vorgang geht danach als „(Teil 2)“ weiter.',
    '„(Basisplan)“: die ursprünglich geplanten Termine zum Vergleich.',
  ],
  formatDate: (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
};

const EN: GanttLabels = {
  interruptions: 'Interruptions',
  interruption: 'Interruption',
  milestones: 'Milestones',
  statusDate: 'Status date',
  part: (n) => `(part ${n})`,
  baseline: '(baseline)',
  chart: 'Schedule',
  legendTitle: 'Legend',
  legend: [
    'Bars: tasks with the dates planwerk computed (forecast).',
    'Grey: done. Highlighted: in progress. Red: on the critical path.',
    'Diamond: milestone. Vertical line: the status date of the progress.',
    'A row of its own, "Interruption": a project stop with no work; ' +
      'a task it paused goes on afterwards as "(part 2)".',
    '"(baseline)": the originally planned dates for comparison.',
  ],
  formatDate: (iso) => iso,
};

export function ganttLabels(language: Language): GanttLabels {
  return language === 'de' ? DE : EN;
}

const MONTHS_DE: Record<string, string> = {
  Mar: 'Mär',
  May: 'Mai',
  Oct: 'Okt',
  Dec: 'Dez',
  March: 'März',
  June: 'Juni',
  July: 'Juli',
  October: 'Oktober',
  December: 'Dezember',
  January: 'Januar',
  February: 'Februar',
};

/**
 * German month names on the date axis of a rendered chart: Mermaid's axis always speaks
 * English, so the tick labels (and only they) are translated in the SVG.
 */
export function localizeAxis(svg: string, language: Language): string {
  if (language !== 'de') return svg;
  return svg.replace(
    /(<g class="tick"[^>]*>(?:(?!<\/g>).)*?<text[^>]*>)([^<]*)(<\/text>)/gs,
    (_, open: string, text: string, close: string) =>
      open + text.replace(/[A-Z][a-z]+/g, (w) => MONTHS_DE[w] ?? w) + close,
  );
}
