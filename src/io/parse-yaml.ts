/**
 * YAML text to plain data, keeping where everything was written. YAML 1.2 by default, so
 * dates stay strings; a `%YAML 1.1` file is read without its timestamp type for the same reason.
 */
import { isPair, isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import type { Document } from 'yaml';
import type { Problem } from '../core/problem.js';
import { cutSourceLine } from '../core/source-excerpt.js';
import { createLocator, type YamlLocator } from './yaml-locator.js';

/** Enough for an anchor reused hundreds of times, far too few for an alias-expansion bomb. */
export const MAX_ALIAS_COUNT = 10_000;
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';

/** Fields of free text, where a ` #` is more likely part of the text than a comment. */
const TEXT_FIELDS = new Set([
  'name',
  'title',
  'reason',
  'text',
  'report',
  'notes',
  'description',
  'assumption',
  'source',
  'role',
  'owner',
  'session',
]);

export interface ParsedYaml {
  /** Plain data, or undefined when the YAML could not be read. */
  data: unknown;
  locator: YamlLocator;
  /** Problems with the YAML itself, already placed in the file. */
  problems: Problem[];
}

export function sourceLineAt(text: string, line: number): string {
  return (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
}

function yamlProblem(e: YAMLError, severity: Problem['severity'], text: string, file: string) {
  const [start, end] = e.linePos ?? [];
  const line = start?.line ?? 0;
  const column = start?.col ?? 0;
  const key = e.code === 'DUPLICATE_KEY' ? keyAt(text, e) : '';
  const spanned = end && end.line === line ? Math.max(1, end.col - column) : 1;
  const length = key === '' ? spanned : key.length;
  const message = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  const code = `yaml-${e.code.toLowerCase().replace(/_/g, '-')}`;
  const known = KNOWN[e.code === 'RESOURCE_EXHAUSTION' && /stack/i.test(message) ? 'DEEP' : e.code];
  return {
    severity,
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : code,
    message: e.code === 'DUPLICATE_KEY' ? `duplicate key: ${quoteKey(text, e)}` : message,
    ...known,
    file,
    line,
    column,
    ...cutSourceLine(sourceLineAt(text, line), column, length),
  } satisfies Problem;
}

/** Messages of the YAML library that would puzzle a project lead, in plan terms. */
const KNOWN: Record<string, { code?: string; message: string; hint: string }> = {
  MULTIPLE_DOCS: {
    message: 'a plan file holds one YAML document, but this one has more',
    hint: "remove the second document: the '---' line and what follows it",
  },
  DEEP: {
    code: 'nesting-too-deep',
    message: 'nesting too deep: brackets or indentation nest far deeper than any plan',
    hint: 'a plan nests a few levels; check for brackets that are never closed',
  },
};

function keyAt(text: string, e: YAMLError): string {
  return /^[^\s:]+/.exec(text.slice(e.pos[0]))?.[0] ?? '';
}

function quoteKey(text: string, e: YAMLError): string {
  return `'${keyAt(text, e)}' is given twice in the same mapping; keep one`;
}

/** Plain scalars cut at ` #`: `name: Fix #12` reads as 'Fix' followed by a comment. */
function hashCuts(doc: Document, text: string, counter: LineCounter, file: string): Problem[] {
  const found: Problem[] = [];
  // Only a comment after something on its line can cut a value; most plans have none.
  if (!/\S +#/.test(text)) return found;
  visit(doc, {
    Scalar(key, node, path) {
      const pair = path[path.length - 1];
      if (key !== 'value' || !isPair(pair) || !isScalar(pair.key)) return;
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const after = /^( +)#(\S?)/.exec(text.slice(node.range[1]));
      if (after === null) return;
      const textField = TEXT_FIELDS.has(String(pair.key.value));
      const oneSpace = after[1] === ' ';
      if (!(oneSpace && (after[2] !== '' || textField))) return;
      const pos = counter.linePos(node.range[0]);
      const lineText = sourceLineAt(text, pos.line);
      found.push({
        severity: 'warning',
        code: 'hash-cut',
        message: `the value was cut at ' #': YAML reads '${node.value}' and a comment`,
        hint: `put the whole value in quotes: "${lineText.slice(pos.col - 1).trim()}"`,
        file,
        line: pos.line,
        column: pos.col,
        ...cutSourceLine(lineText, pos.col, Math.max(1, lineText.length - pos.col + 1)),
      });
    },
  });
  return found;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    version: '1.2',
    uniqueKeys: true,
    merge: true,
    prettyErrors: true,
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== TIMESTAMP),
  });
  const locator = createLocator(doc, counter, text);
  const problems = [
    ...doc.errors.map((e) => yamlProblem(e, 'error', text, file)),
    ...doc.warnings.map((e) => yamlProblem(e, 'warning', text, file)),
  ];
  if (doc.errors.length > 0) return { data: undefined, locator, problems };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, locator, problems: [...problems, ...hashCuts(doc, text, counter, file)] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const bomb = /alias/i.test(message);
    if (e instanceof RangeError)
      return { data: undefined, locator, problems: [...problems, deep(file)] };
    const problem: Problem = {
      severity: 'error',
      code: bomb ? 'alias-limit' : 'yaml',
      message: bomb
        ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing to expand`
        : message,
      ...(bomb
        ? { hint: 'reuse anchors less deeply; a plan never needs nested alias chains' }
        : {}),
      file,
      line: 1,
      column: 1,
    };
    return { data: undefined, locator, problems: [...problems, problem] };
  }
}

/** A value nested so deep that reading it overflows the stack. */
export function deep(file: string): Problem {
  const { code = 'nesting-too-deep', message, hint } = KNOWN.DEEP as (typeof KNOWN)[string];
  return { severity: 'error', code, message, hint, file, line: 1, column: 1 };
}
