/**
 * plan history FILE: the milestone trend from git. One `git log --follow` finds the commits
 * that changed the plan, one `git cat-file --batch` reads it at each, and each version is
 * scheduled in-process; a version that is invalid becomes a row that says so.
 */
import { resolve } from 'node:path';
import type { HistoryCliOptions } from '../cli.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { readFileLog, type LogEntry } from '../io/git-log.js';
import { locateInRepo, type RepoFile } from '../io/git-repo.js';
import { readHistory } from '../io/read-history.js';
import { trendKindOf, writeTrendCharts } from '../io/write-trend-charts.js';
import { renderHistoryJson } from '../render/history-json.js';
import { renderHistoryTable } from '../render/history-table.js';

export async function historyCommand(
  file: string,
  opts: HistoryCliOptions,
  ctx: Context,
): Promise<number> {
  opts.output.forEach(trendKindOf);
  const repo = await locateInRepo(file, ctx.cwd);
  const entries = selectEntries(await readFileLog(repo), opts, repo);
  const { history, language } = await readHistory(repo, entries);
  if (opts.output.length === 0) {
    const table = (): string => renderHistoryTable(history, language);
    ctx.out(opts.format === 'json' ? renderHistoryJson(history) : table());
    return 0;
  }
  if (history.rows.length === 0)
    throw new UsageError(`no commits of ${file} to draw in this range`);
  const protect = [`${repo.top}/${repo.path}`];
  await writeTrendCharts(
    opts.output.map((output) => resolve(ctx.cwd, output)),
    history,
    {
      language,
      browser: opts.browser,
      env: ctx.env,
      protect,
    },
  );
  for (const output of opts.output) ctx.err(`wrote ${output}\n`);
  return 0;
}

/** Filters by report date (both ends inclusive), keeps the newest N, and turns oldest first. */
function selectEntries(log: LogEntry[], opts: HistoryCliOptions, repo: RepoFile): LogEntry[] {
  if (log.length === 0) {
    throw new UsageError(
      `git does not know ${repo.file}: no commit has it (as ${repo.path}); ` +
        `commit it first: git add ${repo.file} && git commit`,
    );
  }
  const inRange = log.filter(
    (e) =>
      (opts.since === undefined || e.date >= opts.since) &&
      (opts.until === undefined || e.date <= opts.until),
  );
  const selected = inRange.slice(0, opts.maxCount ?? inRange.length);
  const cut = selected.find((e) => repo.shallowCommits.has(e.commit));
  if (cut !== undefined) {
    throw new UsageError(
      `the history of ${repo.file} is cut at the shallow boundary (commit ` +
        `${cut.commit.slice(0, 7)}, ${cut.date}): this is a shallow clone; run ` +
        'git fetch --unshallow, or limit the range with --since or --max-count',
    );
  }
  return selected.reverse();
}
