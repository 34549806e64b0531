/** The JSON Schema of the plan format, read once from schemas/ beside src/ and dist/. */
import { readFileSync } from 'node:fs';
import type { SchemaObject } from 'ajv/dist/2020.js';

export const PLAN_SCHEMA_URL = new URL('../../schemas/plan.schema.json', import.meta.url);

let cached: SchemaObject | undefined;

export function readPlanSchema(): SchemaObject {
  cached ??= JSON.parse(readFileSync(PLAN_SCHEMA_URL, 'utf8')) as SchemaObject;
  return cached;
}
