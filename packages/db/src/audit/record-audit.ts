import { auditLog } from '../accounts-schema';
import type { Queryable } from '../types';

/** Who acted: a signed-in user, an organisation API key, or the system itself (timers, seeds). */
export type AuditActor = {
  type: 'user' | 'api_key' | 'system';
  id: string | null;
  /** The user's e-mail or the key's name, kept as it was at the time. */
  label: string | null;
};

/** One audit entry: what happened to what, with the state before and after where it has one. */
export type AuditEntry = {
  orgId: string;
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string };
  before?: unknown;
  after?: unknown;
};

/** Appends an entry to the audit log (inside the caller's transaction when given one). */
export async function recordAudit(
  db: Queryable,
  entry: AuditEntry,
  tools: { now: Date; newId(prefix: string): string },
): Promise<void> {
  await db.insert(auditLog).values({
    id: tools.newId('aud'),
    orgId: entry.orgId,
    at: tools.now,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
