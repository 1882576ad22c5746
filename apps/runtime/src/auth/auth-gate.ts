import { type AuthRoute, authRouteAccess, type Role } from '@switchyard/api';
import { type AppFailure, failure } from '@switchyard/engine';
import type { Context } from 'hono';
import type { AppDeps } from '../deps';
import { callerOf } from './caller';
import { authBasePath } from './create-auth';

/** `POST /organization/accept-invitation` for a request to `/api/auth/organization/…`. */
function routeOf(method: string, path: string): AuthRoute | null {
  const inner = path.slice(authBasePath.length) || '/';
  const exact = `${method} ${inner}`;
  if (exact in authRouteAccess) return exact as AuthRoute;
  // The one route with a parameter: the link of a password-reset e-mail.
  if (method === 'GET' && /^\/reset-password\/[^/]+$/.test(inner))
    return 'GET /reset-password/:token';
  return null;
}

type Body = Record<string, unknown>;

async function jsonBody(c: Context): Promise<Body> {
  const parsed = await c.req.raw
    .clone()
    .json()
    .catch(() => null);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Body) : {};
}

/**
 * Whether the request may reach better-auth, by `authRouteAccess`: null when it may, else the
 * refusal. Role-gated routes act in the caller's organisation only: naming another one (in the
 * query or the body) is refused, whatever role the caller holds there.
 */
export async function authRouteRefusal(deps: AppDeps, c: Context): Promise<AppFailure | null> {
  const route = routeOf(c.req.method, c.req.path);
  if (!route) {
    return failure('route_not_found', `There is nothing at ${c.req.method} ${c.req.path}.`);
  }
  const access: 'anyone' | 'signed_in' | readonly Role[] = authRouteAccess[route];
  if (access === 'anyone') return null;
  if (access === 'signed_in') {
    const session = await deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) return failure('unauthorized', 'Sign in first.');
    if (route.endsWith('-invitation') && !route.includes('cancel')) {
      const body = await jsonBody(c);
      const id = typeof body.invitationId === 'string' ? body.invitationId : '';
      if (!deps.invitationLinks.isToken(id, body.token)) {
        return failure(
          'not_allowed',
          'Open the link in the invitation e-mail: it proves the invitation reached you.',
        );
      }
    }
    return null;
  }
  const caller = await callerOf(deps, c.req.raw.headers);
  if (!caller) return failure('unauthorized', 'Sign in first.');
  if (!access.includes(caller.principal.role)) {
    return failure(
      'not_allowed',
      `Your role (${caller.principal.role}) does not allow this: ask an owner of the organisation.`,
    );
  }
  const named =
    c.req.query('organizationId') ??
    (c.req.method === 'POST' ? (await jsonBody(c)).organizationId : undefined);
  if (named !== undefined && named !== caller.orgId) {
    return failure('not_allowed', 'This acts on another organisation than the one you work in.');
  }
  return null;
}
