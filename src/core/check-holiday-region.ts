/** The holiday region must be one whose public holidays are known. */
import { didYouMean } from './did-you-mean.js';
import { holidaysLibrary, isKnownHolidayRegion } from './holidays.js';
import { error, type PathProblem } from './path-problem.js';
import type { Plan } from './plan.js';

const WELL_FORMED = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

function regionsOf(country: string): string[] {
  const states = new (holidaysLibrary())().getStates(country) as Record<string, string> | undefined;
  return Object.keys(states ?? {}).map((state) => `${country}-${state}`);
}

export function checkHolidayRegion(plan: Plan): PathProblem[] {
  const region = plan.calendar.holidays;
  if (region === undefined || !WELL_FORMED.test(region) || isKnownHolidayRegion(region)) return [];
  const country = region.slice(0, 2);
  const regions = regionsOf(country);
  const hint =
    didYouMean(region, regions) ??
    (regions.length > 0 ? `known regions of ${country}: ${regions.join(', ')}` : undefined);
  const message = `unknown holiday region '${region}'`;
  return [error('unknown-region', ['calendar', 'holidays'], message, hint)];
}
