import type { Transaction } from '@libsql/client';
import type { RepProfile } from '@switchyard/engine';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { reps, teamMembers } from '../schema';
import type { Queryable } from '../types';
import { enabledEndpoints } from './outbox-events';
import { currentFingerprints } from './source-check';

export type Member = { repId: string; weight: number };
export type Endpoint = { id: string; events: string[] };

// Past this many cached rows (many organisations on one process) start again from empty.
const maxEntries = 20_000;

/**
 * The routing configuration — team members, rep profiles, webhook endpoints, source
 * fingerprints — kept between the write batches of one database handle. Reading it cost six
 * queries a batch, as much as inserting the batch's leads. It is valid while the one-row
 * `config_version` counter (raised by triggers on every change of those tables, by any process)
 * has not moved: `check` reads it inside the write transaction, where no other writer can change
 * anything until the commit, and forgets everything when it has.
 */
export class ConfigCache {
  #version: number | null = null;
  readonly #members = new Map<string, readonly Member[]>();
  /** By organisation, then rep id: a rep of another organisation is absent, not shared. */
  readonly #profiles = new Map<string, Map<string, RepProfile | null>>();
  #profileCount = 0;
  readonly #endpoints = new Map<string, readonly Endpoint[]>();
  /** `null`: no such source. */
  readonly #fingerprints = new Map<string, string | null>();

  /**
   * Call at the start of each write transaction, before any other method. A cache never checked
   * is valid for one transaction only (e.g. a reassignment's).
   */
  async check(raw: Transaction): Promise<void> {
    const result = await raw.execute('select version from config_version where id = 1');
    const version = result.rows[0]?.version;
    // No counter row (a database not migrated this far): valid for this transaction only.
    const current =
      typeof version === 'number' || typeof version === 'bigint' ? Number(version) : null;
    if (current === null || current !== this.#version || this.#size() > maxEntries) this.#clear();
    this.#version = current;
  }

  /** The team's members in round-robin order. */
  async members(tx: Queryable, teamId: string): Promise<readonly Member[]> {
    let members = this.#members.get(teamId);
    if (!members) {
      const rows = await tx
        .select({ repId: teamMembers.repId, weight: teamMembers.weight })
        .from(teamMembers)
        .where(eq(teamMembers.teamId, teamId))
        .orderBy(asc(teamMembers.position), asc(teamMembers.repId));
      members = Object.freeze(rows.map((row) => Object.freeze(row)));
      this.#members.set(teamId, members);
    }
    return members;
  }

  /** The reps of `repIds` that exist in the organisation, in the order asked. */
  async profiles(tx: Queryable, orgId: string, repIds: readonly string[]): Promise<RepProfile[]> {
    let known = this.#profiles.get(orgId);
    if (!known) {
      known = new Map();
      this.#profiles.set(orgId, known);
    }
    const missing = repIds.filter((id) => !known.has(id));
    if (missing.length > 0) {
      const rows = await tx
        .select()
        .from(reps)
        .where(and(eq(reps.orgId, orgId), inArray(reps.id, missing)));
      for (const id of missing) known.set(id, null);
      for (const row of rows) known.set(row.id, toProfile(row));
      this.#profileCount += missing.length;
    }
    const profiles: RepProfile[] = [];
    for (const id of repIds) {
      const profile = known.get(id);
      if (profile) profiles.push(profile);
    }
    return profiles;
  }

  /** The organisation's switched-on webhook endpoints. */
  async endpoints(tx: Queryable, orgId: string): Promise<readonly Endpoint[]> {
    let endpoints = this.#endpoints.get(orgId);
    if (!endpoints) {
      const rows = await enabledEndpoints(tx, orgId);
      endpoints = Object.freeze(rows.map((row) => Object.freeze(row)));
      this.#endpoints.set(orgId, endpoints);
    }
    return endpoints;
  }

  /** The current `sourceFingerprint` of each source that exists. */
  async fingerprints(tx: Queryable, sourceIds: readonly string[]): Promise<Map<string, string>> {
    const missing = sourceIds.filter((id) => !this.#fingerprints.has(id));
    if (missing.length > 0) {
      for (const id of missing) this.#fingerprints.set(id, null);
      for (const [id, fingerprint] of await currentFingerprints(tx, missing))
        this.#fingerprints.set(id, fingerprint);
    }
    const found = new Map<string, string>();
    for (const id of sourceIds) {
      const fingerprint = this.#fingerprints.get(id);
      if (fingerprint) found.set(id, fingerprint);
    }
    return found;
  }

  #size(): number {
    return this.#members.size + this.#profileCount + this.#endpoints.size + this.#fingerprints.size;
  }

  #clear(): void {
    this.#members.clear();
    this.#profiles.clear();
    this.#profileCount = 0;
    this.#endpoints.clear();
    this.#fingerprints.clear();
  }
}

function toProfile(row: typeof reps.$inferSelect): RepProfile {
  return Object.freeze({
    id: row.id,
    name: row.name,
    active: row.active,
    timeZone: row.timeZone,
    workingHours: row.workingHours ?? null,
    outOfOffice: row.outOfOffice,
    dailyCap: row.dailyCap,
    openCap: row.openCap,
    skills: row.skills,
  });
}
