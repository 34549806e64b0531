import type { Context } from '../context.js';
import type { InitCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';

// TODO(#6): implement; this stub lets the CLI build while the command is written.
export function initCommand(
  _file: string | undefined,
  _opts: InitCliOptions,
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan init is not available yet'));
}
