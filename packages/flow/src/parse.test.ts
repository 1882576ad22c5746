import { describe, expect, it } from 'vitest';
import { exampleFlow } from '../test/fixtures';
import { parseFlow } from './parse';

describe('parseFlow', () => {
  it('parses the example document, keeping fields it does not know', () => {
    const result = parseFlow(JSON.stringify({ ...exampleFlow(), 'x-editor': { zoom: 2 } }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.nodes).toHaveLength(8);
      expect((result.value as Record<string, unknown>)['x-editor']).toEqual({ zoom: 2 });
    }
  });

  it('turns malformed JSON into an invalid_json issue', () => {
    const result = parseFlow('{ "format": ');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_flow', issues: [{ code: 'invalid_json' }] },
    });
  });

  it('gives each schema problem a JSON path and names the node', () => {
    const flow = exampleFlow();
    (flow.nodes[2] as { config: { bands: unknown } }).config.bands = 'hot';
    const result = parseFlow(flow);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues[0]).toMatchObject({
        code: 'invalid_config',
        nodeId: 'fit',
        path: ['nodes', 2, 'config', 'bands'],
      });
      expect(result.error.issues[0]?.message).toBe('"Fit score": The grade bands must be a list.');
    }
  });

  it('reports an unknown format and an unknown node kind', () => {
    expect(parseFlow({ ...exampleFlow(), format: 'switchyard.flow/9' })).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'unsupported_format' }] },
    });
    const flow = exampleFlow();
    (flow.nodes[1] as { kind: string }).kind = 'teleport';
    expect(parseFlow(flow)).toMatchObject({
      ok: false,
      error: { issues: [{ code: 'unknown_kind', nodeId: 'screen' }] },
    });
  });

  it('rejects non-objects without throwing', () => {
    for (const input of [null, 3, 'null', '[]', [], undefined])
      expect(parseFlow(input).ok).toBe(false);
  });
});
