import { and, apiKeys, eq, hashKey, isNull } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { fail } from './errors';

export type ApiKeyScope = 'ingest' | 'read' | 'admin';
export type OrgVariables = { Variables: { orgId: string } };

/** Authenticates `Authorization: Bearer <organisation API key>` and requires one scope. */
export function requireApiKey(deps: AppDeps, scope: ApiKeyScope) {
  return createMiddleware<OrgVariables>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      fail(
        failure('unauthorized', 'Send an organisation API key as "Authorization: Bearer <key>".'),
      );
    const [key] = await deps.database.db
      .select({ orgId: apiKeys.orgId, scopes: apiKeys.scopes })
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, hashKey(match[1])), isNull(apiKeys.revokedAt)));
    if (!key) fail(failure('unauthorized', 'This API key is not valid or was revoked.'));
    if (!key.scopes.includes(scope) && !key.scopes.includes('admin')) {
      fail(failure('not_allowed', `This API key lacks the "${scope}" scope.`));
    }
    c.set('orgId', key.orgId);
    await next();
  });
}
