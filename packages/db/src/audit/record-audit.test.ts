import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { auditLog } from '../accounts-schema';
import { openDatabase } from '../open-database';
import { recordAudit } from './record-audit';

async function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-audit-'));
  const database = await openDatabase({ url: `file:${join(dir, 'audit.db')}` });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return database;
}

const tools = { now: new Date('2026-01-05T10:00:00Z'), newId: (p: string) => `${p}_1` };
const entry = {
  orgId: 'org_a',
  actor: { type: 'user' as const, id: 'usr_1', label: 'ana@acme.example' },
  action: 'member.role_changed',
  target: { type: 'member', id: 'mem_1' },
  before: { role: 'viewer' },
  after: { role: 'manager' },
};

describe('recordAudit', () => {
  it('appends an entry with actor, target and before/after', async () => {
    const { db } = await tempDatabase();
    await recordAudit(db, entry, tools);
    const rows = await db.select().from(auditLog);
    expect(rows).toEqual([
      {
        id: 'aud_1',
        orgId: 'org_a',
        at: tools.now,
        actorType: 'user',
        actorId: 'usr_1',
        actorLabel: 'ana@acme.example',
        action: 'member.role_changed',
        targetType: 'member',
        targetId: 'mem_1',
        before: { role: 'viewer' },
        after: { role: 'manager' },
      },
    ]);
  });

  it('refuses to update or delete an entry: the log is append-only', async () => {
    const { db } = await tempDatabase();
    await recordAudit(db, entry, tools);
    const update = await db
      .update(auditLog)
      .set({ action: 'nothing.happened' })
      .where(eq(auditLog.id, 'aud_1'))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(String((update as Error)?.cause ?? update)).toMatch(/append-only/);
    const remove = await db.delete(auditLog).then(
      () => null,
      (error: unknown) => error,
    );
    expect(String((remove as Error)?.cause ?? remove)).toMatch(/append-only/);
    expect(await db.select({ action: auditLog.action }).from(auditLog)).toEqual([
      { action: 'member.role_changed' },
    ]);
  });
});
