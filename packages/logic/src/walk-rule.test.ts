import { describe, expect, it } from 'vitest';
import { argumentPath, pathOf, type RuleNode, walkRule } from './walk-rule';

const walk = (rule: unknown, maxNodes = 1000) => {
  const nodes: RuleNode[] = [];
  const complete = walkRule(rule, (node) => nodes.push(node), { maxNodes, maxDepth: 1000 });
  return { nodes, complete };
};

describe('walkRule', () => {
  it('visits operations, arguments and array items in document order', () => {
    const { nodes, complete } = walk({ and: [{ var: 'a' }, [1, { '!': true }]] });
    expect(complete).toBe(true);
    expect(nodes.map((node) => node.op ?? JSON.stringify(node.value))).toEqual([
      'and',
      'var',
      '"a"',
      '[1,{"!":true}]',
      '1',
      '!',
      'true',
    ]);
  });

  it('counts depth in operations and literal arrays, not in argument lists', () => {
    const { nodes } = walk({ and: [{ '==': [1, [2]] }] });
    expect(nodes.map((node) => node.depth)).toEqual([1, 2, 2, 3, 3]);
  });

  it('marks iteration bodies as scoped, and only them', () => {
    const { nodes } = walk({ map: [{ var: 'list' }, { var: 'x' }] });
    const scoped = nodes.filter((node) => node.scoped).map((node) => node.op ?? node.value);
    expect(scoped).toEqual(['var', 'x']);
  });

  it('does not look inside literal objects (json-logic-js returns them untouched)', () => {
    const { nodes } = walk({ if: [true, { a: { var: 'x' }, b: 1 }, null] });
    expect(nodes.some((node) => node.op === 'var')).toBe(false);
  });

  it('stops once the node limit is certain to be passed', () => {
    const { nodes, complete } = walk({ '+': Array.from({ length: 50 }, (_, i) => i) }, 10);
    expect(complete).toBe(false);
    expect(nodes.length).toBeLessThanOrEqual(10);
  });

  it('walks a shared subtree once, again only when met deeper or outside a body', () => {
    const shared = { var: 'x' };
    const count = (rule: unknown) =>
      walk(rule).nodes.filter((node) => node.value === shared).length;
    expect(count({ and: [shared, shared] })).toBe(1);
    expect(count({ and: [shared, { '!': shared }] })).toBe(2);
    expect(count({ and: [{ map: [[], shared] }, shared] })).toBe(2);
  });

  it('ends on a cyclic structure instead of looping', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle, cycle);
    expect(walk(cycle, 100).complete).toBe(false);
  });
});

describe('pathOf and argumentPath', () => {
  it('spell the JSON path as the rule writes it', () => {
    const { nodes } = walk({ and: [true, { var: ['x', 0] }] });
    const variable = nodes.find((node) => node.op === 'var') as RuleNode;
    expect(pathOf(variable)).toEqual(['and', 1]);
    expect(argumentPath(variable, 0)).toEqual(['and', 1, 'var', 0]);
    const { nodes: short } = walk({ '!': { var: 'x' } });
    expect(argumentPath(short.find((node) => node.op === 'var') as RuleNode, 0)).toEqual([
      '!',
      'var',
    ]);
  });
});
