/** A long source line cut around the span a problem points at, so no excerpt floods a screen. */

/** Longest source line a problem carries, in characters. */
export const MAX_EXCERPT = 200;

export interface SourceExcerpt {
  sourceLine: string;
  /** 1-based column of the span within `sourceLine`, when the line was cut at its start. */
  excerptColumn?: number;
  length: number;
}

/** `column` 1-based; a cut side is marked with '…'. */
export function cutSourceLine(line: string, column: number, length: number): SourceExcerpt {
  if (line.length <= MAX_EXCERPT) return { sourceLine: line, length };
  const at = Math.max(0, Math.min(column - 1, line.length));
  const start = at < MAX_EXCERPT / 2 ? 0 : at - Math.floor(MAX_EXCERPT / 4);
  const end = Math.min(line.length, start + MAX_EXCERPT - 2);
  const head = start > 0 ? '…' : '';
  const sourceLine = `${head}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
  const excerptColumn = at - start + head.length + 1;
  const visible = Math.max(1, Math.min(length, end - at));
  return { sourceLine, length: visible, ...(start > 0 ? { excerptColumn } : {}) };
}
