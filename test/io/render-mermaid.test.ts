import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../src/errors.js';
import { removeTempFiles } from '../../src/io/launch-browser.js';
import { openRenderer, renderMermaid, renderSvg } from '../../src/io/render-mermaid.js';
import { escapeMermaidText } from '../../src/render/mermaid-text.js';
import { svgProblems } from '../../src/render/svg-problems.js';
import { spawnPlan, tempDir } from '../helpers/cli.js';
import { svgTexts } from './svg-text.js';

const NAMES = [
  'Kick-off: scope; budget #1',
  'Say "yes" & <b>sign</b>',
  'section',
  'Go-live 🚀 50% done',
  "O'Neill's review, {draft}",
];

const CHART = [
  'gantt',
  `  title ${escapeMermaidText('Plan: A & B <test>')}`,
  '  dateFormat YYYY-MM-DD',
  '  axisFormat %b %Y',
  '  todayMarker off',
  `  section ${escapeMermaidText('Phase #1: start')}`,
  ...NAMES.map(
    (name, i) => `  ${escapeMermaidText(name)}: t_${i}, 2024-0${i + 1}-01, 2024-0${i + 2}-01`,
  ),
  '',
].join('\n');

const env = { ...process.env };

describe('renderMermaid with Chromium', () => {
  test('when names carry Mermaid and HTML syntax then the SVG shows them whole', async () => {
    const svg = await renderSvg(CHART, { env });
    expect(svgProblems(svg)).toEqual([]);
    const texts = svgTexts(svg);
    for (const name of NAMES) expect(texts).toContain(name);
    expect(texts).toContain('Plan: A & B <test>');
    expect(texts).toContain('Phase #1: start');
    expect(svg).not.toContain('<b>');
  });

  test('when svg, png and pdf are asked for then each file has its format', async () => {
    const dir = tempDir();
    const outputs = ['c.svg', 'c.png', 'c.pdf'].map((n) => join(dir, n));
    await renderMermaid(
      outputs.map((output) => ({ text: CHART, output })),
      { env },
    );
    expect(readFileSync(outputs[0] ?? '', 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(readFileSync(outputs[1] ?? '').subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(
      readFileSync(outputs[2] ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(readdirSync(dir).sort()).toEqual(['c.pdf', 'c.png', 'c.svg']);
  });

  test('when the Mermaid text is broken then nothing is written', async () => {
    const dir = tempDir();
    const output = join(dir, 'broken.svg');
    const bad = 'gantt\n  dateFormat YYYY-MM-DD\n  a : b : c : d\n  section';
    await expect(renderMermaid([{ text: bad, output }], { env })).rejects.toThrow(/Mermaid/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('when an output is the protected input then it is refused and left as it was', async () => {
    const dir = tempDir();
    const input = join(dir, 'plan.svg');
    writeFileSync(input, 'original');
    const render = renderMermaid([{ text: CHART, output: input }], { env, protect: [input] });
    await expect(render).rejects.toThrow(UsageError);
    expect(readFileSync(input, 'utf8')).toBe('original');
  });

  test('when the svg is transformed then the written file and the png come from it', async () => {
    const dir = tempDir();
    const renderer = openRenderer({ env }, []);
    try {
      await renderer.render([{ text: CHART, output: join(dir, 't.svg') }], {
        transformSvg: (svg) => svg.replace(/Kick-off/g, 'Auftakt'),
      });
    } finally {
      await renderer.close();
    }
    const texts = svgTexts(readFileSync(join(dir, 't.svg'), 'utf8'));
    expect(texts).toContain('Auftakt: scope; budget #1');
  });

  test('when the machine time zone differs then the SVG is the same', async () => {
    const east = await renderSvg(CHART, { env: { ...env, TZ: 'Pacific/Kiritimati' } });
    const west = await renderSvg(CHART, { env: { ...env, TZ: 'America/Adak' } });
    expect(east).toBe(west);
    expect(svgTexts(east)).toContain('Jan 2024');
  });

  test('when the output name has no chart format then it is a usage error', async () => {
    const render = renderMermaid([{ text: CHART, output: 'chart.txt' }], { env });
    await expect(render).rejects.toThrow(/\.svg, \.png or \.pdf/);
  });
});

describe('removeTempFiles', () => {
  test('when a write was cut short then only its temporary sibling is removed', () => {
    const dir = tempDir();
    const output = join(dir, 'out.svg');
    writeFileSync(join(dir, '.out.svg.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, '.other.svg.0123456789ab.tmp'), 'keep');
    writeFileSync(join(dir, 'out.svg.bak'), 'keep');
    removeTempFiles([output]);
    expect(existsSync(join(dir, '.out.svg.0123456789ab.tmp'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['.other.svg.0123456789ab.tmp', 'out.svg.bak']);
  });
});

describe('what a render leaves behind', () => {
  test('when plan gantt renders then nothing is left in the temporary folder', () => {
    const scratch = tempDir('planwerk-tmp-');
    const out = join(tempDir(), 'chart.svg');
    const r = spawnPlan(['gantt', 'plans/tour-school-wifi.yaml', '-o', out], {
      env: { TMPDIR: scratch },
    });
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // Neither the browser profile nor Chromium's own temporary folders stay.
    expect(readdirSync(scratch)).toEqual([]);
  });
});
