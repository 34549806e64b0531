/** The JSON Schema of the plan format, read once from schemas/ beside src/ and dist/. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SchemaObject } from 'ajv/dist/2020.js';
import type { Validate } from '../core/check-plan-schema.js';

export const PLAN_SCHEMA_URL = new URL('../../schemas/plan.schema.json', import.meta.url);

/** Written by `npm run build` (scripts/compile-schema.mjs) into dist/generated/. */
const PRECOMPILED_URL = new URL('../generated/plan-schema-validate.cjs', import.meta.url);

let cached: SchemaObject | undefined;

export function readPlanSchema(): SchemaObject {
  cached ??= JSON.parse(readFileSync(PLAN_SCHEMA_URL, 'utf8')) as SchemaObject;
  return cached;
}

/** The validator the build precompiled from the schema, or undefined (e.g. running from src/). */
export function readPrecompiledValidator(): Validate | undefined {
  try {
    const loaded = createRequire(import.meta.url)(PRECOMPILED_URL.pathname) as {
      default?: Validate;
    };
    return typeof loaded.default === 'function' ? loaded.default : undefined;
  } catch {
    return undefined;
  }
}
