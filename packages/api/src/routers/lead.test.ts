import { describe, expect, it } from 'vitest';
import {
  insertLead,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
} from '../../test/api-fixture';

async function fiveLeads() {
  const api = await openApi();
  const setup = await publishedRoundRobin(api.a);
  const base = setup.leadBase;
  await insertLead(api.database, {
    ...base,
    id: 'lead_1',
    receivedAt: onMarchThird(1),
    email: 'ann@globex.example',
    company: 'Globex',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_2',
    receivedAt: onMarchThird(2),
    email: 'bo@initech.example',
    company: 'Initech',
    ownerRepId: setup.ben.id,
  });
  // Two leads in the same millisecond: the cursor breaks the tie by id.
  await insertLead(api.database, {
    ...base,
    id: 'lead_3',
    receivedAt: onMarchThird(3),
    email: 'cy@globex.example',
    company: '100% Foods',
    ownerRepId: setup.ana.id,
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_4',
    receivedAt: onMarchThird(3),
    email: 'di@umbrella.example',
    company: 'Umbrella',
    status: 'pooled',
    poolNodeId: 'waiting',
  });
  await insertLead(api.database, {
    ...base,
    id: 'lead_5',
    receivedAt: onMarchThird(5),
    email: 'ed@hooli.example',
    company: 'Hooli',
    ownerRepId: setup.ben.id,
  });
  return { ...api, ...setup };
}

describe('leadRouter', () => {
  it('pages through leads newest first with a cursor', async () => {
    const { a } = await fiveLeads();
    const ids: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await a.lead.list({ limit: 2, ...(cursor ? { cursor } : {}) });
      ids.push(page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toEqual([['lead_5', 'lead_4'], ['lead_3', 'lead_2'], ['lead_1']]);
  });

  it('filters by status, owner, flow, search and period', async () => {
    const { a, ana, flowId } = await fiveLeads();
    const ids = async (input: Parameters<typeof a.lead.list>[0]) =>
      (await a.lead.list(input)).items.map((item) => item.id);
    expect(await ids({ status: 'pooled' })).toEqual(['lead_4']);
    expect(await ids({ ownerRepId: ana.id })).toEqual(['lead_3', 'lead_1']);
    expect(await ids({ flowId })).toHaveLength(5);
    expect(await ids({ flowId: 'flow_other' })).toEqual([]);
    expect(await ids({ search: 'GLOBEX' })).toEqual(['lead_3', 'lead_1']);
    expect(await ids({ search: 'initech' })).toEqual(['lead_2']);
    expect(await ids({ search: '100%' })).toEqual(['lead_3']);
    expect(await ids({ search: '%' })).toEqual(['lead_3']); // a literal percent sign
    const period = { from: '2025-03-03T02:00:00Z', to: '2025-03-03T05:00:00Z' };
    expect(await ids(period)).toEqual(['lead_4', 'lead_3', 'lead_2']);
    const [first] = (await a.lead.list({ ownerRepId: ana.id })).items;
    expect(first).toMatchObject({ ownerName: 'Ana', company: '100% Foods', name: 'Sam Lee' });
  });

  it('refuses a made-up cursor, a backwards period and a page over 100', async () => {
    const { a } = await fiveLeads();
    const cursor = await rejectionOf(a.lead.list({ cursor: 'not-a-cursor' }));
    expect(cursor).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    const period = await rejectionOf(
      a.lead.list({ from: '2025-03-04T00:00:00Z', to: '2025-03-03T00:00:00Z' }),
    );
    expect(period.message).toBe('The period must end after it starts.');
    expect((await rejectionOf(a.lead.list({ limit: 101 }))).appCode).toBe('invalid_input');
  });

  it('shows one lead with its events in order and the version document', async () => {
    const { a, ana, versionId } = await fiveLeads();
    await a.event.record({ leadId: 'lead_1', type: 'accepted', repId: ana.id });
    await a.event.record({ leadId: 'lead_1', type: 'contacted', repId: ana.id });
    const detail = await a.lead.byId({ id: 'lead_1' });
    expect(detail.lead).toMatchObject({ id: 'lead_1', status: 'contacted', ownerRepId: ana.id });
    expect(detail.events.map((event) => [event.type, event.actor])).toEqual([
      ['accepted', 'rep'],
      ['contacted', 'rep'],
    ]);
    expect(detail.version).toMatchObject({
      id: versionId,
      version: 1,
      document: { name: 'Round robin' },
    });
    // The studio draws the trace on exactly this version.
    expect(detail.lead.flowVersionId).toBe(versionId);
  });

  it('answers not found for a lead id that does not exist', async () => {
    const { a } = await fiveLeads();
    const refused = await rejectionOf(a.lead.byId({ id: 'lead_404' }));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'lead_not_found' });
  });
});
