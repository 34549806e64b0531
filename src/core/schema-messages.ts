/** One ajv error as a problem a project lead understands, with what would be right. */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describePath, formatPath } from './describe-path.js';
import { didYouMean } from './did-you-mean.js';
import { error, type PathProblem, type PlanPath } from './path-problem.js';

const DURATION_HINT = "a whole number of at least 1 and d, w or mo: '10d', '3w', '2mo'";

/** What a pattern stands for, by the last property name on the path. */
const PATTERNS: Record<string, { code: string; what: string; hint: string }> = {
  duration: { code: 'invalid-duration', what: 'is not a duration', hint: DURATION_HINT },
  lag: { code: 'invalid-lag', what: 'is not a lag', hint: "working days such as '10d' or '-2d'" },
  after: {
    code: 'invalid-dependency',
    what: 'is not a dependency',
    hint: "a task id, optionally with a lag: 'tender', 'tender +10d', 'tender -2d'",
  },
  holidays: {
    code: 'invalid-region',
    what: 'is not a holiday region',
    hint: "an ISO 3166-2 code such as 'DE-SN', or a country such as 'DE'",
  },
  currency: { code: 'invalid-currency', what: 'is not a currency', hint: "a code such as 'EUR'" },
  name: { code: 'blank-text', what: 'is blank', hint: 'write what readers of the chart see' },
  title: { code: 'blank-text', what: 'is blank', hint: 'write the title readers see' },
  id: {
    code: 'invalid-id',
    what: 'is not a valid id',
    hint: "letters, digits, '-', '_' or '.', no spaces, e.g. 'tender-2024'",
  },
};

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'symbol') return value.description ?? 'a special YAML value';
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value) ?? typeof value;
}

function typeWord(type: unknown): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping (key: value)',
    array: 'a list',
  };
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => words[String(t)] ?? String(t)).join(' or ');
}

/** The property's name in messages: 'progress', 'actual.finish', 'after[1]'. */
function propertyName(rest: PlanPath): string {
  return rest.length === 0 ? 'the value' : formatPath(rest).replace(/^\[/, 'entry [');
}

/** '2024-1-8' or '08.01.2024' as '2024-01-08', or a general hint. */
export function dateHint(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text);
  if (stamp) return `a day without time: '${stamp[1]}'`;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : german
      ? [german[3], german[2], german[1]]
      : [];
  if (y === undefined || m === undefined || d === undefined)
    return "write it as YYYY-MM-DD, e.g. '2024-04-05'";
  return `write it as '${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}'`;
}

/** What would be right for a value of the wrong type. */
function typeHint(type: unknown, data: unknown, path: PlanPath): string | undefined {
  const last = path[path.length - 1];
  if (typeof data === 'number' && last === 'lag') return `add the unit: '${data}d' (working days)`;
  if (typeof data === 'number' && last === 'duration')
    return `add the unit: '${data}d' (days), '${data}w' (weeks) or '${data}mo' (months)`;
  if (type === 'string') return 'put it in quotes';
  if (type === 'boolean') return 'write true or false';
  const number = typeof data === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(data) : null;
  if (type === 'number' && number) return `write the number without quotes or %: ${number[1]}`;
  return undefined;
}

function patternProblem(e: ErrorObject, path: PlanPath, prefix: string, prop: string) {
  const named = [...path].reverse().find((k) => typeof k === 'string') ?? '';
  const isDate = String(e.params.pattern).startsWith('^[0-9]{4}-');
  if (isDate) {
    const message = `${prefix}${prop} ${show(e.data)} is not a date written YYYY-MM-DD`;
    return error('invalid-date', path, message, dateHint(e.data));
  }
  const project = path[0] === 'project' && named === 'id';
  const known = PATTERNS[named];
  if (known === undefined)
    return error('schema', path, `${prefix}${prop} ${show(e.data)} ${e.message ?? ''}`);
  const upper = typeof e.data === 'string' ? e.data.trim().toUpperCase() : '';
  const region = named === 'holidays' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(upper);
  const hint = project
    ? "lower-case letters, digits and '-', e.g. 'e-zusammenarbeit'"
    : region
      ? `did you mean '${upper}'?`
      : known.hint;
  return error(known.code, path, `${prefix}${show(e.data)} ${known.what}`, hint);
}

