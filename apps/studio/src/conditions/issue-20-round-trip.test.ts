import { checkLogic } from '@switchyard/logic';
import fc from 'fast-check';
import { prepareRuleGroup } from 'react-querybuilder';
import { describe, expect, it } from 'vitest';
import { type CatalogueField, fieldCatalogue } from './field-catalogue';
import { queryToRule, ruleToQuery } from './query-conversion';

// Issue 20, item 1: opening the Conditions tab once rewrote a rule the builder could not show
// (the demo's "Free e-mail is not set" vanished). The property: rule → builder → rule is the
// identity, or the builder refuses the rule (and then never writes it).

const catalogue = fieldCatalogue({
  customFields: [{ key: 'custom.seats', label: 'Seats', type: 'number' }],
  matchNodes: [{ id: 'known', label: 'Known account' }],
  grades: ['hot', 'warm', 'cold'],
});

/** What the editor writes back after the builder held the query (prepared again, as it does). */
function throughTheBuilder(rule: unknown): { exact: boolean; written?: unknown } {
  const { query, exact, form } = ruleToQuery(rule, catalogue);
  if (!exact) return { exact };
  return { exact, written: queryToRule(prepareRuleGroup(structuredClone(query)), catalogue, form) };
}

const fieldOf = (type: CatalogueField['type']) =>
  fc.constantFrom(...catalogue.filter((f) => f.type === type).map((f) => f.key));
const anyField = fc.oneof(
  fc.constantFrom(...catalogue.map((f) => f.key)),
  fc.constantFrom('custom.unknown', 'utm.term'),
);
const literal = fc.oneof(
  fc.integer({ min: -5, max: 5000 }),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('US', 'vp', 'acme', '', '50', '02139', 'hot'),
  fc.boolean(),
  fc.constant(null),
);
const variable = fc.oneof(
  { weight: 6, arbitrary: anyField.map((field) => ({ var: field })) },
  { weight: 1, arbitrary: fc.tuple(anyField, literal).map(([field, d]) => ({ var: [field, d] })) },
);
const comparison = fc.constantFrom('==', '===', '!=', '!==', '<', '<=', '>', '>=');
const operand = fc.oneof(
  { weight: 4, arbitrary: variable },
  { weight: 4, arbitrary: literal },
  { weight: 1, arbitrary: fc.tuple(variable, literal).map(([a, b]) => ({ '+': [a, b] })) },
);

/** JSON Logic of every shape the compiler accepts: comparisons, ranges, lists, text, logic. */
const rule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.tuple(comparison, variable, literal).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc.tuple(comparison, operand, operand).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc
      .tuple(fc.constantFrom('<', '<='), literal, fieldOf('number'), literal)
      .map(([op, low, field, high]) => ({ [op]: [low, { var: field }, high] })),
    fc.tuple(variable, fc.array(literal, { maxLength: 4 })).map(([a, list]) => ({ in: [a, list] })),
    fc.tuple(literal, variable).map(([text, a]) => ({ in: [text, a] })),
    variable.map((a) => ({ '!': a })),
    variable.map((a) => ({ '!!': a })),
    variable.map((a) => ({ '!': [a] })),
    fc.constantFrom(true, false),
    fc
      .tuple(fc.constantFrom('missing', 'some'), anyField)
      .map(([op, f]) =>
        op === 'missing' ? { missing: [f] } : { some: [{ var: f }, { '==': [{ var: '' }, 1] }] },
      ),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 4 }).map((rules) => ({ and: rules })),
    fc.array(tie('node'), { maxLength: 4 }).map((rules) => ({ or: rules })),
    tie('node').map((inner) => ({ '!': inner })),
    fc.tuple(tie('node'), tie('node'), tie('node')).map((args) => ({ if: args })),
  ),
})).node;

describe('issue 20: a condition through the builder comes back exactly, or the builder refuses it', () => {
  it('holds for generated JSON Logic of every shape the compiler accepts', () => {
    let exact = 0;
    fc.assert(
      fc.property(rule, (generated) => {
        fc.pre(checkLogic(generated).length === 0);
        const result = throughTheBuilder(generated);
        if (!result.exact) return;
        exact += 1;
        expect(result.written).toEqual(generated);
      }),
      { seed: 20, numRuns: 3000 },
    );
    // Not a property of refusals only: many of them do go through the builder.
    expect(exact).toBeGreaterThan(100);
  });

  it('holds for every condition in templates/, and the builder shows each of them', () => {
    const templates = import.meta.glob<{ nodes: Array<{ id: string; config: unknown }> }>(
      '../../../../templates/*.flow.json',
      { eager: true, import: 'default' },
    );
    const conditions: Array<[string, unknown]> = [];
    for (const [file, flow] of Object.entries(templates)) {
      for (const node of flow.nodes) {
        const config = node.config as Record<string, unknown>;
        if ('rule' in config) conditions.push([`${file} ${node.id}`, config.rule]);
        for (const list of [config.rules, config.cases])
          for (const item of (list as Array<{ id: string; when: unknown }>) ?? [])
            conditions.push([`${file} ${node.id}.${item.id}`, item.when]);
      }
    }
    expect(Object.keys(templates).length).toBeGreaterThanOrEqual(10);
    expect(conditions.length).toBeGreaterThan(20);
    for (const [where, condition] of conditions) {
      const result = throughTheBuilder(condition);
      expect(result, where).toEqual({ exact: true, written: condition });
    }
  });

  it('refuses what it cannot write back as it was', () => {
    for (const refused of [
      { and: [{ '>=': [{ var: 'employees' }, '50'] }] }, // a number written as text
      { '!': [{ var: 'isFreeEmail' }] }, // the array form of "not"
      { '>': [{ '+': [1, { var: 'employees' }] }, 5] },
      { '==': [{ var: ['country', 'US'] }, 'US'] },
    ])
      expect(throughTheBuilder(refused).exact, JSON.stringify(refused)).toBe(false);
  });
});
