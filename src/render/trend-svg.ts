/**
 * The milestone trend analysis as SVG, drawn here rather than by Mermaid: both axes are dates
 * (report date across, forecast date up), one line per milestone that breaks where the plan did
 * not have it, the project finish dashed, and the diagonal where forecast = report date, which a
 * milestone reaches when it is done. Invalid report dates are marked on the time axis. Every
 * series has its own hollow marker and the finish is drawn last, so coinciding lines stay
 * visible; months are named in the plan's language.
 */
import { toDay, type Day } from '../core/dates.js';
import { chartHistory, supersededCount, validRows } from '../core/history.js';
import type { History, HistoryRow } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { escapeHtml as esc } from './escape.js';
import { historyLabels } from './history-labels.js';
import { trendMarker } from './trend-marker.js';
import { monthLabel, monthRange, monthTicks, type DateRangeDays } from './trend-ticks.js';
import { trendLegend, trendSeries, type TrendSeries } from './trend-series.js';

const PLOT = { left: 100, top: 56, width: 620, height: 440 };
const MARGIN = 7;
const LEGEND_X = PLOT.left + PLOT.width + 30;
const WIDTH = LEGEND_X + 290;
const LABELS = {
  de: {
    title: 'Meilensteintrendanalyse',
    x: 'Berichtsdatum',
    y: 'Prognose',
    invalid: 'ungültig',
    superseded: ['Mehrere Commits mit demselben', 'Berichtsdatum: es gilt je der letzte.'],
  },
  en: {
    title: 'Milestone trend analysis',
    x: 'Report date',
    y: 'Forecast',
    invalid: 'invalid',
    superseded: ['Several commits with the same report', 'date: the last of them stands for it.'],
  },
};

interface Frame {
  x: DateRangeDays;
  y: DateRangeDays;
}

export function renderTrendSvg(full: History, language: Language = 'en'): string {
  const labels = LABELS[language];
  const history = chartHistory(full);
  const series = trendSeries(history, language);
  const frame = frameOf(history);
  const noteTop = PLOT.top + 12 + series.length * 22;
  const note = supersededCount(full) > 0 ? legendNote(labels.superseded, noteTop) : [];
  const height = Math.max(PLOT.top + PLOT.height + 70, noteTop + 24 + note.length * 16);
  const body = [
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="30" font-size="20" font-weight="bold">${labels.title}</text>`,
    ...grid(frame, labels, language),
    diagonal(frame),
    ...series.flatMap((s) => seriesLines(s, frame)),
    ...series.flatMap((s) => seriesPoints(s, frame, language)),
    ...invalidMarks(history, frame, labels.invalid, language),
    ...trendLegend(series, LEGEND_X, PLOT.top),
    ...note,
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="${WIDTH}" height="${height}" font-family="Helvetica, Arial, sans-serif" ` +
    `font-size="12">\n${body.join('\n')}\n</svg>\n`
  );
}

function frameOf(history: History): Frame {
  const reports = history.rows.map((r) => toDay(r.reportDate));
  const forecasts = validRows(history).flatMap((r) => forecastDays(r));
  const xFrom = Math.min(...reports);
  const xTo = Math.max(...reports);
  const yAll = forecasts.length > 0 ? forecasts : reports;
  // A margin of a few days keeps markers near the first or last day of a month inside the plot.
  const y = monthRange(Math.min(...yAll) - MARGIN, Math.max(...yAll) + MARGIN);
  return { x: monthRange(xFrom, xTo), y };
}

function forecastDays(row: HistoryRow): Day[] {
  return [row.finish ?? row.reportDate, ...Object.values(row.milestones)].map(toDay);
}

const px = (day: Day, f: Frame): number =>
  PLOT.left + ((day - f.x.from) / (f.x.to - f.x.from)) * PLOT.width;
const py = (day: Day, f: Frame): number =>
  PLOT.top + PLOT.height - ((day - f.y.from) / (f.y.to - f.y.from)) * PLOT.height;
const n = (v: number): string => v.toFixed(1);

function grid(f: Frame, labels: (typeof LABELS)['en'], language: Language): string[] {
  const { left, top, width, height } = PLOT;
  const bottom = top + height;
  // German month labels are longer: fewer ticks across.
  const xs = monthTicks(f.x, language === 'de' ? 8 : 12).map((d) => {
    const x = n(px(d, f));
    return (
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e3e3e3"/>` +
      `<text x="${x}" y="${bottom + 16}" text-anchor="middle">${monthLabel(d, language)}</text>`
    );
  });
  const ys = monthTicks(f.y).map((d) => {
    const y = n(py(d, f));
    return (
      `<line x1="${left}" y1="${y}" x2="${left + width}" y2="${y}" stroke="#e3e3e3"/>` +
      `<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">` +
      `${monthLabel(d, language)}</text>`
    );
  });
  return [
    ...xs,
    ...ys,
    `<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#555"/>`,
    `<text x="${left + width / 2}" y="${bottom + 40}" text-anchor="middle" font-size="14">` +
      `${labels.x}</text>`,
    `<text transform="translate(20 ${top + height / 2}) rotate(-90)" text-anchor="middle" ` +
      `font-size="14">${labels.y}</text>`,
  ];
}

/** The line forecast = report date, clipped to the plot. */
function diagonal(f: Frame): string {
  const from = Math.max(f.x.from, f.y.from);
  const to = Math.min(f.x.to, f.y.to);
  if (from >= to) return '';
  const [x1, y1, x2, y2] = [px(from, f), py(from, f), px(to, f), py(to, f)].map(n);
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#999" stroke-dasharray="2 4"/>`;
}

function seriesLines(s: TrendSeries, f: Frame): string[] {
  const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
  const paint = `fill="none" stroke="${s.color}" stroke-width="2"${dash}`;
  return s.runs
    .filter((run) => run.length > 1)
    .map((run) => {
      const points = run.map((p) => `${n(px(toDay(p.report), f))},${n(py(toDay(p.forecast), f))}`);
      return `<polyline points="${points.join(' ')}" ${paint}/>`;
    });
}

function seriesPoints(s: TrendSeries, f: Frame, language: Language): string[] {
  const date = historyLabels(language).formatDate;
  return s.runs.flat().map((p) => {
    const title = `${s.label}: ${date(p.forecast)} (${date(p.report)})`;
    return trendMarker(s.shape, px(toDay(p.report), f), py(toDay(p.forecast), f), s.color, title);
  });
}

function invalidMarks(history: History, f: Frame, word: string, language: Language): string[] {
  const bottom = PLOT.top + PLOT.height;
  const date = historyLabels(language).formatDate;
  return history.rows
    .filter((row) => row.error !== null)
    .map((row) => {
      const x = n(px(toDay(row.reportDate), f));
      const when = `${date(row.reportDate)} ${row.commit.slice(0, 7)}`;
      const title = esc(`${when}: ${word} — ${row.error ?? ''}`);
      return `<path d="M${x} ${bottom} l-5 -9 h10 z" fill="#c00"><title>${title}</title></path>`;
    });
}

function legendNote(lines: string[], top: number): string[] {
  return lines.map(
    (text, i) =>
      `<text x="${LEGEND_X}" y="${top + i * 16}" font-size="11" fill="#555">${esc(text)}</text>`,
  );
}
