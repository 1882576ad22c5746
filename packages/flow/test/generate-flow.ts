import type { Flow } from '../src/document';
import type { Random } from './random';

type Rule = unknown;
type Context = { scored: boolean; matchNodes: string[] };

const numberFields = ['employees', 'budget', 'annualRevenue', 'bucket', 'custom.seats'];
const stringFields = ['country', 'seniority', 'industry', 'language', 'utm.source', 'custom.plan'];
const boolFields = ['isFreeEmail', 'custom.partner'];
const numbers = [0, 1, 5, 10, 50, 99, 100, 1000, -3, 2.5];
const strings = ['US', 'DE', 'vp', 'saas', 'en', '', '10', 'ads', 'pro'];

function comparison(r: Random, ctx: Context): Rule {
  const field = r.pick(ctx.scored && r.chance(0.2) ? ['score'] : numberFields);
  const value = r.pick(numbers);
  const op = r.pick(['<', '<=', '>', '>=', '==', '!=', '===']);
  if (r.chance(0.1)) return { '<=': [r.pick(numbers), { var: field }, r.pick(numbers)] };
  if (r.chance(0.1)) return { '>': [{ '+': [{ var: field }, 1] }, value] };
  return r.chance(0.8) ? { [op]: [{ var: field }, value] } : { [op]: [value, { var: field }] };
}

function atom(r: Random, ctx: Context): Rule {
  switch (r.int(0, 7)) {
    case 0:
      return { var: r.pick(boolFields) };
    case 1:
      return { '!': { var: r.pick(boolFields) } };
    case 2:
      return { in: [{ var: r.pick(stringFields) }, [r.pick(strings), r.pick(strings)]] };
    case 3:
      return { '==': [{ var: r.pick(stringFields) }, r.pick(strings)] };
    case 4:
      return ctx.matchNodes.length > 0 ? { var: `match.${r.pick(ctx.matchNodes)}.found` } : true;
    case 5:
      return ctx.scored
        ? { '==': [{ var: 'grade' }, r.pick(['hot', 'warm', 'cold', null])] }
        : false;
    case 6:
      return { in: [r.pick(['a', 'S', '1']), { var: r.pick(stringFields) }] };
    default:
      return comparison(r, ctx);
  }
}

/** A random condition over canonical, declared, match and (when scored) score fields. */
export function randomRule(r: Random, ctx: Context, depth = 0): Rule {
  if (depth >= 2 || r.chance(0.5)) return atom(r, ctx);
  const parts = Array.from({ length: r.int(1, 3) }, () => randomRule(r, ctx, depth + 1));
  return r.chance(0.5) ? { and: parts } : r.chance(0.8) ? { or: parts } : { '!': parts[0] };
}

