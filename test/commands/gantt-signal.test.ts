import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, tempDir } from '../helpers/cli.js';
import { chainPlan } from './gantt-plans.js';

/** Starts a long render as a real process (needs `npm run build`) and stops it midway. */
function interrupt(dir: string, signal: NodeJS.Signals, afterMs: number) {
  const args = [BIN, 'gantt', 'plan.yaml', '-o', 'c.svg', '-o', 'c.png', '-o', 'c.pdf'];
  const child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
  setTimeout(() => child.kill(signal), afterMs);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, sig) => done({ code, signal: sig })),
  );
}

describe('plan gantt interrupted', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)(
    'when %s arrives during a render then no output or temporary file is left',
    async (signal) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'plan.yaml'), chainPlan(1500));
      const exit = await interrupt(dir, signal, 1500);
      expect(exit.signal).toBe(signal);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    },
  );
});
