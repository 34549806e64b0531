/**
 * The report model as text for a reader: every date, amount and sentence formatted for the
 * report's language, nothing escaped yet. The Markdown and HTML writers fill their templates
 * from this one view, each with its own escaping.
 */
import type { ReportModel } from '../core/report-model.js';
import type { BudgetSummary } from '../core/budget.js';
import { validRows } from '../core/history.js';
import type { TemplateValue } from './fill-template.js';
import type { Formatter } from './format.js';
import { reportTimelineView } from './report-timeline-view.js';
import { phrase, type ReportLabels } from './phrase.js';
import { table } from './table.js';

export interface ViewExtras {
  /** The plan file, as named on the command line. */
  file: string;
}

export function buildReportView(
  model: ReportModel,
  labels: ReportLabels,
  fmt: Formatter,
  extras: ViewExtras,
): { [key: string]: TemplateValue } {
  const { project } = model;
  const resolution = project.resolution;
  return {
    lang: fmt.language,
    l: labels,
    heading: resolution
      ? phrase(labels, 'reportTitleResolution', { id: resolution.id })
      : `${phrase(labels, 'reportTitle')}: ${project.title}`,
    session: resolution?.session ? phrase(labels, 'session', { session: resolution.session }) : '',
    subject: resolution?.title ?? project.description ?? '',
    intro: phrase(labels, resolution ? 'intro' : 'introNoResolution'),
    projectTitle: project.title,
    owner: project.owner ?? '',
    statusDate: phrase(labels, 'statusDate', { date: fmt.date(model.statusDate) }),
    points: model.resolutionPoints.map((p) => ({
      id: p.id,
      text: p.text,
      status: labels.status?.[p.status] ?? p.status,
      statusClass: p.status,
      paragraphs: paragraphs(p.report ?? ''),
    })),
    timeline: reportTimelineView(model, labels, fmt),
    budget: budgetView(model.budget, labels, fmt),
    bodies: table(model.bodies.map((b) => ({ name: b.name, role: b.role ?? '' }))),
    reviews: table(
      model.upcomingReviews.map((r) => ({
        date: fmt.date(r.date),
        title: r.title,
        body: r.bodyName ?? '',
      })),
    ),
    nextReview: model.nextReview
      ? `${model.nextReview.title}: ${fmt.date(model.nextReview.date)}`
      : phrase(labels, 'nextReviewNone'),
    trend: trendView(model, fmt),
    generated: phrase(labels, 'generated', { file: extras.file }),
  };
}

/** Paragraphs of a report text: blank lines separate them, single line breaks do not. */
export function paragraphs(text: string): { text: string }[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => ({ text: p }));
}

function budgetView(budget: BudgetSummary | null, labels: ReportLabels, fmt: Formatter) {
  if (budget === null) return null;
  const money = (v: number | null): string => (v === null ? '–' : fmt.amount(v));
  return {
    rows: budget.rows.map((r) => ({
      year: String(r.year),
      approved: money(r.approved),
      planned: money(r.planned),
      spent: money(r.spent),
      source: r.source ?? '',
      note: [
        r.uncovered ? phrase(labels, 'uncoveredYear') : '',
        r.overspent ? phrase(labels, 'overspentYear') : '',
      ]
        .filter((n) => n !== '')
        .join('; '),
      warn: r.uncovered || r.overspent,
    })),
    approvedTotal: fmt.amount(budget.approvedTotal),
    plannedTotal: money(budget.plannedTotal),
    spentTotal: money(budget.spentTotal),
    holds: budget.holds,
    frame: phrase(labels, budget.holds ? 'frameHolds' : 'frameBreaks'),
    verdict: verdict(budget, labels, fmt).map((text) => ({ text })),
    rule: phrase(labels, 'budgetRule'),
  };
}

function verdict(budget: BudgetSummary, labels: ReportLabels, fmt: Formatter): string[] {
  const params = {
    span:
      budget.forecastYears.from === budget.forecastYears.to
        ? String(budget.forecastYears.from)
        : `${budget.forecastYears.from}–${budget.forecastYears.to}`,
    expected: fmt.amount(budget.expectedTotal),
    approved: fmt.amount(budget.approvedTotal),
    to: String(budget.forecastYears.to),
    over: fmt.amount(budget.expectedTotal - budget.approvedTotal),
    years: fmt.list(budget.uncoveredYears.map(String)),
  };
  if (budget.holds) return [phrase(labels, 'verdictHolds', params)];
  const years = (list: number[]): string => fmt.list(list.map(String));
  return [
    phrase(labels, 'verdictBreaks'),
    phrase(labels, budget.fitsAmount ? 'verdictAmountFits' : 'verdictAmount', params),
    budget.uncoveredYears.length > 0 ? phrase(labels, 'verdictUncovered', params) : '',
    budget.overspentYears.length > 0
      ? phrase(labels, 'verdictOverspent', { years: years(budget.overspentYears) })
      : '',
  ].filter((s) => s !== '');
}

function trendView(model: ReportModel, fmt: Formatter) {
  const trend = model.trend;
  if (trend === null) return null;
  return {
    milestones: trend.milestones.map((m) => ({ name: m.name })),
    points: validRows(trend).map((row) => ({
      date: fmt.shortDate(row.reportDate),
      commit: row.commit.slice(0, 7),
      finish: row.finish === null ? '–' : fmt.shortDate(row.finish),
      cells: trend.milestones.map((m) => {
        const day = row.milestones[m.id];
        return { value: day === undefined ? '–' : fmt.shortDate(day) };
      }),
    })),
  };
}
