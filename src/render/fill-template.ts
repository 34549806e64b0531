/**
 * A small template filler: `{{name}}` is escaped, `{{{name}}}` is inserted as it is,
 * `{{#name}}…{{/name}}` repeats for each item of a list (or once for a true value or an object),
 * `{{^name}}…{{/name}}` is written when the value is empty, false or missing. Names may be
 * dotted (`budget.total`); inside a section, names are looked up in the item first, then
 * outwards. The escape function learns whether the tag begins a line. A section tag alone
 * on its line takes the line with it.
 */

export type TemplateValue =
  string | number | boolean | null | undefined | TemplateValue[] | { [key: string]: TemplateValue };

type Scope = TemplateValue[];

/** Escapes a value; `atLineStart` tells whether the tag begins a line of the output. */
export type Escape = (text: string, atLineStart: boolean) => string;

const STANDALONE = /^[ \t]*(\{\{[#^/][\w.]+\}\})[ \t]*\r?\n/gm;
const TAG = /\{\{\{([\w.]+)\}\}\}|\{\{([#^/]?)([\w.]+)\}\}/g;

export function fillTemplate(template: string, view: TemplateValue, escape: Escape): string {
  return render(template.replace(STANDALONE, '$1'), [view], escape);
}

function render(template: string, scope: Scope, escape: Escape): string {
  let out = '';
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(template); m !== null; m = TAG.exec(template)) {
    out += template.slice(at, m.index);
    at = m.index + m[0].length;
    const [, raw, kind, name] = m;
    if (raw !== undefined) {
      out += text(lookup(scope, raw));
    } else if (kind === '' && name !== undefined) {
      out += escape(text(lookup(scope, name)), out === '' || out.endsWith('\n'));
    } else if (kind === '/') {
      throw new Error(`template: '{{/${name}}}' closes no section`);
    } else if (name !== undefined) {
      const end = closing(template, name, at);
      const body = template.slice(at, end);
      out += section(body, kind === '^', lookup(scope, name), scope, escape);
      at = end + `{{/${name}}}`.length;
      TAG.lastIndex = at;
    }
  }
  return out + template.slice(at);
}

function section(
  body: string,
  inverted: boolean,
  value: TemplateValue,
  scope: Scope,
  escape: Escape,
): string {
  const empty = value === undefined || value === null || value === false || value === '';
  const items = Array.isArray(value) ? value : empty ? [] : [value];
  if (inverted) return items.length === 0 ? render(body, scope, escape) : '';
  return items.map((item) => render(body, [...scope, item], escape)).join('');
}

/** Index of the `{{/name}}` that closes the section opened just before `from`. */
function closing(template: string, name: string, from: number): number {
  const open = new RegExp(`\\{\\{[#^]${name.replace(/\./g, '\\.')}\\}\\}`, 'g');
  let depth = 1;
  let at = from;
  const close = `{{/${name}}}`;
  for (;;) {
    const end = template.indexOf(close, at);
    if (end < 0) throw new Error(`template: section '${name}' is not closed`);
    open.lastIndex = at;
    const inner = open.exec(template);
    if (inner !== null && inner.index < end) {
      depth += 1;
      at = inner.index + inner[0].length;
      continue;
    }
    depth -= 1;
    if (depth === 0) return end;
    at = end + close.length;
  }
}

function lookup(scope: Scope, name: string): TemplateValue {
  if (name === '.') return scope[scope.length - 1];
  const [head, ...rest] = name.split('.');
  for (let i = scope.length - 1; i >= 0; i -= 1) {
    const frame = scope[i];
    if (isRecord(frame) && head !== undefined && head in frame) {
      return rest.reduce<TemplateValue>(
        (v, key) => (isRecord(v) ? v[key] : undefined),
        frame[head],
      );
    }
  }
  return undefined;
}

function isRecord(value: TemplateValue): value is { [key: string]: TemplateValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: TemplateValue): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value === true) return String(value);
  throw new Error('template: a list or object cannot be written as text');
}
