import { describe, expect, it } from 'vitest';
import { pipelineImplementations } from '../bench/implementations';
import { generateLeads } from '../bench/lead-pipeline';

describe('the benchmark pipeline', () => {
  const leads = generateLeads(5_000, 42);
  const implementations = Object.entries(pipelineImplementations());

  it('decides every lead the same way in every implementation', () => {
    const [, reference] = implementations.find(([name]) => name === 'json-logic-js apply') ?? [];
    if (!reference) throw new Error('json-logic-js is the reference implementation');
    for (const [name, decide] of implementations) {
      const differing = leads.filter((lead) => {
        const [want, got] = [reference(lead), decide(lead)];
        return (
          want.qualified !== got.qualified || want.score !== got.score || want.route !== got.route
        );
      });
      expect(differing.slice(0, 3), name).toEqual([]);
    }
  }, 60_000);

  it('exercises every branch: both qualify outcomes, many scores, all ten routes', () => {
    const [, decide] = implementations[0] ?? [];
    const decisions = leads.map((lead) => decide?.(lead));
    expect(new Set(decisions.map((d) => d?.qualified))).toEqual(new Set([true, false]));
    expect(new Set(decisions.map((d) => d?.score)).size).toBeGreaterThan(30);
    expect(new Set(decisions.map((d) => d?.route)).size).toBe(10);
  });

  it('generates the same leads from the same seed', () => {
    expect(generateLeads(3, 42)).toEqual(leads.slice(0, 3));
    expect(generateLeads(3, 43)).not.toEqual(leads.slice(0, 3));
  });
});
