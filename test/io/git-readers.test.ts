import { join } from 'node:path';
import { readBlobs } from '../../src/io/git-cat-file.js';
import { readFileLog } from '../../src/io/git-log.js';
import { locateInRepo, resolveRevision } from '../../src/io/git-repo.js';
import { tempDir } from '../helpers/cli.js';
import { commitFile, git, scratchRepo } from '../helpers/scratch-repo.js';

describe('git readers', () => {
  test('when a plan was renamed then the log gives its path at every commit', async () => {
    const dir = scratchRepo();
    const first = commitFile(dir, 'plans/old name.yaml', 'one\n', '2022-12-05', 'first');
    commitFile(dir, 'other.txt', 'x\n', '2023-01-01', 'unrelated');
    git(dir, ['mv', 'plans/old name.yaml', 'plans/new.yaml']);
    const second = commitFile(dir, 'plans/new.yaml', 'one\ntwo\n', '2023-09-15', 'moved');
    const repo = await locateInRepo('new.yaml', join(dir, 'plans'));
    expect(repo.path).toBe('plans/new.yaml');
    const log = await readFileLog(repo);
    expect(log).toEqual([
      { commit: second, date: '2023-09-15', subject: 'moved', path: 'plans/new.yaml', status: 'R' },
      {
        commit: first,
        date: '2022-12-05',
        subject: 'first',
        path: 'plans/old name.yaml',
        status: 'A',
      },
    ]);
    const texts = await readBlobs(repo.top, [...log, { commit: first, path: 'plans/nope.yaml' }]);
    expect(texts).toEqual(['one\ntwo\n', 'one\n', null]);
  });

  test('when the folder is not in a repository then the message says so', async () => {
    const dir = tempDir();
    await expect(locateInRepo('plan.yaml', dir)).rejects.toThrow(/not in a git repository/);
  });

  test('when a revision does not exist then it is a usage error naming it', async () => {
    const dir = scratchRepo();
    commitFile(dir, 'p.yaml', 'x\n', '2024-01-01', 'one');
    const repo = await locateInRepo('p.yaml', dir);
    await expect(resolveRevision(repo, 'v9.9')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/unknown revision 'v9.9'/) as unknown,
    });
    await expect(resolveRevision(repo, '--all')).rejects.toMatchObject({ exitCode: 2 });
  });
});
