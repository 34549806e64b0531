/**
 * Turns a finished SVG into PNG or PDF in the given browser: the SVG is placed alone on a
 * white page the size of its viewBox and photographed or printed.
 */
import type { Browser } from 'puppeteer';

export type RasterFormat = 'png' | 'pdf';

/** Width and height of an SVG from its viewBox (falling back to a page-sized box). */
export function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const width = Math.ceil(Number(box?.[1] ?? 1200)) || 1200;
  const height = Math.ceil(Number(box?.[2] ?? 800)) || 800;
  return { width, height };
}

function pageFor(svg: string, width: number): string {
  const sized = svg.replace(/^<svg\b/, `<svg style="width:${width}px;max-width:none"`);
  return (
    '<!doctype html><html><head><meta charset="utf-8"><style>' +
    'html,body{margin:0;padding:0;background:#fff}svg{display:block}' +
    `</style></head><body>${sized}</body></html>`
  );
}

export async function rasterizeSvg(
  browser: Browser,
  svg: string,
  format: RasterFormat,
): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height, deviceScaleFactor: format === 'png' ? 2 : 1 });
    // An SVG with its own style attribute keeps it; ours is added first and wins for width.
    await page.setContent(pageFor(svg.replace(/^<svg([^>]*?) style="[^"]*"/, '<svg$1'), width));
    if (format === 'png') {
      return await page.screenshot({ clip: { x: 0, y: 0, width, height }, type: 'png' });
    }
    return await page.pdf({
      width: `${width}px`,
      height: `${height}px`,
      printBackground: true,
      pageRanges: '1',
    });
  } finally {
    await page.close();
  }
}
