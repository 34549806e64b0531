/**
 * Amounts, dates and counts written for a reader of the report's language. Day strings are
 * formatted in UTC, so the output never depends on the machine's time zone.
 */
import type { Language } from '../core/plan.js';
import { toDay } from '../core/dates.js';

const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };
const MS_PER_DAY = 86_400_000;

/**
 * Plain spaces instead of the no-break spaces Intl puts between number and currency sign, so
 * that the text can be searched for '1.390.000 €'; the HTML report keeps amounts on one line
 * with CSS instead.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

export interface Formatter {
  language: Language;
  /** 1390000 → '1.390.000 €' (de) or '€1,390,000' (en). */
  amount(value: number): string;
  /** '2025-04-01' → '1. April 2025' (de) or '1 April 2025' (en). */
  date(day: string): string;
  /** '2025-04-01' → '01.04.2025' (de) or '01/04/2025' (en), for narrow table cells. */
  shortDate(day: string): string;
  /** A whole number: 12345 → '12.345' (de) or '12,345' (en). */
  number(value: number): string;
  /** A signed number: +3, −2, 0. */
  signed(value: number): string;
  /** ['2025', '2026'] → '2025 und 2026' (de) or '2025 and 2026' (en). */
  list(items: string[]): string;
}

export function createFormatter(language: Language, currency = 'EUR'): Formatter {
  const locale = LOCALES[language];
  const whole = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  });
  const cents = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const long = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' });
  const asDate = (day: string): Date => new Date(toDay(day) * MS_PER_DAY);
  return {
    language,
    amount: (value) =>
      plainSpaces((Number.isInteger(value) ? whole : cents).format(value)).replace('-', '−'),
    date: (day) => long.format(asDate(day)),
    shortDate: (day) => short.format(asDate(day)),
    number: (value) => integer.format(value),
    signed: (value) =>
      value > 0 ? `+${integer.format(value)}` : value < 0 ? `−${integer.format(-value)}` : '0',
    list: (items) => conjunction.format(items),
  };
}
