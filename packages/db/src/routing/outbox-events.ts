import { and, eq } from 'drizzle-orm';
import { outbox, webhookEndpoints } from '../schema';
import type { Queryable, Tx } from '../types';

/** Lead events an organisation can subscribe a webhook endpoint to. */
export const webhookEventTypes = [
  'lead.assigned',
  'lead.pooled',
  'lead.reassigned',
  'lead.converted',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

type OutboxEvent = {
  orgId: string;
  type: WebhookEventType;
  data: unknown;
  now: Date;
  newId(prefix: string): string;
};

type Endpoint = { id: string; events: string[] };

/** Writes one outbox row per subscribed endpoint, in the caller's transaction. */
export async function enqueueEvent(tx: Tx, event: OutboxEvent): Promise<void> {
  const rows = outboxRows(await enabledEndpoints(tx, event.orgId), event);
  if (rows.length > 0) await tx.insert(outbox).values(rows);
}

/** The organisation's switched-on webhook endpoints. */
export function enabledEndpoints(tx: Queryable, orgId: string): Promise<Endpoint[]> {
  return tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.enabled, true)));
}

/** One outbox row per endpoint subscribed to the event (one message id shared by them). */
export function outboxRows(
  endpoints: readonly Endpoint[],
  event: OutboxEvent,
): Array<typeof outbox.$inferInsert> {
  const subscribed = endpoints.filter((e) => e.events.includes(event.type));
  if (subscribed.length === 0) return [];
  const messageId = event.newId('msg');
  return subscribed.map((endpoint, i) => ({
    id: subscribed.length === 1 ? messageId : `${messageId}_${i}`,
    orgId: event.orgId,
    endpointId: endpoint.id,
    event: event.type,
    payload: { type: event.type, timestamp: event.now.toISOString(), data: event.data },
    nextAttemptAt: event.now,
    createdAt: event.now,
  }));
}
