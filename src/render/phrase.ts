/** Report labels per language (templates/labels.<lang>.json) and sentences made from them. */
import type { ResolutionStatus } from '../core/plan.js';

export type ReportLabels = Record<string, string> & {
  status?: Record<ResolutionStatus, string>;
};

/** A label with `{name}` placeholders filled; a missing label is shown as its key. */
export function phrase(
  labels: ReportLabels,
  key: string,
  params: Record<string, string> = {},
): string {
  const label = labels[key];
  const text = typeof label === 'string' ? label : key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}
