/** Aligned plain-text columns for terminal tables. */
export type Align = 'left' | 'right';

/** Pads every cell to its column's width; lines carry no trailing spaces. */
export function alignColumns(rows: string[][], align: Align[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  }
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
      return align[i] === 'right' ? pad + cell : cell + pad;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}

/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function width(text: string): number {
  return [...text].length;
}
