import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderPlanYaml, yamlScalar } from '../../src/render/plan-yaml.js';
import type { InitAnswers } from '../../src/core/init-answers.js';
import { parsePlanText } from '../../src/io/load-plan.js';

const answers: InitAnswers = {
  id: 'portal',
  title: 'Portal: neu # 2',
  start: '2025-01-15',
  language: 'de',
  resolution: 'V0001/25',
  session: 'SR/001/2025',
  region: 'DE-SN',
  phases: ['Phase 1: Basis', 'Phase 2'],
  milestones: [{ name: 'Go-live', date: '2025-12-01' }],
  budgetYears: [
    { year: 2025, amount: 100000 },
    { year: 2026, amount: 250000.5 },
  ],
};

function render(a: InitAnswers): string {
  const template = readFileSync(`templates/plan.${a.language}.yaml`, 'utf8');
  return renderPlanYaml(a, template, {
    schema: '../schemas/plan.schema.json',
    today: '2025-01-10',
    file: 'plans/portal.yaml',
  });
}

describe('renderPlanYaml', () => {
  test('when a title has YAML syntax then it stays text and the plan is valid', () => {
    const text = render(answers);
    expect(text).toContain('  title: "Portal: neu # 2"\n');
    expect(text).toContain('# Portal: neu # 2\n');
    expect(parsePlanText(text, 'x.yaml').problems).toEqual([]);
    expect((parse(text) as { project: { title: string } }).project.title).toBe('Portal: neu # 2');
  });

  test('when an amount has cents then it is a number in the plan', () => {
    const years = (parse(render(answers)) as { budget: { years: Record<string, unknown> } }).budget
      .years;
    expect(years['2026']).toEqual({ approved: 250000.5 });
  });

  test('when a scalar needs no quotes then it has none', () => {
    expect(yamlScalar('Phase 2')).toBe('Phase 2');
    expect(yamlScalar('true')).toBe('"true"');
  });
});
