/**
 * Finds a Chromium or Chrome for rendering charts, the way users expect: an explicit path
 * (--browser), then PUPPETEER_EXECUTABLE_PATH, then a system browser, then puppeteer's cache.
 * planwerk never downloads a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.js';

/** Browser names looked up on PATH, in order. */
export const BROWSER_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
];

/** Well-known places outside PATH. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'install one (Debian/Ubuntu: apt-get install chromium), or name it with ' +
  '--browser PATH or the environment variable PUPPETEER_EXECUTABLE_PATH';

export interface FindBrowserOptions {
  /** The --browser option. */
  explicit?: string;
  env: NodeJS.ProcessEnv;
  /** Places looked at outside PATH (default: the usual install locations). */
  knownPaths?: string[];
  /** Where puppeteer's own cache would keep a browser; looked up lazily when absent. */
  cachedBrowser?: () => Promise<string | null>;
}

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH, or null. */
export function whichOnPath(name: string, env: NodeJS.ProcessEnv): string | null {
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function checkNamed(path: string, source: string, env: NodeJS.ProcessEnv): string {
  const found = isAbsolute(path) || path.includes('/') ? path : whichOnPath(path, env);
  if (found !== null && isExecutableFile(found)) return found;
  throw new UsageError(`the browser named by ${source} does not exist or cannot run: ${path}`);
}

/** The system browser found on PATH or in a well-known place, or null. */
export function findSystemBrowser(
  env: NodeJS.ProcessEnv,
  knownPaths: string[] = KNOWN_PATHS,
): string | null {
  for (const name of BROWSER_NAMES) {
    const found = whichOnPath(name, env);
    if (found !== null) return found;
  }
  return knownPaths.find(isExecutableFile) ?? null;
}

async function puppeteerCache(): Promise<string | null> {
  try {
    const { default: puppeteer } = await import('puppeteer');
    const path = puppeteer.executablePath();
    return isExecutableFile(path) ? path : null;
  } catch {
    return null;
  }
}

/** The browser to launch; throws UsageError (exit 2) saying what to install when none exists. */
export async function findBrowser(options: FindBrowserOptions): Promise<string> {
  const { explicit, env } = options;
  if (explicit !== undefined && explicit !== '') return checkNamed(explicit, '--browser', env);
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    return checkNamed(fromEnv, 'PUPPETEER_EXECUTABLE_PATH', env);
  }
  const system = findSystemBrowser(env, options.knownPaths);
  if (system !== null) return system;
  const cached = await (options.cachedBrowser ?? puppeteerCache)();
  if (cached !== null) return cached;
  throw new UsageError(
    `SVG, PNG and PDF need Chromium or Chrome, and none was found: ${INSTALL_HINT}. ` +
      '.mmd and .md outputs work without a browser.',
  );
}
