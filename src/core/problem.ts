/** A problem found in a plan, in the plan's own terms and at its place in the file. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Stable short code, e.g. 'unknown-dependency', 'cycle', 'schema'. */
  code: string;
  message: string;
  /** What would be right, e.g. "did you mean 'tender'?". */
  hint?: string;
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  column: number;
  /** The source line, for the caret excerpt. */
  sourceLine?: string;
  /** Column of the span within `sourceLine` when that was cut (long lines); else `column`. */
  excerptColumn?: number;
  /** Length of the offending span on that line (at least 1). */
  length?: number;
}
