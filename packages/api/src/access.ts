import type { AuditActor, MemberRole } from '@switchyard/db';

// The one table of who may call what. The tRPC middleware reads `procedureRoles` by path and
// refuses any procedure missing from it (fail closed); `test/access.test.ts` walks every
// procedure × role against this table, and the runtime's REST routes read `restRouteScopes`.

/** Roles of a member in an organisation, most powerful first. */
export const roles = [
  'owner',
  'manager',
  'consultant',
  'rep',
  'viewer',
] as const satisfies readonly MemberRole[];
export type Role = MemberRole;

/** Who is calling: a signed-in member, or an organisation API key with the `admin` scope. */
export type Principal =
  | {
      type: 'user';
      userId: string;
      email: string;
      memberId: string;
      role: Role;
      /** The rep this member is (role `rep`). */
      repId: string | null;
      /** A consultant granted lead PII by an owner. */
      piiAccess: boolean;
    }
  // An admin key automates what an owner does in the studio, so it carries the owner role.
  | { type: 'api_key'; keyId: string; name: string; role: 'owner' };

const owner = ['owner'] as const;
const managers = ['owner', 'manager'] as const;
const builders = ['owner', 'manager', 'consultant'] as const;
const readers = ['owner', 'manager', 'consultant', 'viewer'] as const;
const leadReaders = ['owner', 'manager', 'consultant', 'rep', 'viewer'] as const;
const inbox = ['owner', 'manager', 'rep'] as const;
const everyone = roles;

/** Which roles may call each procedure, by path. */
export const procedureRoles = {
  'account.me': everyone,
  'flow.list': readers,
  'flow.byId': readers,
  'flow.versions': readers,
  'flow.version': readers,
  'flow.create': builders,
  'flow.saveDraft': builders,
  'flow.validate': builders,
  'flow.simulate': builders,
  'flow.impactSample': builders,
  'flow.backtest': builders,
  'flow.publish': managers,
  'flow.rollback': managers,
  'experiment.list': readers,
  'experiment.byId': readers,
  'experiment.start': managers,
  'experiment.stop': managers,
  'experiment.promote': managers,
  'template.import': builders,
  'template.export': builders,
  'team.list': builders,
  'team.create': managers,
  'team.rename': managers,
  'team.setMembers': managers,
  'rep.list': builders,
  'rep.byId': builders,
  'rep.create': managers,
  'rep.update': managers,
  'rep.setAvailability': managers,
  'source.list': builders,
  'source.create': managers,
  'source.rotateKey': managers,
  'source.setMapping': managers,
  'source.test': builders,
  'source.update': managers,
  // Reps see their own leads only, viewers and consultants without a grant see PII masked.
  'lead.list': leadReaders,
  'lead.byId': leadReaders,
  'lead.reassign': managers,
  // Reports count and compare; they name reps but show no lead's personal data.
  'report.flow': readers,
  // Reps: pools of their own teams, claims as themselves, events on their own leads.
  'pool.mine': inbox,
  'pool.list': inbox,
  'pool.claim': inbox,
  'pool.claimNext': inbox,
  'event.record': inbox,
  'webhook.list': managers,
  'webhook.create': managers,
  'webhook.setEnabled': managers,
  'member.list': managers,
  'member.update': owner,
  'member.remove': owner,
  'apiKey.list': owner,
  'apiKey.create': owner,
  'apiKey.revoke': owner,
  'audit.list': managers,
  'privacy.export': owner,
  'privacy.erase': owner,
} as const satisfies Record<string, readonly Role[]>;

/** A procedure path of the table. */
export type ProcedurePath = keyof typeof procedureRoles;

/** True when `role` may call the procedure at `path`; unknown paths are refused. */
export function mayCall(role: Role, path: string): boolean {
  const allowed = (procedureRoles as Record<string, readonly Role[] | undefined>)[path];
  return allowed?.includes(role) ?? false;
}

