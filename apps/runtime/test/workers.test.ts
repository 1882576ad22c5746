import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { eq, leads, outbox, timers, webhookEndpoints } from '@switchyard/db';
import { describe, expect, it, onTestFinished } from 'vitest';
import { assignFlow, poolFlow } from './flows';
import { leadBody, postJson } from './http';
import { manualClock, seedOrg, startTestRuntime } from './test-runtime';

const minute = 60_000;
const endpointSecret = 'whsec_c3dpdGNoeWFyZC1maXh0dXJlLXNlY3JldC0zMmJ5dGU=';

async function setup(flow: unknown, reps = [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }]) {
  const clock = manualClock('2026-11-20T15:00:00Z');
  const runtime = await startTestRuntime({ clock: clock.now });
  const org = await seedOrg(runtime, { teams: { sales: reps }, flow, sources: [{ type: 'json' }] });
  const source = org.sources[0] as { id: string; apiKey: string };
  const send = (i: number) =>
    postJson(`${runtime.url}/v1/sources/${source.id}/leads`, leadBody(i), {
      authorization: `Bearer ${source.apiKey}`,
    });
  const lead = async (id: string) =>
    (await runtime.database.db.select().from(leads).where(eq(leads.id, id)))[0];
  return { runtime, org, clock, send, lead };
}

describe('SLA timers', () => {
  it('reassigns a lead nobody accepted within the touch SLA, at most K times', async () => {
    const { send, clock, runtime, lead } = await setup(
      assignFlow({ type: 'round_robin' }, { touchSlaMinutes: 10, maxReassignments: 1 }),
    );
    const { body } = await send(1);
    expect(body.assignee.repId).toBe('r1');
    clock.advance(9 * minute);
    expect((await runtime.workers.tick()).timers).toEqual([]);
    clock.advance(2 * minute);
    expect((await runtime.workers.tick()).timers).toEqual(['reassigned']);
    const moved = await lead(body.leadId);
    expect(moved?.ownerRepId).not.toBe('r1');
    expect(moved?.reassignCount).toBe(1);
    expect(moved?.slaBreaches).toBe(1);
    clock.advance(11 * minute);
    expect((await runtime.workers.tick()).timers).toEqual(['limit_reached']);
    // Both timers fired on a lead still waiting: two breaches for the reports.
    expect((await lead(body.leadId))?.slaBreaches).toBe(2);
  });

  it('leaves an accepted lead alone', async () => {
    const { send, clock, runtime, org, lead } = await setup(
      assignFlow({ type: 'round_robin' }, { touchSlaMinutes: 10 }),
    );
    const { body } = await send(1);
    await postJson(
      `${runtime.url}/v1/leads/${body.leadId}/events`,
      { type: 'accepted', repId: 'r1' },
      {
        authorization: `Bearer ${org.adminKey}`,
      },
    );
    clock.advance(20 * minute);
    expect((await runtime.workers.tick()).timers).toEqual(['stale']);
    // A stale timer is no breach.
    expect((await lead(body.leadId))?.slaBreaches).toBe(0);
  });

  it('escalates an unclaimed pooled lead to the configured rep after the claim SLA', async () => {
    const { send, clock, runtime, lead } = await setup(
      poolFlow('cherry_pick', { claimSlaMinutes: 30, escalateTo: { rep: 'r3' } }),
    );
    const { body } = await send(1);
    clock.advance(31 * minute);
    expect((await runtime.workers.tick()).timers).toEqual(['escalated_to_rep']);
    expect(await lead(body.leadId)).toMatchObject({ status: 'assigned', ownerRepId: 'r3' });
  });

  it('lets only one process work a timer: a second tick finds nothing leased to it', async () => {
    const { send, clock, runtime } = await setup(poolFlow('cherry_pick', { claimSlaMinutes: 30 }));
    await send(1);
    clock.advance(31 * minute);
    const [first, second] = await Promise.all([runtime.workers.tick(), runtime.workers.tick()]);
    expect([...first.timers, ...second.timers]).toEqual(['escalated']);
    const rows = await runtime.database.db.select().from(timers);
    expect(rows.every((t) => t.doneAt !== null)).toBe(true);
  });
});

describe('outbox', () => {
  it('delivers lead.assigned signed with Standard Webhooks, retrying after a failure', async () => {
    const received: Array<{
      headers: Record<string, string | string[] | undefined>;
      body: string;
    }> = [];
    let failNext = true;
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += String(chunk);
      });
      request.on('end', () => {
        if (failNext) {
          failNext = false;
          response.writeHead(500).end();
          return;
        }
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    const { send, clock, runtime, org } = await setup(assignFlow({ type: 'round_robin' }));
    await runtime.database.write((tx) =>
      tx.insert(webhookEndpoints).values({
        id: 'wh1',
        orgId: org.orgId,
        url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`,
        sealedSecret: runtime.deps.secrets.seal(endpointSecret),
        events: ['lead.assigned'],
        createdAt: clock.now(),
      }),
    );
    const { body } = await send(1);
    expect((await runtime.workers.tick()).messages).toEqual(['retry']);
    expect((await runtime.workers.tick()).messages).toEqual([]);
    clock.advance(6000);
    expect((await runtime.workers.tick()).messages).toEqual(['delivered']);
    expect(received).toHaveLength(1);
    const delivery = received[0] as (typeof received)[number];
    const payload = JSON.parse(delivery.body);
    expect(payload).toMatchObject({ type: 'lead.assigned', data: { leadId: body.leadId } });
    const signed = `${delivery.headers['webhook-id']}.${delivery.headers['webhook-timestamp']}.${delivery.body}`;
    const key = Buffer.from(endpointSecret.slice('whsec_'.length), 'base64');
    const expected = `v1,${createHmac('sha256', key).update(signed).digest('base64')}`;
    expect(delivery.headers['webhook-signature']).toBe(expected);
    const [row] = await runtime.database.db.select().from(outbox);
    expect(row).toMatchObject({ attempts: 2, lastError: null });
    expect(row?.deliveredAt).not.toBeNull();
  });
});
