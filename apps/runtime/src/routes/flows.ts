import { publishedVersionView } from '@switchyard/api';
import { findPublishedVersion } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { type OrgVariables, requireApiKey } from '../http/api-key-auth';
import { fail } from '../http/errors';

/**
 * REST for reading what runs (issue 21): a published version of a flow by its number, or the
 * live one, with its document, its standard JSON Logic, that logic's hash and the fields it
 * reads. With a lead's stored fields (`GET /v1/leads/:id`) anyone can re-evaluate a decision.
 */
export function flowRoutes(deps: AppDeps) {
  const app = new Hono<OrgVariables>();
  app.get(
    '/v1/flows/:flowId/versions/:version',
    requireApiKey(deps, 'GET /v1/flows/:flowId/versions/:version'),
    async (c) => {
      const asked = c.req.param('version');
      const version =
        asked === 'live' ? 'live' : /^[1-9]\d{0,8}$/.test(asked) ? Number(asked) : null;
      if (version === null) {
        fail(failure('invalid_input', 'Name a version by its number (1, 2, …) or as "live".'));
      }
      const { flow, row } = await findPublishedVersion(deps.database.db, {
        orgId: c.get('orgId'),
        flowId: c.req.param('flowId'),
        version,
      });
      return c.json(publishedVersionView(row, flow));
    },
  );
  return app;
}
