import { createFormatter } from '../../src/render/format.js';

describe('createFormatter', () => {
  const de = createFormatter('de');
  const en = createFormatter('en');

  test('when German then amounts have dots and a trailing euro sign', () => {
    expect(de.amount(1390000)).toBe('1.390.000 €');
    expect(de.amount(0)).toBe('0 €');
  });

  test('when English then amounts have commas and a leading euro sign', () => {
    expect(en.amount(1390000)).toBe('€1,390,000');
  });

  test('when a date is formatted then it is the calendar day in any time zone', () => {
    expect(de.date('2025-04-01')).toBe('1. April 2025');
    expect(en.date('2025-04-01')).toBe('1 April 2025');
    expect(de.date('2024-12-31')).toBe('31. Dezember 2024');
    expect(de.shortDate('2025-04-01')).toBe('01.04.2025');
  });

  test('when numbers are signed or listed then they read naturally', () => {
    expect(de.signed(3)).toBe('+3');
    expect(de.signed(-1234)).toBe('−1.234');
    expect(de.signed(0)).toBe('0');
    expect(de.list(['2025', '2026'])).toBe('2025 und 2026');
    expect(en.list(['2025', '2026'])).toBe('2025 and 2026');
  });
});
