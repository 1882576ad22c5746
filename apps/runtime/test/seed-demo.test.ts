import { flows, leads, reps, sources } from '@switchyard/db';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/seed-demo';
import { postJson } from './http';
import { manualClock, startTestRuntime } from './test-runtime';

describe('the demo organisation', () => {
  it('is seeded once into an empty database and routes a lead through the published template', async () => {
    const clock = manualClock('2026-11-20T15:00:00Z');
    const runtime = await startTestRuntime({ clock: clock.now });
    const demo = await seedDemo(runtime.deps);
    expect(demo).not.toBeNull();
    expect(await seedDemo(runtime.deps)).toBeNull();
    const { db } = runtime.database;
    expect((await db.select().from(reps)).length).toBeGreaterThanOrEqual(10);
    const [flow] = await db.select().from(flows);
    expect(flow?.liveVersionId).toBeTruthy();
    const storedSources = await db.select().from(sources);
    expect(storedSources.map((s) => s.type).sort()).toEqual(['json', 'typeform']);
    // Keys are shown once and stored only as a hash or sealed.
    const website = demo?.sources.find((s) => s.type === 'json');
    expect(website?.apiKey).toMatch(/^sk_/);
    expect(JSON.stringify(storedSources)).not.toContain(website?.apiKey);
    const typeform = demo?.sources.find((s) => s.type === 'typeform');
    expect(JSON.stringify(storedSources)).not.toContain(typeform?.secret);

    const response = await postJson(
      `${runtime.url}/v1/sources/${website?.id}/leads`,
      { email: 'ana@bigcorp.example', employees: 5000, country: 'Germany', title: 'VP Sales' },
      { authorization: `Bearer ${website?.apiKey}` },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'assigned',
      assignee: { repId: 'rep_ent_dach' },
    });
    expect(await db.select().from(leads)).toHaveLength(1);
  });
});
