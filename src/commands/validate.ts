import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

// TODO(#2): implement; this stub lets the CLI build while the command is written.
export function validateCommand(
  _files: string[],
  _opts: { format: 'text' | 'json' | 'github'; strict: boolean },
  _ctx: Context,
): Promise<number> {
  return Promise.reject(new UsageError('plan validate is not available yet'));
}
