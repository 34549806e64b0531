import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan, tempDir } from '../helpers/cli.js';
import { commitFile, git, scratchRepo, story } from '../helpers/scratch-repo.js';

const PLAN = 'plans/e-zusammenarbeit.yaml';

/** The programme's story as four commits, each on its report date. */
function storyRepo(): string {
  const dir = scratchRepo();
  commitFile(dir, PLAN, story('1-framework'), '2021-11-15', 'Approved framework plan to June 2025');
  commitFile(dir, PLAN, story('2-licences'), '2022-12-12', 'Licence decision: 1,000 licences');
  commitFile(dir, PLAN, story('3-stop'), '2023-09-04', 'Project stopped');
  commitFile(
    dir,
    PLAN,
    story('4-restart'),
    '2024-02-05',
    'Restart with renewed mandate and tender',
  );
  return dir;
}

interface Row {
  date: string;
  subject: string;
  finish?: string;
  milestones?: Record<string, string>;
  error?: string;
}

describe('plan history', () => {
  const dir = storyRepo();

  test('when the story is replayed then the trend shows the slip at stop and restart', async () => {
    const result = await runPlan(['history', PLAN, '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.map((r) => [r.date, r.finish, r.milestones])).toEqual([
      ['2021-11-15', '2025-06-27', { 'phase-1-fertig': '2024-06-21', projektende: '2025-06-27' }],
      ['2022-12-12', '2025-06-27', { 'phase-1-fertig': '2024-07-12', projektende: '2025-06-27' }],
      ['2023-09-04', '2025-11-14', { 'phase-1-fertig': '2024-11-29', projektende: '2025-11-14' }],
      [
        '2024-02-05',
        '2025-12-19',
        {
          projektauftrag: '2024-02-05',
          vergabe: '2024-04-29',
          'phase-1-fertig': '2025-01-03',
          projektende: '2025-12-19',
        },
      ],
    ]);
  });

  test('when printed as a table then moves since the previous row are marked', async () => {
    const result = await runPlan(['history', PLAN], { cwd: dir });
    const lines = result.stdout.split('\n');
    // A German plan: German words and dates. Each version's status date lies a few days before
    // its commit: the report column (Bericht) shows it.
    expect(lines[0]).toMatch(/^Commit +Datum +Bericht +Betreff +Ende +M1 +M2 +M3 +M4$/);
    expect(lines[2]).toMatch(/^\w{7} {2}15\.11\.2021 {2}12\.11\.2021 {2}Approved/);
    expect(result.stdout).toMatch(/^Meilensteine:\n {2}M1 {2}phase-1-fertig: /m);
    expect(lines[3]).toContain('12.07.2024 (+21)');
    expect(lines[4]).toContain('14.11.2025 (+140)');
    expect(result.stdout).toContain('(+N) die Prognose liegt N Kalendertage später');
  });

  test('when limited by date and count then only those commits are rows, oldest 1st', async () => {
    const since = await runPlan(
      ['history', PLAN, '-f', 'json', '--since', '2022-12-12', '--until', '2023-09-04'],
      { cwd: dir },
    );
    expect((JSON.parse(since.stdout) as Row[]).map((r) => r.date)).toEqual([
      '2022-12-12',
      '2023-09-04',
    ]);
    const last = await runPlan(['history', PLAN, '-f', 'json', '-n', '1'], { cwd: dir });
    expect((JSON.parse(last.stdout) as Row[]).map((r) => r.date)).toEqual(['2024-02-05']);
  });

  test('when a chart is asked for then the Mermaid and SVG trend charts are written', async () => {
    const out = tempDir();
    const mmd = join(out, 'trend.mmd');
    const svg = join(out, 'trend.svg');
    const result = await runPlan(['history', PLAN, '-o', mmd, '-o', svg], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    // The report dates are the plans' status dates, not the commit dates.
    expect(readFileSync(mmd, 'utf8')).toContain(
      'x-axis "Berichtsdatum" ["2021-11-12", "2022-12-09", "2023-08-31", "2024-02-02"]',
    );
    expect(readFileSync(svg, 'utf8')).toContain('Meilensteintrendanalyse');
  });

  test('when late commits speak of earlier dates then those are the report dates', async () => {
    const repo = scratchRepo();
    const april = story('4-restart');
    commitFile(repo, 'p.yaml', april, '2026-12-03', 'as of 2 February 2024');
    const fix = april.replace('duration: 12w', 'duration: 13w');
    commitFile(repo, 'p.yaml', fix, '2026-12-03', 'same status date, fixed');
    const json = await runPlan(['history', 'p.yaml', '-f', 'json'], { cwd: repo });
    const rows = JSON.parse(json.stdout) as (Row & { statusDate: string; reportDate: string })[];
    expect(rows.map((r) => [r.date, r.statusDate, r.reportDate])).toEqual([
      ['2026-12-03', '2024-02-02', '2024-02-02'],
      ['2026-12-03', '2024-02-02', '2024-02-02'],
    ]);
    const out = tempDir();
    const chart = await runPlan(['history', 'p.yaml', '-o', join(out, 't.mmd')], { cwd: repo });
    expect(chart.code).toBe(0);
    // One report date, drawn once, by the last commit (vergabe 2024-05-06 after 13 weeks).
    const mmd = readFileSync(join(out, 't.mmd'), 'utf8');
    expect(mmd).toContain('x-axis "Berichtsdatum" ["2024-02-02"]');
    expect(mmd).not.toContain('2026-');
  });

  test('when a version is invalid then its row says so and the walk goes on', async () => {
    const repo = scratchRepo();
    commitFile(repo, 'p.yaml', story('1-framework'), '2021-11-15', 'good');
    const broken = story('1-framework').replace('after: [auswahl]', 'after: [auswahll]');
    commitFile(repo, 'p.yaml', broken, '2021-12-01', 'typo');
    git(repo, ['mv', 'p.yaml', 'plan.yaml']);
    commitFile(repo, 'plan.yaml', story('2-licences'), '2022-12-12', 'renamed and fixed');
    const result = await runPlan(['history', 'plan.yaml', '-f', 'json'], { cwd: repo });
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.map((r) => r.subject)).toEqual(['good', 'typo', 'renamed and fixed']);
    expect(rows[1]?.error).toMatch(/auswahll/);
    expect(rows[2]?.finish).toBe('2025-06-27');
    const table = await runPlan(['history', 'plan.yaml'], { cwd: repo });
    // A German plan: the row says "ungültig" once, then where and what.
    expect(table.stdout).toMatch(/ungültig: \d+:\d+: .*auswahll/);
    expect(table.stdout).not.toMatch(/invalid plan/);
  });
});

