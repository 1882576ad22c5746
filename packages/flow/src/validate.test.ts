import { describe, expect, it } from 'vitest';
import { assignConfig, buildFlow, exampleFlow, qualifyFlow } from '../test/fixtures';
import type { FlowIssue } from './issues';
import { validateFlow } from './validate';

const codes = (issues: FlowIssue[]) => issues.map((issue) => issue.code);
const errorsOf = (input: unknown) => validateFlow(input).filter((i) => i.severity === 'error');

describe('validateFlow', () => {
  it('accepts the example of FLOW-FORMAT.md without any issue', () => {
    expect(validateFlow(exampleFlow())).toEqual([]);
  });

  it('accepts a flow given as JSON text', () => {
    expect(validateFlow(JSON.stringify(qualifyFlow()))).toEqual([]);
  });

  it('reports malformed JSON as one typed issue', () => {
    expect(codes(validateFlow('{"nodes": ['))).toEqual(['invalid_json']);
  });

  it('reports a document of another format', () => {
    const issues = validateFlow({ ...qualifyFlow(), format: 'other/2' });
    expect(codes(issues)).toEqual(['unsupported_format']);
    expect(issues[0]?.message).toContain('switchyard.flow/1');
  });

  it('reports a missing nodes list with its path', () => {
    const { nodes: _nodes, ...rest } = qualifyFlow();
    const [issue] = validateFlow(rest);
    expect(issue).toMatchObject({ code: 'invalid_document', path: ['nodes'] });
  });

  it('reports an unknown kind and still checks the rest', () => {
    const flow = qualifyFlow();
    flow.nodes.push({ id: 'odd', kind: 'teleport', config: {} } as never);
    const issues = validateFlow(flow);
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown_kind', nodeId: 'odd' }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unreachable', nodeId: 'odd' }));
  });

  it('reports an invalid config at the node, with the path inside it', () => {
    const flow = qualifyFlow();
    (flow.nodes[2] as { config: unknown }).config = {
      team: 'sales',
      strategy: { type: 'psychic' },
    };
    const issues = errorsOf(flow).filter((i) => i.code === 'invalid_config');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.nodeId === 'rep')).toBe(true);
    expect(issues[0]?.message).toMatch(/^"rep": /);
  });

  it('reports duplicate node and edge ids', () => {
    const flow = qualifyFlow();
    flow.nodes.push({ ...flow.nodes[3] } as never);
    flow.edges.push({ ...flow.edges[0] } as never);
    const dupes = validateFlow(flow).filter((i) => i.code === 'duplicate_id');
    expect(dupes.map((i) => i.nodeId ?? i.edgeId).sort()).toEqual(['drop', 'e0']);
  });

  it('reports a flow without a capture step, and a second capture', () => {
    const flow = qualifyFlow();
    flow.nodes = flow.nodes.filter((node) => node.kind !== 'capture');
    expect(codes(errorsOf(flow))).toContain('missing_capture');
    const two = qualifyFlow();
    two.nodes.push({ id: 'start2', kind: 'capture', config: {} });
    two.edges.push({ id: 'x', source: 'start2', target: 'screen' });
    expect(errorsOf(two)).toContainEqual(
      expect.objectContaining({ code: 'multiple_captures', nodeId: 'start2' }),
    );
  });

  it('reports connections to missing steps, unknown handles, into capture and out of terminals', () => {
    const flow = qualifyFlow();
    flow.edges.push(
      { id: 'ghost', source: 'screen', target: 'nowhere', sourceHandle: 'pass' },
      { id: 'handle', source: 'screen', target: 'drop', sourceHandle: 'maybe' },
      { id: 'back', source: 'drop', target: 'start' },
    );
    const issues = errorsOf(flow);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'edge_missing_node', edgeId: 'ghost' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_handle', edgeId: 'handle' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'edge_into_capture', edgeId: 'back' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'edge_from_terminal', edgeId: 'back' }),
    );
  });

  it('names the branch case that has no destination', () => {
    const flow = buildFlow(
      [
        { id: 'start', kind: 'capture' },
        {
          id: 'size',
          kind: 'branch',
          label: 'Company size',
          config: {
            cases: [
              { id: 'ent', label: 'Enterprise', when: { '>=': [{ var: 'employees' }, 1000] } },
            ],
          },
        },
        { id: 'rep', kind: 'assign', config: assignConfig },
      ],
      [
        ['start', 'size'],
        ['size', 'rep', 'else'],
      ],
    );
    const [issue] = errorsOf(flow);
    expect(issue).toMatchObject({ code: 'missing_output', nodeId: 'size' });
    expect(issue?.message).toBe('"Company size" has no destination for the "Enterprise" case.');
  });

  it('reports an output with two connections, and a step with none', () => {
    const flow = qualifyFlow();
    flow.edges.push({ id: 'again', source: 'screen', target: 'drop', sourceHandle: 'pass' });
    expect(errorsOf(flow)).toContainEqual(
      expect.objectContaining({ code: 'duplicate_output', edgeId: 'again' }),
    );
    const deadEnd = qualifyFlow();
    deadEnd.edges = deadEnd.edges.filter((edge) => edge.source !== 'screen');
    expect(codes(errorsOf(deadEnd))).toEqual(expect.arrayContaining(['dead_end', 'unreachable']));
  });

  it('reports a cycle naming the steps around it, without overflowing on long chains', () => {
    const nodes = [
      { id: 'start', kind: 'capture' },
      { id: 'drop', kind: 'disqualify', config: { reason: 'no' } },
    ];
    const edges: [string, string, string?][] = [['start', 'q0']];
    for (let i = 0; i < 3000; i++) {
      nodes.push({ id: `q${i}`, kind: 'qualify', config: { rule: true } } as never);
      edges.push([`q${i}`, `q${(i + 1) % 3000}`, 'pass'], [`q${i}`, 'drop', 'fail']);
    }
    const issues = errorsOf(buildFlow(nodes, edges));
    expect(codes(issues)).toEqual(['cycle']);
    expect(issues[0]?.message).toMatch(/^These steps form a loop.*"q0" → "q1" → /);
  });

  it('reports a step nothing leads to', () => {
    const flow = qualifyFlow();
    flow.nodes.push({ id: 'lonely', kind: 'disqualify', label: 'Lonely', config: { reason: 'x' } });
    const [issue] = errorsOf(flow);
    expect(issue).toMatchObject({ code: 'unreachable', nodeId: 'lonely' });
    expect(issue?.message).toBe('"Lonely" can never be reached from "start".');
  });

  it('counts a fallback pool as reachable and reports a fallback to a missing pool', () => {
    expect(validateFlow(exampleFlow())).toEqual([]);
    const flow = exampleFlow();
    flow.nodes = flow.nodes.filter((node) => node.id !== 'overflow');
    const issues = errorsOf(flow);
    expect(issues.filter((i) => i.code === 'missing_fallback_pool').map((i) => i.nodeId)).toEqual([
      'ae',
      'smb',
    ]);
  });

  it('reports a path through two score steps', () => {
    const scoreConfig = { rules: [], bands: [] };
    const flow = buildFlow(
      [
        { id: 'start', kind: 'capture' },
        { id: 's1', kind: 'score', config: scoreConfig },
        { id: 's2', kind: 'score', config: scoreConfig },
        { id: 'rep', kind: 'assign', config: assignConfig },
      ],
      [
        ['start', 's1'],
        ['s1', 's2'],
        ['s2', 'rep'],
      ],
    );
    expect(errorsOf(flow)).toEqual([
      expect.objectContaining({ code: 'double_score', nodeId: 's2' }),
    ]);
  });

  it('reports split weights that do not add up to 100', () => {
    const flow = buildFlow(
      [
        { id: 'start', kind: 'capture' },
        {
          id: 'ab',
          kind: 'split',
          label: 'Test',
          config: {
            arms: [
              { id: 'a', weight: 50 },
              { id: 'b', weight: 40 },
            ],
          },
        },
        { id: 'rep', kind: 'assign', config: assignConfig },
        { id: 'drop', kind: 'disqualify', config: { reason: 'b' } },
      ],
      [
        ['start', 'ab'],
        ['ab', 'rep', 'a'],
        ['ab', 'drop', 'b'],
      ],
    );
    const [issue] = errorsOf(flow);
    expect(issue).toMatchObject({ code: 'split_weights', nodeId: 'ab' });
    expect(issue?.message).toContain('90%');
  });

  it('reports invalid JSON Logic and undeclared fields in conditions', () => {
    const withRule = (rule: unknown) => {
      const flow = qualifyFlow();
      (flow.nodes[1] as { config: unknown }).config = { rule };
      return errorsOf(flow);
    };
    expect(codes(withRule({ xor: [true, false] }))).toEqual(['invalid_condition']);
    expect(codes(withRule({ var: 'constructor.name' }))).toEqual(['invalid_condition']);
    expect(codes(withRule({ var: { cat: ['emp', 'loyees'] } }))).toEqual(['invalid_condition']);
    expect(withRule({ '>': [{ var: 'employes' }, 5] })[0]?.message).toContain(
      '"employes", which is not a lead field',
    );
    expect(codes(withRule({ '>': [{ var: 'custom.seats' }, 5] }))).toEqual(['undeclared_field']);
    expect(codes(withRule({ var: 'score' }))).toEqual(['undeclared_field']);
    expect(codes(withRule({ var: 'match.nobody.found' }))).toEqual(['undeclared_field']);
    expect(
      withRule({ and: [{ var: 'isFreeEmail' }, { '==': [{ var: 'utm.source' }, 'ads'] }] }),
    ).toEqual([]);
  });

  it('lets conditions read declared custom fields, and score only after a score step', () => {
    const flow = buildFlow(
      [
        { id: 'start', kind: 'capture' },
        { id: 'fit', kind: 'score', config: { rules: [], bands: [{ grade: 'hot', min: 0 }] } },
        {
          id: 'q',
          kind: 'qualify',
          config: { rule: { and: [{ var: 'grade' }, { '>': [{ var: 'custom.seats' }, 1] }] } },
        },
        { id: 'rep', kind: 'assign', config: assignConfig },
        { id: 'drop', kind: 'disqualify', config: { reason: '' } },
      ],
      [
        ['start', 'fit'],
        ['fit', 'q'],
        ['q', 'rep', 'pass'],
        ['q', 'drop', 'fail'],
      ],
      { fields: [{ key: 'custom.seats', type: 'number' }] },
    );
    expect(validateFlow(flow)).toEqual([]);
  });

  it('reports an undeclared team as an error and an unused one as a warning', () => {
    const flow = qualifyFlow();
    flow.teams = [{ key: 'spare' }];
    const issues = validateFlow(flow);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_team', severity: 'error', nodeId: 'rep' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'unused_team', severity: 'warning' }),
    );
  });

  it('warns about a branch case an earlier case always takes first', () => {
    const flow = exampleFlow();
    const size = flow.nodes.find((node) => node.id === 'size') as { config: { cases: unknown[] } };
    size.config.cases.push({
      id: 'huge',
      label: '5,000+ staff',
      when: { '>=': [{ var: 'employees' }, 5000] },
    });
    flow.edges.push({ id: 'e7', source: 'size', sourceHandle: 'huge', target: 'ae' });
    const issues = validateFlow(flow);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unreachable_case', severity: 'warning', nodeId: 'size' }),
    ]);
    expect(issues[0]?.message).toContain('"5,000+ staff" can never be chosen');
  });

  it('never throws on hostile input', () => {
    const hostile = [
      null,
      42,
      'null',
      [],
      {},
      { nodes: {}, edges: 'x' },
      JSON.parse('{"__proto__":{"polluted":1}}'),
    ];
    for (const input of hostile) expect(validateFlow(input).length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
