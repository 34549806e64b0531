/** The lines of the trend chart: one per milestone and one for the project finish. */
import type { History } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { escapeHtml as esc } from './escape.js';
import { MILESTONE_SHAPES, trendMarker, type MarkerShape } from './trend-marker.js';

export const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
];

export interface TrendPoint {
  report: string;
  forecast: string;
}

export interface TrendSeries {
  id: string;
  label: string;
  color: string;
  dashed: boolean;
  shape: MarkerShape;
  /** Unbroken runs of points; a run ends where a valid plan lacked the milestone. */
  runs: TrendPoint[][];
}

const FINISH = { de: 'Projektende', en: 'Project finish' };

export function trendSeries(history: History, language: Language): TrendSeries[] {
  const milestones = history.milestones.map((m, i) => ({
    id: m.id,
    label: m.name,
    color: PALETTE[i % PALETTE.length] ?? '#000',
    dashed: i >= PALETTE.length,
    shape: MILESTONE_SHAPES[i % MILESTONE_SHAPES.length] ?? 'circle',
    runs: runsOf(history, (row) => row.milestones[m.id]),
  }));
  const finish = {
    id: '',
    label: FINISH[language],
    color: '#222',
    dashed: true,
    shape: 'ring' as const,
    runs: runsOf(history, (row) => row.finish ?? undefined),
  };
  return [...milestones, finish];
}

function runsOf(
  history: History,
  read: (row: History['rows'][number]) => string | undefined,
): TrendPoint[][] {
  const runs: TrendPoint[][] = [[]];
  for (const row of history.rows.filter((r) => r.error === null)) {
    const forecast = read(row);
    if (forecast === undefined) runs.push([]);
    else runs[runs.length - 1]?.push({ report: row.reportDate, forecast });
  }
  return runs.filter((run) => run.length > 0);
}

export function trendLegend(series: TrendSeries[], x: number, top: number): string[] {
  return series.map((s, i) => {
    const y = top + 8 + i * 22;
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const name = s.label.length > 38 ? `${s.label.slice(0, 37)}…` : s.label;
    return (
      `<line x1="${x}" y1="${y}" x2="${x + 24}" y2="${y}" stroke="${s.color}" ` +
      `stroke-width="2"${dash}/>${trendMarker(s.shape, x + 12, y, s.color)}` +
      `<text x="${x + 32}" y="${y}" dominant-baseline="middle">${esc(name)}</text>`
    );
  });
}
