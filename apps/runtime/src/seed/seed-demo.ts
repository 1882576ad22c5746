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
} from '@switchyard/db';
import inboundSaas from '../../../../templates/inbound-saas.flow.json' with { type: 'json' };
import { createOwner } from '../auth/owners';
import type { AppDeps } from '../deps';
import { demoReps, demoTeams } from './demo-org';
import {
  type DemoHistoryOptions,
  type DemoHistoryPlan,
  historyStart,
  publishDemoHistory,
} from './seed-history';

/** What a first start prints once: the demo sources' keys and an admin API key. */
export type DemoCredentials = {
  orgId: string;
  flowId: string;
  adminApiKey: string;
  /** The demo owner's sign-in; the password is random and shown only this once. */
  owner: { email: string; password: string };
  /** The history to replay with `replayDemoHistory` once the runtime serves; null without. */
  history: DemoHistoryPlan | null;
  sources: Array<{ id: string; name: string; type: string; apiKey?: string; secret?: string }>;
};

/**
 * Seeds the demo organisation into an empty database; returns null when there is data already.
 * With `history`, the demo flow gets three versions published back in time and a finished
 * experiment; the returned plan's leads are then routed and worked by `replayDemoHistory`.
 */
export async function seedDemo(
  deps: Pick<AppDeps, 'database' | 'clock' | 'ids' | 'secrets' | 'auth'>,
  options: { history?: DemoHistoryOptions } = {},
): Promise<DemoCredentials | null> {
  const existing = await deps.database.db
    .select({ id: organizations.id })
    .from(organizations)
    .limit(1);
  if (existing.length > 0) return null;
  const now = deps.clock();
  const tools = { ids: deps.ids, secrets: deps.secrets, now };
  const { history } = options;
  const seeded = await deps.database.write(async (tx) => {
    const orgId = deps.ids.id('org');
    await tx
      .insert(organizations)
      .values({ id: orgId, name: 'Northwind (demo)', slug: 'northwind-demo', createdAt: now });
    const teamIds: Record<string, string> = {};
    for (const [key, name] of Object.entries(demoTeams)) {
      teamIds[key] = deps.ids.id('team');
      await tx.insert(teams).values({ id: teamIds[key], orgId, name, createdAt: now });
    }
    for (const [position, rep] of demoReps.entries()) {
      await tx.insert(reps).values({
        id: rep.id,
        orgId,
        name: rep.name,
        email: rep.email,
        timeZone: rep.timeZone,
        workingHours: 'hours' in rep ? rep.hours : null,
        dailyCap: 'dailyCap' in rep ? rep.dailyCap : null,
        skills: { language: ['en'] },
        createdAt: now,
      });
      await tx
        .insert(teamMembers)
        .values({ teamId: teamIds[rep.team] as string, repId: rep.id, position });
    }
    const flow = await createFlow(
      tx,
      { orgId, name: inboundSaas.name, document: inboundSaas, teamMap: teamIds },
      history ? { ...tools, now: historyStart(now, history) } : tools,
    );
    const website = await createSource(
      tx,
      { orgId, flowId: flow.id, name: 'Website demo form', type: 'json' },
      tools,
    );
    const typeform = await createSource(
      tx,
      { orgId, flowId: flow.id, name: 'Typeform demo request', type: 'typeform' },
      tools,
    );
    const adminApiKey = deps.ids.secret('sk_admin');
    await tx.insert(apiKeys).values({
      id: deps.ids.id('key'),
      orgId,
      name: 'Demo admin key',
      keyHash: hashKey(adminApiKey),
      scopes: ['ingest', 'read', 'admin'],
      createdAt: now,
    });
    const plan: DemoHistoryPlan | null = history
      ? await publishDemoHistory(
          tx,
          { orgId, flowId: flow.id, sourceIds: [website.id, typeform.id], template: inboundSaas },
          tools,
          history,
        )
      : null;
    if (!plan) {
      await publishFlow(
        tx,
        { orgId, flowId: flow.id, note: 'Demo: the Inbound SaaS template.' },
        tools,
      );
    }
    return {
      plan,
      orgId,
      flowId: flow.id,
      adminApiKey,
      sources: [
        { id: website.id, name: 'Website demo form', type: 'json', ...website.credentials },
        {
          id: typeform.id,
          name: 'Typeform demo request',
          type: 'typeform',
          ...typeform.credentials,
        },
      ],
    };
  });
  const { plan, ...credentials } = seeded;
  const owner = { email: 'owner@northwind.example', password: deps.ids.secret('pw') };
  await createOwner(deps, { orgId: seeded.orgId, name: 'Demo owner', ...owner });
  return { ...credentials, owner, history: plan };
}
