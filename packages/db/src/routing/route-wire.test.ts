import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibsqlError } from '@libsql/client';
import { AppError, failure } from '@switchyard/engine';
import { describe, expect, it, onTestFinished } from 'vitest';
import { roundRobinDocument, seedRouting } from '../../test/routing-fixture';
import { openDatabase } from '../open-database';
import { errorFromWire, errorToWire, submissionFromWire, submissionToWire } from './route-wire';
import { SourceChangedError } from './source-check';

async function seeded() {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-wire-'));
  const database = await openDatabase({ url: `file:${join(dir, 'test.db')}` });
  onTestFinished(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { database, ...(await seedRouting(database, roundRobinDocument)) };
}

/** The error after a trip to the writer thread and back, as structured clone carries it. */
const crossed = (error: unknown) => errorFromWire(structuredClone(errorToWire(error)));

describe('submissions crossing to the writer thread', () => {
  it('arrive as plain data and load their version there', async () => {
    const { database, submission } = await seeded();
    const original = submission('ana@acme.example', { idempotencyKey: 'k1', checkedSource: 'fp' });
    const wire = structuredClone(submissionToWire(original));
    expect(wire.flow).toEqual({
      orgId: 'org',
      flowId: original.flow.flowId,
      versionId: original.flow.versionId,
      version: 1,
    });
    const back = await submissionFromWire(database.db, wire);
    expect(back.flow.versionId).toBe(original.flow.versionId);
    expect(back.flow.decide({ email: 'ana@acme.example' }).terminal).toBe('rotate');
    expect(back).toMatchObject({
      leadId: original.leadId,
      sourceId: 'src',
      input: { email: 'ana@acme.example' },
      idempotencyKey: 'k1',
      checkedSource: 'fp',
      now: original.now,
      experiment: null,
    });
  });

  it('carry the lead normalised by the caller, or leave it to the thread when that failed', async () => {
    const { database, submission } = await seeded();
    const wire = structuredClone(submissionToWire(submission(' Ana@ACME.example ')));
    expect(wire.chosen?.flow.versionId).toBe(wire.flow.versionId);
    expect(wire.chosen?.normalized.lead).toMatchObject({ email: 'ana@acme.example' });
    const back = await submissionFromWire(database.db, wire);
    expect(back.chosen?.flow.decide(back.chosen.normalized.lead).terminal).toBe('rotate');
    // An experiment without arms cannot choose a version: the thread meets the error itself.
    const armless = submission('bo@acme.example', { experiment: { id: 'exp', arms: [] } });
    expect(submissionToWire(armless).chosen).toBeNull();
  });

  it('make ids from their seed: well formed, distinct, the same for the same seed', async () => {
    const { database, submission } = await seeded();
    const wire = submissionToWire(submission('ana@acme.example'));
    const first = await submissionFromWire(database.db, wire);
    const again = await submissionFromWire(database.db, wire);
    const other = await submissionFromWire(database.db, submissionToWire(submission('b@x.io')));
    const ids = Array.from({ length: 20 }, () => first.newId('evt'));
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^evt_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(Array.from({ length: 20 }, () => again.newId('evt'))).toEqual(ids);
    expect(other.newId('evt')).not.toBe(ids[0]);
    // The time part is the lead's `now`, as the caller's own ids have it.
    expect(ids[0]?.slice(4, 14)).toBe(submission('c@x.io').newId('evt').slice(4, 14));
  });
});

describe('errors crossing back', () => {
  it('keep the classes and codes callers check for', () => {
    const app = crossed(new AppError(failure('no_published_flow', 'No flow is live.')));
    expect(app).toBeInstanceOf(AppError);
    expect((app as AppError).failure).toEqual({
      code: 'no_published_flow',
      message: 'No flow is live.',
    });
    const changed = crossed(new SourceChangedError('src_1'));
    expect(changed).toBeInstanceOf(SourceChangedError);
    expect((changed as SourceChangedError).sourceId).toBe('src_1');
    const sqlite = crossed(
      new LibsqlError('UNIQUE failed', 'SQLITE_CONSTRAINT', 'SQLITE_CONSTRAINT_UNIQUE', 2067),
    );
    expect(sqlite).toBeInstanceOf(LibsqlError);
    expect(sqlite).toMatchObject({
      code: 'SQLITE_CONSTRAINT',
      extendedCode: 'SQLITE_CONSTRAINT_UNIQUE',
      rawCode: 2067,
    });
    expect(crossed(new TypeError('bad'))).toEqual(new Error('bad'));
    expect(crossed('thrown text')).toEqual(new Error('thrown text'));
  });
});
