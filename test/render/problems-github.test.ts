import type { Problem } from '../../src/core/problem.js';
import { formatProblemGithub } from '../../src/render/problems-github.js';

const problem: Problem = {
  severity: 'warning',
  code: 'hash-cut',
  message: "100% done,\nsecond line: 'Fix'",
  file: 'plans/a,b:c.yaml',
  line: 3,
  column: 10,
  length: 7,
};

describe('formatProblemGithub', () => {
  test('when message and file hold %, newlines, commas and colons then they are escaped', () => {
    expect(formatProblemGithub(problem)).toBe(
      '::warning file=plans/a%2Cb%3Ac.yaml,line=3,col=10,endColumn=17,title=warning[hash-cut]::' +
        "100%25 done,%0Asecond line: 'Fix'\n",
    );
  });

  test('when the problem concerns the whole file then line and column are left out', () => {
    const whole = { ...problem, severity: 'error' as const, line: 0, column: 0, message: 'm' };
    expect(formatProblemGithub(whole)).toBe(
      '::error file=plans/a%2Cb%3Ac.yaml,title=error[hash-cut]::m\n',
    );
  });
});
