/** Problems as GitHub Actions workflow commands: annotations on the lines of the plan. */
import type { Problem } from '../core/problem.js';

/** Escaping of workflow command data: %, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of workflow command properties: also ':' and ','. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatProblemGithub(p: Problem): string {
  const command = p.severity === 'error' ? 'error' : 'warning';
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`, `col=${p.column}`);
  if (p.line > 0 && p.length !== undefined) props.push(`endColumn=${p.column + p.length}`);
  props.push(`title=${escapeProperty(`${p.severity}[${p.code}]`)}`);
  const message = p.hint ? `${p.message} — ${p.hint}` : p.message;
  return `::${command} ${props.join(',')}::${escapeData(message)}\n`;
}

export function formatProblemsGithub(problems: Problem[]): string {
  return problems.map(formatProblemGithub).join('');
}
