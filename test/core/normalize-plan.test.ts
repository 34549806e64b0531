import { normalizePlan } from '../../src/core/normalize-plan.js';
import { parseDependency, parseDuration } from '../../src/core/parse-duration.js';

describe('parseDuration', () => {
  test.each([
    ['10d', { amount: 10, unit: 'd' }],
    ['3w', { amount: 3, unit: 'w' }],
    ['2mo', { amount: 2, unit: 'mo' }],
  ])('when given %s then it reads %j', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  test.each(['10', 'd', '2m', '1.5d', '-3d', '10 days'])(
    'when given %s then it is null',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('parseDependency', () => {
  test.each([
    ['tender', { task: 'tender', type: 'FS', lag: 0 }],
    ['tender +10d', { task: 'tender', type: 'FS', lag: 10 }],
    ['tender -2d', { task: 'tender', type: 'FS', lag: -2 }],
    ['phase-2d', { task: 'phase-2d', type: 'FS', lag: 0 }],
    [
      { task: 'tender', type: 'SS', lag: '5d' },
      { task: 'tender', type: 'SS', lag: 5 },
    ],
    [
      { task: 'tender', lag: '-1d' },
      { task: 'tender', type: 'FS', lag: -1 },
    ],
    [{ task: 'tender' }, { task: 'tender', type: 'FS', lag: 0 }],
  ])('when given %j then it reads %j', (entry, expected) => {
    expect(parseDependency(entry)).toEqual(expected);
  });

  test.each(['tender +10x', { task: 'a', type: 'XX' }, { type: 'FS' }, 42])(
    'when given %j then it is null',
    (entry) => {
      expect(parseDependency(entry)).toBeNull();
    },
  );
});

describe('normalizePlan', () => {
  const raw = {
    version: 1,
    project: { id: 'p', title: 'P', start: '2024-01-08' },
    phases: [
      {
        id: 'ph',
        name: 'Phase',
        tasks: [
          { id: 'a', name: 'A', duration: '3w' },
          { id: 'b', name: 'B', duration: '2d', after: 'a +1d' },
          { id: 'm', name: 'M', milestone: true, after: ['a', { task: 'b', type: 'FF' }] },
        ],
      },
    ],
    milestones: [{ id: 'end', name: 'End', date: '2024-06-28' }],
    budget: { years: { 2024: { approved: 100, spent: 40 }, 2025: { planned: 50 } } },
  };

  test('when calendar and language are absent then the defaults apply', () => {
    const plan = normalizePlan(raw);
    expect(plan.calendar).toEqual({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], closed: [] });
    expect(plan.project.language).toBe('en');
    expect(plan.interruptions).toEqual([]);
    expect(plan.resolutionPoints).toEqual([]);
  });

  test('when tasks sit in a phase then they carry its id, and loose milestones carry null', () => {
    const plan = normalizePlan(raw);
    expect(plan.phases[0]?.tasks.map((t) => [t.id, t.phase, t.milestone])).toEqual([
      ['a', 'ph', false],
      ['b', 'ph', false],
      ['m', 'ph', true],
    ]);
    expect(plan.milestones[0]).toMatchObject({ id: 'end', phase: null, milestone: true });
  });

  test('when after is one string or a list then both become dependencies', () => {
    const [, b, m] = normalizePlan(raw).phases[0]?.tasks ?? [];
    expect(b?.after).toEqual([{ task: 'a', type: 'FS', lag: 1 }]);
    expect(m?.after).toEqual([
      { task: 'a', type: 'FS', lag: 0 },
      { task: 'b', type: 'FF', lag: 0 },
    ]);
    expect(m?.duration).toBeUndefined();
  });

  test('when budget years are keyed by year then they become a list of years', () => {
    expect(normalizePlan(raw).budget).toEqual({
      currency: 'EUR',
      years: [
        { year: 2024, approved: 100, spent: 40 },
        { year: 2025, planned: 50 },
      ],
    });
  });

  test('when closed days mix single days and ranges then all become ranges', () => {
    const plan = normalizePlan({
      ...raw,
      calendar: { closed: ['2024-12-24', { from: '2024-12-27', to: '2024-12-31' }] },
    });
    expect(plan.calendar.closed).toEqual([
      { from: '2024-12-24', to: '2024-12-24' },
      { from: '2024-12-27', to: '2024-12-31' },
    ]);
  });

  test('when the data is not a plan at all then it still returns an empty plan', () => {
    expect(normalizePlan('nonsense').phases).toEqual([]);
  });
});
