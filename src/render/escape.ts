/**
 * Plan text into a report: never markup. Names and paragraphs come from a plan a reader did not
 * write, so every character with a meaning in HTML or Markdown is escaped.
 */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * Markdown text, safe in a paragraph, a heading and a table cell: line breaks become spaces,
 * punctuation with a meaning is backslash-escaped and HTML brackets become entities. At the
 * start of a line, a beginning that would open a list, heading or rule is escaped too
 * ('1. ', '- ', '+ ', '---'); in the middle of a line, '10. April' stays as it is.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  if (!atLineStart) return escaped;
  return escaped
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^#/, '\\#')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^([-=])(?=[-=\s]*$)/, '\\$1');
}

/** A fenced code block whose fence is longer than any backtick run inside the text. */
export function fenceMarkdown(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n$/, '')}\n${fence}`;
}
