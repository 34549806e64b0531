import type { Context } from '../context.js';
import type { HistoryCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';

// TODO(#5): implement; this stub lets the CLI build while the command is written.
export function historyCommand(
  _file: string,
  _opts: HistoryCliOptions,
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan history is not available yet'));
}
