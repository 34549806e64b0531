import type { Context } from '../context.js';
import type { ReportCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';

// TODO(#6): implement; this stub lets the CLI build while the command is written.
export function reportCommand(
  _file: string,
  _opts: ReportCliOptions,
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan report is not available yet'));
}
