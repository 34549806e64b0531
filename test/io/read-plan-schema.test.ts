import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { createSchemaChecker, type Validate } from '../../src/core/check-plan-schema.js';
import { readPlanSchema } from '../../src/io/read-plan-schema.js';
import { ROOT } from '../helpers/cli.js';

const PRECOMPILED = join(ROOT, 'dist/generated/plan-schema-validate.cjs');
const FIXTURES = ['test/fixtures/invalid', 'test/fixtures/valid', 'plans'];

function plans(): [string, unknown][] {
  return FIXTURES.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f): [string, unknown] => {
        try {
          return [`${dir}/${f}`, parse(readFileSync(join(ROOT, dir, f), 'utf8'))];
        } catch {
          return [`${dir}/${f}`, undefined];
        }
      })
      .filter(([, data]) => data !== undefined),
  );
}

describe('the schema validator that the build precompiles', () => {
  test('when the build has run then it exists', () => {
    expect(existsSync(PRECOMPILED)).toBe(true);
  });

  test('when checking every fixture then it finds exactly what the runtime compile finds', () => {
    const precompiled = createRequire(import.meta.url)(PRECOMPILED) as { default: Validate };
    const fast = createSchemaChecker(readPlanSchema(), precompiled.default);
    const slow = createSchemaChecker(readPlanSchema());
    const cases = plans();
    expect(cases.length).toBeGreaterThan(20);
    let invalid = 0;
    for (const [, data] of cases) {
      const expected = slow(data);
      if (expected.length > 0) invalid += 1;
      expect(fast(data)).toEqual(expected);
    }
    expect(invalid).toBeGreaterThan(5);
  });
});
