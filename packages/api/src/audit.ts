import { type Queryable, recordAudit } from '@switchyard/db';
import { auditActor, type Principal } from './access';

type AuditContext = {
  orgId: string;
  principal: Principal;
  clock: () => Date;
  ids: { id(prefix: string): string };
};

/** Appends an audit entry for the caller, in the procedure's transaction. */
export function audit(
  tx: Queryable,
  ctx: AuditContext,
  entry: {
    action: string;
    target?: { type: string; id: string };
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  return recordAudit(
    tx,
    { orgId: ctx.orgId, actor: auditActor(ctx.principal), ...entry },
    { now: ctx.clock(), newId: (prefix) => ctx.ids.id(prefix) },
  );
}
