import { eq, flows, hashKey, leads, publishFlow, sources } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { assignFlow, fiveReps } from './flows';
import { leadBody, postJson } from './http';
import { seedOrg, startTestRuntime } from './test-runtime';

// The runtime keeps sources and their live flow versions in memory. These tests change the rows
// directly in the database, as another runtime process or the API of another host would, and
// check that no request is let in or turned away on what the cache remembers.
async function cachedSource() {
  const runtime = await startTestRuntime();
  const org = await seedOrg(runtime, {
    teams: { sales: fiveReps },
    flow: assignFlow({ type: 'round_robin' }),
    sources: [{ type: 'json' }],
  });
  const source = org.sources[0] as { id: string; apiKey: string };
  const endpoint = `${runtime.url}/v1/sources/${source.id}/leads`;
  const auth = { authorization: `Bearer ${source.apiKey}` };
  // First delivery fills the cache.
  expect((await postJson(endpoint, leadBody(1), auth)).status).toBe(201);
  const db = runtime.database.db;
  return { runtime, org, source, endpoint, auth, db };
}

describe('the source cache', () => {
  it('refuses the old key and accepts the new one as soon as the key is rotated elsewhere', async () => {
    const { endpoint, auth, db, source } = await cachedSource();
    await db
      .update(sources)
      .set({ keyHash: hashKey('sk_rotated') })
      .where(eq(sources.id, source.id));
    const old = await postJson(endpoint, leadBody(2), auth);
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('unauthorized');
    const rotated = await postJson(endpoint, leadBody(3), { authorization: 'Bearer sk_rotated' });
    expect(rotated.status).toBe(201);
    const stored = await db.select({ email: leads.email }).from(leads);
    expect(stored.map((row) => row.email).sort()).toEqual([
      'person1@company1.example',
      'person3@company3.example',
    ]);
  });

  it('stops taking leads as soon as the source is switched off elsewhere', async () => {
    const { endpoint, auth, db, source } = await cachedSource();
    await db.update(sources).set({ enabled: false }).where(eq(sources.id, source.id));
    const response = await postJson(endpoint, leadBody(2), auth);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('source_disabled');
    expect(await db.select({ id: leads.id }).from(leads)).toHaveLength(1);
  });

  it('routes by a version published elsewhere from the next lead on', async () => {
    const { endpoint, auth, db, runtime, org } = await cachedSource();
    const [flow] = await db.select().from(flows).where(eq(flows.orgId, org.orgId));
    if (!flow) throw new Error('seeded flow missing');
    await db
      .update(flows)
      .set({ draft: assignFlow({ type: 'named_rep', repId: 'r4' }) })
      .where(eq(flows.id, flow.id));
    const published = await runtime.database.write((tx) =>
      publishFlow(
        tx,
        { orgId: org.orgId, flowId: flow.id },
        { ids: runtime.deps.ids, now: runtime.deps.clock() },
      ),
    );
    const response = await postJson(endpoint, leadBody(2), auth);
    expect(response.status).toBe(201);
    expect(response.body.assignee.repId).toBe('r4');
    const [stored] = await db
      .select({ version: leads.flowVersionId })
      .from(leads)
      .where(eq(leads.id, response.body.leadId));
    expect(stored?.version).toBe(published.versionId);
  });

  it('maps with a new field mapping as soon as it is changed elsewhere', async () => {
    const { endpoint, auth, db, source } = await cachedSource();
    await db
      .update(sources)
      .set({ mapping: { company: 'organisation|company' } })
      .where(eq(sources.id, source.id));
    const response = await postJson(endpoint, leadBody(2, { organisation: 'Mapped Co' }), auth);
    expect(response.status).toBe(201);
    const [stored] = await db
      .select({ input: leads.input })
      .from(leads)
      .where(eq(leads.id, response.body.leadId));
    expect(stored?.input).toMatchObject({ company: 'Mapped Co', firstName: 'P2' });
  });
});
