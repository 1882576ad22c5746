import { distributionState, eq, leads, sql } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  memberAs,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
  type TestApi,
} from '../../test/api-fixture';

const business = { email: 'Dana@Northwind.example ', company: 'Northwind', country: 'Germany' };

async function rowCounts(database: TestApi['database']) {
  const [counted] = await database.db
    .select({
      leads: sql<number>`(select count(*) from ${leads})`,
      states: sql<number>`(select count(*) from ${distributionState})`,
    })
    .from(sql`(select 1)`);
  return counted;
}

describe('flow.simulate', () => {
  it('says who would get a typed lead now, with its trace, and writes nothing', async () => {
    const api = await openApi();
    const { flowId, ana, ben } = await publishedRoundRobin(api.a);
    const before = await rowCounts(api.database);

    const first = await api.a.flow.simulate({ id: flowId, lead: business });
    expect(first.lead).toMatchObject({
      email: 'dana@northwind.example',
      domain: 'northwind.example',
      country: 'DE',
      isFreeEmail: false,
    });
    expect(first.terminal).toEqual({ id: 'reps', kind: 'assign', label: 'Sales reps, in turn' });
    expect(first.trace.steps.map((step) => [step.nodeId, step.output])).toEqual([
      ['start', ''],
      ['screen', 'pass'],
      ['reps', null],
    ]);
    expect(first.placement.status).toBe('assigned');
    const picked = first.placement.status === 'assigned' ? first.placement.repId : null;
    expect([ana.id, ben.id]).toContain(picked);
    expect(first.assigneeName).toBe(picked === ana.id ? 'Ana' : 'Ben');

    // No turn was taken: the same rep is next, and nothing was stored.
    const again = await api.a.flow.simulate({ id: flowId, lead: business });
    expect(again.placement).toEqual(first.placement);
    expect(await rowCounts(api.database)).toEqual(before);

    // "Now" means the reps' current state: the picked rep switched off, the other one gets it.
    await api.a.rep.setAvailability({ id: picked ?? '', active: false });
    const other = await api.a.flow.simulate({ id: flowId, lead: business });
    expect(other.placement).toMatchObject({
      status: 'assigned',
      repId: picked === ana.id ? ben.id : ana.id,
    });
  });

  it('runs the editor’s unsaved document, showing each condition’s value', async () => {
    const api = await openApi();
    const { flowId } = await publishedRoundRobin(api.a);
    const draft = structuredClone(roundRobinTemplate) as {
      nodes: Array<{ id: string; config: unknown }>;
    };
    const screen = draft.nodes.find((node) => node.id === 'screen');
    if (screen) screen.config = { rule: { '>=': [{ var: 'employees' }, 1000] } };
    const small = await api.a.flow.simulate({
      id: flowId,
      document: draft,
      lead: { ...business, employees: '40' },
    });
    expect(small.placement).toEqual({ status: 'disqualified' });
    expect(small.trace.steps[1]?.conditions[0]).toMatchObject({
      holds: false,
      seen: { employees: 40 },
    });
  });

  it('reruns a real lead from its stored input, masked for a consultant without access', async () => {
    const api = await openApi();
    const fixture = await publishedRoundRobin(api.a);
    await insertLead(api.database, {
      ...fixture.leadBase,
      id: 'lead_real',
      receivedAt: new Date('2025-03-03T09:00:00Z'),
      email: 'sam.lee@northwind.example',
      company: 'Northwind',
    });
    const owner = await api.a.flow.simulate({ id: fixture.flowId, leadId: 'lead_real' });
    expect(owner.lead.email).toBe('sam.lee@northwind.example');
    expect(owner.terminal.id).toBe('reps');
    const consultant = api.callerFor('org_a', memberAs('consultant'));
    const masked = await consultant.flow.simulate({ id: fixture.flowId, leadId: 'lead_real' });
    expect(masked.lead.email).toBe('s•••@northwind.example');
    expect(JSON.stringify(masked)).not.toContain('sam.lee');
    expect(masked.terminal.id).toBe('reps');
  });

  it('refuses a draft with errors, a lead of another organisation and an ambiguous request', async () => {
    const api = await openApi();
    const { flowId, leadBase } = await publishedRoundRobin(api.a);
    const broken = await rejectionOf(
      api.a.flow.simulate({
        id: flowId,
        document: { ...roundRobinTemplate, edges: [] },
        lead: business,
      }),
    );
    expect(broken).toMatchObject({ code: 'UNPROCESSABLE_CONTENT', appCode: 'invalid_flow' });
    expect(broken.message).toMatch(/before simulating/);

    await insertLead(api.database, {
      ...leadBase,
      id: 'lead_theirs',
      receivedAt: new Date('2025-03-03T09:00:00Z'),
    });
    const bFlow = await api.b.flow.create({ name: 'Theirs', document: roundRobinTemplate });
    const team = await api.b.team.create({ name: 'B sales' });
    const foreign = await rejectionOf(
      api.b.flow.simulate({ id: bFlow.id, teamMap: { sales: team.id }, leadId: 'lead_theirs' }),
    );
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', appCode: 'lead_not_found' });

    const both = await rejectionOf(
      api.a.flow.simulate({ id: flowId, lead: business, leadId: 'lead_theirs' }),
    );
    expect(both).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    const neither = await rejectionOf(api.a.flow.simulate({ id: flowId }));
    expect(neither.appCode).toBe('invalid_input');
  });
});

