import { describe, expect, it } from 'vitest';
import { poolFlow } from './flows';
import { type AnyJson, leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

async function setup(mode: 'cherry_pick' | 'blind', extra: Record<string, unknown> = {}) {
  const clock = manualClock('2026-11-20T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, {
    teams: { sales: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }] },
    flow: poolFlow(mode, extra),
    sources: [{ type: 'json' }],
  });
  const source = org.sources[0] as { id: string; apiKey: string };
  const admin = { authorization: `Bearer ${org.adminKey}` };
  const send = (i: number, extra: Record<string, unknown> = {}) =>
    postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(i, extra), {
      authorization: `Bearer ${source.apiKey}`,
    });
  const get = async (path: string) => {
    const response = await fetch(`${runtime.url}${path}`, { headers: admin });
    return { status: response.status, body: (await response.json()) as AnyJson };
  };
  const post = (path: string, body: unknown) => postJson(`${runtime.url}${path}`, body, admin);
  return { runtime, org, clock, send, get, post };
}

describe('pools', () => {
  it('lists a cherry-pick pool with fields and hides them in a blind pool', async () => {
    const open = await setup('cherry_pick');
    await open.send(1);
    const listed = await open.get(`/v1/flows/${open.org.flowId}/pools/pool/leads`);
    expect(listed.status).toBe(200);
    expect(listed.body.leads[0].fields.email).toBe('person1@company1.example');

    const blind = await setup('blind');
    await blind.send(1);
    const hidden = await blind.get(`/v1/flows/${blind.org.flowId}/pools/pool/leads`);
    expect(hidden.body).toMatchObject({ mode: 'blind', waiting: 1 });
    expect(hidden.body.leads[0].fields).toBeNull();
  });

  it('gives a lead to exactly one of several reps claiming it at once; the others get 409', async () => {
    const { send, post } = await setup('cherry_pick');
    const { body } = await send(1);
    expect(body.status).toBe('pooled');
    const claims = await Promise.all(
      ['r1', 'r2', 'r3'].map((repId) => post(`/v1/leads/${body.leadId}/claim`, { repId })),
    );
    const statuses = claims.map((c) => c.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    for (const lost of claims.filter((c) => c.status === 409)) {
      expect(lost.body.error.code).toBe('already_claimed');
    }
  });

  it('pulls the oldest lead from a blind pool, then says it is empty', async () => {
    const { send, post, org, clock } = await setup('blind');
    const first = await send(1);
    clock.advance(1000);
    await send(2);
    const pulled = await post(`/v1/flows/${org.flowId}/pools/pool/claim`, { repId: 'r2' });
    expect(pulled.body.lead).toMatchObject({ leadId: first.body.leadId, ownerRepId: 'r2' });
    await post(`/v1/flows/${org.flowId}/pools/pool/claim`, { repId: 'r1' });
    const empty = await post(`/v1/flows/${org.flowId}/pools/pool/claim`, { repId: 'r3' });
    expect(empty.body.lead).toBeNull();
  });

  it('puts a released lead back in its pool', async () => {
    const { send, post, get } = await setup('cherry_pick');
    const { body } = await send(1);
    await post(`/v1/leads/${body.leadId}/claim`, { repId: 'r1' });
    const released = await post(`/v1/leads/${body.leadId}/events`, {
      type: 'released',
      repId: 'r1',
    });
    expect(released.body).toMatchObject({ status: 'pooled', ownerRepId: null });
    const detail = await get(`/v1/leads/${body.leadId}`);
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'pooled',
      'claimed',
      'released',
      'pooled',
    ]);
  });

  it('records outcomes and refuses impossible ones with a code', async () => {
    const { send, post } = await setup('cherry_pick');
    const { body } = await send(1);
    const early = await post(`/v1/leads/${body.leadId}/events`, { type: 'converted', value: 10 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid_transition');
    await post(`/v1/leads/${body.leadId}/claim`, { repId: 'r1' });
    const notOwner = await post(`/v1/leads/${body.leadId}/events`, {
      type: 'accepted',
      repId: 'r2',
    });
    expect(notOwner.body.error.code).toBe('not_allowed');
    expect(
      (await post(`/v1/leads/${body.leadId}/events`, { type: 'accepted', repId: 'r1' })).status,
    ).toBe(200);
    const won = await post(`/v1/leads/${body.leadId}/events`, { type: 'converted', value: 1200 });
    expect(won.body).toMatchObject({ status: 'converted' });
    const bad = await post(`/v1/leads/${body.leadId}/events`, { type: 'won' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
  });

  it('does not let another organisation’s key see or claim a lead', async () => {
    const { send, runtime, get } = await setup('cherry_pick');
    const { body } = await send(1);
    const other = await seedOrg(runtime, {
      teams: { sales: [{ id: 'x1' }] },
      flow: poolFlow('cherry_pick'),
      sources: [],
    });
    const foreign = await postJson(
      `${runtime.url}/v1/leads/${body.leadId}/claim`,
      { repId: 'x1' },
      {
        authorization: `Bearer ${other.adminKey}`,
      },
    );
    expect(foreign.status).toBe(404);
    expect((await get(`/v1/leads/${body.leadId}`)).status).toBe(200);
  });
});
