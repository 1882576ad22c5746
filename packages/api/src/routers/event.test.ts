import { describe, expect, it } from 'vitest';
import { insertLead, openApi, publishedRoundRobin, rejectionOf } from '../../test/api-fixture';

async function assignedLead() {
  const api = await openApi();
  const setup = await publishedRoundRobin(api.a);
  await insertLead(api.database, {
    orgId: 'org_a',
    flowId: setup.flowId,
    versionId: setup.versionId,
    sourceId: setup.sourceId,
    id: 'lead_1',
    receivedAt: new Date('2025-03-03T08:00Z'),
    ownerRepId: setup.ana.id,
  });
  return { ...api, ...setup };
}

describe('eventRouter', () => {
  it("records a rep's own action as the rep, and a manager's without a rep", async () => {
    const { a, ana } = await assignedLead();
    expect(await a.event.record({ leadId: 'lead_1', type: 'accepted', repId: ana.id })).toEqual({
      leadId: 'lead_1',
      status: 'accepted',
      ownerRepId: ana.id,
    });
    await a.event.record({ leadId: 'lead_1', type: 'converted', value: 1200 });
    const { lead, events } = await a.lead.byId({ id: 'lead_1' });
    expect(lead).toMatchObject({ status: 'converted', value: 1200 });
    expect(events.map((event) => event.actor)).toEqual(['rep', 'manager']);
  });

  it('refuses an action by a rep who does not own the lead, and an impossible transition', async () => {
    const { a, ben } = await assignedLead();
    const notOwner = await rejectionOf(
      a.event.record({ leadId: 'lead_1', type: 'accepted', repId: ben.id }),
    );
    expect(notOwner).toMatchObject({ code: 'FORBIDDEN', appCode: 'not_allowed' });
    await a.event.record({ leadId: 'lead_1', type: 'lost', reason: 'no budget' });
    const again = await rejectionOf(a.event.record({ leadId: 'lead_1', type: 'contacted' }));
    expect(again).toMatchObject({ code: 'CONFLICT', appCode: 'invalid_transition' });
    const negative = await rejectionOf(
      a.event.record({ leadId: 'lead_1', type: 'converted', value: -5 }),
    );
    expect(negative.appCode).toBe('invalid_input');
  });
});
