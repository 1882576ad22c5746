import { describe, expect, it } from 'vitest';
import { addMember, insertLead, openApi, publishedRoundRobin, rejectionOf } from './api-fixture';

describe('tenant isolation', () => {
  it("gives organisation B not found for every id of organisation A's", async () => {
    const { a, b, database } = await openApi();
    const setup = await publishedRoundRobin(a);
    const { flowId, versionId, sourceId, ana, team } = setup;
    await insertLead(database, {
      orgId: 'org_a',
      flowId,
      versionId,
      sourceId,
      id: 'lead_a',
      receivedAt: new Date('2025-03-03T08:00Z'),
      status: 'pooled',
      poolNodeId: 'waiting',
    });
    const refused = await Promise.all([
      rejectionOf(b.flow.byId({ id: flowId })),
      rejectionOf(b.flow.versions({ id: flowId })),
      rejectionOf(b.flow.validate({ id: flowId })),
      rejectionOf(b.flow.saveDraft({ id: flowId, draft: {}, baseRevision: 1 })),
      rejectionOf(b.flow.publish({ id: flowId, note: '' })),
      rejectionOf(b.flow.rollback({ id: flowId, versionId })),
      rejectionOf(b.flow.version({ id: flowId, versionId })),
      rejectionOf(b.template.export({ flowId })),
      rejectionOf(b.lead.byId({ id: 'lead_a' })),
      rejectionOf(b.event.record({ leadId: 'lead_a', type: 'accepted' })),
      rejectionOf(b.pool.list({ flowId, poolNodeId: 'waiting' })),
      rejectionOf(b.pool.claim({ leadId: 'lead_a', repId: ana.id })),
      rejectionOf(b.source.rotateKey({ id: sourceId })),
      rejectionOf(b.source.setMapping({ id: sourceId, mapping: {} })),
      rejectionOf(b.source.update({ id: sourceId, enabled: false })),
      rejectionOf(b.rep.byId({ id: ana.id })),
      rejectionOf(b.rep.update({ id: ana.id, patch: { active: false } })),
      rejectionOf(b.rep.setAvailability({ id: ana.id, active: false })),
      rejectionOf(b.team.rename({ id: team.id, name: 'Mine now' })),
      rejectionOf(b.team.setMembers({ teamId: team.id, members: [] })),
    ]);
    expect(refused.map((error) => error.code)).toEqual(refused.map(() => 'NOT_FOUND'));
    expect(refused.map((error) => error.appCode)).toEqual([
      ...Array(8).fill('flow_not_found'),
      'lead_not_found',
      'lead_not_found',
      'flow_not_found',
      'lead_not_found',
      ...Array(3).fill('source_not_found'),
      ...Array(3).fill('rep_not_found'),
      ...Array(2).fill('team_not_found'),
    ]);
    // Nothing changed for organisation A.
    expect((await a.rep.byId({ id: ana.id })).active).toBe(true);
    expect((await a.team.list())[0]?.members).toHaveLength(2);
  });

  it('shows organisation B none of their rows in lists', async () => {
    const { a, b, database } = await openApi();
    const { flowId, versionId, sourceId } = await publishedRoundRobin(a);
    await insertLead(database, {
      orgId: 'org_a',
      flowId,
      versionId,
      sourceId,
      id: 'lead_a',
      receivedAt: new Date('2025-03-03T08:00Z'),
    });
    expect(await b.flow.list()).toEqual([]);
    expect(await b.lead.list({})).toEqual({ items: [], nextCursor: null });
    expect(await b.source.list()).toEqual([]);
    expect(await b.rep.list()).toEqual([]);
    expect(await b.team.list()).toEqual([]);
    expect((await a.lead.list({})).items).toHaveLength(1);
  });

  it("gives organisation B nothing of A's members, keys, audit log or people", async () => {
    const { a, b, database } = await openApi();
    const { flowId, versionId, sourceId, ana } = await publishedRoundRobin(a);
    await insertLead(database, {
      orgId: 'org_a',
      flowId,
      versionId,
      sourceId,
      id: 'lead_a',
      email: 'ann@globex.example',
      receivedAt: new Date('2025-03-03T08:00Z'),
      ownerRepId: ana.id,
    });
    await addMember(database, {
      id: 'mem_a',
      orgId: 'org_a',
      role: 'viewer',
      email: 'v@acme.example',
    });
    const key = await a.apiKey.create({ name: 'host', scopes: ['ingest'] });
    const refused = await Promise.all([
      rejectionOf(b.member.update({ id: 'mem_a', role: 'owner' })),
      rejectionOf(b.member.remove({ id: 'mem_a' })),
      rejectionOf(b.apiKey.revoke({ id: key.id })),
      rejectionOf(b.lead.reassign({ id: 'lead_a', repId: ana.id })),
    ]);
    expect(refused.map((error) => error.appCode)).toEqual([
      'member_not_found',
      'member_not_found',
      'api_key_not_found',
      'lead_not_found',
    ]);
    expect(await b.member.list()).toEqual({ members: [], invitations: [] });
    expect(await b.apiKey.list()).toEqual([]);
    expect((await b.privacy.export({ email: 'ann@globex.example' })).leads).toEqual([]);
    expect(await b.privacy.erase({ email: 'ann@globex.example' })).toMatchObject({
      erasedLeads: 0,
    });
    // B's own requests are in B's log only; A's log holds A's key and nothing of B's.
    expect((await b.audit.list({})).items.map((e) => e.action)).toEqual([
      'privacy.erased',
      'privacy.exported',
    ]);
    expect((await a.audit.list({})).items.map((e) => e.action)).toEqual([
      'api_key.created',
      'flow.published',
    ]);
    // Nothing changed for organisation A.
    expect((await a.lead.byId({ id: 'lead_a' })).lead.email).toBe('ann@globex.example');
    expect((await a.member.list()).members.map((m) => m.role)).toEqual(['viewer']);
    expect((await a.apiKey.list())[0]?.revokedAt).toBeNull();
  });

  it('refuses every procedure to a caller without an organisation', async () => {
    const { callerFor } = await openApi();
    const anonymous = callerFor(null);
    const refused = await rejectionOf(anonymous.flow.list());
    expect(refused).toMatchObject({ code: 'UNAUTHORIZED', appCode: 'unauthorized' });
  });
});
