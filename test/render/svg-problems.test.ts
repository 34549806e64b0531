import { svgProblems } from '../../src/render/svg-problems.js';

describe('svgProblems', () => {
  test('when Mermaid drew its syntax-error graphic then that is a problem', () => {
    const svg = '<svg aria-roledescription="error"><text>Syntax error in text</text></svg>';
    expect(svgProblems(svg)).toEqual([
      'Mermaid drew its syntax-error graphic',
      'Mermaid reported an error',
    ]);
  });

  test('when a coordinate is NaN then that is a problem', () => {
    expect(svgProblems('<svg><rect x="NaN" width="10"/></svg>')).toEqual([
      'an attribute holds NaN (a bad date or size)',
    ]);
  });

  test('when the text is not an SVG then that is a problem', () => {
    expect(svgProblems('<html></html>')).toEqual(['not an SVG document']);
  });

  test('when a task is called NaN then its text is no problem', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10"><text>NaN budget</text></svg>')).toEqual([]);
  });
});
