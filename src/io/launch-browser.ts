/**
 * Launches one headless browser for a batch of renders and always closes it. While it runs,
 * SIGINT and SIGTERM end the browser, remove planwerk's temporary files and then end the
 * process with the same signal, so an interrupted render leaves no half-written file.
 */
import { mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Browser } from 'puppeteer';
import { UsageError } from '../errors.js';
import { findBrowser } from './find-browser.js';

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

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Removes the temporary files writeFileAtomic leaves beside an output while it writes. */
export function removeTempFiles(outputs: string[]): void {
  for (const output of outputs) {
    const target = canonical(output);
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

async function launch(executablePath: string, env: NodeJS.ProcessEnv, profile: string) {
  const { default: puppeteer } = await import('puppeteer');
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: browserArgs(process.getuid?.() === 0),
      env: { ...env, TZ: 'UTC' },
      userDataDir: profile,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      protocolTimeout: 120_000,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`cannot start the browser ${executablePath}: ${reason}`);
  }
}

/** Kills the browser and its helper processes (puppeteer starts it as a process group). */
function killBrowser(browser: Browser | undefined): void {
  const child = browser?.process();
  if (child?.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

export interface BrowserHandle {
  browser: Browser;
  /** Closes the browser, removes its profile and the signal handlers; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Launches the browser. Until close(), SIGINT and SIGTERM kill it, remove the temporary files
 * of `outputs` and end the process with that signal.
 */
export async function launchBrowser(session: BrowserSession): Promise<BrowserHandle> {
  const executablePath = await findBrowser({ explicit: session.browser, env: session.env });
  const profile = mkdtempSync(join(tmpdir(), 'planwerk-browser-'));
  let browser: Browser | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    killBrowser(browser);
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
    await browser?.close().catch(() => killBrowser(browser));
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    browser = await launch(executablePath, session.env, profile);
  } catch (error) {
    await close();
    throw error;
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