/** A random valid flow: a tree from capture with shared subtrees, at most one score per path. */
export function randomFlow(r: Random, index: number): Flow {
  // Built loosely and checked by validateFlow in the test, not by the type checker.
  const nodes: { id: string; kind: string; label?: string; config: unknown }[] = [];
  const edges: Flow['edges'] = [];
  const finished: { id: string; scored: boolean }[] = [];
  const teams = [{ key: 'sales' }];
  const connect = (source: string, target: string, handle?: string) =>
    edges.push({
      id: `e${edges.length}`,
      source,
      target,
      ...(handle === undefined ? {} : { sourceHandle: handle }),
    });
  nodes.push({ id: 'pool', kind: 'pool', label: 'Fallback', config: { mode: 'blind' } });

  const terminal = (id: string): (typeof nodes)[number] =>
    r.pick([
      {
        id,
        kind: 'assign',
        config: { team: 'sales', strategy: { type: 'round_robin' }, fallback: { pool: 'pool' } },
      },
      { id, kind: 'pool', config: { mode: 'cherry_pick', team: 'sales' } },
      { id, kind: 'disqualify', config: { reason: 'random' } },
    ]);

  const build = (depth: number, ctx: Context): string => {
    const reusable = finished.filter((f) => f.scored === ctx.scored);
    if (reusable.length > 0 && r.chance(0.15)) return r.pick(reusable).id;
    const id = `n${nodes.length}`;
    const kind =
      depth >= 5 || r.chance(0.2)
        ? 'terminal'
        : r.pick(['qualify', 'branch', 'split', 'match', 'score']);
    const next = (handle: string | undefined, inner: Context = ctx) =>
      connect(id, build(depth + 1, inner), handle);
    if (kind === 'terminal') {
      nodes.push(terminal(id));
    } else if (kind === 'qualify') {
      nodes.push({ id, kind, config: { rule: randomRule(r, ctx) } });
      next('pass');
      next('fail');
    } else if (kind === 'branch') {
      const cases = Array.from({ length: r.int(1, 4) }, (_, i) => ({
        id: `c${i}`,
        label: `Case ${i}`,
        when: randomRule(r, ctx),
      }));
      nodes.push({ id, kind, config: { cases } });
      for (const c of cases) next(c.id);
      next('else');
    } else if (kind === 'split') {
      const first = r.pick([0, 10, 33, 50, 90, 100]);
      const second = r.int(0, 100 - first);
      const arms = [first, second, 100 - first - second].map((weight, i) => ({
        id: `a${i}`,
        weight,
      }));
      nodes.push({ id, kind, config: { arms } });
      for (const arm of arms) next(arm.id);
    } else if (kind === 'match') {
      nodes.push({ id, kind, config: { by: r.pick(['email', 'domain', 'phone']) } });
      const inner = { ...ctx, matchNodes: [...ctx.matchNodes, id] };
      next('matched', inner);
      next('new', inner);
    } else if (ctx.scored) {
      nodes.push(terminal(id));
    } else {
      const rules = Array.from({ length: r.int(0, 6) }, (_, i) => ({
        id: `r${i}`,
        when: randomRule(r, ctx),
        points: r.pick([5, 10, 20, 30, -10, 2.5, 0.1]),
      }));
      const bands = r.chance(0.2)
        ? []
        : [
            { grade: 'hot', min: 40 },
            { grade: 'warm', min: 15 },
            { grade: 'cold', min: 0 },
          ];
      nodes.push({ id, kind, config: { rules, bands } });
      next(undefined, { ...ctx, scored: true });
    }
    finished.push({ id, scored: ctx.scored });
    return id;
  };

  nodes.push({ id: 'start', kind: 'capture', config: {} });
  connect('start', build(0, { scored: false, matchNodes: [] }));
  const fallbackUsed = nodes.some((node) => node.kind === 'assign');
  return {
    format: 'switchyard.flow/1',
    name: `Random flow ${index}`,
    fields: [
      { key: 'custom.seats', type: 'number' },
      { key: 'custom.plan', type: 'string' },
      { key: 'custom.partner', type: 'boolean' },
    ],
    teams,
    nodes: fallbackUsed ? nodes : nodes.filter((node) => node.id !== 'pool'),
    edges,
  } as Flow;
}

const mixedValues = [
  0,
  1,
  7,
  50,
  99,
  100,
  1000,
  5000,
  -1,
  2.5,
  '10',
  '1000',
  ' 5',
  '',
  'US',
  'DE',
  'vp',
  'saas',
  'en',
  'ads',
  null,
  true,
  false,
  [],
  [1],
  ['US'],
];

/** A random enriched lead with mixed-type and missing values, and entries for match steps. */
export function randomLead(r: Random, flow: Flow): Record<string, unknown> {
  const lead: Record<string, unknown> = { utm: {}, custom: {}, match: {} };
  for (const field of [...numberFields, ...stringFields, ...boolFields]) {
    if (r.chance(0.15)) continue;
    const value = r.chance(0.5)
      ? r.pick<unknown>(numberFields.includes(field) ? numbers : strings)
      : r.pick(mixedValues);
    const [head, tail] = field.split('.') as [string, string | undefined];
    if (tail) (lead[head] as Record<string, unknown>)[tail] = value;
    else lead[head] = field === 'bucket' ? r.int(0, 99) : value;
  }
  for (const node of flow.nodes) {
    if (node.kind === 'match' && r.chance(0.9)) {
      (lead.match as Record<string, unknown>)[node.id] = {
        found: r.pick([true, false, 1, 0, null]),
        ownerId: 'rep_1',
      };
    }
  }
  return lead;
}
