import { describe, expect, it } from 'vitest';
import { parseFlow } from './parse';
import { settingName } from './schema-words';

const flowWith = (node: Record<string, unknown>) => ({
  format: 'switchyard.flow/1',
  name: 'Test',
  nodes: [
    { id: 'start', kind: 'capture', config: {} },
    { id: 'route', label: 'Route to sales', ...node },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'route' }],
});

const messagesOf = (document: unknown) => {
  const result = parseFlow(document);
  return result.ok ? [] : result.error.issues.map((issue) => issue.message);
};

describe('schema problems in the inspector’s words (issue 20)', () => {
  it('says a new Assign step has no fallback pool yet, not what zod expected', () => {
    const messages = messagesOf(
      flowWith({
        kind: 'assign',
        config: { team: 'sales', strategy: { type: 'round_robin' }, fallback: { pool: '' } },
      }),
    );
    expect(messages).toEqual(['"Route to sales": The fallback pool is not set yet.']);
  });

  it('words numbers, lists, missing settings and our own sentences', () => {
    const messages = messagesOf(
      flowWith({
        kind: 'assign',
        config: {
          team: '',
          strategy: { type: 'round_robin' },
          fallback: { rep: 'rep_1' },
          dailyCap: -1,
        },
      }),
    );
    expect(messages).toEqual([
      '"Route to sales": Choose a team.',
      '"Route to sales": The daily cap must be at least 0.',
    ]);
    expect(messagesOf(flowWith({ kind: 'score', config: { rules: [], bands: 'hot' } }))).toEqual([
      '"Route to sales": The grade bands must be a list.',
    ]);
    expect(messagesOf(flowWith({ kind: 'qualify', config: {} }))[0]).toBe(
      '"Route to sales": The condition is not set yet.',
    );
    expect(messagesOf(flowWith({ kind: 'pool', config: { claimSlaMinutes: 0 } }))).toEqual([
      '"Route to sales": The mode is not set yet.',
      '"Route to sales": The time to claim must be at least 1.',
    ]);
  });

  it('names a setting by the inspector’s label, an item of a list by its place', () => {
    expect(settingName(['config', 'fallback', 'pool'])).toBe('the fallback pool');
    expect(settingName(['config', 'bands', 1, 'grade'])).toBe('the grade (item 2)');
    expect(settingName(['config', 'arms', 0])).toBe('the arms (item 1)');
    expect(settingName(['config', 'touchSlaMinutes'])).toBe('the touch sla minutes');
    expect(settingName([])).toBe('its settings');
  });
});
