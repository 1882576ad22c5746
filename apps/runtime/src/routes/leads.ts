import {
  applyLeadAction,
  asc,
  claimLead,
  claimNext,
  eq,
  findLead,
  leadActions,
  leadEvents,
  listPool,
  loadLiveFlow,
  sql,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { type OrgVariables, requireApiKey } from '../http/api-key-auth';
import { fail } from '../http/errors';
import { readJsonBody } from '../http/json-body';

const eventSchema = z.strictObject({
  type: z.enum(leadActions),
  repId: z.string().min(1).optional(),
  value: z.number().finite().min(0).optional(),
  reason: z.string().max(500).optional(),
});
const claimSchema = z.strictObject({ repId: z.string().min(1) });

/** REST for CRMs and hosts: a lead's detail, its outcome events, pool listing and claims. */
export function leadRoutes(deps: AppDeps) {
  const app = new Hono<OrgVariables>();
  const newId = (prefix: string) => deps.ids.id(prefix);

  app.get('/v1/leads/:leadId', requireApiKey(deps, 'GET /v1/leads/:leadId'), async (c) => {
    const lead = await findLead(deps.database.db, c.get('orgId'), c.req.param('leadId'));
    const events = await deps.database.db
      .select()
      .from(leadEvents)
      .where(eq(leadEvents.leadId, lead.id))
      .orderBy(asc(leadEvents.at), sql`rowid`);
    return c.json({ ...lead, events });
  });

  app.post(
    '/v1/leads/:leadId/events',
    requireApiKey(deps, 'POST /v1/leads/:leadId/events'),
    async (c) => {
      const body = await readJsonBody(c, eventSchema);
      const result = await deps.database.write((tx) =>
        applyLeadAction(tx, {
          orgId: c.get('orgId'),
          leadId: c.req.param('leadId'),
          action: body.type,
          ...(body.repId ? { repId: body.repId } : {}),
          ...(body.value !== undefined ? { value: body.value } : {}),
          ...(body.reason ? { reason: body.reason } : {}),
          actor: 'crm',
          now: deps.clock(),
          newId,
        }),
      );
      return c.json(result);
    },
  );

  app.post(
    '/v1/leads/:leadId/claim',
    requireApiKey(deps, 'POST /v1/leads/:leadId/claim'),
    async (c) => {
      const { repId } = await readJsonBody(c, claimSchema);
      const lead = await deps.database.write((tx) =>
        claimLead(tx, {
          orgId: c.get('orgId'),
          leadId: c.req.param('leadId'),
          repId,
          now: deps.clock(),
          newId,
        }),
      );
      return c.json({
        leadId: lead.id,
        status: lead.status,
        ownerRepId: lead.ownerRepId,
        fields: lead.fields,
      });
    },
  );

  app.get(
    '/v1/flows/:flowId/pools/:poolId/leads',
    requireApiKey(deps, 'GET /v1/flows/:flowId/pools/:poolId/leads'),
    async (c) => {
      const pool = await findPool(
        deps,
        c.get('orgId'),
        c.req.param('flowId'),
        c.req.param('poolId'),
      );
      const entries = await listPool(deps.database.db, { ...pool, orgId: c.get('orgId') });
      return c.json({
        mode: pool.blind ? 'blind' : 'cherry_pick',
        waiting: entries.length,
        leads: entries,
      });
    },
  );

  app.post(
    '/v1/flows/:flowId/pools/:poolId/claim',
    requireApiKey(deps, 'POST /v1/flows/:flowId/pools/:poolId/claim'),
    async (c) => {
      const { repId } = await readJsonBody(c, claimSchema);
      const pool = await findPool(
        deps,
        c.get('orgId'),
        c.req.param('flowId'),
        c.req.param('poolId'),
      );
      const lead = await deps.database.write((tx) =>
        claimNext(tx, {
          orgId: c.get('orgId'),
          flowId: pool.flowId,
          poolNodeId: pool.poolNodeId,
          repId,
          now: deps.clock(),
          newId,
        }),
      );
      if (!lead) return c.json({ lead: null, message: 'The pool is empty.' });
      return c.json({
        lead: {
          leadId: lead.id,
          status: lead.status,
          ownerRepId: lead.ownerRepId,
          fields: lead.fields,
        },
      });
    },
  );

  return app;
}

async function findPool(deps: AppDeps, orgId: string, flowId: string, poolNodeId: string) {
  const flow = await loadLiveFlow(deps.database.db, flowId);
  if (!flow || flow.orgId !== orgId)
    fail(failure('flow_not_found', `There is no published flow "${flowId}".`));
  const node = flow.nodes.get(poolNodeId);
  if (node?.kind !== 'pool')
    fail(failure('not_in_pool', `"${poolNodeId}" is not a pool of this flow.`));
  return { flowId, poolNodeId, blind: node.config.mode === 'blind' };
}
