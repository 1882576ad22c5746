import type { JsonLogicRule } from '../src/index';

/**
 * A realistic lead pipeline for the benchmark and its sanity test: qualify (six conditions), score
 * (ten if-points summed) and route (a ten-way if chain), over seeded generated leads.
 */

/** One generated lead; some fields are missing, as on real forms. */
export type Lead = {
  employees?: number;
  country?: string;
  source?: string;
  budget?: number;
  unsubscribed?: boolean;
  email?: string;
  title?: string;
  industry?: string;
  visits?: number;
  trial?: boolean;
};

/** What the pipeline decides for one lead. */
export type Decision = { qualified: unknown; score: unknown; route: unknown };

const v = (path: string) => ({ var: path });

/** The three rules, as a flow would publish them. */
export const pipelineRules: { qualify: JsonLogicRule; score: JsonLogicRule; route: JsonLogicRule } =
  {
    qualify: {
      and: [
        { '>=': [v('employees'), 10] },
        { in: [v('country'), ['US', 'CA', 'GB', 'IE', 'DE', 'FR', 'AU']] },
        { '!': v('unsubscribed') },
        { '!=': [v('email'), ''] },
        { or: [{ '==': [v('source'), 'referral'] }, { '>=': [v('budget'), 5000] }] },
        { '!': { in: [v('industry'), ['gambling', 'tobacco']] } },
      ],
    },
    score: {
      '+': [
        { if: [{ '>=': [v('employees'), 500] }, 25, 0] },
        { if: [{ '>=': [v('employees'), 50] }, 10, 0] },
        { if: [{ '>=': [v('budget'), 20000] }, 20, 0] },
        { if: [{ '==': [v('source'), 'referral'] }, 15, 0] },
        { if: [{ '==': [v('source'), 'event'] }, 8, 0] },
        { if: [{ in: [v('title'), ['CEO', 'CTO', 'VP Sales', 'Head of Ops']] }, 12, 0] },
        { if: [{ '>': [v('visits'), 5] }, 5, 0] },
        { if: [v('trial'), 10, 0] },
        { if: [{ in: [v('industry'), ['saas', 'fintech', 'health']] }, 7, 0] },
        { if: [{ '==': [v('country'), 'US'] }, 3, 0] },
      ],
    },
    route: {
      if: [
        { and: [{ '==': [v('country'), 'US'] }, { '>=': [v('employees'), 1000] }] },
        'us-enterprise',
        { '==': [v('country'), 'US'] },
        'us-smb',
        { '==': [v('country'), 'CA'] },
        'canada',
        { in: [v('country'), ['GB', 'IE']] },
        'uk-ireland',
        { '==': [v('country'), 'DE'] },
        'dach',
        { '==': [v('country'), 'FR'] },
        'france',
        { '==': [v('source'), 'partner'] },
        'partners',
        { '>=': [v('budget'), 50000] },
        'strategic',
        { '==': [v('industry'), 'health'] },
        'healthcare',
        'general',
      ],
    },
  };

const countries = ['US', 'US', 'US', 'CA', 'GB', 'IE', 'DE', 'FR', 'AU', 'BR', 'IN', 'JP'];
const sources = ['referral', 'event', 'ads', 'organic', 'partner', 'webinar'];
const titles = ['CEO', 'CTO', 'VP Sales', 'Head of Ops', 'Engineer', 'Analyst', 'Intern'];
const industries = ['saas', 'fintech', 'health', 'retail', 'gambling', 'tobacco', 'education'];

/** `count` leads from a seeded generator (mulberry32): the same seed, the same leads. */
export function generateLeads(count: number, seed: number): Lead[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: count }, () => {
    const lead: Lead = {
      employees: Math.floor(next() ** 3 * 5000),
      country: pick(countries),
      source: pick(sources),
      unsubscribed: next() < 0.05,
      email: next() < 0.1 ? '' : 'lead@example.com',
      title: pick(titles),
      industry: pick(industries),
      visits: Math.floor(next() * 12),
      trial: next() < 0.3,
    };
    // A fifth of the leads never said their budget: `var` gives null there.
    if (next() < 0.8) lead.budget = Math.floor(next() ** 2 * 100_000);
    return lead;
  });
}

const qualifyingCountries = new Set(['US', 'CA', 'GB', 'IE', 'DE', 'FR', 'AU']);
const executive = new Set(['CEO', 'CTO', 'VP Sales', 'Head of Ops']);
const focus = new Set(['saas', 'fintech', 'health']);
const points = (hit: boolean, value: number) => (hit ? value : 0);

/** The same pipeline written by hand: the ceiling any evaluator is measured against. */
export function decideByHand(lead: Lead): Decision {
  const { employees = null, country, source, budget = null, industry = '' } = lead;
  const employed = employees ?? Number.NaN;
  const spend = budget ?? Number.NaN;
  const qualified =
    employed >= 10 &&
    qualifyingCountries.has(country as string) &&
    !lead.unsubscribed &&
    lead.email !== '' &&
    (source === 'referral' || spend >= 5000) &&
    industry !== 'gambling' &&
    industry !== 'tobacco';
  const score =
    points(employed >= 500, 25) +
    points(employed >= 50, 10) +
    points(spend >= 20000, 20) +
    points(source === 'referral', 15) +
    points(source === 'event', 8) +
    points(executive.has(lead.title as string), 12) +
    points((lead.visits ?? 0) > 5, 5) +
    points(lead.trial === true, 10) +
    points(focus.has(industry), 7) +
    points(country === 'US', 3);
  return { qualified, score, route: routeByHand(country, source, employed, spend, industry) };
}

function routeByHand(country?: string, source?: string, employees = 0, budget = 0, industry = '') {
  if (country === 'US') return employees >= 1000 ? 'us-enterprise' : 'us-smb';
  if (country === 'CA') return 'canada';
  if (country === 'GB' || country === 'IE') return 'uk-ireland';
  if (country === 'DE') return 'dach';
  if (country === 'FR') return 'france';
  if (source === 'partner') return 'partners';
  if (budget >= 50000) return 'strategic';
  return industry === 'health' ? 'healthcare' : 'general';
}
