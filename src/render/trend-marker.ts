/**
 * The markers of the trend chart: one hollow shape per series, of a slightly different size, so
 * that series whose points coincide stay visible on top of one another; the project finish is a
 * large ring around them.
 */
import { escapeHtml as esc } from './escape.js';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'ring';

export const MILESTONE_SHAPES: MarkerShape[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
];

const n = (v: number): string => v.toFixed(1);

/** The SVG of one marker centred on (x, y), with a tooltip when `title` is given. */
export function trendMarker(
  shape: MarkerShape,
  x: number,
  y: number,
  color: string,
  title?: string,
): string {
  const tag = tagOf(shape);
  const paint = `fill="none" stroke="${color}" stroke-width="${shape === 'ring' ? 1.5 : 2}"`;
  const end = title === undefined ? '/>' : `><title>${esc(title)}</title></${tag}>`;
  return `<${tag} ${geometry(shape, x, y)} ${paint}${end}`;
}

function tagOf(shape: MarkerShape): string {
  if (shape === 'circle' || shape === 'ring') return 'circle';
  return shape === 'square' ? 'rect' : 'path';
}

function geometry(shape: MarkerShape, x: number, y: number): string {
  switch (shape) {
    case 'ring':
      return `cx="${n(x)}" cy="${n(y)}" r="8"`;
    case 'circle':
      return `cx="${n(x)}" cy="${n(y)}" r="4.5"`;
    case 'square':
      return `x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7"`;
    case 'diamond':
      return `d="M${n(x)} ${n(y - 6)} l6 6 l-6 6 l-6 -6 z"`;
    case 'triangle':
      return `d="M${n(x)} ${n(y - 6.5)} l6 10.5 h-12 z"`;
    case 'triangle-down':
      return `d="M${n(x)} ${n(y + 6.5)} l6 -10.5 h-12 z"`;
  }
}
