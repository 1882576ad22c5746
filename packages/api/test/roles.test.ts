import { describe, expect, it } from 'vitest';
import {
  addMember,
  insertLead,
  memberAs,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
} from './api-fixture';

// Two leads of Ana's, one of Ben's, one pooled for the Sales team; Cal is a rep on no team.
async function salesFloor() {
  const api = await openApi();
  const setup = await publishedRoundRobin(api.a);
  const cal = await api.a.rep.create({ name: 'Cal', email: 'cal@acme.example' });
  const base = setup.leadBase;
  await insertLead(api.database, {
    ...base,
    id: 'lead_ana1',
    receivedAt: onMarchThird(1),
    email: 'ann@globex.example',
    company: 'Globex',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_ana2',
    receivedAt: onMarchThird(2),
    email: 'al@hooli.example',
    company: 'Hooli',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_ben',
    receivedAt: onMarchThird(3),
    email: 'bo@initech.example',
    company: 'Initech',
    ownerRepId: setup.ben.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_pool',
    receivedAt: onMarchThird(4),
    email: 'pi@umbrella.example',
    company: 'Umbrella',
    status: 'pooled',
    poolNodeId: 'waiting',
  });
  const as = (role: Parameters<typeof memberAs>[0], extra?: Parameters<typeof memberAs>[1]) =>
    api.callerFor('org_a', memberAs(role, extra));
  return { ...api, ...setup, cal, as };
}

describe('a rep', () => {
  it('sees their own leads only, in the list and by id', async () => {
    const { as, ana } = await salesFloor();
    const rep = as('rep', { repId: ana.id });
    const list = await rep.lead.list({});
    expect(list.items.map((lead) => lead.id)).toEqual(['lead_ana2', 'lead_ana1']);
    expect((await rep.lead.byId({ id: 'lead_ana1' })).lead.email).toBe('ann@globex.example');
    expect(await rejectionOf(rep.lead.byId({ id: 'lead_ben' }))).toMatchObject({
      appCode: 'lead_not_found',
    });
  });

  it('without a rep of their own sees no lead at all', async () => {
    const { as } = await salesFloor();
    expect((await as('rep', { repId: null }).lead.list({})).items).toEqual([]);
  });

  it("pulls from their team's pool, as themselves only", async () => {
    const { as, ana, ben, flowId } = await salesFloor();
    const rep = as('rep', { repId: ana.id });
    const pool = await rep.pool.list({ flowId, poolNodeId: 'waiting' });
    expect(pool.leads.map((lead) => lead.leadId)).toEqual(['lead_pool']);
    const forBen = await rejectionOf(rep.pool.claim({ leadId: 'lead_pool', repId: ben.id }));
    expect(forBen).toMatchObject({ code: 'FORBIDDEN', appCode: 'not_allowed' });
    const claimed = await rep.pool.claim({ leadId: 'lead_pool', repId: ana.id });
    expect(claimed).toMatchObject({ status: 'assigned', ownerRepId: ana.id });
  });

  it("is refused another team's pool", async () => {
    const { as, cal, flowId } = await salesFloor();
    const outsider = as('rep', { repId: cal.id });
    const refused = await rejectionOf(outsider.pool.list({ flowId, poolNodeId: 'waiting' }));
    expect(refused).toMatchObject({ appCode: 'not_allowed' });
    const pulled = await rejectionOf(
      outsider.pool.claimNext({ flowId, poolNodeId: 'waiting', repId: cal.id }),
    );
    expect(pulled).toMatchObject({ appCode: 'not_allowed' });
  });

  it("records actions on their own leads, never on a colleague's or as the manager", async () => {
    const { as, ana, ben } = await salesFloor();
    const rep = as('rep', { repId: ana.id });
    await expect(
      rep.event.record({ leadId: 'lead_ana1', type: 'accepted', repId: ana.id }),
    ).resolves.toMatchObject({ status: 'accepted' });
    expect(
      await rejectionOf(rep.event.record({ leadId: 'lead_ana1', type: 'contacted' })),
    ).toMatchObject({ appCode: 'not_allowed' });
    expect(
      await rejectionOf(rep.event.record({ leadId: 'lead_ben', type: 'accepted', repId: ben.id })),
    ).toMatchObject({ appCode: 'not_allowed' });
  });
});

