/**
 * The plan file `plan init` writes: a plan template (templates/plan.<lang>.yaml) filled from
 * the answers. Every answer is written as a YAML scalar by the yaml package, so a title with
 * ': ' or '#' stays text; comments get single-line text only.
 */
import { stringify } from 'yaml';
import type { InitAnswers } from '../core/init-answers.js';
import { slugify } from '../core/init-answers.js';
import { fillTemplate, type TemplateValue } from './fill-template.js';

const TASK_NAME = { de: 'Erstes Arbeitspaket', en: 'First work package' };

/** One-line YAML scalar: plain where that reads the same, quoted where it would not. */
export function yamlScalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function comment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Ids unique across the plan: 'phase-1', then 'phase-1-2' for the next with the same slug. */
function idMaker(): (name: string, fallback: string) => string {
  const used = new Set<string>();
  return (name, fallback) => {
    const base = slugify(name) || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

export function renderPlanYaml(
  answers: InitAnswers,
  template: string,
  context: { schema: string; today: string; file: string },
): string {
  const makeId = idMaker();
  const phases = answers.phases.map((name, i) => {
    const id = makeId(name, `phase-${i + 1}`);
    return { id, name, taskId: makeId(`${id}-work`, `work-${i + 1}`) };
  });
  const view: { [key: string]: TemplateValue } = {
    schema: comment(context.schema),
    titleComment: comment(answers.title),
    today: context.today,
    file: comment(context.file),
    id: answers.id,
    title: answers.title,
    start: answers.start,
    language: answers.language,
    resolution: answers.resolution,
    session: answers.session,
    region: answers.region,
    phases: phases.map((p, i) => ({
      ...p,
      taskName: TASK_NAME[answers.language],
      after: i === 0 ? null : (phases[i - 1]?.taskId ?? null),
    })),
    milestones: answers.milestones.map((m, i) => ({
      id: makeId(m.name, `milestone-${i + 1}`),
      name: m.name,
      date: m.date,
    })),
    budgetYears:
      answers.budgetYears.length === 0
        ? null
        : { rows: answers.budgetYears.map((y) => ({ year: y.year, amount: y.amount })) },
  };
  return fillTemplate(template, view, (text) => yamlScalar(text));
}
