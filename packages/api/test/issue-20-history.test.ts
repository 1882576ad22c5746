import { describe, expect, it } from 'vitest';
import {
  insertLead,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  roundRobinTemplate,
} from './api-fixture';

// Issue 20, item 5: a new flow said "No leads in the last 30 days yet" and its backtest "No
// leads to replay" while the organisation held thousands: both read only the leads earlier
// versions of the same flow routed.

/** Leads routed by a published flow from two sources; a second flow that has none of its own. */
async function organisationWithHistory() {
  const api = await openApi();
  const routed = await publishedRoundRobin(api.a);
  const other = await api.a.source.create({ name: 'Events', type: 'json', flowId: routed.flowId });
  const stored = [
    ['lead_web_1', routed.sourceId, 'sam.lee@northwind.example'],
    ['lead_web_2', routed.sourceId, 'pat.kay@globex.example'],
    ['lead_event', other.id, 'kim.ito@initech.example'],
  ] as const;
  for (const [index, [id, sourceId, email]] of stored.entries()) {
    await insertLead(api.database, {
      ...routed.leadBase,
      id,
      sourceId,
      receivedAt: onMarchThird(6 + index),
      email,
      company: 'Acme',
      ownerRepId: routed.ana.id,
    });
  }
  const fresh = await api.a.template.import({
    document: roundRobinTemplate,
    name: 'Brand new flow',
    teamMap: { sales: routed.team.id },
  });
  return { api, routed, webSource: routed.sourceId, eventSource: other.id, freshId: fresh.id };
}

/** The round-robin template whose capture step names `sources`. */
function capturing(sources: string[]) {
  const draft = structuredClone(roundRobinTemplate) as {
    nodes: Array<{ kind: string; config: Record<string, unknown> }>;
  };
  for (const node of draft.nodes) if (node.kind === 'capture') node.config = { sources };
  return draft;
}

describe('issue 20: a new flow is tried on the organisation’s history', () => {
  it('counts impact on every lead of the organisation, or on those of the sources captured', async () => {
    const { api, freshId, eventSource } = await organisationWithHistory();
    const all = await api.a.flow.impactSample({ id: freshId, days: 30 });
    expect(all.total).toBe(3);
    expect(all.leads.map((lead) => lead.id).sort()).toEqual([
      'lead_event',
      'lead_web_1',
      'lead_web_2',
    ]);
    // Another flow's path names steps this draft does not have: no taken path for them.
    expect(all.leads.every((lead) => lead.path.length === 0)).toBe(true);
    const events = await api.a.flow.impactSample({ id: freshId, days: 30, sources: [eventSource] });
    expect(events.leads.map((lead) => lead.id)).toEqual(['lead_event']);
  });

  it('backtests a new flow on the leads it would have received, as moved from the other flow', async () => {
    const { api, freshId, webSource } = await organisationWithHistory();
    const everything = await api.a.flow.backtest({
      id: freshId,
      document: roundRobinTemplate,
      days: 30,
    });
    expect(everything.total).toBe(3);
    const webOnly = await api.a.flow.backtest({
      id: freshId,
      document: capturing([webSource]),
      days: 30,
    });
    expect(webOnly.total).toBe(2);
    // Where they really went is the other flow's step, named with its flow, never "unchanged".
    expect(webOnly.changed).toBe(2);
    expect(webOnly.changes[0]?.from.label).toMatch(/ · /);
  });

  it('still compares a flow’s own leads with where its live version sent them', async () => {
    const { api, routed } = await organisationWithHistory();
    const own = await api.a.flow.backtest({
      id: routed.flowId,
      document: roundRobinTemplate,
      days: 30,
    });
    expect(own.total).toBe(3);
    expect(own.changed).toBe(0);
  });
});
