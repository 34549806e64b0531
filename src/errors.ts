/** Expected failures: each carries the exit code of the contract and a message for a person. */

export class PlanwerkError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'PlanwerkError';
  }
}

/** The command was used wrongly, or a file could not be read or written: exit 2. */
export class UsageError extends PlanwerkError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The plan is invalid or cannot be scheduled: exit 1. */
export class PlanError extends PlanwerkError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'PlanError';
  }
}
