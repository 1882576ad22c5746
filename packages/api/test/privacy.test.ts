import { auditLog, leadEvents } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { insertLead, onMarchThird, openApi, publishedRoundRobin, rejectionOf } from './api-fixture';

// Ann sent two forms (one converted), Bo one; Ann's second lead was reassigned.
async function people() {
  const api = await openApi();
  const setup = await publishedRoundRobin(api.a);
  const base = setup.leadBase;
  await insertLead(api.database, {
    ...base,
    id: 'lead_ann1',
    receivedAt: onMarchThird(1),
    email: 'ann@globex.example',
    company: 'Globex',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_ann2',
    receivedAt: onMarchThird(2),
    email: 'ann@globex.example',
    company: 'Globex',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_bo',
    receivedAt: onMarchThird(3),
    email: 'bo@initech.example',
    company: 'Initech',
    ownerRepId: setup.ben.id,
  });
  await api.a.event.record({ leadId: 'lead_ann1', type: 'converted', value: 1200 });
  await api.a.lead.reassign({ id: 'lead_ann2', repId: setup.ben.id });
  return { ...api, ...setup };
}

// What a report reads: counts by status, owner and flow, values, and every event.
async function report(api: Awaited<ReturnType<typeof people>>) {
  const { items } = await api.a.lead.list({});
  const [flow] = await api.a.flow.list({ todayStartsAt: '2025-03-03T00:00:00.000Z' });
  const events = await api.database.db.select().from(leadEvents);
  return {
    leads: items.map((lead) => [
      lead.id,
      lead.status,
      lead.ownerRepId,
      lead.score,
      lead.terminalNodeId,
    ]),
    leadsToday: flow?.leadsToday,
    events: events.map((event) => [event.leadId, event.type, event.value]).sort(),
  };
}

describe('privacy', () => {
  it('exports everything held about a person as JSON, and audits the export', async () => {
    const api = await people();
    const exported = await api.a.privacy.export({ email: 'ANN@globex.example' });
    expect(exported.email).toBe('ann@globex.example');
    expect(exported.leads.map((lead) => lead.id)).toEqual(['lead_ann1', 'lead_ann2']);
    expect(exported.leads[0]?.events.map((event) => event.type)).toEqual(['converted']);
    expect(exported.leads[1]?.assignments.map((a) => a.via)).toEqual(['reassign']);
    expect(exported.leads[0]?.fields).toMatchObject({
      email: 'ann@globex.example',
      firstName: 'Sam',
    });
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported); // plain JSON all the way
    const [entry] = (await api.a.audit.list({ action: 'privacy.exported' })).items;
    expect(entry).toMatchObject({ targetType: 'person', after: { leads: 2 } });
    expect(JSON.stringify(entry)).not.toContain('ann@');
  });

  it('erases a person: their leads anonymised, events kept, reports unchanged', async () => {
    const api = await people();
    const before = await report(api);
    const erased = await api.a.privacy.erase({ email: 'ann@globex.example' });
    expect(erased).toMatchObject({ erasedLeads: 2 });
    expect(await report(api)).toEqual(before);
    const { lead } = await api.a.lead.byId({ id: 'lead_ann1' });
    expect(lead).toMatchObject({
      email: null,
      phone: null,
      input: {},
      status: 'converted',
      value: 1200,
    });
    expect(lead.erasedAt).not.toBeNull();
    expect(lead.fields).toEqual({ company: 'Globex' });
    const rows = await api.database.db.select().from(auditLog);
    expect(JSON.stringify(rows)).not.toContain('ann@globex.example');
    expect(JSON.stringify(await api.a.lead.list({}))).not.toContain('ann@');
    expect((await api.a.privacy.export({ email: 'ann@globex.example' })).leads).toEqual([]);
    // Bo is untouched.
    expect((await api.a.lead.byId({ id: 'lead_bo' })).lead.email).toBe('bo@initech.example');
    const [entry] = (await api.a.audit.list({ action: 'privacy.erased' })).items;
    expect(entry).toMatchObject({ after: { leads: ['lead_ann1', 'lead_ann2'] } });
  });

  it('refuses something that is not an e-mail address', async () => {
    const { a } = await openApi();
    expect(await rejectionOf(a.privacy.erase({ email: 'ann' }))).toMatchObject({
      appCode: 'invalid_input',
    });
    expect(await rejectionOf(a.privacy.export({ email: '' }))).toMatchObject({
      appCode: 'invalid_input',
    });
  });
});
