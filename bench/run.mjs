/**
 * `npm run bench`: runs every benchmark module in bench/ (after the build) and prints one line
 * per measurement. A module is any bench/*.mjs that exports `run()`, returning one result or a
 * list of them: { name, ms, targetMs (null: no target), ok, command? }. To add a section, drop
 * a module here; `node bench/run.mjs schedule history` runs only the named ones.
 */
import console from 'node:console';
import process from 'node:process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);

const modules = readdirSync(HERE)
  .filter((name) => name.endsWith('.mjs') && name !== 'run.mjs')
  .map((name) => name.slice(0, -'.mjs'.length))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = false;
for (const name of modules) {
  const module = await import(pathToFileURL(join(HERE, `${name}.mjs`)).href);
  if (typeof module.run !== 'function') continue;
  console.log(`\n## ${name}`);
  const results = [await module.run()].flat();
  for (const r of results) {
    const target =
      r.targetMs === null || r.targetMs === undefined ? '' : ` (target ${r.targetMs} ms)`;
    console.log(`${r.ok ? 'ok  ' : 'SLOW'} ${r.name}: ${r.ms} ms${target}`);
    if (r.command) console.log(`     $ ${r.command}`);
    failed ||= !r.ok;
  }
}
if (failed) process.exitCode = 1;
