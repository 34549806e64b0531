import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';

type Plugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: Plugin }).default ??
  addFormatsModule) as unknown as Plugin;

const schema = JSON.parse(
  readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8'),
) as Record<string, unknown>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

/** Every plan of the repository, and the valid fixtures (so the list is never empty). */
const PLANS = [...yamlFiles(join(ROOT, 'plans')), ...yamlFiles(join(ROOT, 'test/fixtures/valid'))];

function validator() {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('schemas/plan.schema.json', () => {
  test('when compiled in strict mode then it is a valid 2020-12 schema with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
    expect(() => validator()).not.toThrow();
  });

  test.each(PLANS)('when %s is checked then it is valid', (file) => {
    const validate = validator();
    const ok = validate(parse(readFileSync(file, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('when walked then every property has a description and objects forbid unknown keys', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.additionalProperties === undefined) missing.push(`${path} open`);
      for (const [key, value] of Object.entries(n.properties ?? {}))
        if ((value as { description?: string }).description === undefined) {
          const ref = (value as { $ref?: string }).$ref;
          const def = ref
            ? (schema.$defs as Record<string, { description?: string }>)[ref.slice(8)]
            : undefined;
          if (def?.description === undefined) missing.push(`${path}.${key}`);
        }
      for (const [key, value] of Object.entries(n)) walk(value, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  test('when a typo is in a task then the schema alone rejects it', () => {
    const validate = validator();
    const plan = {
      version: 1,
      project: { id: 'x', title: 'X', start: '2024-01-08' },
      phases: [{ id: 'p', name: 'P', tasks: [{ id: 'a', name: 'A', duraton: '5d' }] }],
    };
    expect(validate(plan)).toBe(false);
  });
});
