import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan } from '../helpers/cli.js';
import {
  commitFile,
  git,
  scratchRepo,
  story,
  stopAndRestartRepo as repo,
} from '../helpers/scratch-repo.js';

describe('plan diff', () => {
  test('when two revisions are given then additions, moves, interruptions are listed', async () => {
    const result = await runPlan(['diff', 'HEAD~1', 'HEAD', 'plan.yaml', '-f', 'json'], {
      cwd: repo(),
    });
    expect(result.code).toBe(0);
    const diff = JSON.parse(result.stdout) as Record<string, unknown>;
    expect((diff.added as { id: string }[]).map((t) => t.id)).toEqual([
      'projektauftrag',
      'vergabeunterlagen',
      'vergabe',
    ]);
    // 2024-11-29 and 2025-01-03 are both Fridays: five weeks, no holidays in this plan.
    expect(diff.milestonesMoved).toEqual([
      {
        id: 'phase-1-fertig',
        name: 'Phase 1 abgeschlossen',
        from: '2024-11-29',
        to: '2025-01-03',
        workingDays: 25,
        calendarDays: 35,
      },
      {
        id: 'projektende',
        name: 'Projektende',
        from: '2025-11-14',
        to: '2025-12-19',
        workingDays: 25,
        calendarDays: 35,
      },
    ]);
    expect(diff.interruptions).toMatchObject({
      changed: [
        {
          id: 'stopp-2023',
          changes: [
            { field: 'to', from: '2023-12-31', to: '2024-01-31' },
            { field: 'reason', from: 'Umstrukturierung; Ende angenommen', to: 'Umstrukturierung' },
          ],
        },
      ],
    });
  });

  test('when only the file is given then HEAD is compared with the working tree', async () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'plan.yaml'),
      story('4-restart').replace('duration: 12w', 'duration: 13w'),
    );
    const result = await runPlan(['diff', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    // The plan is German, so are the words and dates; field names stay the plan's keys.
    expect(result.stdout).toContain('Plan HEAD (');
    expect(result.stdout).toContain('→ Arbeitskopie');
    expect(result.stdout).toContain('Geändert:\n  ~ vergabeunterlagen duration: 12w → 13w');
    expect(result.stdout).toContain(
      'Prognose:\n  vergabe: 29.04.2024 → 06.05.2024 (+5 Arbeitstage, +7 Kalendertage)',
    );
    expect(result.stdout).not.toMatch(/working|Changed|Forecast/);
  });

  test('when nothing changed then it says so and exits 0', async () => {
    const result = await runPlan(['diff', 'plan.yaml'], { cwd: repo() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Arbeitskopie: keine Unterschiede/);
  });

  test('when the plan was renamed since the revision then its old path is followed', async () => {
    const dir = scratchRepo();
    commitFile(dir, 'plans/old.yaml', story('3-stop'), '2023-09-04', 'stop');
    git(dir, ['mv', 'plans/old.yaml', 'plan.yaml']);
    commitFile(dir, 'plan.yaml', story('4-restart'), '2024-02-05', 'moved and restarted');
    const result = await runPlan(['diff', 'HEAD~1', 'plan.yaml', '-f', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    const diff = JSON.parse(result.stdout) as { finish: unknown };
    // 2025-11-14 → 2025-12-19, as in the first test, now across the rename.
    expect(diff.finish).toEqual({
      from: '2025-11-14',
      to: '2025-12-19',
      workingDays: 25,
      calendarDays: 35,
    });
    const base = await runPlan(['schedule', 'plan.yaml', '--baseline', 'HEAD~1', '-f', 'json'], {
      cwd: dir,
    });
    const tasks = (JSON.parse(base.stdout) as { tasks: { id: string; slipDays: number }[] }).tasks;
    expect(tasks.find((t) => t.id === 'projektende')?.slipDays).toBe(25);
  });

  test('when the file never existed at the revision then exit 2 naming it', async () => {
    const dir = scratchRepo();
    commitFile(dir, 'other.txt', 'x\n', '2023-09-01', 'before the plan');
    commitFile(dir, 'plan.yaml', story('3-stop'), '2023-09-04', 'stop');
    const result = await runPlan(['diff', 'HEAD~1', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/plan\.yaml does not exist at HEAD~1/);
  });

  test('when a revision does not exist then exit 2 naming it', async () => {
    const result = await runPlan(['diff', 'v1.0', 'plan.yaml'], { cwd: repo() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown revision 'v1.0'/);
  });

  test('when the working tree plan is invalid then exit 1', async () => {
    const dir = repo();
    writeFileSync(
      join(dir, 'plan.yaml'),
      story('4-restart').replace('after: [auswahl]', 'after: [auswahll]'),
    );
    const result = await runPlan(['diff', 'plan.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
  });
});
