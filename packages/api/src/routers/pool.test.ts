import { describe, expect, it } from 'vitest';
import { insertLead, openApi, publishedRoundRobin, rejectionOf } from '../../test/api-fixture';

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