describe('flow.impactSample', () => {
  it('gives the last days’ leads of the flow, newest first, and the live document', async () => {
    const api = await openApi();
    const fixture = await publishedRoundRobin(api.a);
    const day = 86_400_000;
    const now = new Date('2025-03-03T10:00:00.000Z').getTime();
    for (const [id, age] of [
      ['lead_old', 40 * day],
      ['lead_week', 7 * day],
      ['lead_hour', 3_600_000],
    ] as const) {
      await insertLead(api.database, {
        ...fixture.leadBase,
        id,
        receivedAt: new Date(now - age),
        email: `${id}@northwind.example`,
      });
    }
    const trace = {
      steps: [
        { nodeId: 'start', output: '' },
        { nodeId: 'screen', output: 'pass', conditions: [] },
        { nodeId: 'reps', output: null },
      ],
    };
    await api.database.write((tx) =>
      tx.update(leads).set({ trace }).where(eq(leads.id, 'lead_hour')),
    );
    const sample = await api.a.flow.impactSample({ id: fixture.flowId });
    expect(sample.total).toBe(2);
    expect(sample.leads[0]?.path).toEqual([
      { nodeId: 'start', output: '' },
      { nodeId: 'screen', output: 'pass' },
      { nodeId: 'reps', output: null },
    ]);
    expect(sample.leads[1]?.path).toEqual([]);
    expect(sample.leads.map((lead) => lead.id)).toEqual(['lead_hour', 'lead_week']);
    expect(sample.leads[0]).toMatchObject({
      terminal: 'reps',
      fields: { email: 'lead_hour@northwind.example' },
    });
    expect(sample.live).toMatchObject({ id: fixture.versionId, version: 1 });
    expect(sample.live?.document).toMatchObject({ name: 'Round robin' });

    const limited = await api.a.flow.impactSample({ id: fixture.flowId, days: 60, limit: 1 });
    expect(limited).toMatchObject({ total: 3, leads: [{ id: 'lead_hour' }] });

    const viewer = api.callerFor('org_a', memberAs('consultant'));
    const masked = await viewer.flow.impactSample({ id: fixture.flowId });
    expect(masked.leads[0]?.fields.email).toBe('l•••@northwind.example');
  });

  it('refuses another organisation’s flow and a window out of range', async () => {
    const api = await openApi();
    const { flowId } = await publishedRoundRobin(api.a);
    const refused = await rejectionOf(api.b.flow.impactSample({ id: flowId }));
    expect(refused).toMatchObject({ code: 'NOT_FOUND', appCode: 'flow_not_found' });
    for (const input of [{ days: 0 }, { days: 400 }, { limit: 5001 }]) {
      const bad = await rejectionOf(api.a.flow.impactSample({ id: flowId, ...input }));
      expect(bad).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
    }
  });
});
