import { createHmac } from 'node:crypto';
import { eq, outbox, webhookEndpoints } from '@switchyard/db';
import type { AppDeps } from '../deps';
import { OutboundRefusedError } from '../http/outbound';

type MessageRow = typeof outbox.$inferSelect;

/** Waits before each retry: 5 s, 30 s, 2 min, 10 min, 30 min, then hourly doubling; 10 attempts. */
export const retryDelaysMs = [5e3, 30e3, 120e3, 600e3, 1800e3, 3600e3, 7200e3, 14400e3, 28800e3];

/** Standard Webhooks headers for a message: id, timestamp (seconds) and a v1 HMAC-SHA256 signature. */
export function signMessage(input: { id: string; body: string; secret: string; now: Date }) {
  const timestamp = Math.floor(input.now.getTime() / 1000).toString();
  const key = Buffer.from(input.secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key)
    .update(`${input.id}.${timestamp}.${input.body}`)
    .digest('base64');
  return {
    'webhook-id': input.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  };
}

/** POSTs one leased message; records delivery, or schedules the next attempt, or gives up. */
export async function deliverMessage(
  deps: AppDeps,
  message: MessageRow,
): Promise<'delivered' | 'retry' | 'failed'> {
  const [endpoint] = await deps.database.db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, message.endpointId));
  let error: string | null = null;
  if (!endpoint?.enabled) {
    error = 'endpoint disabled';
  } else {
    const body = JSON.stringify(message.payload);
    const headers = signMessage({
      id: message.id,
      body,
      secret: deps.secrets.open(endpoint.sealedSecret),
      now: deps.clock(),
    });
    try {
      const response = await deps.fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) error = null;
      else error = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (cause) {
      error = deliveryError(cause);
    }
  }
  const now = deps.clock();
  const attempts = message.attempts + 1;
  const delay = retryDelaysMs[attempts - 1];
  const outcome = error === null ? 'delivered' : delay === undefined ? 'failed' : 'retry';
  await deps.database.write((tx) =>
    tx
      .update(outbox)
      .set({
        attempts,
        leaseOwner: null,
        leaseUntil: null,
        lastError: error,
        ...(outcome === 'delivered' ? { deliveredAt: now } : {}),
        ...(outcome === 'failed' ? { failedAt: now } : {}),
        ...(outcome === 'retry' ? { nextAttemptAt: new Date(now.getTime() + (delay ?? 0)) } : {}),
      })
      .where(eq(outbox.id, message.id)),
  );
  return outcome;
}

/** Why a delivery did not arrive, in our words: the refusal of a private address, or the cause. */
function deliveryError(cause: unknown): string {
  for (let e: unknown = cause; e instanceof Error; e = e.cause) {
    if (e instanceof OutboundRefusedError) return e.message;
  }
  return cause instanceof Error ? cause.message : String(cause);
}
