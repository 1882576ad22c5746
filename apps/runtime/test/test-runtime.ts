import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiKeys,
  createFlow,
  createSource,
  hashKey,
  organizations,
  publishFlow,
  reps,
  teamMembers,
  teams,
  type WorkingHoursJson,
} from '@switchyard/db';
import { onTestFinished } from 'vitest';
import { createLogger } from '../src/observability/logger';
import { type RuntimeOptions, startRuntime } from '../src/server';

/** A clock tests move by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (to: string | Date) => {
      now = new Date(to);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

/** A seeded random byte source so ids repeat between runs. */
export function seededBytes(seed = 1) {
  let state = seed >>> 0;
  return (size: number) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    }
    return bytes;
  };
}

/** The real runtime on 127.0.0.1:0 over a temp libSQL file; closed when the test finishes. */
export async function startTestRuntime(
  options: Partial<RuntimeOptions> & { clock?: () => Date } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-runtime-'));
  const runtime = await startRuntime({
    databaseUrl: `file:${join(dir, 'test.db')}`,
    secretKey: Buffer.alloc(32, 7).toString('base64'),
    logger: createLogger({ level: 'silent' }),
    randomBytes: seededBytes(Math.floor(Math.random() * 1e9)),
    // Receivers and fake vendor APIs of the tests listen on loopback.
    outboundAllow: '127.0.0.1,::1',
    ...options,
  });
  onTestFinished(async () => {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { ...runtime, dir };
}

export type TestRep = {
  id: string;
  name?: string;
  timeZone?: string;
  active?: boolean;
  workingHours?: WorkingHoursJson | null;
  outOfOffice?: Array<{ start: string; end: string }>;
  dailyCap?: number | null;
  openCap?: number | null;
  skills?: Record<string, string[]>;
  weight?: number;
};

/** Seeds an organisation with teams of reps, one published flow, sources and an admin key. */
export async function seedOrg(
  runtime: Awaited<ReturnType<typeof startTestRuntime>>,
  input: {
    teams: Record<string, TestRep[]>;
    flow: unknown;
    sources: Array<{
      name?: string;
      type: string;
      secret?: string;
      mapping?: Record<string, string>;
      settings?: Record<string, unknown>;
      ratePerMinute?: number;
    }>;
    orgId?: string;
  },
) {
  const { deps } = runtime;
  const now = deps.clock();
  const tools = { ids: deps.ids, secrets: deps.secrets, now };
  return deps.database.write(async (tx) => {
    const orgId = input.orgId ?? deps.ids.id('org');
    await tx.insert(organizations).values({ id: orgId, name: orgId, createdAt: now });
    const teamMap: Record<string, string> = {};
    for (const [key, members] of Object.entries(input.teams)) {
      const teamId = `${orgId}_team_${key}`;
      teamMap[key] = teamId;
      await tx.insert(teams).values({ id: teamId, orgId, name: key, createdAt: now });
      for (const [position, rep] of members.entries()) {
        await tx
          .insert(reps)
          .values({
            id: rep.id,
            orgId,
            name: rep.name ?? rep.id,
            email: `${rep.id}@reps.example`,
            active: rep.active ?? true,
            timeZone: rep.timeZone ?? 'UTC',
            workingHours: rep.workingHours ?? null,
            outOfOffice: rep.outOfOffice ?? [],
            dailyCap: rep.dailyCap ?? null,
            openCap: rep.openCap ?? null,
            skills: rep.skills ?? {},
            createdAt: now,
          })
          .onConflictDoNothing();
        await tx
          .insert(teamMembers)
          .values({ teamId, repId: rep.id, position, weight: rep.weight ?? 1 });
      }
    }
    const flow = await createFlow(
      tx,
      { orgId, name: 'Test flow', document: input.flow, teamMap },
      tools,
    );
    const version = await publishFlow(tx, { orgId, flowId: flow.id, note: 'test' }, tools);
    const sources = [];
    for (const source of input.sources) {
      const created = await createSource(
        tx,
        { orgId, flowId: flow.id, name: source.name ?? source.type, ...source },
        tools,
      );
      sources.push({ id: created.id, type: source.type, ...created.credentials });
    }
    const adminKey = deps.ids.secret('sk_admin');
    await tx.insert(apiKeys).values({
      id: deps.ids.id('key'),
      orgId,
      name: 'test',
      keyHash: hashKey(adminKey),
      scopes: ['ingest', 'read', 'admin'],
      createdAt: now,
    });
    return { orgId, flowId: flow.id, versionId: version.versionId, teamMap, sources, adminKey };
  });
}
