/**
 * An SVG drawn by Mermaid, made safe to place inline in a report: no script, no event handler,
 * no link or reference that would fetch anything or run code. Mermaid already writes plan
 * text as SVG text; this is the second lock on the door. Only markup is cleaned — tags, their
 * attributes and style sheets — so text (a task named "Switch portal online=yes") is never
 * changed.
 */

const ELEMENTS = [
  /<script[\s\S]*?<\/script\s*>/gi,
  /<script[^>]*\/>/gi,
  /<foreignObject[\s\S]*?<\/foreignObject\s*>/gi,
];
const ATTRIBUTE = /(\s+)([^\s=/>]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]+))?/g;

function cleanCss(css: string): string {
  return css.replace(/url\(\s*['"]?(?!#)[^)]*\)/gi, 'none').replace(/@import[^;]*;?/gi, '');
}

function cleanAttribute(all: string, space: string, name: string, eq = '', value = ''): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return '';
  const bare = value.replace(/^["']|["']$/g, '').trim();
  if ((lower === 'href' || lower === 'xlink:href') && !bare.startsWith('#')) return '';
  if (lower === 'style') return `${space}${name}${eq}${cleanCss(value)}`;
  return all;
}

function cleanTag(tag: string): string {
  const close = tag.endsWith('/>') ? '/>' : '>';
  const name = /^<\/?[^\s/>]+/.exec(tag)?.[0] ?? '<';
  const attributes = tag.slice(name.length, tag.length - close.length);
  return `${name}${attributes.replace(ATTRIBUTE, cleanAttribute)}${close}`;
}

export function sanitizeSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  const end = svg.lastIndexOf('</svg>');
  if (start < 0 || end < start) return '';
  const markup = ELEMENTS.reduce(
    (text, element) => text.replace(element, ''),
    svg.slice(start, end + '</svg>'.length),
  );
  let inStyle = false;
  return markup.replace(/<[^>]*>|[^<]+|</g, (part) => {
    if (!part.startsWith('<') || part === '<') return inStyle ? cleanCss(part) : part;
    if (/^<style\b/i.test(part)) inStyle = true;
    else if (/^<\/style\b/i.test(part)) inStyle = false;
    return cleanTag(part);
  });
}
