/**
 * A schedule as Mermaid Gantt text. planwerk hands Mermaid only explicit ISO start and end
 * dates (end exclusive); no `after`, no durations, no `excludes`, no clock-dependent today line.
 */
import { toDay } from '../core/dates.js';
import type { Language, Plan } from '../core/plan.js';
import type { Schedule } from '../core/schedule.js';
import { ganttLabels } from './gantt-labels.js';
import { ganttSections, nextDay, type GanttLevel, type GanttRow } from './gantt-rows.js';
import { createIdMaker, escapeMermaidText } from './mermaid-text.js';

export interface GanttTextOptions {
  level: GanttLevel;
  baseline: boolean;
  language: Language;
  /**
   * 'names' (default): month names, translated after rendering (see localizeAxis);
   * 'numeric': month numbers, for German text that GitHub or GitLab render in English.
   */
  axis?: 'names' | 'numeric';
}

const ROW_PREFIX: Record<GanttRow['kind'], string> = {
  task: 't',
  baseline: 'b',
  interruption: 'i',
  phase: 'p',
};

/**
 * Styles for a rendered chart: interruptions grey and dashed, baseline bars hollow. Mermaid
 * names each bar `<chart id>-<row id>`, and the row ids start with their kind (i_, b_).
 */
export const GANTT_THEME_CSS = [
  'rect.task[id*="-i_"] { fill: #e4e4e4 !important; stroke: #8a8a8a !important; ' +
    'stroke-dasharray: 5 3; }',
  'text[id*="-i_"] { fill: #333 !important; font-style: italic; }',
  'rect.task[id*="-b_"] { fill: #fff !important; stroke: #8a8a8a !important; ' +
    'stroke-dasharray: 3 3; }',
  'text[id*="-b_"] { fill: #555 !important; }',
].join('\n');

/** Section titles longer than this wrap onto several lines at spaces. */
const SECTION_WRAP = 30;

/** Ticks and their labels chosen for the span of the chart, in days. */
export function axisFor(days: number, language: Language, axis: 'names' | 'numeric') {
  const month = axis === 'numeric' && language === 'de' ? '%m.%Y' : '%b %Y';
  if (days <= 45) return { interval: '1week', format: language === 'de' ? '%d.%m.' : '%d %b' };
  if (days <= 200) return { interval: '1month', format: month };
  if (days <= 915) return { interval: '3month', format: month };
  if (days <= 2200) return { interval: '6month', format: month };
  return { interval: '12month', format: '%Y' };
}

export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

function sectionLine(name: string): string {
  return `  section ${wrapWords(name, SECTION_WRAP).map(escapeMermaidText).join('<br>')}`;
}

function frontMatter(sectionWidth: number): string[] {
  const leftPadding = Math.min(260, Math.max(90, Math.round(sectionWidth * 6.2) + 24));
  return [
    '---',
    'config:',
    '  gantt:',
    '    useWidth: 1400',
    `    leftPadding: ${leftPadding}`,
    '    rightPadding: 40',
    '    barHeight: 20',
    '    barGap: 6',
    '    fontSize: 12',
    '    sectionFontSize: 12',
    '    numberSectionStyles: 4',
    '---',
  ];
}

export function renderGanttText(plan: Plan, schedule: Schedule, options: GanttTextOptions) {
  const labels = ganttLabels(options.language);
  const sections = ganttSections(plan, schedule, { ...options, labels });
  const rows = sections.flatMap((s) => s.rows);
  const statusDate = schedule.project.statusDate;
  const starts = rows.map((r) => toDay(r.start));
  const ends = [...rows.map((r) => toDay(r.end)), ...(statusDate ? [toDay(statusDate) + 1] : [])];
  const span = rows.length === 0 ? 0 : Math.max(...ends) - Math.min(...starts);
  const axis = axisFor(span, options.language, options.axis ?? 'names');
  const makeId = createIdMaker();
  const line = (row: GanttRow): string => {
    const data = [...row.tags, makeId(ROW_PREFIX[row.kind], row.ref), row.start, row.end];
    return `  ${escapeMermaidText(row.label)}: ${data.join(', ')}`;
  };
  const widest = Math.max(
    0,
    ...sections.flatMap((s) => wrapWords(s.name, SECTION_WRAP)).map((l) => l.length),
  );
  const body = sections.flatMap((s) => [sectionLine(s.name), ...s.rows.map(line)]);
  const marker =
    statusDate === null
      ? []
      : [
          `  ${escapeMermaidText(`${labels.statusDate} ${labels.formatDate(statusDate)}`)}: ` +
            `vert, status_date, ${nextDay(statusDate)}, ${nextDay(statusDate)}`,
        ];
  return [
    ...frontMatter(widest),
    'gantt',
    `  title ${escapeMermaidText(plan.project.title)}`,
    '  dateFormat YYYY-MM-DD',
    `  axisFormat ${axis.format}`,
    `  tickInterval ${axis.interval}`,
    '  todayMarker off',
    '  %% planwerk computed every date; end dates are exclusive (the day after the finish).',
    ...body,
    ...marker,
    '',
  ].join('\n');
}