function knownProperties(e: ErrorObject): string[] {
  return Object.keys((e.parentSchema?.properties ?? {}) as object);
}

/** Turns one ajv error into at most one problem; [] for errors that say nothing more. */
export function schemaProblem(e: ErrorObject, path: PlanPath, raw: unknown): PathProblem[] {
  const { subject, rest } = describePath(raw, path);
  const prefix = subject === '' ? '' : `${subject}: `;
  const prop = propertyName(rest);
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const known = knownProperties(e);
      const hint = didYouMean(name, known) ?? `known here: ${known.join(', ')}`;
      const message = `${subjectAt(raw, path)}unknown property '${name}'`;
      return [{ ...error('unknown-property', [...path, name], message, hint), at: 'key' }];
    }
    case 'required': {
      const name = String(e.params.missingProperty);
      const where = subject === '' && path.length === 0 ? 'the plan' : subject || prop;
      return [error('missing-property', path, `${where}: missing required property '${name}'`)];
    }
    case 'type': {
      const what = rest.length === 0 && subject !== '' ? subject : `${prefix}${prop}`;
      const message = `${what} must be ${typeWord(e.params.type)}, not ${show(e.data)}`;
      return [error('wrong-type', path, message, typeHint(e.params.type, e.data, path))];
    }
    case 'anyOfType': {
      const message = `${prefix}${prop} must be ${typeWord(e.params.types)}, not ${show(e.data)}`;
      return [error('wrong-type', path, message, String(e.parentSchema?.description ?? ''))];
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const message = `${prefix}${prop} ${show(e.data)} is not one of ${allowed.join(', ')}`;
      const hint = typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined;
      return [error('invalid-value', path, message, hint)];
    }
    case 'const': {
      const expected = show(e.params.allowedValue);
      const message = `${prefix}${prop} must be ${expected}, not ${show(e.data)}`;
      const hint = path[0] === 'version' ? 'this planwerk reads version 1 plans' : undefined;
      return [error('invalid-value', path, message, hint)];
    }
    case 'format':
      return [
        error(
          'invalid-date',
          path,
          `${prefix}${prop} ${show(e.data)} is not a calendar date`,
          'check the day of the month',
        ),
      ];
    case 'pattern':
      return e.propertyName === undefined ? [patternProblem(e, path, prefix, prop)] : [];
    case 'propertyNames': {
      const name = String(e.params.propertyName);
      const message = `budget year '${name}' is not a four-digit year`;
      return [
        {
          ...error('invalid-budget-year', [...path, name], message, 'write the year, e.g. 2024'),
          at: 'key',
        },
      ];
    }
    case 'minimum':
    case 'maximum':
      return [rangeProblem(e, path, prefix, prop)];
    default:
      return [error('schema', path, `${prefix}${prop} ${e.message ?? 'is not valid'}`)];
  }
}

function subjectAt(raw: unknown, path: PlanPath): string {
  const { subject, rest } = describePath(raw, path);
  const where = rest.length === 0 ? subject : `${subject ? `${subject} ` : ''}${formatPath(rest)}`;
  return where === '' ? 'the plan: ' : `${where}: `;
}

function rangeProblem(e: ErrorObject, path: PlanPath, prefix: string, prop: string): PathProblem {
  if (path[path.length - 1] === 'progress')
    return error(
      'progress-range',
      path,
      `${prefix}progress ${show(e.data)} is outside 0..100`,
      'percent complete, from 0 to 100',
    );
  if (path[0] === 'budget')
    return error(
      'negative-amount',
      path,
      `${prefix}${prop} ${show(e.data)} is negative`,
      'amounts are 0 or more',
    );
  return error('schema', path, `${prefix}${prop} ${show(e.data)} ${e.message ?? ''}`);
}
