import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svgProblems } from '../../src/render/svg-problems.js';
import { ROOT, runPlan, tempDir } from '../helpers/cli.js';
import { svgTexts } from '../io/svg-text.js';
import { chainPlan, NAMES, NAMES_PLAN } from './gantt-plans.js';

function planIn(text = NAMES_PLAN, name = 'plan.yaml'): { dir: string; file: string } {
  const dir = tempDir();
  writeFileSync(join(dir, name), text);
  return { dir, file: name };
}

describe('plan gantt: Mermaid text', () => {
  test('when -o - is given then the chart with planwerk dates goes to stdout', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('  todayMarker off');
    expect(lines).toContain('  Interruption#58; Restructuring: i_stop, 2024-02-01, 2024-03-01');
    expect(lines).toContain(
      '  Kick-off#58; scope#59; budget #35;1: done, t_a, 2024-01-01, 2024-01-13',
    );
    expect(
      lines.filter((l) => /t_b(_x2)?, /.test(l)).map((l) => l.slice(l.indexOf('t_b'))),
    ).toEqual(['t_b, 2024-01-15, 2024-02-01', 't_b_x2, 2024-03-01, 2024-03-12']);
    expect(lines).toContain('  #115;ection: crit, t_c, 2024-03-12, 2024-03-19');
    expect(lines).toContain(
      '  Go-live 🚀 50#37; done: crit, milestone, t_m, 2024-03-18, 2024-03-19',
    );
    const statements = lines.filter((l) => !l.startsWith('  %%'));
    expect(statements.join('\n')).not.toMatch(/\bafter\b|excludes|, \d+[dwm]/);
  });

  test('when .mmd and .md are asked for then they are written without any browser', async () => {
    const { dir, file } = planIn();
    const args = ['gantt', file, '-o', 'c.mmd', '-o', 'c.md', '--browser', '/nowhere/chrome'];
    const result = await runPlan(args, { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'c.mmd'), 'utf8')).toMatch(/^---\nconfig:[\s\S]*\ngantt\n/);
    const page = readFileSync(join(dir, 'c.md'), 'utf8');
    expect(page).toMatch(/^# Plan: A & B &lt;test&gt; – Schedule\n/);
    expect(page).toContain('```mermaid\n---\nconfig:');
    expect(page).toContain('**Legend**');
    expect(result.stderr).toBe('wrote c.mmd\nwrote c.md\n');
  });

  test('when --baseline is given then the baseline written on tasks is drawn', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '--baseline'], { cwd: dir });
    expect(result.stdout).toContain(
      '  Kick-off#58; scope#59; budget #35;1 (baseline): b_a, 2024-01-01, 2024-01-11',
    );
  });

  test('when the language is German then labels are German', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '--lang', 'de'], { cwd: dir });
    expect(result.stdout).toContain('  section Unterbrechungen');
    expect(result.stdout).toContain('(Teil 2): crit, t_b_x2');
  });
});

describe('plan gantt: usage errors', () => {
  test('when the output name has no known format then it exits 2 naming the formats', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '-o', 'chart.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.mmd, .md, .svg, .png or .pdf');
  });

  test('when the output is the plan itself then it exits 2 and the plan is untouched', async () => {
    const { dir, file } = planIn(NAMES_PLAN, 'plan.md');
    const result = await runPlan(['gantt', file, '-o', 'plan.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing to overwrite the input file plan.md');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(NAMES_PLAN);
  });

  test('when the named browser does not exist then an SVG exits 2, writing nothing', async () => {
    const { dir, file } = planIn();
    const args = ['gantt', file, '-o', 'c.svg', '-o', 'c.md', '--browser', '/nowhere/chrome'];
    const result = await runPlan(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nowhere/chrome');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  test('when the status date is not a date then it exits 2', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '--status-date', '5.4.2024'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('YYYY-MM-DD');
  });
});

describe('plan gantt: rendered with Chromium', () => {
  test('when names carry syntax then SVG and PNG are written and the names read back', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '-o', 'c.svg', '-o', 'c.png'], { cwd: dir });
    expect(result.code).toBe(0);
    const svg = readFileSync(join(dir, 'c.svg'), 'utf8');
    expect(svgProblems(svg)).toEqual([]);
    const texts = svgTexts(svg);
    for (const name of NAMES) expect(texts).toContain(name);
    expect(texts).toContain('Plan: A & B <test>');
    expect(readFileSync(join(dir, 'c.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  test('when the plan is German then the date axis has German month names', async () => {
    const { dir, file } = planIn();
    const result = await runPlan(['gantt', file, '--lang', 'de', '-o', 'c.svg'], { cwd: dir });
    expect(result.code).toBe(0);
    const texts = svgTexts(readFileSync(join(dir, 'c.svg'), 'utf8'));
    expect(texts).toEqual(expect.arrayContaining(['Jan 2024', 'Feb 2024', 'Mär 2024']));
    expect(texts).not.toContain('Mar 2024');
  });

  test('when the real plan is drawn then phases, stop, VWZ and MIS are in the SVG', async () => {
    const dir = tempDir();
    const plan = join(ROOT, 'plans/e-zusammenarbeit.yaml');
    const result = await runPlan(['gantt', plan, '-o', join(dir, 'out.svg')]);
    expect(result.code).toBe(0);
    const svg = readFileSync(join(dir, 'out.svg'), 'utf8');
    expect(svgProblems(svg)).toEqual([]);
    const texts = svgTexts(svg);
    expect(texts.some((t) => t.startsWith('Phase 1: Grundlegende Kollaborationsfunktionen'))).toBe(
      true,
    );
    expect(texts.some((t) => t.startsWith('Phase 2: Weitere Kollaborationsfunktionen'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Unterbrechung: Zwischenzeitlicher Projektstopp'))).toBe(
      true,
    );
    expect(texts).toContain('Neues Verwaltungszentrum (VWZ) fertiggestellt');
    expect(texts).toContain('Intranet MIS abgelöst und abgeschaltet');
    expect(texts).toContain('Stichtag 05.04.2024');
    expect(svg).toMatch(/<rect id="planwerk-status_date"[^>]*class="task vert /);
  });

  test('when a plan has 500 tasks then every task is drawn', async () => {
    const { dir, file } = planIn(chainPlan(500));
    const result = await runPlan(['gantt', file, '-o', 'c.svg'], { cwd: dir });
    expect(result.code).toBe(0);
    const svg = readFileSync(join(dir, 'c.svg'), 'utf8');
    expect(svgProblems(svg)).toEqual([]);
    expect(svg.match(/<rect id="planwerk-t_t\d+"/g)).toHaveLength(500);
  });

  test('when a plan has 10,000 tasks then it points to --level phases, which renders', async () => {
    const { dir, file } = planIn(chainPlan(10_000));
    const tasks = await runPlan(['gantt', file, '-o', 'c.svg'], { cwd: dir });
    expect(tasks.code).toBe(2);
    expect(tasks.stderr).toContain('--level phases');
    expect(existsSync(join(dir, 'c.svg'))).toBe(false);
    const phases = await runPlan(['gantt', file, '--level', 'phases', '-o', 'p.svg'], { cwd: dir });
    expect(phases.code).toBe(0);
    const svg = readFileSync(join(dir, 'p.svg'), 'utf8');
    expect(svgProblems(svg)).toEqual([]);
    expect(svg.match(/<rect id="planwerk-p_p\d+"/g)).toHaveLength(100);
  });
});
