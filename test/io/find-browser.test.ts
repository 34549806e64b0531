import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrowser } from '../../src/io/find-browser.js';
import { browserArgs } from '../../src/io/launch-browser.js';
import { UsageError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

function fakeBrowser(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

const none = { knownPaths: [], cachedBrowser: () => Promise.resolve(null) };

describe('findBrowser', () => {
  test('when --browser names an executable then it is used before anything else', async () => {
    const dir = tempDir();
    const explicit = fakeBrowser(join(dir, 'a'), 'my-chrome');
    const onPath = fakeBrowser(join(dir, 'b'), 'chromium');
    const env = { PATH: join(dir, 'b'), PUPPETEER_EXECUTABLE_PATH: onPath };
    await expect(findBrowser({ explicit, env, ...none })).resolves.toBe(explicit);
  });

  test('when --browser names nothing that runs then it is a usage error naming it', async () => {
    const found = findBrowser({ explicit: '/nowhere/chrome', env: {}, ...none });
    await expect(found).rejects.toThrow(UsageError);
    await expect(found).rejects.toThrow('/nowhere/chrome');
  });

  test('when PUPPETEER_EXECUTABLE_PATH is set then it wins over PATH', async () => {
    const dir = tempDir();
    const fromEnv = fakeBrowser(join(dir, 'a'), 'chrome-for-testing');
    fakeBrowser(join(dir, 'b'), 'chromium');
    const env = { PATH: join(dir, 'b'), PUPPETEER_EXECUTABLE_PATH: fromEnv };
    await expect(findBrowser({ env, ...none })).resolves.toBe(fromEnv);
  });

  test('when only PATH has a browser then the first known name on PATH is used', async () => {
    const dir = tempDir();
    fakeBrowser(join(dir, 'a'), 'google-chrome');
    const chromium = fakeBrowser(join(dir, 'b'), 'chromium');
    const env = { PATH: `${join(dir, 'a')}:${join(dir, 'b')}` };
    await expect(findBrowser({ env, ...none })).resolves.toBe(chromium);
  });

  test('when no browser exists anywhere then the message says what to install', async () => {
    const found = findBrowser({ env: { PATH: tempDir() }, ...none });
    await expect(found).rejects.toThrow(UsageError);
    await expect(found).rejects.toThrow(/apt-get install chromium.*PUPPETEER_EXECUTABLE_PATH/);
  });

  test('when puppeteer has a browser in its cache then that is the last resort', async () => {
    const cached = fakeBrowser(join(tempDir(), 'cache'), 'chrome');
    const options = {
      env: { PATH: '' },
      knownPaths: [],
      cachedBrowser: () => Promise.resolve(cached),
    };
    await expect(findBrowser(options)).resolves.toBe(cached);
  });
});

describe('browserArgs', () => {
  test('when running as root then the sandbox is off and the offline flags are set', () => {
    const args = browserArgs(true);
    expect(args).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--no-first-run']),
    );
    expect(args).toEqual(
      expect.arrayContaining([
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    );
  });

  test('when not root then the sandbox stays on', () => {
    expect(browserArgs(false)).not.toContain('--no-sandbox');
  });
});
