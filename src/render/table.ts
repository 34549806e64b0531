import type { TemplateValue } from './fill-template.js';

/** Rows for a template table: `{ rows }`, or null when there are none (no empty table). */
export function table(rows: TemplateValue[]): { rows: TemplateValue[] } | null {
  return rows.length > 0 ? { rows } : null;
}
