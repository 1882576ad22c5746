import { and, eq } from 'drizzle-orm';
import { outbox, webhookEndpoints } from '../schema';
import type { Tx } from '../types';

/** Lead events an organisation can subscribe a webhook endpoint to. */
export const webhookEventTypes = [
  'lead.assigned',
  'lead.pooled',
  'lead.reassigned',
  'lead.converted',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Writes one outbox row per subscribed endpoint, in the caller's transaction. */
export async function enqueueEvent(
  tx: Tx,
  event: {
    orgId: string;
    type: WebhookEventType;
    data: unknown;
    now: Date;
    newId(prefix: string): string;
  },
): Promise<void> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, event.orgId), eq(webhookEndpoints.enabled, true)));
  const subscribed = endpoints.filter((e) => e.events.includes(event.type));
  if (subscribed.length === 0) return;
  const messageId = event.newId('msg');
  await tx.insert(outbox).values(
    subscribed.map((endpoint, i) => ({
      id: subscribed.length === 1 ? messageId : `${messageId}_${i}`,
      orgId: event.orgId,
      endpointId: endpoint.id,
      event: event.type,
      payload: { type: event.type, timestamp: event.now.toISOString(), data: event.data },
      nextAttemptAt: event.now,
      createdAt: event.now,
    })),
  );
}
