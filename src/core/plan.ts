/**
 * The plan model: a validated plan file, normalised for the scheduler and the renderers.
 * Dates are ISO calendar days ('YYYY-MM-DD') without time or zone.
 */

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Language = 'de' | 'en';
export type DurationUnit = 'd' | 'w' | 'mo';
export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';
export type ResolutionStatus = 'open' | 'in-progress' | 'done';

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface Dependency {
  task: string;
  type: DependencyType;
  /** Working days between the two tasks; may be negative (a lead). */
  lag: number;
}

export interface Task {
  id: string;
  name: string;
  /** Id of the phase the task belongs to; null for milestones outside any phase. */
  phase: string | null;
  milestone: boolean;
  /** Absent on milestones. */
  duration?: Duration;
  /** Start no earlier than this date. */
  start?: string;
  /** Fixed date of a milestone. */
  date?: string;
  deadline?: string;
  after: Dependency[];
  progress?: number;
  actual?: { start?: string; finish?: string };
  baseline?: { start?: string; finish?: string };
  /** What the plan's author marked as an assumption rather than a fact. */
  assumption?: string;
  notes?: string;
}

export interface Phase {
  id: string;
  name: string;
  assumption?: string;
  tasks: Task[];
}

export interface Interruption extends DateRange {
  id: string;
  reason?: string;
  assumption?: string;
}

export interface BudgetYear {
  year: number;
  approved?: number;
  planned?: number;
  spent?: number;
  source?: string;
  assumption?: string;
}

export interface Body {
  id: string;
  name: string;
  role?: string;
}

export interface Review {
  date: string;
  title: string;
  body?: string;
}

export interface ResolutionPoint {
  id: string;
  text: string;
  status: ResolutionStatus;
  report?: string;
}

export interface Plan {
  version: 1;
  project: {
    id: string;
    title: string;
    start: string;
    statusDate?: string;
    language: Language;
    description?: string;
    owner?: string;
    resolution?: { id: string; session?: string; date?: string; title?: string };
  };
  calendar: {
    workdays: Weekday[];
    /** ISO 3166-2 region such as 'DE-SN', or a country such as 'DE'. */
    holidays?: string;
    closed: DateRange[];
  };
  interruptions: Interruption[];
  phases: Phase[];
  /** Milestones outside any phase. */
  milestones: Task[];
  budget?: { currency: string; years: BudgetYear[] };
  governance?: { bodies: Body[]; reviews: Review[] };
  resolutionPoints: ResolutionPoint[];
}

/** Every task and milestone of a plan, phases first in file order, then loose milestones. */
export function allTasks(plan: Plan): Task[] {
  return [...plan.phases.flatMap((phase) => phase.tasks), ...plan.milestones];
}
