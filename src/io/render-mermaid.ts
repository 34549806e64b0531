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
import { launchBrowser, withBrowser } from './launch-browser.js';
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

/** Renders each distinct text once and each distinct (text, format) once. */
function createRenderer(browser: Browser, options: RenderOptions) {
  const svgs = new Map<string, Promise<string>>();
  const outputs = new Map<string, Promise<string | Uint8Array>>();
  const svgFor = (text: string): Promise<string> => {
    let svg = svgs.get(text);
    if (svg === undefined) svgs.set(text, (svg = svgOf(browser, text, options)));
    return svg;
  };
  return (job: RenderJob): Promise<string | Uint8Array> => {
    const format = formatOf(job.output);
    const key = `${format}\n${job.text}`;
    let out = outputs.get(key);
    if (out === undefined) {
      const work = svgFor(job.text).then((svg): Promise<string | Uint8Array> | string =>
        format === 'svg' ? svg : rasterizeSvg(browser, svg, format),
      );
      out = withTimeout(work, options.timeoutMs ?? 90_000, `rendering ${job.output}`);
      outputs.set(key, out);
    }
    return out;
  };
}

async function inBatches<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  }
  return results;
}

export interface Renderer {
  /** Renders every job; writes the files only once all of them have rendered. */
  render(jobs: RenderJob[], more?: Pick<RenderOptions, 'config' | 'transformSvg'>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the browser now and renders later: a command can load and schedule its plan while the
 * browser starts. Call close() in a finally.
 */
export function openRenderer(options: RenderOptions, outputs: string[] = []): Renderer {
  const session = { browser: options.browser, env: options.env, outputs };
  const handle = launchBrowser(session);
  // Loaded while the browser starts; rejections surface in render().
  const cli = import('@mermaid-js/mermaid-cli');
  handle.catch(() => undefined);
  cli.catch(() => undefined);
  return {
    async render(jobs, more = {}) {
      jobs.forEach((job) => formatOf(job.output));
      const { browser } = await handle;
      const render = createRenderer(browser, { ...options, ...more });
      const contents = await inBatches(jobs, PARALLEL_PAGES, render);
      for (const [i, job] of jobs.entries()) {
        await writeFileAtomic(job.output, contents[i] ?? '', { protect: options.protect });
      }
    },
    async close() {
      const opened = await handle.catch(() => null);
      await opened?.close();
    },
  };
}

/**
 * Renders every job with one browser and writes the files only once all charts have rendered.
 * A text is drawn once however many outputs it has; PNG and PDF are made from its SVG.
 */
export async function renderMermaid(jobs: RenderJob[], options: RenderOptions): Promise<void> {
  if (jobs.length === 0) return;
  jobs.forEach((job) => formatOf(job.output));
  const renderer = openRenderer(
    options,
    jobs.map((job) => job.output),
  );
  try {
    await renderer.render(jobs);
  } finally {
    await renderer.close();
  }
}

/** The SVG text of one chart (for pages that embed it). */
export async function renderSvg(text: string, options: RenderOptions): Promise<string> {
  return withBrowser({ browser: options.browser, env: options.env }, (browser) =>
    withTimeout(svgOf(browser, text, options), options.timeoutMs ?? 90_000, 'rendering'),
  );
}
