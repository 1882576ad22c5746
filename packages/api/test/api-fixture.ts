import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createIdSource,
  createSecretBox,
  type Database,
  type LeadStatus,
  leads,
  members,
  openDatabase,
  organizations,
  users,
} from '@switchyard/db';
import { TRPCError } from '@trpc/server';
import { onTestFinished } from 'vitest';
import type { Principal, Role } from '../src/access';
import { describeError } from '../src/errors';
import { type ApiContext, createApiCaller } from '../src/index';

/** A signed-in member with `role` (ids are placeholders: the API trusts the context). */
export function memberAs(
  role: Role,
  extra: { repId?: string | null; piiAccess?: boolean; userId?: string } = {},
): Principal {
  const userId = extra.userId ?? `usr_${role}`;
  return {
    type: 'user',
    userId,
    email: `${userId}@members.example`,
    memberId: `mem_${userId}`,
    role,
    repId: extra.repId ?? null,
    piiAccess: extra.piiAccess ?? false,
  };
}

/** The round-robin template: a realistic flow with one team placeholder ("sales") and a pool. */
export const roundRobinTemplate: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../../templates/round-robin.flow.json', import.meta.url), 'utf8'),
);

// mulberry32: deterministic bytes so ids and secrets repeat from run to run.
function seededBytes(seed: number) {
  let state = seed >>> 0;
  return (size: number) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      bytes[i] = (t ^ (t >>> 14)) & 0xff;
    }
    return bytes;
  };
}

/** A real libSQL file in a temp folder with two organisations, closed when the test ends. */
export async function openApi() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-api-'));
  const database = await openDatabase({ url: `file:${join(dir, 'api.db')}` });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  let now = new Date('2025-03-03T10:00:00.000Z');
  const clock = () => now;
  const context: Omit<ApiContext, 'orgId' | 'principal'> = {
    database,
    clock,
    ids: createIdSource({ now: clock, randomBytes: seededBytes(42) }),
    secrets: createSecretBox(new Uint8Array(32).fill(7)),
  };
  await database.write((tx) =>
    tx.insert(organizations).values([
      { id: 'org_a', name: 'Acme', createdAt: now },
      { id: 'org_b', name: 'Bolt', createdAt: now },
    ]),
  );
  const callerFor = (orgId: string | null, principal: Principal | null = memberAs('owner')) =>
    createApiCaller({ ...context, orgId, principal: orgId === null ? null : principal });
  return {
    database,
    context,
    callerFor,
    a: callerFor('org_a'),
    b: callerFor('org_b'),
    /** Moves the fixed clock forward. */
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof openApi>>;
type Caller = TestApi['a'];

/** The round-robin template with its screening step's rule replaced by `rule`. */
export function withScreeningRule(rule: unknown) {
  const draft = structuredClone(roundRobinTemplate) as {
    nodes: Array<{ id: string; config: unknown }>;
  };
  const screen = draft.nodes.find((node) => node.id === 'screen');
  if (screen) screen.config = { rule };
  return draft;
}

/** Two reps in a "Sales" team, the round-robin template imported onto it and published. */
export async function publishedRoundRobin(caller: Caller) {
  const ana = await caller.rep.create({ name: 'Ana', email: 'ana@acme.example' });
  const ben = await caller.rep.create({ name: 'Ben', email: 'ben@acme.example' });
  const team = await caller.team.create({ name: 'Sales' });
  await caller.team.setMembers({
    teamId: team.id,
    members: [{ repId: ana.id }, { repId: ben.id }],
  });
  const flow = await caller.template.import({
    document: roundRobinTemplate,
    teamMap: { sales: team.id },
  });
  const published = await caller.flow.publish({ id: flow.id, note: 'first' });
  const source = await caller.source.create({ name: 'Website', type: 'json', flowId: flow.id });
  const ids = { flowId: flow.id, versionId: published.versionId, sourceId: source.id };
  // What every lead stored for this flow shares (see insertLead).
  const leadBase = { orgId: 'org_a', ...ids };
  return { ana, ben, team, ...ids, leadBase };
}

/** An hour of 3 March 2025 (UTC), the day the fixture's leads arrive. */
export function onMarchThird(hour: number): Date {
  return new Date(Date.UTC(2025, 2, 3, hour));
}

/** Stores a lead row as the runtime would have routed it (the routing itself is db's to test). */
export async function insertLead(
  database: Database,
  lead: {
    id: string;
    orgId: string;
    flowId: string;
    versionId: string;
    sourceId: string;
    receivedAt: Date;
    status?: LeadStatus;
    email?: string;
    company?: string;
    ownerRepId?: string | null;
    poolNodeId?: string | null;
  },
) {
  const status = lead.status ?? 'assigned';
  await database.write((tx) =>
    tx.insert(leads).values({
      id: lead.id,
      orgId: lead.orgId,
      sourceId: lead.sourceId,
      flowId: lead.flowId,
      flowVersionId: lead.versionId,
      receivedAt: lead.receivedAt,
      email: lead.email ?? null,
      domain: lead.email?.split('@')[1] ?? null,
      input: { email: lead.email, company: lead.company },
      fields: { email: lead.email, company: lead.company, firstName: 'Sam', lastName: 'Lee' },
      terminalNodeId: status === 'pooled' ? 'waiting' : 'reps',
      terminalKind: status === 'pooled' ? 'pool' : 'assign',
      bucket: 7,
      status,
      ownerRepId: lead.ownerRepId ?? null,
      poolNodeId: lead.poolNodeId ?? null,
      assignedAt: status === 'assigned' ? lead.receivedAt : null,
      trace: { steps: [] },
    }),
  );
}

/** The error a call rejects with, as the client would read it (tRPC code, our code, issues). */
export async function rejectionOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, ...describeError(error) };
  }
  throw new Error('Expected the call to be refused, but it succeeded.');
}

/** A user and their membership, as sign-up and an accepted invitation would have left them. */
export async function addMember(
  database: Database,
  member: { id: string; orgId: string; role: Role; email: string; repId?: string | null },
) {
  const now = new Date('2025-03-01T00:00:00Z');
  await database.write(async (tx) => {
    await tx
      .insert(users)
      .values({
        id: `usr_${member.id}`,
        name: member.id,
        email: member.email,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing();
    await tx.insert(members).values({
      id: member.id,
      organizationId: member.orgId,
      userId: `usr_${member.id}`,
      role: member.role,
      repId: member.repId ?? null,
      createdAt: now,
    });
  });
}
