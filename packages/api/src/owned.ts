import {
  and,
  eq,
  flows,
  flowVersions,
  inArray,
  type Queryable,
  reps,
  sources,
  teams,
} from '@switchyard/db';
import { failure } from '@switchyard/engine';
import { fail } from './errors';

// Every lookup by id names the organisation too: another organisation's id is simply not found,
// so a caller cannot even learn that it exists.

/** The flow of this organisation, or `flow_not_found`. */
export async function findFlow(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(flows)
    .where(and(eq(flows.id, id), eq(flows.orgId, orgId)));
  if (!row) fail(failure('flow_not_found', `There is no flow "${id}".`));
  return row;
}

/** A published version of a flow this organisation owns, or `version_not_found`. */
export async function findVersion(db: Queryable, orgId: string, flowId: string, id: string) {
  const flow = await findFlow(db, orgId, flowId);
  const [row] = await db
    .select()
    .from(flowVersions)
    .where(and(eq(flowVersions.id, id), eq(flowVersions.flowId, flow.id)));
  if (!row) fail(failure('version_not_found', `This flow has no version "${id}".`));
  return row;
}

/** The rep of this organisation, or `rep_not_found`. */
export async function findRep(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(reps)
    .where(and(eq(reps.id, id), eq(reps.orgId, orgId)));
  if (!row) fail(failure('rep_not_found', `There is no rep "${id}".`));
  return row;
}

/** The team of this organisation, or `team_not_found`. */
export async function findTeam(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.id, id), eq(teams.orgId, orgId)));
  if (!row) fail(failure('team_not_found', `There is no team "${id}".`));
  return row;
}

/** The source of this organisation, or `source_not_found`. */
export async function findSource(db: Queryable, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(sources)
    .where(and(eq(sources.id, id), eq(sources.orgId, orgId)));
  if (!row) fail(failure('source_not_found', `There is no source "${id}".`));
  return row;
}

/** Which of these ids are reps of this organisation. */
export async function ownedRepIds(db: Queryable, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: reps.id })
    .from(reps)
    .where(and(eq(reps.orgId, orgId), inArray(reps.id, [...new Set(ids)])));
  return new Set(rows.map((row) => row.id));
}

/** Which of these ids are teams of this organisation. */
export async function ownedTeamIds(db: Queryable, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), inArray(teams.id, [...new Set(ids)])));
  return new Set(rows.map((row) => row.id));
}

/** Refuses a team map that names a team of another organisation (or none). */
export async function assertTeamsOwned(db: Queryable, orgId: string, map: Record<string, string>) {
  const owned = await ownedTeamIds(db, orgId, Object.values(map));
  for (const [key, teamId] of Object.entries(map)) {
    if (!owned.has(teamId)) {
      fail(failure('team_not_found', `The team chosen for "${key}" does not exist: "${teamId}".`));
    }
  }
}

/** Refuses any rep id that is not a rep of this organisation. */
export async function assertRepsOwned(db: Queryable, orgId: string, ids: readonly string[]) {
  const owned = await ownedRepIds(db, orgId, ids);
  const missing = ids.find((id) => !owned.has(id));
  if (missing !== undefined) fail(failure('rep_not_found', `There is no rep "${missing}".`));
}