describe('lead PII', () => {
  it('is masked for a viewer, everywhere in the lead', async () => {
    const { as } = await salesFloor();
    const viewer = as('viewer');
    const [first] = (await viewer.lead.list({ search: 'globex' })).items;
    expect(first).toMatchObject({
      id: 'lead_ana1',
      email: 'a•••@globex.example',
      name: 'S••• L•••',
      company: 'Globex',
    });
    const { lead } = await viewer.lead.byId({ id: 'lead_ana1' });
    expect(lead.input).toEqual({});
    expect(JSON.stringify(lead)).not.toContain('ann@globex.example');
    expect(lead.fields).toMatchObject({ firstName: 'S•••', lastName: 'L•••', company: 'Globex' });
  });

  it('cannot be searched for by a viewer: the search covers companies only', async () => {
    const { as } = await salesFloor();
    expect((await as('viewer').lead.list({ search: 'ann@' })).items).toEqual([]);
    expect((await as('manager').lead.list({ search: 'ann@' })).items).toHaveLength(1);
  });

  it('is masked for a consultant unless an owner granted it', async () => {
    const { as } = await salesFloor();
    const plain = await as('consultant').lead.byId({ id: 'lead_ben' });
    expect(plain.lead.email).toBe('b•••@initech.example');
    const granted = await as('consultant', { piiAccess: true }).lead.byId({ id: 'lead_ben' });
    expect(granted.lead.email).toBe('bo@initech.example');
  });
});

describe('members', () => {
  it('an owner changes a role and grants PII; both are audited with before and after', async () => {
    const { a, database } = await openApi();
    await addMember(database, {
      id: 'mem_own',
      orgId: 'org_a',
      role: 'owner',
      email: 'o@acme.example',
    });
    await addMember(database, {
      id: 'mem_con',
      orgId: 'org_a',
      role: 'viewer',
      email: 'c@acme.example',
    });
    await a.member.update({ id: 'mem_con', role: 'consultant' });
    await a.member.update({ id: 'mem_con', piiAccess: true });
    const listed = await a.member.list();
    expect(listed.members.map((m) => [m.email, m.role, m.piiAccess])).toEqual([
      ['c@acme.example', 'consultant', true],
      ['o@acme.example', 'owner', false],
    ]);
    const log = await a.audit.list({});
    expect(log.items.map((e) => [e.action, e.before, e.after])).toEqual([
      [
        'member.updated',
        { role: 'consultant', repId: null, piiAccess: false },
        { role: 'consultant', repId: null, piiAccess: true },
      ],
      [
        'member.role_changed',
        { role: 'viewer', repId: null, piiAccess: false },
        { role: 'consultant', repId: null, piiAccess: false },
      ],
    ]);
    expect(log.items[0]).toMatchObject({
      actorType: 'user',
      actorId: 'usr_owner',
      targetId: 'mem_con',
    });
  });

  it('never leaves an organisation without an owner', async () => {
    const { a, database } = await openApi();
    await addMember(database, {
      id: 'mem_own',
      orgId: 'org_a',
      role: 'owner',
      email: 'o@acme.example',
    });
    expect(await rejectionOf(a.member.update({ id: 'mem_own', role: 'manager' }))).toMatchObject({
      code: 'CONFLICT',
      appCode: 'last_owner',
    });
    expect(await rejectionOf(a.member.remove({ id: 'mem_own' }))).toMatchObject({
      appCode: 'last_owner',
    });
  });

  it('links a rep member to a rep of the organisation only', async () => {
    const { a, b, database } = await openApi();
    const theirs = await b.rep.create({ name: 'Bea', email: 'bea@bolt.example' });
    await addMember(database, {
      id: 'mem_rep',
      orgId: 'org_a',
      role: 'viewer',
      email: 'r@acme.example',
    });
    expect(
      await rejectionOf(a.member.update({ id: 'mem_rep', role: 'rep', repId: theirs.id })),
    ).toMatchObject({ appCode: 'rep_not_found' });
    expect(await rejectionOf(a.member.update({ id: 'mem_nobody', role: 'rep' }))).toMatchObject({
      appCode: 'member_not_found',
    });
  });
});

