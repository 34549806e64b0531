/**
 * What is wrong with an SVG that Mermaid produced, if anything: Mermaid draws its syntax-error
 * graphic instead of failing, and bad dates show up as NaN coordinates.
 */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^\s*<svg[\s>]/.test(svg)) problems.push('not an SVG document');
  if (svg.includes('Syntax error in text')) problems.push('Mermaid drew its syntax-error graphic');
  if (/="[^"]*\bNaN\b[^"]*"/.test(svg))
    problems.push('an attribute holds NaN (a bad date or size)');
  if (/aria-roledescription="error"/.test(svg)) problems.push('Mermaid reported an error');
  return problems;
}
