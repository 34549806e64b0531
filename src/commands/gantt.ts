import type { Context } from '../context.js';
import type { GanttCliOptions } from '../cli.js';
import { UsageError } from '../errors.js';

// TODO(#4): implement; this stub lets the CLI build while the command is written.
export function ganttCommand(
  _file: string,
  _opts: GanttCliOptions,
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan gantt is not available yet'));
}
