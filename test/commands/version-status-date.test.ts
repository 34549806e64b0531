/**
 * Every version of a plan read from git is scheduled as `plan schedule` schedules its text: as of
 * its own status date, or as planned when it has none (never as of the commit's or today's date).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan } from '../helpers/cli.js';
import { commitFile, scratchRepo } from '../helpers/scratch-repo.js';

// Monday 8 January 2024; Mon–Fri, no holidays: 5d ends Friday 12 January, 7d Tuesday 16 January.
const undated = (days: number): string =>
  [
    'version: 1',
    'project: { id: undated, title: Undated, start: 2024-01-08 }',
    'phases:',
    '  - id: p1',
    '    name: Phase 1',
    '    tasks:',
    `      - { id: build, name: Build, duration: ${days}d }`,
    '      - { id: done, name: Done, milestone: true, after: build }',
    '',
  ].join('\n');

interface JsonTask {
  id: string;
  finish: string;
  slipDays: number | null;
  slipCalendarDays: number | null;
}

/** Committed long after the plan's dates, so a commit-date status date would move everything. */
function repo(): string {
  const dir = scratchRepo();
  commitFile(dir, 'p.yaml', undated(5), '2026-03-02', 'five days');
  return dir;
}

describe('a plan without a status date, read from git', () => {
  test('when --baseline HEAD is the unchanged working tree then every slip is 0', async () => {
    const dir = repo();
    const result = await runPlan(['schedule', 'p.yaml', '--baseline', 'HEAD', '-f', 'json'], {
      cwd: dir,
    });
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { project: { finish: string }; tasks: JsonTask[] };
    expect(json.project.finish).toBe('2024-01-12');
    expect(json.tasks.map((t) => [t.id, t.slipDays, t.slipCalendarDays])).toEqual([
      ['build', 0, 0],
      ['done', 0, 0],
    ]);
  });

  test('when diffed then both sides have the finish that plan schedule gives', async () => {
    const dir = repo();
    commitFile(dir, 'p.yaml', undated(7), '2026-04-01', 'seven days');
    writeFileSync(join(dir, 'p.yaml'), undated(8));
    const schedule = await runPlan(['schedule', 'p.yaml', '-f', 'json'], { cwd: dir });
    const finish = (JSON.parse(schedule.stdout) as { project: { finish: string } }).project.finish;
    expect(finish).toBe('2024-01-17');
    const work = await runPlan(['diff', 'HEAD', 'p.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(work.stdout)).toMatchObject({
      finish: { from: '2024-01-16', to: finish, workingDays: 1, calendarDays: 1 },
    });
    const revs = await runPlan(['diff', 'HEAD~1', 'HEAD', 'p.yaml', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(revs.stdout)).toMatchObject({
      finish: { from: '2024-01-12', to: '2024-01-16', workingDays: 2, calendarDays: 4 },
    });
  });

  test('when 5d becomes 7d then the history finish moves by 2 working days', async () => {
    const dir = repo();
    commitFile(dir, 'p.yaml', undated(7), '2026-04-01', 'seven days');
    const result = await runPlan(['history', 'p.yaml', '-f', 'json'], { cwd: dir });
    const rows = JSON.parse(result.stdout) as { finish: string }[];
    expect(rows.map((r) => r.finish)).toEqual(['2024-01-12', '2024-01-16']);
  });
});
