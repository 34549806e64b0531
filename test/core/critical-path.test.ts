import { byId, run } from './schedule-helpers.js';

// The house-building project of Hillier & Lieberman, "Introduction to Operations Research"
// (Reliable Construction Co.): durations in weeks, here as days of a seven-day calendar.
// Published: 44 weeks; critical path A B C E F J L N; slack D 4, G 4, H 4, I 2, K 1, M 4.
const network: [string, number, string[]][] = [
  ['A', 2, []],
  ['B', 4, ['A']],
  ['C', 10, ['B']],
  ['D', 6, ['C']],
  ['E', 4, ['C']],
  ['F', 5, ['E']],
  ['G', 7, ['D']],
  ['H', 9, ['E', 'G']],
  ['I', 7, ['C']],
  ['J', 8, ['F', 'I']],
  ['K', 4, ['J']],
  ['L', 5, ['J']],
  ['M', 2, ['H']],
  ['N', 6, ['K', 'L']],
];

const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

describe('critical path', () => {
  const s = run(
    network.map(([id, days, after]) => ({ id, duration: `${days}d`, after })),
    { start: '2024-01-01', holidays: undefined, workdays: [...everyDay] },
  );

  test('when the textbook network is scheduled then it lasts 44 days', () => {
    expect(s.project.finish).toBe('2024-02-13');
    expect(byId(s, 'N').finish).toBe('2024-02-13');
  });

  test('when the textbook network is scheduled then the floats are the published slack', () => {
    const floats = Object.fromEntries(s.tasks.map((t) => [t.id, t.float]));
    expect(floats).toEqual({
      ...{ A: 0, B: 0, C: 0, D: 4, E: 0, F: 0, G: 4 },
      ...{ H: 4, I: 2, J: 0, K: 1, L: 0, M: 4, N: 0 },
    });
  });

  test('when the textbook network is scheduled then the critical path is A B C E F J L N', () => {
    expect(s.criticalPath).toEqual(['A', 'B', 'C', 'E', 'F', 'J', 'L', 'N']);
  });
});
