import type { MatchRequest } from '@switchyard/engine';
import { and, desc, eq, gte } from 'drizzle-orm';
import { leads } from '../schema';
import type { Queryable } from '../types';

const dayMs = 86_400_000;
const columns = { email: leads.email, domain: leads.domain, phone: leads.phone } as const;

/** For each match node: is there an earlier lead with the same key in the window, and whose is it. */
export async function findMatches(
  tx: Queryable,
  orgId: string,
  requests: readonly MatchRequest[],
  now: Date,
): Promise<Record<string, { found: boolean; ownerId: string | null }>> {
  const results: Record<string, { found: boolean; ownerId: string | null }> = {};
  for (const request of requests) {
    const conditions = [eq(leads.orgId, orgId), eq(columns[request.by], request.value)];
    if (request.withinDays !== null) {
      conditions.push(gte(leads.receivedAt, new Date(now.getTime() - request.withinDays * dayMs)));
    }
    const [latest] = await tx
      .select({ ownerId: leads.ownerRepId })
      .from(leads)
      .where(and(...conditions))
      .orderBy(desc(leads.receivedAt))
      .limit(1);
    results[request.nodeId] = { found: latest !== undefined, ownerId: latest?.ownerId ?? null };
  }
  return results;
}
