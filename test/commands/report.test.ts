import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { findSystemBrowser } from '../../src/io/find-browser.js';
import { browserArgs } from '../../src/io/launch-browser.js';
import { runPlan, tempDir } from '../helpers/cli.js';
import { chainPlan } from './gantt-plans.js';

const PLAN = 'plans/e-zusammenarbeit.yaml';

describe('plan report on the real plan', () => {
  const dir = tempDir('planwerk-report-');
  const md = join(dir, 'report.md');
  const html = join(dir, 'report.html');
  let result: Awaited<ReturnType<typeof runPlan>>;

  beforeAll(async () => {
    result = await runPlan(['report', PLAN, '-o', md, '-o', html]);
  });

  test('when run then both reports are written and it exits 0', () => {
    expect(result.stderr).toContain(`wrote ${md}`);
    expect(result.code).toBe(0);
  });

  test('when read then it reports what the memo of 5 April 2024 reports', () => {
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('# Beschlusskontrolle zu V0876/21 (Sitzungsnummer: SR/032/2021)');
    expect(text).toContain('Stand: 5. April 2024');
    for (const n of ['1', '2', '3', '4']) expect(text).toContain(`### ${n}. Beschlusspunkt`);
    expect(text).toContain(
      '| 1. September 2023 | 31. Januar 2024 | 153 Kalendertage | 1. Februar 2024 |',
    );
    for (const amount of ['1.390.000 €', '2.440.000 €', '1.590.000 €', '1.690.000 €']) {
      expect(text).toContain(amount);
    }
    expect(text).toContain('**Summe** | **7.110.000 €**');
    expect(text).toContain('**Nächste Beschlusskontrolle: 1. April 2025**');
  });

  test('when read then it adds the recomputed timeline, the budget years and the chart', () => {
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/\| Prognose Projektende \| \d+\. \S+ 20\d\d \|/);
    expect(text).toContain('Prognose reicht in dieses Jahr, keine Mittel beschlossen');
    expect(text).toContain('```mermaid\n');
    expect(text).toContain('\ngantt\n');
  });

  test('when --lang en then the same plan reports in English', async () => {
    const out = join(dir, 'report.en.md');
    expect((await runPlan(['report', PLAN, '--lang', 'en', '-o', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('# Decision control on V0876/21 (session: SR/032/2021)');
    expect(text).toContain('€1,390,000');
    expect(text).toContain('As of 5 April 2024');
  });

  test('when the output is neither .md nor .html then it is a usage error', async () => {
    const r = await runPlan(['report', PLAN, '-o', join(dir, 'report.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a report is .md or .html');
  });

  test('when no output is named then it is a usage error', async () => {
    expect((await runPlan(['report', PLAN])).code).toBe(2);
  });

  test('when the HTML report is opened in Chromium then chart and tables are there', async () => {
    const executablePath = findSystemBrowser(process.env);
    if (executablePath === null) throw new Error('no Chromium: apt-get install chromium');
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: browserArgs(process.getuid?.() === 0),
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => void requests.push(r.url()));
      await page.setViewport({ width: 1100, height: 1400 });
      await page.goto(`file://${html}`, { waitUntil: 'load' });
      await page.screenshot({ path: join(dir, 'report.png'), fullPage: true });
      // Evaluated in the page (a string: the test's TypeScript has no DOM types).
      const found = (await page.evaluate(`({
        svgs: document.querySelectorAll('figure.gantt svg').length,
        bars: document.querySelectorAll('figure.gantt svg rect').length,
        budgetRows: document.querySelectorAll('table.budget-table tbody tr').length,
        points: document.querySelectorAll('article.point').length,
        scripts: document.querySelectorAll('script').length,
        title: document.querySelector('h1')?.textContent ?? '',
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      })`)) as Record<'svgs' | 'bars' | 'budgetRows' | 'points' | 'scripts', number> & {
        title: string;
        overflow: number;
      };
      // Nothing widens the page beyond the window (wide tables scroll inside their box).
      expect(found.overflow).toBeLessThanOrEqual(0);
      expect(found.svgs).toBe(1);
      expect(found.bars).toBeGreaterThan(10);
      expect(found.budgetRows).toBeGreaterThanOrEqual(4);
      expect(found.points).toBe(4);
      expect(found.scripts).toBe(0);
      expect(found.title).toContain('Beschlusskontrolle zu V0876/21');
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('plan report on a large plan', () => {
  test('when a page cannot show all the tasks then the chart has a bar per phase', async () => {
    const dir = tempDir();
    const plan = join(dir, 'chain.yaml');
    writeFileSync(plan, chainPlan(400));
    const out = join(dir, 'r.md');
    const r = await runPlan(['report', plan, '-o', out]);
    expect(r.code).toBe(0);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(readFileSync(out, 'utf8'))?.[1] ?? '';
    expect(chart).toContain('Phase 3');
    expect(chart).not.toContain('Task 399');
  });
});
