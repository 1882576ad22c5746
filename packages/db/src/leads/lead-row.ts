import { AppError, failure } from '@switchyard/engine';
import { and, eq } from 'drizzle-orm';
import { loadVersion, type PublishedFlow } from '../routing/published-flow';
import { flowVersions, leads } from '../schema';
import type { Queryable } from '../types';

export type LeadRow = typeof leads.$inferSelect;

/** The lead of this organisation, or a `lead_not_found` failure (also for another org's id). */
export async function findLead(db: Queryable, orgId: string, leadId: string): Promise<LeadRow> {
  const [lead] = await db
    .select()
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.orgId, orgId)));
  if (!lead) throw new AppError(failure('lead_not_found', `There is no lead "${leadId}".`));
  return lead;
}

/** The flow version the lead was routed by (its nodes explain the lead and drive reassignment). */
export async function versionOf(db: Queryable, lead: LeadRow): Promise<PublishedFlow> {
  const [row] = await db
    .select({ version: flowVersions.version })
    .from(flowVersions)
    .where(eq(flowVersions.id, lead.flowVersionId));
  if (!row) throw new Error(`Lead ${lead.id} names a missing flow version.`);
  return loadVersion(db, {
    orgId: lead.orgId,
    flowId: lead.flowId,
    versionId: lead.flowVersionId,
    version: row.version,
  });
}
