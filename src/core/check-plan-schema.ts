/** Checks plan data against the JSON Schema of the format and phrases each error in plan terms. */
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, SchemaObject } from 'ajv/dist/2020.js';
import type { PathProblem, PlanPath } from './path-problem.js';
import { schemaProblem } from './schema-messages.js';

export type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;

/**
 * Ajv is loaded only when needed: with the validator the build precompiled, a valid plan is
 * checked without loading the schema compiler at all.
 */
function loadAjv(): { Ajv: typeof Ajv2020; addFormats: FormatsPlugin } {
  const require = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  const formats = require('ajv-formats') as FormatsPlugin & { default?: FormatsPlugin };
  return { Ajv, addFormats: formats.default ?? formats };
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeFits(type: unknown, value: unknown): boolean {
  const actual = jsonType(value);
  const types = Array.isArray(type) ? type : [type];
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** Ajv path '/phases/0/tasks/2' to ['phases', 0, 'tasks', 2], numbers only for list indices. */
export function toPath(pointer: string, raw: unknown): PlanPath {
  const path: PlanPath = [];
  let node: unknown = raw;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(node) ? Number(key) : NaN;
    path.push(Number.isInteger(index) ? index : key);
    node =
      typeof node === 'object' && node !== null && Object.hasOwn(node, key)
        ? (node as Record<string, unknown>)[key]
        : undefined;
  }
  return path;
}

/** Ajv settings of the plan schema; the build precompiles the schema with the same settings. */
export const SCHEMA_OPTIONS = { allErrors: true, verbose: true, allowUnionTypes: true } as const;

/** An Ajv instance that knows the plan schema, with the formats it uses. */
export function createPlanAjv(schema: SchemaObject, withSource = false): Ajv2020 {
  const { Ajv, addFormats } = loadAjv();
  const ajv = new Ajv({ ...SCHEMA_OPTIONS, code: { source: withSource } });
  addFormats(ajv);
  ajv.addSchema(schema);
  return ajv;
}

/**
 * `precompiled` is the validator the build generated from the same schema (it saves compiling
 * the schema at every start); without it the schema is compiled here.
 */
export function createSchemaChecker(
  schema: SchemaObject,
  precompiled?: Validate,
): (raw: unknown) => PathProblem[] {
  const id = String(schema.$id ?? '');
  let ajvInstance: Ajv2020 | undefined;
  const ajv = (): Ajv2020 => (ajvInstance ??= createPlanAjv(schema));
  const validate = precompiled ?? (ajv().getSchema(id) as Validate);
  const defs = (schema.$defs ?? {}) as Record<string, SchemaObject>;
  const defOf = (ref: string): SchemaObject | undefined => defs[ref.replace('#/$defs/', '')];

  /** The branch the value was meant for (its type fits), validated alone. */
  const branchErrors = (anyOf: ErrorObject): ErrorObject[] => {
    const branches = (anyOf.schema ?? []) as { $ref?: string }[];
    const fitting = branches.find((b) => typeFits(defOf(b.$ref ?? '')?.type, anyOf.data));
    const check = fitting?.$ref ? (ajv().getSchema(`${id}${fitting.$ref}`) as Validate) : undefined;
    if (check === undefined) {
      const types: unknown[] = branches
        .map((b): unknown => defOf(b.$ref ?? '')?.type)
        .filter((t) => t !== undefined);
      return [{ ...anyOf, keyword: 'anyOfType', params: { types } }];
    }
    check(anyOf.data);
    const errors = (check.errors ?? []).map((e) => ({
      ...e,
      instancePath: anyOf.instancePath + e.instancePath,
    }));
    return collapse(errors);
  };

  const collapse = (errors: ErrorObject[]): ErrorObject[] => {
    const anyOfs = errors
      .filter((e) => e.keyword === 'anyOf')
      .sort((a, b) => a.instancePath.length - b.instancePath.length);
    let result = errors;
    for (const anyOf of anyOfs) {
      if (!result.includes(anyOf)) continue;
      const at = anyOf.instancePath;
      const under = (e: ErrorObject): boolean =>
        e.instancePath === at || e.instancePath.startsWith(`${at}/`);
      result = [...result.filter((e) => !under(e)), ...branchErrors(anyOf)];
    }
    return result;
  };

  return (input) => {
    const raw = plainData(input);
    if (validate(raw)) return [];
    const errors = underWrongType(collapse(validate.errors ?? []));
    const problems = errors.flatMap((e) => schemaProblem(e, toPath(e.instancePath, raw), raw));
    const seen = new Set<string>();
    return problems.filter((p) => {
      const key = `${p.path.join('/')}|${p.code}`;
      return !seen.has(key) && (seen.add(key), true);
    });
  };
}

/** Errors at or under a value of the wrong type say nothing more than that: only it is kept. */
function underWrongType(errors: ErrorObject[]): ErrorObject[] {
  const wrong = errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath);
  return errors.filter(
    (e) =>
      e.keyword === 'type' ||
      !wrong.some((at) => e.instancePath === at || e.instancePath.startsWith(`${at}/`)),
  );
}

/** What YAML gave that is not plain data (binary, sets, ordered maps), for messages. */
function kindOfObject(value: object): string {
  if (ArrayBuffer.isView(value)) return 'binary data (!!binary)';
  if (value instanceof Set) return 'a set (!!set)';
  if (value instanceof Map) return 'an ordered map (!!omap)';
  return 'a special YAML value';
}

/**
 * The data with every value that is not plain JSON (a `!!binary` value, a `!!set`) replaced by
 * a symbol that names it: the schema then reports its type, not its insides.
 */
export function plainData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items = value.map(plainData);
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return Symbol(kindOfObject(value));
  const entries = Object.entries(value).map(([k, v]) => [k, plainData(v)] as const);
  const same = entries.every(([k, v]) => v === (value as Record<string, unknown>)[k]);
  return same ? value : Object.fromEntries(entries);
}
