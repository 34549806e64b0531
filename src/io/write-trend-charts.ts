/**
 * Writes the milestone trend chart by output name: .mmd (Mermaid xychart text), .md (the chart
 * in a Markdown file with a table of every value), .svg (drawn by planwerk), .png and .pdf (that
 * SVG photographed or printed in one headless browser for all of them).
 */
import { extname } from 'node:path';
import type { History } from '../core/history.js';
import type { Language } from '../core/plan.js';
import { UsageError } from '../errors.js';
import { renderTrendMarkdown, renderTrendMermaid } from '../render/trend-chart.js';
import { renderTrendSvg } from '../render/trend-svg.js';
import { withBrowser } from './launch-browser.js';
import { rasterizeSvg } from './rasterize-svg.js';
import { writeFileAtomic } from './write-file-atomic.js';

const KINDS = ['mmd', 'md', 'svg', 'png', 'pdf'] as const;
type Kind = (typeof KINDS)[number];

export interface TrendChartOptions {
  language: Language;
  browser?: string;
  env: NodeJS.ProcessEnv;
  protect: string[];
}

/** The kind of chart an output name asks for; UsageError for any other name. */
export function trendKindOf(output: string): Kind {
  const ext = extname(output).slice(1).toLowerCase();
  const kind = KINDS.find((k) => k === ext);
  if (kind === undefined) {
    throw new UsageError(
      `cannot write the trend chart to ${output}: ` +
        'the name must end in .svg, .png, .pdf, .md or .mmd',
    );
  }
  return kind;
}

export async function writeTrendCharts(
  outputs: string[],
  history: History,
  options: TrendChartOptions,
): Promise<void> {
  const kinds = outputs.map((output) => [output, trendKindOf(output)] as const);
  const svg = renderTrendSvg(history, options.language);
  const write = (output: string, content: string | Uint8Array): Promise<void> =>
    writeFileAtomic(output, content, { protect: options.protect });
  for (const [output, kind] of kinds) {
    if (kind === 'mmd') await write(output, renderTrendMermaid(history, options.language));
    if (kind === 'md') await write(output, renderTrendMarkdown(history, options.language));
    if (kind === 'svg') await write(output, svg);
  }
  const raster = kinds.filter(([, kind]) => kind === 'png' || kind === 'pdf');
  if (raster.length === 0) return;
  const session = { browser: options.browser, env: options.env, outputs };
  await withBrowser(session, async (browser) => {
    for (const [output, kind] of raster) {
      await write(output, await rasterizeSvg(browser, svg, kind === 'png' ? 'png' : 'pdf'));
    }
  });
}
