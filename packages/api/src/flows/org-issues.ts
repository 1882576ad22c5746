import type { Queryable } from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { type FlowIssue, isPublishable, repReferences, validateFlow } from '@switchyard/flow';
import { fail } from '../errors';
import { ownedRepIds, ownedTeamIds } from '../owned';

const named = (ref: { nodeId: string; nodeLabel: string | undefined }) =>
  ref.nodeLabel?.trim() ? `"${ref.nodeLabel.trim()}"` : `the step "${ref.nodeId}"`;

function placeholders(document: unknown): Array<{ key: string; label: string }> {
  const teams = (document as { teams?: unknown } | null)?.teams;
  if (!Array.isArray(teams)) return [];
  return teams.flatMap((team: { key?: unknown; label?: unknown }) =>
    typeof team?.key === 'string'
      ? [{ key: team.key, label: typeof team.label === 'string' ? team.label : team.key }]
      : [],
  );
}

/**
 * Problems only this organisation's data reveals, in the same shape as `validateFlow`'s issues:
 * a rep id that is not one of its reps, and (given a team map) a team placeholder left unmapped
 * or mapped to a team it does not have.
 */
export async function orgIssues(
  db: Queryable,
  orgId: string,
  document: unknown,
  teamMap?: Record<string, string>,
): Promise<FlowIssue[]> {
  const issues: FlowIssue[] = [];
  const refs = repReferences(document);
  const reps = await ownedRepIds(
    db,
    orgId,
    refs.map((ref) => ref.repId),
  );
  for (const ref of refs.filter((r) => !reps.has(r.repId))) {
    const message = `${named(ref)} names the rep "${ref.repId}", who is not one of your reps.`;
    issues.push({
      code: 'invalid_config',
      severity: 'error',
      message,
      nodeId: ref.nodeId,
      path: ref.path,
    });
  }
  if (!teamMap) return issues;
  const teams = await ownedTeamIds(db, orgId, Object.values(teamMap));
  placeholders(document).forEach((team, index) => {
    const teamId = Object.hasOwn(teamMap, team.key) ? teamMap[team.key] : undefined;
    if (teamId !== undefined && teams.has(teamId)) return;
    const message = `Choose one of your teams for "${team.label}".`;
    issues.push({ code: 'unknown_team', severity: 'error', message, path: ['teams', index] });
  });
  return issues;
}

/** Every issue of a document for this organisation: the flow's own checks, then the org's. */
export async function allIssues(
  db: Queryable,
  orgId: string,
  document: unknown,
  teamMap?: Record<string, string>,
): Promise<FlowIssue[]> {
  return [...validateFlow(document), ...(await orgIssues(db, orgId, document, teamMap))];
}

/**
 * Refuses to publish (or, with `doing`, to simulate) a document with any error, listing every
 * issue at once (`invalid_flow`).
 */
export async function assertPublishable(
  db: Queryable,
  orgId: string,
  document: unknown,
  teamMap: Record<string, string>,
  doing: 'publishing' | 'simulating' | 'backtesting' = 'publishing',
): Promise<void> {
  const issues = await allIssues(db, orgId, document, teamMap);
  if (isPublishable(issues)) return;
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0]?.message ?? '';
  const count = errors.length === 1 ? 'one problem' : `${errors.length} problems`;
  fail(failure('invalid_flow', `Fix ${count} before ${doing}. ${first}`, { issues }));
}
