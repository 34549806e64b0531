/** What the scheduler computes for a plan: the forecast, and the result of comparing it. */

export interface Segment {
  start: string;
  finish: string;
}

export type TaskStatus = 'done' | 'active' | 'planned';

export interface ScheduledTask {
  id: string;
  name: string;
  phase: string | null;
  milestone: boolean;
  start: string;
  finish: string;
  /** Working days of work, counted from start to finish (0 for a milestone). */
  duration: number;
  /** Total float in working days; negative where a deadline or fixed date is missed. */
  float: number;
  critical: boolean;
  /** Working pieces of the task: more than one when an interruption paused it. */
  segments: Segment[];
  /** True when an interruption paused the task or moved it behind the stop. */
  interrupted: boolean;
  progress: number;
  status: TaskStatus;
  deadline: string | null;
  baselineStart: string | null;
  baselineFinish: string | null;
  /** Forecast finish minus baseline finish, in working days. */
  slipDays: number | null;
  /** Forecast finish minus baseline finish, in calendar days. */
  slipCalendarDays: number | null;
}

export type ConflictKind = 'late' | 'deadline';

export interface Conflict {
  task: string;
  kind: ConflictKind;
  /** Size of the conflict in working days. */
  days: number;
  message: string;
}

export interface Schedule {
  project: { id: string; start: string; finish: string; statusDate: string | null };
  tasks: ScheduledTask[];
  conflicts: Conflict[];
  /** Ids of the critical tasks, in start order. */
  criticalPath: string[];
}
