import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  memberAs,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
} from '../../test/api-fixture';

const topPerformerTemplate: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../../../templates/top-performer.flow.json', import.meta.url), 'utf8'),
);

async function pooledLeads() {
  const api = await openApi();
  const setup = await publishedRoundRobin(api.a);
  const base = setup.leadBase;
  const pooled = {
    status: 'pooled' as const,
    poolNodeId: 'waiting',
    email: 'x@y.example',
    company: 'Y',
  };
  await insertLead(api.database, {
    ...base,
    ...pooled,
    id: 'lead_old',
    receivedAt: new Date('2025-03-03T08:00Z'),
  });
  await insertLead(api.database, {
    ...base,
    ...pooled,
    id: 'lead_new',
    receivedAt: new Date('2025-03-03T09:00Z'),
  });
  return { ...api, ...setup };
}

describe('poolRouter', () => {
  it('lists a blind pool oldest first without the leads’ fields', async () => {
    const { a, flowId } = await pooledLeads();
    const pool = await a.pool.list({ flowId, poolNodeId: 'waiting' });
    expect(pool.blind).toBe(true);
    expect(pool.leads.map((lead) => [lead.leadId, lead.fields])).toEqual([
      ['lead_old', null],
      ['lead_new', null],
    ]);
  });

  it('refuses a pool the flow does not have', async () => {
    const { a, flowId } = await pooledLeads();
    const refused = await rejectionOf(a.pool.list({ flowId, poolNodeId: 'reps' }));
    expect(refused).toMatchObject({
      appCode: 'invalid_input',
      message: 'This flow has no pool "reps".',
    });
  });

  it('lets one rep claim a lead and tells the second it was already claimed', async () => {
    const { a, ana, ben } = await pooledLeads();
    const won = await a.pool.claim({ leadId: 'lead_old', repId: ana.id });
    expect(won).toMatchObject({ id: 'lead_old', status: 'assigned', ownerRepId: ana.id });
    const lost = await rejectionOf(a.pool.claim({ leadId: 'lead_old', repId: ben.id }));
    expect(lost).toMatchObject({ code: 'CONFLICT', appCode: 'already_claimed' });
  });

  it('claims the oldest lead for a blind pull, and nothing from an empty pool', async () => {
    const { a, ana, flowId } = await pooledLeads();
    const pull = { flowId, poolNodeId: 'waiting', repId: ana.id };
    expect((await a.pool.claimNext(pull)).lead?.id).toBe('lead_old');
    expect((await a.pool.claimNext(pull)).lead?.id).toBe('lead_new');
    expect(await a.pool.claimNext(pull)).toEqual({ lead: null });
  });

  it('keeps a team pool closed to reps outside the team', async () => {
    const { a, flowId } = await pooledLeads();
    const outsider = await a.rep.create({ name: 'Cat', email: 'cat@acme.example' });
    const refused = await rejectionOf(a.pool.claim({ leadId: 'lead_old', repId: outsider.id }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'not_allowed' });
    expect((await a.pool.list({ flowId, poolNodeId: 'waiting' })).leads).toHaveLength(2);
  });
});

describe('pool.mine', () => {
  // The round-robin flow's Sales pool, and the top-performer flow's overflow pool, open to all.
  async function twoLiveFlows() {
    const api = await openApi();
    const setup = await publishedRoundRobin(api.a);
    const cal = await api.a.rep.create({ name: 'Cal', email: 'cal@acme.example' });
    const closers = await api.a.team.create({ name: 'Closers' });
    const topPerformer = await api.a.template.import({
      document: topPerformerTemplate,
      teamMap: { closers: closers.id, sales: setup.team.id },
    });
    await api.a.flow.publish({ id: topPerformer.id, note: 'first' });
    // A draft alone routes nothing: its pools are not offered.
    await api.a.template.import({
      document: roundRobinTemplate,
      name: 'Draft only',
      teamMap: { sales: setup.team.id },
    });
    return { ...api, ...setup, cal, topPerformerId: topPerformer.id };
  }

  it('lists every pool of the live flows for an owner, with mode and team', async () => {
    const { a, flowId, team, topPerformerId } = await twoLiveFlows();
    expect(await a.pool.mine()).toEqual([
      {
        flowId,
        flowName: 'Round robin',
        poolNodeId: 'waiting',
        label: 'Waiting for a free rep',
        mode: 'blind',
        teamId: team.id,
        teamName: 'Sales',
      },
      {
        flowId: topPerformerId,
        flowName: 'Top performer',
        poolNodeId: 'overflow',
        label: 'Overflow pool',
        mode: 'blind',
        teamId: null,
        teamName: null,
      },
    ]);
  });

  it("gives a rep their own team's pools and the open ones, never another team's", async () => {
    const { callerFor, ana, cal } = await twoLiveFlows();
    const onSales = await callerFor('org_a', memberAs('rep', { repId: ana.id })).pool.mine();
    expect(onSales.map((pool) => pool.poolNodeId)).toEqual(['waiting', 'overflow']);
    const outsider = await callerFor('org_a', memberAs('rep', { repId: cal.id })).pool.mine();
    expect(outsider.map((pool) => pool.poolNodeId)).toEqual(['overflow']);
    const unlinked = await callerFor('org_a', memberAs('rep', { repId: null })).pool.mine();
    expect(unlinked.map((pool) => pool.poolNodeId)).toEqual(['overflow']);
  });

  it("never shows another organisation's pools, and refuses a viewer", async () => {
    const { b, callerFor } = await twoLiveFlows();
    expect(await b.pool.mine()).toEqual([]);
    const refused = await rejectionOf(callerFor('org_a', memberAs('viewer')).pool.mine());
    expect(refused).toMatchObject({ code: 'FORBIDDEN', appCode: 'not_allowed' });
  });
});