describe('organisation API keys', () => {
  it('shows a key once, lists it without the key, and revokes it; audited', async () => {
    const { a } = await openApi();
    const created = await a.apiKey.create({ name: 'Website host', scopes: ['ingest', 'ingest'] });
    expect(created.key).toMatch(/^sk_org_[A-Za-z0-9_-]{32}$/);
    expect(created.scopes).toEqual(['ingest']);
    const [listed] = await a.apiKey.list();
    expect(listed).toEqual({
      id: created.id,
      name: 'Website host',
      scopes: ['ingest'],
      createdAt: created.createdAt,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(await a.apiKey.list())).not.toContain(created.key);
    const revoked = await a.apiKey.revoke({ id: created.id });
    expect((await a.apiKey.list())[0]?.revokedAt).toBe(revoked.revokedAt);
    const actions = (await a.audit.list({})).items.map((e) => e.action);
    expect(actions).toEqual(['api_key.revoked', 'api_key.created']);
  });

  it('refuses a key without scopes, or an unknown scope', async () => {
    const { a } = await openApi();
    expect(await rejectionOf(a.apiKey.create({ name: 'x', scopes: [] }))).toMatchObject({
      appCode: 'invalid_input',
    });
    expect(
      await rejectionOf(a.apiKey.create({ name: 'x', scopes: ['root' as 'admin'] })),
    ).toMatchObject({ appCode: 'invalid_input' });
    expect(await rejectionOf(a.apiKey.revoke({ id: 'key_nope' }))).toMatchObject({
      appCode: 'api_key_not_found',
    });
  });
});

describe('the audit log', () => {
  it('records publish, rollback, key rotation and manual reassignment with before and after', async () => {
    const { a, ana, ben, flowId, versionId, sourceId } = await salesFloor();
    await a.flow.publish({ id: flowId, note: 'second' });
    await a.flow.rollback({ id: flowId, versionId });
    await a.source.rotateKey({ id: sourceId });
    await a.lead.reassign({ id: 'lead_ana1', repId: ben.id });
    const { items } = await a.audit.list({});
    expect(items.map((e) => e.action)).toEqual([
      'lead.reassigned',
      'source.key_rotated',
      'flow.rolled_back',
      'flow.published',
      'flow.published',
    ]);
    expect(items[0]).toMatchObject({
      targetType: 'lead',
      targetId: 'lead_ana1',
      before: { ownerRepId: ana.id, status: 'assigned' },
      after: { ownerRepId: ben.id, status: 'assigned' },
    });
    expect(items[2]).toMatchObject({
      after: { restoredVersionId: versionId, restoredVersion: 1, version: 3 },
    });
    expect(JSON.stringify(items[1])).not.toMatch(/sk_/);
    const onlyPublishes = await a.audit.list({ action: 'flow.published', limit: 1 });
    expect(onlyPublishes.items).toHaveLength(1);
    const next = await a.audit.list({
      action: 'flow.published',
      cursor: onlyPublishes.nextCursor ?? '',
    });
    expect(next).toMatchObject({ items: [{ action: 'flow.published' }], nextCursor: null });
  });

  it('refuses to reassign a closed lead or to a rep of another organisation', async () => {
    const { a, b, ana } = await salesFloor();
    const theirs = await b.rep.create({ name: 'Bea', email: 'bea@bolt.example' });
    expect(await rejectionOf(a.lead.reassign({ id: 'lead_ana1', repId: theirs.id }))).toMatchObject(
      { appCode: 'rep_not_found' },
    );
    expect(await rejectionOf(a.lead.reassign({ id: 'lead_ana1', repId: ana.id }))).toMatchObject({
      appCode: 'invalid_input',
    });
    await a.event.record({ leadId: 'lead_ana1', type: 'lost', reason: 'no budget' });
    expect(await rejectionOf(a.lead.reassign({ id: 'lead_ana1', repId: ana.id }))).toMatchObject({
      appCode: 'invalid_transition',
    });
  });
});
