import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

// TODO(#3): implement; this stub lets the CLI build while the command is written.
export function scheduleCommand(
  _file: string,
  _opts: { statusDate?: string; baseline?: string; format: 'text' | 'json' },
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan schedule is not available yet'));
}
