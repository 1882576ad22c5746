import type { MatchRequest } from '@switchyard/engine';
import { and, desc, eq, gte } from 'drizzle-orm';
import { leads } from '../schema';
import type { Queryable } from '../types';

const dayMs = 86_400_000;
const columns = { email: leads.email, domain: leads.domain, phone: leads.phone } as const;

type Match = { found: boolean; ownerId: string | null };
/** A lead routed earlier in the same batch, not yet inserted. */
export type UnwrittenLead = Pick<
  typeof leads.$inferInsert,
  'orgId' | 'email' | 'domain' | 'phone' | 'receivedAt' | 'ownerRepId'
>;

/**
 * For each match node: is there an earlier lead with the same key in the window, and whose is it.
 * Leads routed earlier in the same write batch are newer than any stored one, so they are
 * looked at first.
 */
export async function findMatches(
  tx: Queryable,
  orgId: string,
  requests: readonly MatchRequest[],
  now: Date,
  unwritten: readonly UnwrittenLead[] = [],
): Promise<Record<string, Match>> {
  const results: Record<string, Match> = {};
  for (const request of requests) {
    const since =
      request.withinDays === null ? null : new Date(now.getTime() - request.withinDays * dayMs);
    const recent = unwritten.findLast(
      (lead) =>
        lead.orgId === orgId &&
        lead[request.by] === request.value &&
        (since === null || (lead.receivedAt as Date) >= since),
    );
    if (recent) {
      results[request.nodeId] = { found: true, ownerId: recent.ownerRepId ?? null };
      continue;
    }
    const conditions = [eq(leads.orgId, orgId), eq(columns[request.by], request.value)];
    if (since !== null) conditions.push(gte(leads.receivedAt, since));
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
