/**
 * The milestone trend analysis as Mermaid text (`xychart-beta`), for .mmd and .md. The x axis
 * takes the report dates as categories; the y axis is numeric, so forecasts are decimal years
 * (2025.5 is the start of July 2025). An xychart line needs a value at every report date, so
 * only milestones the plan had at every valid report date get a line; the Markdown version adds
 * a table with every value. The SVG and PNG charts are drawn by trend-svg.ts instead.
 */
import { daysInMonth, toDay, yearOf } from '../core/dates.js';
import { chartHistory, supersededCount, validRows, type History } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { escapeMarkdown, fenceMarkdown } from './escape.js';
import { PALETTE } from './trend-series.js';

const WORDS = {
  de: {
    title: 'Meilensteintrendanalyse',
    x: 'Berichtsdatum',
    y: 'Prognose (Jahr)',
    finish: 'Projektende',
    missing: 'nicht in jedem Stand, daher ohne Linie',
    commit: 'Commit',
    commitDate: 'Commit-Datum',
    invalid: 'ungültig',
    superseded: 'Mehrere Commits mit demselben Berichtsdatum: das Diagramm zeigt je den letzten.',
  },
  en: {
    title: 'Milestone trend analysis',
    x: 'Report date',
    y: 'Forecast (year)',
    finish: 'Project finish',
    missing: 'not in every version, so no line',
    commit: 'commit',
    commitDate: 'commit date',
    invalid: 'invalid',
    superseded: 'Several commits with the same report date: the chart shows the last of them.',
  },
};

export function renderTrendMermaid(all: History, language: Language = 'en'): string {
  const words = WORDS[language];
  const history = chartHistory(all);
  const rows = validRows(history);
  const full = history.milestones.filter((m) =>
    rows.every((r) => r.milestones[m.id] !== undefined),
  );
  const partial = history.milestones.filter((m) => !full.includes(m));
  const values = rows.flatMap((r) => [r.finish ?? r.reportDate, ...Object.values(r.milestones)]);
  const years = values.map(decimalYear);
  const yearFloor = Math.floor(Math.min(...years, 9999));
  const colors = [...full.map((_, i) => PALETTE[i % PALETTE.length]), '#222222'].join(', ');
  const lines = [
    ...['---', 'config:', '  themeVariables:', '    xyChart:'],
    `      plotColorPalette: "${colors}"`,
    '---',
    'xychart-beta',
    `  title "${quote(words.title)}"`,
    `  x-axis "${words.x}" [${rows.map((r) => `"${r.reportDate}"`).join(', ')}]`,
    `  y-axis "${words.y}" ${yearFloor} --> ${Math.ceil(Math.max(...years, 0))}`,
    ...full.map((m) =>
      line(
        m.name,
        rows.map((r) => r.milestones[m.id] ?? r.reportDate),
      ),
    ),
    line(
      words.finish,
      rows.map((r) => r.finish ?? r.reportDate),
    ),
    ...partial.map((m) => `  %% ${quote(m.name)} (${m.id}): ${words.missing}`),
  ];
  return rows.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function line(title: string, dates: string[]): string {
  return `  line "${quote(title)}" [${dates.map((d) => decimalYear(d).toFixed(3)).join(', ')}]`;
}

/** 2025-07-01 → 2025.496: the year plus the fraction of it gone before the day. */
export function decimalYear(date: string): number {
  const day = toDay(date);
  const year = yearOf(day);
  const first = toDay(`${year}-01-01`);
  const length = daysInMonth(year, 2) === 29 ? 366 : 365;
  return year + (day - first) / length;
}

/** Mermaid strings end at a double quote, and a line at a newline. */
function quote(text: string): string {
  return text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
}

/**
 * The chart in a mermaid block, then a table of every commit by report date; the commit date
 * gets a column when it differs from the report date anywhere.
 */
export function renderTrendMarkdown(history: History, language: Language = 'en'): string {
  const words = WORDS[language];
  const chart = renderTrendMermaid(history, language);
  const ids = history.milestones;
  const dated = history.rows.some((r) => r.date !== r.reportDate);
  const names = ids.map((m) => escapeMarkdown(m.name));
  const head = [
    words.x,
    words.commit,
    ...(dated ? [words.commitDate] : []),
    words.finish,
    ...names,
  ];
  const body = history.rows.map((r) => {
    const cells =
      r.error !== null
        ? [words.invalid, ...ids.map(() => '')]
        : [r.finish ?? '', ...ids.map((m) => r.milestones[m.id] ?? '–')];
    const commit = [`\`${r.commit.slice(0, 7)}\``, ...(dated ? [r.date] : [])];
    return [r.reportDate, ...commit, ...cells];
  });
  const table = [head, head.map(() => '---'), ...body].map((c) => `| ${c.join(' | ')} |`);
  const parts = [
    `# ${words.title}`,
    chart === '' ? '' : fenceMarkdown(chart, 'mermaid'),
    supersededCount(history) > 0 ? words.superseded : '',
    table.join('\n'),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
