/** What a command may use of the outside world; tests pass their own. */
export interface Context {
  /** Results: tables, JSON, Mermaid text. */
  out(text: string): void;
  /** Diagnostics: problems, progress, summaries of what was written. */
  err(text: string): void;
  /** Colour on stderr/stdout is allowed (a terminal, and no NO_COLOR). */
  color: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Today as 'YYYY-MM-DD', the default status date where a plan gives none. */
  today: string;
  /** Whether stdin is an interactive terminal (prompts are allowed). */
  interactive: boolean;
}

export function processContext(): Context {
  const env = process.env;
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color: !noColor && process.stdout.isTTY === true && env.FORCE_COLOR !== '0',
    cwd: process.cwd(),
    env,
    today,
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
  };
}
