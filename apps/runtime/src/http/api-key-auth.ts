import { type RestRoute, restRouteScopes, scopeAllows } from '@switchyard/api';
import { and, apiKeys, eq, hashKey, isNull } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { fail } from './errors';

export type OrgVariables = { Variables: { orgId: string } };

/** An organisation API key as a request presented it. */
export type PresentedKey = { id: string; orgId: string; name: string; scopes: string[] };

// Last use is written at most once a minute per key: a write per request would cost the hot path.
const lastUsedEveryMs = 60_000;

/** The live key named by `Authorization: Bearer <key>`, with its last use recorded; else null. */
export async function findApiKey(
  deps: AppDeps,
  header: string | undefined,
): Promise<PresentedKey | null> {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!presented) return null;
  const [key] = await deps.database.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashKey(presented)), isNull(apiKeys.revokedAt)));
  if (!key) return null;
  const now = deps.clock();
  if (key.lastUsedAt === null || now.getTime() - key.lastUsedAt.getTime() >= lastUsedEveryMs) {
    await deps.database.write((tx) =>
      tx.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, key.id)),
    );
  }
  return { id: key.id, orgId: key.orgId, name: key.name, scopes: key.scopes };
}

/**
 * Authenticates an organisation API key for a REST route and checks the scope the access table
 * (`restRouteScopes` in @switchyard/api) gives that route.
 */
export function requireApiKey(deps: AppDeps, route: RestRoute) {
  const needed = restRouteScopes[route];
  if (needed === 'public' || needed === 'source') {
    throw new Error(`${route} is not authenticated by an organisation API key.`);
  }
  return createMiddleware<OrgVariables>(async (c, next) => {
    const header = c.req.header('authorization');
    if (!header)
      fail(
        failure('unauthorized', 'Send an organisation API key as "Authorization: Bearer <key>".'),
      );
    const key = await findApiKey(deps, header);
    if (!key) fail(failure('unauthorized', 'This API key is not valid or was revoked.'));
    if (!scopeAllows(key.scopes, needed)) {
      fail(failure('not_allowed', `This API key lacks the "${needed}" scope.`));
    }
    c.set('orgId', key.orgId);
    await next();
  });
}
