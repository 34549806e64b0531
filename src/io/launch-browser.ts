/**
 * Launches one headless browser for a batch of renders and always closes it. While it runs,
 * SIGINT and SIGTERM end the browser, remove planwerk's temporary files and then end the
 * process with the same signal, so an interrupted render leaves no half-written file.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Browser } from 'puppeteer';
import { UsageError } from '../errors.js';
import { findBrowser } from './find-browser.js';
import { headlessArgs, spawnBrowser } from './spawn-browser.js';
import { canonicalPath } from './canonical-path.js';

/** Flags for a headless browser on a machine that may be offline and may run as root. */
export function browserArgs(isRoot: boolean): string[] {
  const offline = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
  ];
  return isRoot ? ['--no-sandbox', '--disable-setuid-sandbox', ...offline] : offline;
}

export interface BrowserSession {
  /** The --browser option. */
  browser?: string;
  env: NodeJS.ProcessEnv;
  /** Output files whose temporary siblings are removed on SIGINT/SIGTERM. */
  outputs?: string[];
}

/** Removes the temporary files writeFileAtomic leaves beside an output while it writes. */
export function removeTempFiles(outputs: string[]): void {
  for (const output of outputs) {
    const target = canonicalPath(output);
    const prefix = `.${basename(target)}.`;
    let names: string[] = [];
    try {
      names = readdirSync(dirname(target));
    } catch {
      continue;
    }
    for (const name of names) {
      if (name.startsWith(prefix) && /\.[0-9a-f]{12}\.tmp$/.test(name)) {
        rmSync(join(dirname(target), name), { force: true });
      }
    }
  }
}

const loadPuppeteer = () => import('puppeteer');
type PuppeteerModule = Awaited<ReturnType<typeof loadPuppeteer>>;

async function connect(endpoint: string, loading: Promise<PuppeteerModule>) {
  const { default: puppeteer } = await loading;
  return puppeteer.connect({
    browserWSEndpoint: endpoint,
    defaultViewport: { width: 800, height: 600 },
    protocolTimeout: 120_000,
  });
}

/** Kills the browser and its helper processes (it runs as its own process group). */
function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Ends a browser whose work is done. Its profile is thrown away anyway, so it is killed rather
 * than asked to shut down, which saves the time of a graceful exit.
 */
async function stopBrowser(child: ChildProcess, browser: Browser | undefined): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    killGroup(child);
    await exited;
  }
  await browser?.disconnect().catch(() => undefined);
}

export interface BrowserHandle {
  browser: Browser;
  /** Ends the browser, removes its profile and the signal handlers; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the browser and connects to it. Until close(), SIGINT and SIGTERM kill it, remove the
 * temporary files of `outputs` and end the process with that signal.
 */
export async function launchBrowser(session: BrowserSession): Promise<BrowserHandle> {
  const executablePath = await findBrowser({ explicit: session.browser, env: session.env });
  const profile = mkdtempSync(join(tmpdir(), 'planwerk-browser-'));
  const args = headlessArgs(browserArgs(process.getuid?.() === 0), profile);
  // Chromium's own temporary files go into the profile, which is removed with the browser.
  const env = { ...session.env, TMPDIR: profile };
  const { child, endpoint } = spawnBrowser(executablePath, args, env);
  // Loaded while the browser boots.
  const puppeteer = loadPuppeteer();
  puppeteer.catch(() => undefined);
  let browser: Browser | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    killGroup(child);
    removeTempFiles(session.outputs ?? []);
    rmSync(profile, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await stopBrowser(child, browser);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    browser = await connect(await endpoint, puppeteer);
  } catch (error) {
    await close();
    if (error instanceof UsageError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`cannot connect to the browser ${executablePath}: ${reason}`);
  }
  return { browser, close };
}

/** Runs `work` with a launched browser; the browser and its profile are gone afterwards. */
export async function withBrowser<T>(
  session: BrowserSession,
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  const handle = await launchBrowser(session);
  try {
    return await work(handle.browser);
  } finally {
    await handle.close();
  }
}
