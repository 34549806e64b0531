import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandGlobs, matchGlob, segmentRegex } from '../../src/io/expand-globs.js';
import { tempDir } from '../helpers/cli.js';

function tree(): string {
  const dir = tempDir();
  for (const f of [
    'plans/a.yaml',
    'plans/b.yml',
    'plans/c.txt',
    'plans/.hidden.yaml',
    'plans/sub/d.yaml',
  ]) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

describe('expandGlobs', () => {
  test('when a pattern has * then it matches names in that directory only, not hidden ones', () => {
    expect(matchGlob('plans/*.yaml', tree())).toEqual(['plans/a.yaml']);
  });

  test('when a pattern has {a,b} and ** then it matches both endings at any depth', () => {
    expect(matchGlob('plans/**/*.{yaml,yml}', tree())).toEqual([
      'plans/a.yaml',
      'plans/b.yml',
      'plans/sub/d.yaml',
    ]);
  });

  test('when a segment has ? and [..] then they match one character', () => {
    expect(segmentRegex('[ab]?.yaml').test('a1.yaml')).toBe(true);
    expect(segmentRegex('[ab]?.yaml').test('c1.yaml')).toBe(false);
    expect(segmentRegex('a.yaml').test('abyaml')).toBe(false);
  });

  test('when a file name only looks like a pattern then that file is taken', () => {
    const dir = tree();
    writeFileSync(join(dir, 'plans', 'plan[1].yaml'), '');
    expect(expandGlobs(['plans/plan[1].yaml'], dir)).toEqual(['plans/plan[1].yaml']);
  });

  test('when a plain path is given then it is kept even if missing', () => {
    expect(expandGlobs(['missing.yaml'], tree())).toEqual(['missing.yaml']);
  });

  test('when a pattern matches nothing then it is a usage error', () => {
    expect(() => expandGlobs(['plans/*.json'], tree())).toThrow(
      "no plan file matches 'plans/*.json'",
    );
  });
});
