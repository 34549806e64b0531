import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

// TODO(#5): implement; this stub lets the CLI build while the command is written.
export function diffCommand(
  _args: string[],
  _opts: { format: 'text' | 'json' },
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan diff is not available yet'));
}