describe('plan history through a link', () => {
  test('when the plan is reached through a link from outside then it is followed', async () => {
    const repo = scratchRepo();
    commitFile(repo, 'plan.yaml', story('1-framework'), '2021-11-15', 'framework');
    const link = join(tempDir(), 'link.yaml');
    symlinkSync(join(repo, 'plan.yaml'), link);
    const result = await runPlan(['history', link, '-f', 'json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Row[]).map((r) => r.subject)).toEqual(['framework']);
  });
});

describe('plan history on bad input', () => {
  test('when the folder is not a git repository then exit 2 with a message', async () => {
    const result = await runPlan(['history', 'plan.yaml'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not in a git repository/);
  });

  test('when git does not know the file then exit 2 and say how to commit it', async () => {
    const repo = scratchRepo();
    commitFile(repo, 'other.yaml', 'x: 1\n', '2024-01-01', 'other');
    const result = await runPlan(['history', 'plan.yaml'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/git does not know plan\.yaml.*git add plan\.yaml/);
  });

  test('when the clone is shallow then exit 2 and suggest fetching the rest', async () => {
    const source = storyRepo();
    const clone = join(tempDir(), 'clone');
    git(source, ['clone', '-q', '--depth', '2', `file://${source}`, clone]);
    const result = await runPlan(['history', PLAN], { cwd: clone });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/shallow boundary.*git fetch --unshallow/);
    const recent = await runPlan(['history', PLAN, '-n', '1'], { cwd: clone });
    expect(recent.code).toBe(0);
  });

  test('when --since is not a date or the output name is unknown then exit 2', async () => {
    const dir = tempDir();
    expect((await runPlan(['history', 'p.yaml', '--since', 'last week'], { cwd: dir })).code).toBe(
      2,
    );
    const bad = await runPlan(['history', 'p.yaml', '-o', 'trend.gif'], { cwd: dir });
    expect(bad.stderr).toMatch(/must end in \.svg, \.png, \.pdf, \.md or \.mmd/);
    expect(existsSync(join(dir, 'trend.gif'))).toBe(false);
  });
});
