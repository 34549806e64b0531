/** Problems as text: file:line:col: severity[code]: message, the source line, a caret, the hint. */
import { Chalk } from 'chalk';
import type { Problem } from '../core/problem.js';

function where(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
}

/** The source line with tabs kept, and a caret line under the span. */
function excerpt(p: Problem, paint: InstanceType<typeof Chalk>): string[] {
  if (p.sourceLine === undefined || p.line <= 0) return [];
  const gutter = String(p.line).length;
  const pad = ' '.repeat(gutter);
  const column = p.excerptColumn ?? p.column;
  const before = p.sourceLine.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
  const caret = '^'.repeat(Math.max(1, p.length ?? 1));
  const colour = p.severity === 'error' ? paint.red : paint.yellow;
  return [
    `${paint.dim(`${p.line} |`)} ${p.sourceLine}`,
    `${paint.dim(`${pad} |`)} ${before}${colour(caret)}`,
  ];
}

export function formatProblemText(p: Problem, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const label = p.severity === 'error' ? paint.red.bold('error') : paint.yellow.bold('warning');
  const head = `${paint.bold(where(p))}: ${label}[${p.code}]: ${p.message}`;
  const hint = p.hint
    ? [`${' '.repeat(String(p.line).length)} = ${paint.cyan('hint')}: ${p.hint}`]
    : [];
  return [head, ...excerpt(p, paint), ...hint].join('\n') + '\n';
}

export function formatProblemsText(problems: Problem[], color: boolean): string {
  return problems.map((p) => formatProblemText(p, color)).join('');
}
