/**
 * Renders Mermaid text to SVG, PNG or PDF with one headless browser for all jobs, through
 * @mermaid-js/mermaid-cli. Every SVG is checked (no syntax-error graphic, no NaN) before it is
 * written; every file is written atomically and never over a protected input.
 */
import { extname } from 'node:path';
import type { ParseMDDOptions } from '@mermaid-js/mermaid-cli';
import type { Browser } from 'puppeteer';
import { UsageError } from '../errors.js';
import { svgProblems } from '../render/svg-problems.js';
import { withBrowser } from './launch-browser.js';
import { rasterizeSvg } from './rasterize-svg.js';
import { writeFileAtomic } from './write-file-atomic.js';

export interface RenderJob {
  text: string;
  /** .svg, .png or .pdf */
  output: string;
}

export interface RenderOptions {
  /** The --browser option. */
  browser?: string;
  env: NodeJS.ProcessEnv;
  /** Files that must never be overwritten (the plan). */
  protect?: string[];
  /** Mermaid configuration laid over planwerk's defaults. */
  config?: Record<string, unknown>;
  /** Applied to every SVG before it is written or turned into PNG/PDF. */
  transformSvg?: (svg: string) => string;
  /** Longest time one chart may take, in milliseconds (default 90 s). */
  timeoutMs?: number;
}

export const RENDER_FORMATS = ['svg', 'png', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** Mermaid's own limit is 50,000 characters; large plans need more, and get it on purpose. */
export const MAX_TEXT_SIZE = 5_000_000;
const PARALLEL_PAGES = 4;

const BASE_CONFIG = {
  theme: 'default',
  securityLevel: 'strict',
  maxTextSize: MAX_TEXT_SIZE,
  deterministicIds: true,
  deterministicIDSeed: 'planwerk',
};

export function formatOf(output: string): RenderFormat {
  const ext = extname(output).slice(1).toLowerCase();
  const format = RENDER_FORMATS.find((f) => f === ext);
  if (format === undefined) {
    throw new UsageError(`cannot render ${output}: the name must end in .svg, .png or .pdf`);
  }
  return format;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(ms / 1000);
      reject(new UsageError(`${what} took longer than ${seconds} s; the chart is too large`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function svgOf(browser: Browser, text: string, options: RenderOptions): Promise<string> {
  const { renderMermaid: render } = await import('@mermaid-js/mermaid-cli');
  const mermaidConfig = { ...BASE_CONFIG, ...options.config } as ParseMDDOptions['mermaidConfig'];
  let data: Uint8Array;
  try {
    ({ data } = await render(browser, text, 'svg', {
      mermaidConfig,
      backgroundColor: 'white',
      svgId: 'planwerk',
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(`Mermaid could not render the chart: ${reason}`);
  }
  const svg = new TextDecoder().decode(data);
  const problems = svgProblems(svg);
  if (problems.length > 0) throw new Error(`Mermaid drew a broken chart: ${problems.join('; ')}`);
  return options.transformSvg === undefined ? svg : options.transformSvg(svg);
}

async function renderJob(browser: Browser, job: RenderJob, options: RenderOptions) {
  const format = formatOf(job.output);
  const work = async (): Promise<string | Uint8Array> => {
    const svg = await svgOf(browser, job.text, options);
    return format === 'svg' ? svg : rasterizeSvg(browser, svg, format);
  };
  return withTimeout(work(), options.timeoutMs ?? 90_000, `rendering ${job.output}`);
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  }
  return results;
}

/** Renders every job with one browser; writes only once all charts have rendered. */
export async function renderMermaid(jobs: RenderJob[], options: RenderOptions): Promise<void> {
  if (jobs.length === 0) return;
  jobs.forEach((job) => formatOf(job.output));
  const outputs = jobs.map((job) => job.output);
  await withBrowser({ browser: options.browser, env: options.env, outputs }, async (browser) => {
    const contents = await inBatches(jobs, PARALLEL_PAGES, (job) =>
      renderJob(browser, job, options),
    );
    for (const [i, job] of jobs.entries()) {
      await writeFileAtomic(job.output, contents[i] ?? '', { protect: options.protect });
    }
  });
}

/** The SVG text of one chart (for pages that embed it). */
export async function renderSvg(text: string, options: RenderOptions): Promise<string> {
  return withBrowser({ browser: options.browser, env: options.env }, (browser) =>
    withTimeout(svgOf(browser, text, options), options.timeoutMs ?? 90_000, 'rendering'),
  );
}
