import { escapeHtml, escapeMarkdown, fenceMarkdown } from '../../src/render/escape.js';
import { fillTemplate } from '../../src/render/fill-template.js';

describe('escapeMarkdown', () => {
  test('when text has table and emphasis characters then they are escaped', () => {
    expect(escapeMarkdown('a | b *c* <i>', false)).toBe('a \\| b \\*c\\* &lt;i&gt;');
  });

  test('when text would open a list at a line start then only there it is escaped', () => {
    expect(escapeMarkdown('1. April')).toBe('1\\. April');
    expect(escapeMarkdown('1. April', false)).toBe('1. April');
    expect(escapeMarkdown('- x')).toBe('\\- x');
    expect(escapeMarkdown('1.390.000 €')).toBe('1.390.000 €');
  });

  test('when text has line breaks then it stays on one line', () => {
    expect(escapeMarkdown('a\n\nb')).toBe('a b');
  });

  test('when code contains backticks then the fence is longer', () => {
    expect(fenceMarkdown('a ``` b', 'mermaid')).toBe('````mermaid\na ``` b\n````');
  });
});

describe('escapeHtml', () => {
  test('when text has markup then it becomes entities', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('fillTemplate', () => {
  const upper = (t: string): string => t.toUpperCase();

  test('when a list section repeats then each item fills it and outer names are found', () => {
    const out = fillTemplate(
      '{{#rows}}{{name}}-{{sep}};{{/rows}}',
      {
        sep: 'x',
        rows: [{ name: 'a' }, { name: 'b' }],
      },
      upper,
    );
    expect(out).toBe('A-X;B-X;');
  });

  test('when a value is empty then the inverted section is written', () => {
    expect(fillTemplate('{{#a}}yes{{/a}}{{^a}}no{{/a}}', { a: [] }, upper)).toBe('no');
    expect(fillTemplate('{{#a}}yes{{/a}}{{^a}}no{{/a}}', { a: 'x' }, upper)).toBe('yes');
  });

  test('when a tag is triple-braced then it is not escaped', () => {
    expect(fillTemplate('{{{a}}} {{a}} {{b.c}}', { a: 'x', b: { c: 'y' } }, upper)).toBe('x X Y');
  });

  test('when a section tag stands alone on its line then the line goes with it', () => {
    expect(fillTemplate('a\n{{#s}}\nb\n{{/s}}\nc\n', { s: true }, upper)).toBe('a\nb\nc\n');
  });

  test('when nested sections have the same name then each closes its own', () => {
    const view = { s: [{ s: [{ v: 'i' }] }] };
    expect(fillTemplate('{{#s}}[{{#s}}{{v}}{{/s}}]{{/s}}', view, upper)).toBe('[I]');
  });
});
