/**
 * Reads planwerk's own templates (templates/ beside src/ and dist/ in the package): report
 * templates, their labels per language, and the plan templates of `plan init`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Language } from '../core/plan.js';
import type { ReportLabels } from '../render/phrase.js';

/** The package root: this file is src/io/read-template.ts or dist/io/read-template.js. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates');

export async function readTemplate(name: string): Promise<string> {
  try {
    return await readFile(join(TEMPLATE_DIR, name), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`planwerk's template ${name} is missing (${reason}); reinstall planwerk`);
  }
}

export async function readLabels(language: Language): Promise<ReportLabels> {
  return JSON.parse(await readTemplate(`labels.${language}.json`)) as ReportLabels;
}
