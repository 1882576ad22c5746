import { AppError, failure } from '@switchyard/engine';
import { compileFlow, isPublishable, parseFlow, validateFlow } from '@switchyard/flow';
import { and, desc, eq } from 'drizzle-orm';
import { flows, flowVersions } from '../schema';
import type { IdSource } from '../security/ids';
import type { Queryable, Tx } from '../types';

/** Creates a flow whose draft is `document`; nothing is live until it is published. */
export async function createFlow(
  tx: Tx,
  input: { orgId: string; name: string; document: unknown; teamMap?: Record<string, string> },
  tools: { ids: IdSource; now: Date },
): Promise<{ id: string }> {
  const id = tools.ids.id('flow');
  await tx.insert(flows).values({
    id,
    orgId: input.orgId,
    name: input.name,
    draft: input.document,
    teamMap: input.teamMap ?? {},
    createdAt: tools.now,
    updatedAt: tools.now,
  });
  return { id };
}

/** Publishes the flow's draft as its next version and makes it live. Refuses a draft with errors. */
export async function publishFlow(
  tx: Tx,
  input: { orgId: string; flowId: string; note?: string },
  tools: { ids: IdSource; now: Date },
): Promise<{ versionId: string; version: number }> {
  const [flow] = await tx
    .select()
    .from(flows)
    .where(and(eq(flows.id, input.flowId), eq(flows.orgId, input.orgId)));
  if (!flow) throw new AppError(failure('flow_not_found', 'This flow does not exist.'));
  const issues = validateFlow(flow.draft);
  const parsed = parseFlow(flow.draft);
  if (!parsed.ok || !isPublishable(issues)) {
    throw new AppError(
      failure('invalid_flow', 'Fix the problems in the flow before publishing it.', { issues }),
    );
  }
  const unmapped = (parsed.value.teams ?? []).filter((team) => !flow.teamMap[team.key]);
  if (unmapped.length > 0) {
    const names = unmapped.map((t) => `"${t.label ?? t.key}"`).join(', ');
    throw new AppError(
      failure('invalid_flow', `Choose a real team for ${names} before publishing.`),
    );
  }
  const compiled = compileFlow(parsed.value);
  const [latest] = await tx
    .select({ version: flowVersions.version })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, flow.id))
    .orderBy(desc(flowVersions.version))
    .limit(1);
  const version = (latest?.version ?? 0) + 1;
  const versionId = tools.ids.id('ver');
  await tx.insert(flowVersions).values({
    id: versionId,
    flowId: flow.id,
    version,
    document: flow.draft,
    logic: compiled.logic,
    hash: compiled.hash,
    teamMap: flow.teamMap,
    note: input.note ?? '',
    publishedAt: tools.now,
  });
  await tx
    .update(flows)
    .set({ liveVersionId: versionId, updatedAt: tools.now })
    .where(eq(flows.id, flow.id));
  return { versionId, version };
}

/**
 * One published version of an organisation's flow by its number (1, 2, …) or `live`, with its
 * flow's live version id; `flow_not_found` / `version_not_found` otherwise.
 */
export async function findPublishedVersion(
  db: Queryable,
  input: { orgId: string; flowId: string; version: number | 'live' },
) {
  const [flow] = await db
    .select({ id: flows.id, liveVersionId: flows.liveVersionId })
    .from(flows)
    .where(and(eq(flows.id, input.flowId), eq(flows.orgId, input.orgId)));
  if (!flow) throw new AppError(failure('flow_not_found', 'This flow does not exist.'));
  const which =
    input.version === 'live'
      ? eq(flowVersions.id, flow.liveVersionId ?? '')
      : eq(flowVersions.version, input.version);
  const [row] = await db
    .select()
    .from(flowVersions)
    .where(and(eq(flowVersions.flowId, flow.id), which));
  if (!row) {
    const named = input.version === 'live' ? 'no live version' : `no version ${input.version}`;
    throw new AppError(failure('version_not_found', `This flow has ${named}.`));
  }
  return { flow, row };
}
