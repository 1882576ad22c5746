import { type PublishedFlow, preparePublishedFlow, type Queryable } from '@switchyard/db';
import { assertTeamsOwned, findFlow } from '../owned';
import { assertPublishable } from './org-issues';

/**
 * The draft a simulation or backtest runs: the editor's `document` and `teamMap` when given,
 * else the saved draft's, refused with every issue when it could not be published, prepared like
 * a published version (id `draft`, version 0). The flow must be the caller's organisation's.
 */
export async function draftToTry(
  db: Queryable,
  request: {
    orgId: string;
    flowId: string;
    document?: Record<string, unknown> | undefined;
    teamMap?: Record<string, string> | undefined;
    doing: 'simulating' | 'backtesting';
  },
): Promise<PublishedFlow> {
  const { orgId } = request;
  const flow = await findFlow(db, orgId, request.flowId);
  const document = request.document ?? flow.draft;
  const teamMap = request.teamMap ?? flow.teamMap;
  if (request.teamMap) await assertTeamsOwned(db, orgId, request.teamMap);
  await assertPublishable(db, orgId, document, teamMap, request.doing);
  return preparePublishedFlow({
    orgId,
    flowId: flow.id,
    versionId: 'draft',
    version: 0,
    document,
    teamMap,
  });
}
