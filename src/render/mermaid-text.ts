/**
 * Text and ids that are safe inside Mermaid source. Mermaid reads `#35;` as the character with
 * code 35 and draws it as that character, so every character with a meaning in Mermaid's syntax
 * becomes such an entity: the name appears whole and unchanged in the chart, never as markup.
 */

/** Characters that end or split a Mermaid statement, start a comment, or look like markup. */
const SPECIAL = new Set(['#', ';', ':', '%', '<', '>', '&', '"', "'", '`', '{', '}', '|', '\\']);
/** Parts of Mermaid's own entity markers, which it turns back into '&' and ';'. */
const MARKERS = new Set(['\u00b6', '\ufb02']);

/**
 * Words Mermaid reads as a statement when a line starts with them (diagram keywords of gantt,
 * xychart and the common directives). A name starting with one gets its first letter encoded.
 */
const KEYWORDS = [
  'gantt',
  'xychart',
  'dateformat',
  'inclusiveenddates',
  'topaxis',
  'axisformat',
  'tickinterval',
  'includes',
  'excludes',
  'todaymarker',
  'weekday',
  'weekend',
  'title',
  'acc',
  'section',
  'click',
  'href',
  'call',
  'x-axis',
  'y-axis',
  'displaymode',
  '\\d{4}-\\d{2}-\\d{2}',
];
const LEADING_KEYWORD = new RegExp(`^(${KEYWORDS.join('|')})`, 'i');

function entity(char: string): string {
  return `#${char.codePointAt(0) ?? 0};`;
}

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** A name or title as Mermaid text that renders exactly as the given text. */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const char of text) {
    out += SPECIAL.has(char) || MARKERS.has(char) || isControl(char) ? entity(char) : char;
  }
  const trimmed = out.trimStart();
  if (LEADING_KEYWORD.test(trimmed)) {
    const lead = out.length - trimmed.length;
    const first = [...trimmed][0] ?? '';
    out = out.slice(0, lead) + entity(first) + trimmed.slice(first.length);
  }
  return out;
}

/** The text back from escapeMermaidText (for tests and for reading Mermaid text again). */
export function unescapeMermaidText(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/**
 * Makes ids safe for Mermaid: letters, digits and '_' only, starting with a prefix letter (so an
 * id never looks like a date, a number or a keyword), and unique within one chart.
 */
export function createIdMaker(): (prefix: string, id: string) => string {
  const used = new Set<string>();
  return (prefix, id) => {
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_x${n}`;
    used.add(candidate);
    return candidate;
  };
}
