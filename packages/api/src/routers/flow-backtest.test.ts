import { distributionState, leads, repDayCounts, sql } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import {
  insertLead,
  memberAs,
  onMarchThird,
  openApi,
  publishedRoundRobin,
  rejectionOf,
  roundRobinTemplate,
  type TestApi,
} from '../../test/api-fixture';

/** The round-robin template whose screen lets only Northwind addresses through. */
function northwindOnly(): Record<string, unknown> {
  const draft = structuredClone(roundRobinTemplate) as {
    nodes: Array<{ id: string; config: unknown }>;
  };
  const screen = draft.nodes.find((node) => node.id === 'screen');
  if (screen) screen.config = { rule: { in: ['@northwind.example', { var: 'email' }] } };
  return draft;
}

async function rowCounts(database: TestApi['database']) {
  const [counted] = await database.db
    .select({
      leads: sql<number>`(select count(*) from ${leads})`,
      states: sql<number>`(select count(*) from ${distributionState})`,
      days: sql<number>`(select coalesce(sum(count), 0) from ${repDayCounts})`,
    })
    .from(sql`(select 1)`);
  return counted;
}

/** Three leads of 3 March: Northwind to Ana, Globex to Ben, Initech waiting in the pool. */
async function withLeads() {
  const api = await openApi();
  const fixture = await publishedRoundRobin(api.a);
  const stored = [
    ['lead_nw', 'sam.lee@northwind.example', 'Northwind', fixture.ana.id, 'assigned'],
    ['lead_gx', 'pat.kay@globex.example', 'Globex', fixture.ben.id, 'assigned'],
    ['lead_in', 'kim.ito@initech.example', 'Initech', null, 'pooled'],
  ] as const;
  for (const [index, [id, email, company, ownerRepId, status]] of stored.entries()) {
    await insertLead(api.database, {
      ...fixture.leadBase,
      id,
      receivedAt: onMarchThird(6 + index),
      email,
      company,
      ownerRepId,
      status,
      poolNodeId: status === 'pooled' ? 'waiting' : null,
    });
  }
  return { api, ...fixture };
}

describe('flow.backtest', () => {
  it('shows exactly the leads a draft moves, by terminal and rep, and writes nothing', async () => {
    const { api, flowId, ana, ben } = await withLeads();
    const before = await rowCounts(api.database);
    const result = await api.a.flow.backtest({ id: flowId, document: northwindOnly(), days: 30 });
    expect(result).toMatchObject({ source: 'leads', total: 3, compared: 3, changed: 2 });
    expect(result.matrix.map((cell) => [cell.from?.label, cell.to.label, cell.count])).toEqual(
      expect.arrayContaining([
        ['Sales reps, in turn', 'Sales reps, in turn', 1],
        ['Sales reps, in turn', 'Personal e-mail or no company', 1],
        ['Waiting for a free rep', 'Personal e-mail or no company', 1],
      ]),
    );
    expect(result.matrix).toHaveLength(3);
    expect(result.changes.map((change) => [change.leadId, change.from.id, change.to.id])).toEqual([
      ['lead_gx', 'reps', 'drop'],
      ['lead_in', 'waiting', 'drop'],
    ]);
    expect(result.changes[0]).toMatchObject({
      email: 'pat.kay@globex.example',
      fromRepId: ben.id,
      toRepId: null,
      receivedAt: onMarchThird(7).toISOString(),
    });
    expect(result.changes[0]?.trace.steps.map((step) => step.nodeId)).toEqual([
      'start',
      'screen',
      'drop',
    ]);
    const load = Object.fromEntries(result.reps.map((rep) => [rep.name, [rep.live, rep.draft]]));
    expect(load).toEqual({ Ana: [1, 1], Ben: [1, 0] });
    expect(result.reps.find((rep) => rep.repId === ana.id)?.change).toBe(0);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it('masks e-mails in the list and traces for a consultant without PII access', async () => {
    const { api, flowId } = await withLeads();
    const consultant = api.callerFor('org_a', memberAs('consultant'));
    const masked = await consultant.flow.backtest({ id: flowId, document: northwindOnly() });
    expect(masked.changes[0]?.email).toBe('p•••@globex.example');
    expect(JSON.stringify(masked)).not.toContain('pat.kay');
    expect(JSON.stringify(masked)).not.toContain('kim.ito');
    expect(masked.changed).toBe(2);
    const granted = api.callerFor('org_a', memberAs('consultant', { piiAccess: true }));
    const plain = await granted.flow.backtest({ id: flowId, document: northwindOnly() });
    expect(JSON.stringify(plain.changes[0]?.trace)).toContain('pat.kay@globex.example');
  });

  it('runs an uploaded CSV through the draft and the live version', async () => {
    const { api, flowId } = await withLeads();
    const before = await rowCounts(api.database);
    const csv =
      'email,company,employees,favourite_colour\n' +
      'Dana@Northwind.example,Northwind,40,blue\n' +
      'lee@globex.example,Globex,10,red\n';
    const result = await api.a.flow.backtest({ id: flowId, document: northwindOnly(), csv });
    expect(result).toMatchObject({ source: 'csv', total: 2, compared: 2, changed: 1 });
    expect(result.warnings).toEqual([
      'Column "favourite_colour" is not a lead field; it was left out.',
    ]);
    expect(result.changes).toMatchObject([
      { leadId: 'row_2', email: 'lee@globex.example', from: { id: 'reps' }, to: { id: 'drop' } },
    ]);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it('refuses a CSV without a header, unreadable, too long or too large, each with a code', async () => {
    const { api, flowId } = await withLeads();
    const run = (csv: string) => rejectionOf(api.a.flow.backtest({ id: flowId, csv }));
    expect(
      await run('dana@northwind.example,Northwind\nlee@globex.example,Globex\n'),
    ).toMatchObject({
      appCode: 'invalid_input',
      message: expect.stringMatching(/first row must name lead fields/),
    });
    expect(await run('email,company\n')).toMatchObject({
      appCode: 'invalid_input',
      message: expect.stringMatching(/no leads/),
    });
    expect(await run('email,company\n"dana@northwind.example,Northwind\n')).toMatchObject({
      appCode: 'invalid_input',
      message: expect.stringMatching(/not a readable CSV/),
    });
    expect(await run('email,email\na@b.example,c@d.example\n')).toMatchObject({
      appCode: 'invalid_input',
    });
    const tooLong = `email\n${'a@b.example\n'.repeat(100_001)}`;
    expect(await run(tooLong)).toMatchObject({ appCode: 'payload_too_large' });
    expect(await run(`email\n${'a'.repeat(10_000_001)}`)).toMatchObject({
      appCode: 'payload_too_large',
    });
  });

  it('refuses a draft with errors, another organisation’s flow and days with a CSV', async () => {
    const { api, flowId } = await withLeads();
    const broken = await rejectionOf(
      api.a.flow.backtest({ id: flowId, document: { ...roundRobinTemplate, edges: [] } }),
    );
    expect(broken).toMatchObject({ code: 'UNPROCESSABLE_CONTENT', appCode: 'invalid_flow' });
    expect(broken.message).toMatch(/before backtesting/);
    const foreign = await rejectionOf(api.b.flow.backtest({ id: flowId }));
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', appCode: 'flow_not_found' });
    const both = await rejectionOf(api.a.flow.backtest({ id: flowId, days: 7, csv: 'email\n' }));
    expect(both).toMatchObject({ code: 'BAD_REQUEST', appCode: 'invalid_input' });
  });
});
