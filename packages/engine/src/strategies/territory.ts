import { readLeadField } from '../lead/lead-fields';
import { toStateCode } from '../lead/regions';
import { assessRep, memberIds, ruledOut } from './assess';
import type { Candidate, StrategyFn } from './types';

type Rule = { id?: string; country?: string; state?: string; postalPrefix?: string; repId: string };

const folded = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');
// Postal codes compare without spaces: "SW1A 1AA" starts with the prefix "SW1".
const postal = (value: unknown) => folded(value).replace(/\s+/g, '');

function matches(rule: Rule, lead: Record<string, unknown>): boolean {
  if (rule.country && folded(rule.country) !== folded(readLeadField(lead, 'country'))) return false;
  if (rule.state) {
    // A rule may name a US or Canadian state in full ("California"); the lead holds its code.
    const country = folded(readLeadField(lead, 'country')) || null;
    const state = folded(toStateCode(rule.state.trim(), country));
    if (state !== folded(readLeadField(lead, 'state'))) return false;
  }
  if (rule.postalPrefix) {
    const code = postal(readLeadField(lead, 'postalCode'));
    if (code === '' || !code.startsWith(postal(rule.postalPrefix))) return false;
  }
  return true;
}

// Most specific first: a longer postal prefix, then a state, then a country.
function specificity(rule: Rule): number {
  return postal(rule.postalPrefix).length * 4 + (rule.state ? 2 : 0) + (rule.country ? 1 : 0);
}

function ruleName(rule: Rule, index: number): string {
  return rule.id ? `"${rule.id}"` : `${index + 1}`;
}

/**
 * Territory table: among the rules whose every condition holds for the lead (country, state
 * case-insensitive, postal code starting with the prefix), the most specific wins (postal
 * prefix length, then state, then country; ties in rule order); if its rep cannot take the
 * lead, the next most specific. A rule without conditions covers every lead, last.
 */
export const territory: StrategyFn<'territory'> = (input) => {
  const rules = (Array.isArray(input.strategy.rules) ? input.strategy.rules : []).filter(
    (rule): rule is Rule => typeof rule?.repId === 'string',
  );
  const matching = rules
    .map((rule, index) => ({ rule, index, rank: specificity(rule) }))
    .filter(({ rule }) => matches(rule, input.lead))
    .sort((a, b) => b.rank - a.rank || a.index - b.index);

  const candidates = new Map<string, Candidate>();
  for (const { rule, index } of matching) {
    if (candidates.has(rule.repId)) continue;
    const candidate = assessRep(input, rule.repId);
    candidate.detail = { rule: ruleName(rule, index) };
    candidates.set(rule.repId, candidate);
  }
  // Everyone named elsewhere in the table, and every member, is outside this lead's territory.
  for (const id of [...rules.map((r) => r.repId), ...memberIds(input)]) {
    if (!candidates.has(id)) candidates.set(id, ruledOut(id, 'not_in_territory'));
  }
  const list = [...candidates.values()];
  const winner = matching.find(({ rule }) => candidates.get(rule.repId)?.eligible);
  if (!winner) {
    const why = matching.length === 0 ? 'no territory rule covers this lead' : undefined;
    return { repId: null, candidates: list, state: {}, ...(why ? { why } : {}) };
  }
  return {
    repId: winner.rule.repId,
    candidates: list,
    state: {},
    note: `by territory rule ${ruleName(winner.rule, winner.index)}`,
  };
};
