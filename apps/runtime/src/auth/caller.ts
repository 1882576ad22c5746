import type { Principal } from '@switchyard/api';
import { eq, users } from '@switchyard/db';
import type { AppDeps } from '../deps';
import { findApiKey } from '../http/api-key-auth';
import { membershipOf } from './create-auth';

/** Who a request acts as, in which organisation; null when nobody is signed in. */
export type Caller = { orgId: string; principal: Principal } | null;

/**
 * An organisation API key with the `admin` scope (acting as an owner) when the request sends
 * one, else the session cookie: the member of the session's active organisation, or of the
 * user's first organisation when none is active (or they left the active one).
 */
export async function callerOf(deps: AppDeps, headers: Headers): Promise<Caller> {
  const authorization = headers.get('authorization') ?? undefined;
  if (authorization) {
    const key = await findApiKey(deps, authorization);
    if (!key?.scopes.includes('admin')) return null;
    return {
      orgId: key.orgId,
      principal: { type: 'api_key', keyId: key.id, name: key.name, role: 'owner' },
    };
  }
  const session = await deps.auth.api.getSession({ headers });
  if (!session) return null;
  const active = (session.session as { activeOrganizationId?: string | null }).activeOrganizationId;
  // A member removed from the active organisation falls back to their first remaining one.
  const member =
    (active ? await membershipOf(deps.database, session.user.id, active) : null) ??
    (await membershipOf(deps.database, session.user.id, null));
  if (!member) return null;
  const [user] = await deps.database.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, member.userId));
  return {
    orgId: member.organizationId,
    principal: {
      type: 'user',
      userId: member.userId,
      email: user?.email ?? session.user.email,
      memberId: member.id,
      role: member.role,
      repId: member.repId,
      piiAccess: member.piiAccess,
    },
  };
}
