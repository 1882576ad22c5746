import { assess } from './assess';
import type { StrategyFn } from './types';

type Rule = {
  country?: string | undefined;
  state?: string | undefined;
  postalPrefix?: string | undefined;
  repId: string;
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');
const compact = (value: string) => value.replace(/[\s-]/g, '');

function matches(rule: Rule, lead: Record<string, unknown>): boolean {
  if (rule.country && text(rule.country) !== text(lead.country)) return false;
  if (rule.state && text(rule.state) !== text(lead.state)) return false;
  if (
    rule.postalPrefix &&
    !compact(text(lead.postalCode)).startsWith(compact(text(rule.postalPrefix)))
  )
    return false;
  return true;
}

// Postal prefix beats state beats country; a longer prefix beats a shorter one.
function specificity(rule: Rule): number {
  return (
    (rule.postalPrefix ? 100 + rule.postalPrefix.length : 0) +
    (rule.state ? 10 : 0) +
    (rule.country ? 1 : 0)
  );
}

/** Territory table: the most specific matching rule's rep; if away, the next most specific. */
export const territory: StrategyFn<'territory'> = (input) => {
  const rules = input.strategy.rules as Rule[];
  const matching = rules
    .map((rule, order) => ({ rule, order }))
    .filter(({ rule }) => matches(rule, input.lead))
    .sort((a, b) => specificity(b.rule) - specificity(a.rule) || a.order - b.order);
  const inTerritory = new Set(matching.map(({ rule }) => rule.repId));
  const repIds = [...new Set(rules.map((rule) => rule.repId))];
  const candidates = assess(repIds, input, (id) =>
    inTerritory.has(id) ? [] : ['not_in_territory'],
  );
  const eligible = new Set(candidates.filter((c) => c.eligible).map((c) => c.repId));
  const winner = matching.find(({ rule }) => eligible.has(rule.repId));
  for (const { rule, order } of matching) {
    const candidate = candidates.find((c) => c.repId === rule.repId);
    if (candidate && !candidate.detail)
      candidate.detail = { rule: rule.postalPrefix ?? rule.state ?? rule.country ?? String(order) };
  }
  return {
    repId: winner?.rule.repId ?? null,
    candidates,
    state: input.state,
    how: 'the territory table picked',
  };
};
