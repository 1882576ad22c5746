import type { InValue } from '@libsql/client';
import {
  createFlow,
  createIdSource,
  type Database,
  eq,
  flows,
  organizations,
  publishFlow,
  reps,
  sources,
  teamMembers,
  teams,
} from '@switchyard/db';

/** A flow node for a bench's flow document; position and label do not matter here. */
export const benchNode = (id: string, kind: string, config: Record<string, unknown>) => ({
  id,
  kind,
  label: id,
  position: { x: 0, y: 0 },
  config,
});

/**
 * Organisation "org" with team "team" of `repIds`, one flow whose versions are `documents`
 * published in turn (version n at `publishedAt[n]`, else `now`; the last one live, its team
 * "sales" mapped to "team"), and JSON source "src" — the seed the benches share.
 */
export async function seedBenchFlow(
  database: Database,
  options: { documents: unknown[]; repIds: readonly string[]; now: Date; publishedAt?: Date[] },
): Promise<{ flowId: string; versionIds: string[] }> {
  const { now } = options;
  // Random ids: versions published in the same millisecond must not collide.
  const ids = createIdSource({
    now: () => now,
    randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
  });
  return database.write(async (tx) => {
    await tx.insert(organizations).values({ id: 'org', name: 'Bench', createdAt: now });
    await tx.insert(teams).values({ id: 'team', orgId: 'org', name: 'Sales', createdAt: now });
    for (const [position, id] of options.repIds.entries()) {
      await tx
        .insert(reps)
        .values({ id, orgId: 'org', name: id, email: `${id}@reps.example`, createdAt: now });
      await tx.insert(teamMembers).values({ teamId: 'team', repId: id, position });
    }
    const [first, ...later] = options.documents;
    const flow = await createFlow(
      tx,
      { orgId: 'org', name: 'Bench', document: first, teamMap: { sales: 'team' } },
      { ids, now },
    );
    const versionIds: string[] = [];
    for (const [index, document] of [first, ...later].entries()) {
      if (index > 0) await tx.update(flows).set({ draft: document }).where(eq(flows.id, flow.id));
      const at = options.publishedAt?.[index] ?? now;
      const published = await publishFlow(tx, { orgId: 'org', flowId: flow.id }, { ids, now: at });
      versionIds.push(published.versionId);
    }
    await tx.insert(sources).values({
      id: 'src',
      orgId: 'org',
      flowId: flow.id,
      name: 'Form',
      type: 'json',
      createdAt: now,
    });
    return { flowId: flow.id, versionIds };
  });
}

/**
 * Inserts rows `from` ≤ n < `to` into `table` with multi-row INSERTs of `perStatement` rows,
 * committing every `perTransaction` rows: how the benches fill a temp file with history quickly
 * (a transaction per row would take hours).
 */
export async function bulkInsert(
  database: Database,
  options: {
    table: string;
    columns: readonly string[];
    from?: number;
    to: number;
    row: (n: number) => InValue[] | null;
    perStatement?: number;
    perTransaction?: number;
  },
): Promise<void> {
  const { table, columns, to, row } = options;
  const perStatement = options.perStatement ?? 500;
  const perTransaction = options.perTransaction ?? 50_000;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `insert into ${table} (${columns.join(', ')}) values `;
  for (let start = options.from ?? 0; start < to; start += perTransaction) {
    const end = Math.min(start + perTransaction, to);
    const tx = await database.client.transaction('write');
    for (let first = start; first < end; first += perStatement) {
      const args: InValue[] = [];
      let count = 0;
      for (let n = first; n < Math.min(first + perStatement, end); n++) {
        const values = row(n);
        if (values === null) continue;
        args.push(...values);
        count++;
      }
      if (count === 0) continue;
      await tx.execute({ sql: head + Array.from({ length: count }, () => tuple).join(', '), args });
    }
    await tx.commit();
  }
}
