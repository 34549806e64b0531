/**
 * Starts a headless Chromium as a child process and waits for its DevTools address. Started
 * this way, the browser boots while Node is still loading puppeteer and the plan.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { UsageError } from '../errors.js';

export interface SpawnedBrowser {
  child: ChildProcess;
  /** ws://… address for puppeteer.connect. */
  endpoint: Promise<string>;
}

/** The flags puppeteer itself would pass for a headless browser, plus ours. */
export function headlessArgs(extra: string[], profile: string): string[] {
  return [
    '--headless=new',
    '--hide-scrollbars',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    '--disable-hang-monitor',
    '--disable-popup-blocking',
    '--disable-prompt-on-repost',
    '--password-store=basic',
    '--use-mock-keychain',
    ...extra,
    'about:blank',
  ];
}

const LISTENING = /DevTools listening on (ws:\/\/\S+)/;
const START_TIMEOUT_MS = 30_000;

function startFailure(path: string, reason: string): UsageError {
  return new UsageError(`cannot start the browser ${path}: ${reason}`);
}

/** Spawns the browser in its own process group (so it can be killed with its helpers). */
export function spawnBrowser(path: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(path, args, {
    env: { ...env, TZ: 'UTC' },
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => reject(startFailure(path, 'no answer within 30 s')),
      START_TIMEOUT_MS,
    );
    const settle = (fn: () => void): void => {
      clearTimeout(timer);
      child.stderr?.removeAllListeners('data');
      child.stderr?.resume();
      fn();
    };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      log += chunk;
      const found = LISTENING.exec(log);
      if (found?.[1] !== undefined) settle(() => resolve(found[1] as string));
    });
    child.once('error', (error) => settle(() => reject(startFailure(path, error.message))));
    child.once('exit', (code, signal) => {
      const last = log.trim().split('\n').slice(-3).join(' / ');
      settle(() => reject(startFailure(path, `it exited (${signal ?? code}) ${last}`.trim())));
    });
  });
  endpoint.catch(() => undefined);
  return { child, endpoint } satisfies SpawnedBrowser;
}
