/** The text content of every <text> element of an SVG (tspans joined by spaces), decoded. */
export function svgTexts(svg: string): string[] {
  const decode = (s: string): string =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => {
    const inner = m[1] ?? '';
    const spans = [...inner.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => t[1] ?? '');
    return decode(spans.length > 0 ? spans.join(' ') : inner.replace(/<[^>]+>/g, ''));
  });
}