/**
 * Who may call each route better-auth adds under `/api/auth`, by method and path: `anyone`,
 * `signed_in` (any account, member of an organisation or not), or the roles of the caller's
 * organisation. A route missing here answers 404 (fail closed), so a route a better-auth upgrade
 * adds is off until it is placed; the runtime's test walks every route better-auth has × role.
 * Members, roles and removals go through tRPC (`member.*`): our last-owner rule and audit.
 */
export const authRouteAccess = {
  'POST /sign-in/email': 'anyone',
  'POST /sign-up/email': 'anyone',
  'POST /sign-out': 'anyone',
  'POST /request-password-reset': 'anyone',
  'POST /reset-password': 'anyone',
  'GET /reset-password/:token': 'anyone',
  'GET /get-session': 'anyone',
  'POST /get-session': 'anyone',
  'GET /ok': 'anyone',
  'GET /error': 'anyone',
  'POST /change-password': 'signed_in',
  'GET /list-sessions': 'signed_in',
  'POST /revoke-session': 'signed_in',
  'POST /revoke-sessions': 'signed_in',
  'POST /revoke-other-sessions': 'signed_in',
  'POST /update-user': 'signed_in',
  'GET /organization/list': 'signed_in',
  'POST /organization/set-active': 'signed_in',
  'POST /organization/create': 'signed_in',
  'POST /organization/check-slug': 'signed_in',
  // Accepting or declining needs the token mailed with the invitation, not only its id.
  'POST /organization/accept-invitation': 'signed_in',
  'POST /organization/reject-invitation': 'signed_in',
  'GET /organization/get-active-member': 'signed_in',
  'POST /organization/invite-member': owner,
  'POST /organization/cancel-invitation': owner,
  'GET /organization/list-invitations': owner,
  'GET /organization/get-full-organization': owner,
  'GET /organization/list-members': managers,
} as const satisfies Record<string, 'anyone' | 'signed_in' | readonly Role[]>;

/** A better-auth route of the table, as `METHOD /path`. */
export type AuthRoute = keyof typeof authRouteAccess;

/** Scopes of an organisation API key: `admin` implies the other two. */
export const apiKeyScopes = ['ingest', 'read', 'admin'] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/**
 * What each REST route of the runtime needs: an organisation API key scope, the source's own
 * credentials (`source`), or nothing (`public`). The runtime's middleware reads this table.
 */
export const restRouteScopes = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /metrics': 'public',
  'POST /v1/sources/:sourceId/leads': 'source',
  'GET /v1/sources/:sourceId/leads': 'public',
  'GET /v1/leads/:leadId': 'read',
  'POST /v1/leads/:leadId/events': 'ingest',
  'POST /v1/leads/:leadId/claim': 'ingest',
  'GET /v1/flows/:flowId/versions/:version': 'read',
  'GET /v1/flows/:flowId/pools/:poolId/leads': 'read',
  'POST /v1/flows/:flowId/pools/:poolId/claim': 'ingest',
} as const satisfies Record<string, ApiKeyScope | 'source' | 'public'>;

/** A REST route of the table. */
export type RestRoute = keyof typeof restRouteScopes;

/** True when a key with `scopes` may call a route that needs `needed`. */
export function scopeAllows(scopes: readonly string[], needed: ApiKeyScope): boolean {
  return scopes.includes(needed) || scopes.includes('admin');
}

/** May this caller read lead PII (e-mail, names, phone, raw input)? */
export function seesPii(principal: Principal): boolean {
  if (principal.type === 'api_key') return true;
  if (principal.role === 'viewer') return false;
  if (principal.role === 'consultant') return principal.piiAccess;
  return true;
}

/** The audit log's view of a principal. */
export function auditActor(principal: Principal): AuditActor {
  return principal.type === 'user'
    ? { type: 'user', id: principal.userId, label: principal.email }
    : { type: 'api_key', id: principal.keyId, label: principal.name };
}
