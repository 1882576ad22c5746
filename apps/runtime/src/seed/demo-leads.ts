import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of numbers in [0, 1): the same seed gives the same demo history. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

/** One of `options`, each as likely as its weight. */
export function weighted<T>(random: Random, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of options) {
    left -= weight;
    if (left < 0) return value;
  }
  return (options.at(-1) as readonly [T, number])[0];
}

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** An exponentially distributed wait with the given mean: how long people take to act. */
export const waitMs = (random: Random, meanMs: number) => -Math.log(1 - random()) * meanMs;

const firstNames =
  'Ana Ben Chloe David Elena Farid Grace Hiro Ines Jonas Keisha Liam Maya Nils Olivia Pablo Quinn Rosa Sam Tara Umar Vera Will Yara Zoe'.split(
    ' ',
  );
const lastNames =
  'Adams Becker Costa Dubois Evans Fischer Garcia Hansen Ito Jensen Khan Larsen Martin Novak Oakes Patel Quist Rossi Schmidt Tanaka Usman Varga Weber Young Zimmer'.split(
    ' ',
  );
const companyStems =
  'Acme Bluefin Cobalt Driftwood Evergreen Foxglove Granite Harbor Ironbark Juniper Kestrel Lumen Meridian Northstar Orchid Pinnacle Quarry Redwood Summit Tidewater Umber Vantage Willow Zenith'.split(
    ' ',
  );
const companySuffixes = ['Labs', 'Systems', 'Group', 'Health', 'Capital', 'Logistics', 'Works'];
const freeMailDomains = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'];
const competitorDomains = ['rivalsoft.example', 'leadlynx.example', 'routewise.example'];

// Forms send countries both ways; normalisation turns names into ISO codes.
const countries = [
  ['US', 30],
  ['United States', 4],
  ['GB', 7],
  ['United Kingdom', 2],
  ['DE', 7],
  ['Germany', 2],
  ['FR', 5],
  ['NL', 3],
  ['IE', 2],
  ['AT', 2],
  ['CH', 2],
  ['BE', 1],
  ['CA', 6],
  ['AU', 5],
  ['SG', 4],
  ['IN', 6],
  ['BR', 4],
  ['JP', 3],
  ['ES', 3],
  ['SE', 2],
] as const;
const titles = [
  ['CEO', 3],
  ['Founder', 3],
  ['VP Sales', 5],
  ['VP Marketing', 4],
  ['Head of Revenue Operations', 5],
  ['Director of Sales', 6],
  ['Director of IT', 4],
  ['Sales Manager', 12],
  ['Marketing Manager', 10],
  ['Operations Manager', 8],
  ['Account Executive', 10],
  ['Software Engineer', 8],
  ['Analyst', 8],
] as const;
const industries = [
  ['software', 30],
  ['financial services', 15],
  ['healthcare', 12],
  ['manufacturing', 12],
  ['retail', 10],
  ['education', 8],
  ['logistics', 8],
  ['media', 5],
] as const;
const sizeBands: ReadonlyArray<readonly [readonly [number, number], number]> = [
  [[1, 9], 12],
  [[10, 199], 45],
  [[200, 999], 25],
  [[1_000, 20_000], 18],
] as const;
const utmSources = [
  ['google', 40],
  ['linkedin', 25],
  ['newsletter', 15],
  ['partner', 10],
  ['direct', 10],
] as const;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '');

/**
 * A plausible inbound lead as a form's mapping hands it over: flat canonical field paths. About
 * one in eight writes from a personal address, one in a hundred from a competitor.
 */
export function demoLeadInput(random: Random): Record<string, unknown> {
  const first = pick(random, firstNames);
  const last = pick(random, lastNames);
  const company = `${pick(random, companyStems)} ${pick(random, companySuffixes)}`;
  const [low, high] = weighted(random, sizeBands);
  const employees = Math.round(low * (high / low) ** random());
  const domain = weighted(random, [
    [`${slug(company)}.example`, 87],
    [pick(random, freeMailDomains), 12],
    [pick(random, competitorDomains), 1],
  ]);
  const input: Record<string, unknown> = {
    email: `${slug(first)}.${slug(last)}@${domain}`,
    firstName: first,
    lastName: last,
    company,
    title: weighted(random, titles),
    country: weighted(random, countries),
    industry: weighted(random, industries),
    employees,
    'custom.seats': Math.max(1, Math.round(employees * (0.02 + random() * 0.1))),
    'custom.timeline': weighted(random, [
      ['now', 20],
      ['this_quarter', 35],
      ['later', 45],
    ]),
    'utm.source': weighted(random, utmSources),
  };
  if (random() < 0.4) input.budget = Math.round(employees * (20 + random() * 80));
  if (random() < 0.5)
    input.phone = `+1415555${String(Math.floor(random() * 10_000)).padStart(4, '0')}`;
  return input;
}

const hourMs = 3_600_000;

// Inbound traffic peaks while Europe and the Americas are both at work (UTC).
const hourWeights = Array.from({ length: 24 }, (_, hour) =>
  hour >= 7 && hour <= 21 ? (hour >= 13 && hour <= 17 ? 3 : 2) : 0.5,
);

/** When a day's leads arrive: a weekday brings about twice a weekend day's traffic. */
export function arrivalsOn(random: Random, dayStart: Date, perDay: number): Date[] {
  const weekday = dayStart.getUTCDay() % 6 !== 0;
  const count = Math.round(perDay * (weekday ? 1.2 : 0.5) * (0.85 + 0.3 * random()));
  const hours = hourWeights.map((weight, hour) => [hour, weight] as const);
  const times = Array.from(
    { length: count },
    () => dayStart.getTime() + weighted(random, hours) * hourMs + Math.floor(random() * hourMs),
  );
  return times.sort((a, b) => a - b).map((time) => new Date(time));
}
