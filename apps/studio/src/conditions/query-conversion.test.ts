import { describe, expect, it } from 'vitest';
import { kindLooks } from '../nodes/kind-looks';
import { fieldCatalogue } from './field-catalogue';
import { queryToRule, ruleToQuery } from './query-conversion';

const catalogue = fieldCatalogue({
  customFields: [{ key: 'custom.seats', label: 'Seats', type: 'number' }],
  matchNodes: [{ id: 'known', label: 'Known account' }],
});
const roundTrip = (rule: unknown) => {
  const { query, exact } = ruleToQuery(rule, catalogue);
  return { rule: queryToRule(query, catalogue), exact };
};

describe('condition builder round trip (rule → tree → rule)', () => {
  const cases: Array<[string, unknown]> = [
    ['a number compared', { '>=': [{ var: 'employees' }, 1000] }],
    ['a number between', { '<=': [10, { var: 'employees' }, 50] }],
    ['a custom number', { '>': [{ var: 'custom.seats' }, 25] }],
    ['a boolean', { '==': [{ var: 'isFreeEmail' }, false] }],
    ['a match result', { '==': [{ var: 'match.known.found' }, true] }],
    ['a picked value', { '==': [{ var: 'seniority' }, 'vp'] }],
    ['picked values', { in: [{ var: 'country' }, ['US', 'CA']] }],
    ['text contains', { in: ['acme', { var: 'company' }] }],
    ['text is not', { '!=': [{ var: 'city' }, 'Paris'] }],
    ['a postal code stays text', { '==': [{ var: 'postalCode' }, '02139'] }],
    ['a score', { '>=': [{ var: 'score' }, 60] }],
    [
      'nested groups',
      {
        and: [
          { '>=': [{ var: 'employees' }, 1000] },
          { or: [{ '==': [{ var: 'country' }, 'US'] }, { '==': [{ var: 'country' }, 'CA'] }] },
        ],
      },
    ],
  ];
  for (const [what, rule] of cases) {
    it(`keeps ${what} exactly`, () => {
      expect(roundTrip(rule)).toEqual({ rule, exact: true });
    });
  }

  it('writes numbers as numbers, never as strings', () => {
    const { query } = ruleToQuery({ '>': [{ var: 'employees' }, 9] }, catalogue);
    const rule = queryToRule(query, catalogue) as { '>': [unknown, unknown] };
    expect(typeof rule['>'][1]).toBe('number');
  });

  it('makes an empty builder "always"', () => {
    expect(queryToRule({ combinator: 'and', rules: [] }, catalogue)).toBe(true);
  });

  it('refuses xor and operations outside the whitelist', () => {
    expect(() =>
      queryToRule(
        {
          combinator: 'xor',
          rules: [
            { field: 'employees', operator: '>', value: 1 },
            { field: 'employees', operator: '<', value: 5 },
          ],
        },
        catalogue,
      ),
    ).toThrow();
    expect(() =>
      queryToRule(
        { combinator: 'and', rules: [{ field: 'company', operator: 'beginsWith', value: 'a' }] },
        catalogue,
      ),
    ).toThrow();
  });

  it('says when the builder cannot show a rule as it is', () => {
    expect(ruleToQuery({ '+': [1, { var: 'employees' }] }, catalogue).exact).toBe(false);
  });
});

describe('the conditions new steps start with', () => {
  it('open in the builder exactly, not only as JSON', () => {
    const rules = Object.values(kindLooks).flatMap(({ defaults }) => {
      const config: Record<string, unknown> = defaults().config;
      const items = [
        config.rule,
        ...[config.rules, config.cases].flatMap((list) =>
          Array.isArray(list) ? list.map((item: { when?: unknown }) => item.when) : [],
        ),
      ];
      return items.filter((rule) => rule !== undefined);
    });
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules)
      expect(ruleToQuery(rule, catalogue).exact, JSON.stringify(rule)).toBe(true);
  });
});
