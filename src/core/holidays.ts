/**
 * Public holidays of a region, as day numbers. Only holidays of type 'public' are days off;
 * observances (such as 24 December in Germany) and bank holidays are not.
 */
import { createRequire } from 'node:module';
import type HolidaysLibrary from 'date-holidays';
import { toDay, type Day } from './dates.js';

type HolidaysClass = typeof HolidaysLibrary;
let library: HolidaysClass | undefined;

/**
 * date-holidays, loaded on first use: plans without a holiday region never pay for its data,
 * and its CommonJS build loads in about two thirds of the time of its ES module build.
 */
export function holidaysLibrary(): HolidaysClass {
  library ??= createRequire(import.meta.url)('date-holidays') as HolidaysClass;
  return library;
}

export type HolidaySource = (year: number) => Day[];

/** True when date-holidays knows the region: 'DE', or 'DE-SN' (country and subdivision). */
export function isKnownHolidayRegion(region: string): boolean {
  const [country, state, ...rest] = region.split('-');
  if (country === undefined || rest.length > 0) return false;
  const lookup = new (holidaysLibrary())();
  const countries = lookup.getCountries() as Record<string, string> | undefined;
  if (countries?.[country.toUpperCase()] === undefined) return false;
  if (state === undefined) return true;
  const states = lookup.getStates(country.toUpperCase()) as Record<string, string> | undefined;
  return states?.[state.toUpperCase()] !== undefined;
}

/**
 * A function from a year to that year's public holidays of the region, cached per year.
 * The date of a holiday is taken as written in the region's own calendar ('YYYY-MM-DD …'),
 * so the result does not depend on the time zone of the machine.
 */
export function publicHolidays(region: string): HolidaySource {
  const key = region.toUpperCase();
  const known = sources.get(key);
  if (known !== undefined) return known;
  const source = holidaySource(key);
  sources.set(key, source);
  return source;
}

/** Holidays depend only on region and year: computed once per process. */
const sources = new Map<string, HolidaySource>();

function holidaySource(region: string): HolidaySource {
  const [country = '', state] = region.split('-');
  // Asking only for public holidays is several times faster and gives the same days.
  const only = { types: ['public' as const] };
  const source =
    state === undefined
      ? new (holidaysLibrary())(country, only)
      : new (holidaysLibrary())(country, state, only);
  const cache = new Map<number, Day[]>();
  return (year) => {
    const known = cache.get(year);
    if (known !== undefined) return known;
    const days: Day[] = [];
    for (const holiday of source.getHolidays(year) || []) {
      if (holiday.type !== 'public') continue;
      const first = toDay(holiday.date.slice(0, 10));
      const span = Math.max(1, Math.round((+holiday.end - +holiday.start) / 86_400_000));
      for (let i = 0; i < span; i++) days.push(first + i);
    }
    cache.set(year, days);
    return days;
  };
}
