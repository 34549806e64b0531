/** Why a valid plan cannot be scheduled. */
import { PlanError } from '../errors.js';
import { fromDay, type Day } from './dates.js';

/** A plan that is valid but cannot be scheduled; names the task where it happened. */
export class ScheduleError extends PlanError {
  constructor(
    message: string,
    /** Id of the task where scheduling failed, for the file position; null for the plan. */
    readonly taskId: string | null,
  ) {
    super(message);
    this.name = 'ScheduleError';
  }
}

/** Raised by the calendar when work would be placed beyond its horizon. */
export class HorizonError extends Error {
  constructor(readonly horizon: Day) {
    super(`beyond the scheduling horizon ${fromDay(horizon)}`);
    this.name = 'HorizonError';
  }
}
