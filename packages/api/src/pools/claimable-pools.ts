import { asc, eq, flows, flowVersions, type Queryable, teamMembers, teams } from '@switchyard/db';
import type { Principal } from '../access';

/** A pool a member may claim from: where it is, how it hands out leads, whose it is. */
export type ClaimablePool = {
  flowId: string;
  flowName: string;
  poolNodeId: string;
  label: string;
  mode: 'cherry_pick' | 'blind';
  teamId: string | null;
  teamName: string | null;
};

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Json)
    : undefined;

/**
 * The pool steps of a published document with their team resolved through the version's team
 * map. Reads stored JSON defensively; the mode defaults to blind, as `pool.list` reads it.
 */
export function poolsOfDocument(
  flow: { id: string; name: string },
  document: unknown,
  teamMap: Record<string, string>,
): Array<Omit<ClaimablePool, 'teamName'>> {
  const nodes = asObject(document)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((raw) => {
    const node = asObject(raw);
    if (node?.kind !== 'pool' || typeof node.id !== 'string') return [];
    const config = asObject(node.config);
    const teamKey = config?.team;
    const label = typeof node.label === 'string' && node.label !== '' ? node.label : node.id;
    return [
      {
        flowId: flow.id,
        flowName: flow.name,
        poolNodeId: node.id,
        label,
        mode: config?.mode === 'cherry_pick' ? ('cherry_pick' as const) : ('blind' as const),
        teamId: typeof teamKey === 'string' ? (teamMap[teamKey] ?? null) : null,
      },
    ];
  });
}

/** The teams a rep member is on; null for anyone who may claim from every pool. */
async function repTeamIds(db: Queryable, principal: Principal): Promise<Set<string> | null> {
  if (principal.type !== 'user' || principal.role !== 'rep') return null;
  if (principal.repId === null) return new Set();
  const rows = await db
    .select({ teamId: teamMembers.teamId })
    .from(teamMembers)
    .where(eq(teamMembers.repId, principal.repId));
  return new Set(rows.map((row) => row.teamId));
}

/**
 * The pools of every live flow version the caller may claim from: all of them for owners and
 * managers; for a rep, the pools of their teams and the pools open to everyone (no team), the
 * same rule `pool.list` and `pool.claim` apply.
 */
export async function claimablePools(
  db: Queryable,
  orgId: string,
  principal: Principal,
): Promise<ClaimablePool[]> {
  const live = await db
    .select({
      id: flows.id,
      name: flows.name,
      document: flowVersions.document,
      teamMap: flowVersions.teamMap,
    })
    .from(flows)
    .innerJoin(flowVersions, eq(flowVersions.id, flows.liveVersionId))
    .where(eq(flows.orgId, orgId))
    .orderBy(asc(flows.name), asc(flows.id));
  const teamNames = new Map(
    (
      await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.orgId, orgId))
    ).map((team) => [team.id, team.name]),
  );
  const mine = await repTeamIds(db, principal);
  return live
    .flatMap((flow) => poolsOfDocument(flow, flow.document, flow.teamMap))
    .filter((pool) => mine === null || pool.teamId === null || mine.has(pool.teamId))
    .map((pool) => ({
      ...pool,
      teamName: pool.teamId === null ? null : (teamNames.get(pool.teamId) ?? null),
    }));
}
