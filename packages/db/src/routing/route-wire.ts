import { createHash } from 'node:crypto';
import { LibsqlError } from '@libsql/client';
import { AppError, type AppFailure } from '@switchyard/engine';
import { createIdSource } from '../security/ids';
import type { Queryable } from '../types';
import type { Settled } from '../write-queue';
import { loadVersion, type PublishedFlow } from './published-flow';
import {
  type ChosenVersion,
  chooseVersion,
  type LeadSubmission,
  type RouteResult,
} from './route-leads';
import { SourceChangedError } from './source-check';

/**
 * Lead submissions and their outcomes as they cross to the writer thread and back
 * (`thread-writer.ts`), where `routeLeads` runs next to SQLite. Compiled flows and functions do
 * not cross threads: a flow travels as its version's key and is compiled (once, cached) on the
 * thread; ids come from a seed drawn from the caller's id source, so seeded tests stay
 * reproducible; errors travel as data and are rebuilt as the classes callers check for.
 */
export type WireSubmission = Omit<LeadSubmission, 'flow' | 'experiment' | 'newId' | 'chosen'> & {
  flow: VersionKey;
  /** Worked out by the caller, so the thread does not normalise (null: it must). */
  chosen: (Omit<ChosenVersion, 'flow'> & { flow: VersionKey }) | null;
  experiment: { id: string; arms: Array<{ key: string; weight: number; flow: VersionKey }> } | null;
  /** An id drawn from the caller's id source; the lead's other ids are derived from it. */
  idSeed: string;
};

type VersionKey = { orgId: string; flowId: string; versionId: string; version: number };

export type WireError =
  | { kind: 'app'; failure: AppFailure }
  | { kind: 'source_changed'; sourceId: string }
  | { kind: 'libsql'; message: string; code: string; extendedCode?: string; rawCode?: number }
  | { kind: 'error'; message: string };

export type WireSettled = { ok: true; value: RouteResult } | { ok: false; error: WireError };

export function submissionToWire(submission: LeadSubmission): WireSubmission {
  const { flow, experiment, newId, chosen, ...plain } = submission;
  const version = chosen ?? chooseOrLeave(submission);
  return {
    ...plain,
    flow: versionKey(flow),
    chosen: version ? { ...version, flow: versionKey(version.flow) } : null,
    experiment: experiment
      ? {
          id: experiment.id,
          arms: experiment.arms.map((arm) => ({
            key: arm.key,
            weight: arm.weight,
            flow: versionKey(arm.flow),
          })),
        }
      : null,
    idSeed: newId('seed'),
  };
}

// A lead that cannot be normalised here fails on the thread, alone, with the error it gets there.
function chooseOrLeave(submission: LeadSubmission): ChosenVersion | null {
  try {
    return chooseVersion(submission);
  } catch {
    return null;
  }
}

/** The submission again, its versions loaded from `db` (or the thread's cache). */
export async function submissionFromWire(
  db: Queryable,
  wire: WireSubmission,
): Promise<LeadSubmission> {
  const { flow, experiment, idSeed, chosen, ...plain } = wire;
  const arms = [];
  for (const arm of experiment?.arms ?? [])
    arms.push({ key: arm.key, weight: arm.weight, flow: await loadVersion(db, arm.flow) });
  return {
    ...plain,
    flow: await loadVersion(db, flow),
    experiment: experiment ? { id: experiment.id, arms } : null,
    newId: derivedIds(idSeed, wire.now),
    ...(chosen ? { chosen: { ...chosen, flow: await loadVersion(db, chosen.flow) } } : {}),
  };
}

export function settledToWire(settled: Settled<RouteResult>): WireSettled {
  return settled.ok ? settled : { ok: false, error: errorToWire(settled.error) };
}

export function settledFromWire(settled: WireSettled): Settled<RouteResult> {
  return settled.ok ? settled : { ok: false, error: errorFromWire(settled.error) };
}

export function errorToWire(error: unknown): WireError {
  if (error instanceof AppError) return { kind: 'app', failure: error.failure };
  if (error instanceof SourceChangedError)
    return { kind: 'source_changed', sourceId: error.sourceId };
  if (error instanceof LibsqlError) {
    return {
      kind: 'libsql',
      message: error.message,
      code: error.code,
      ...(error.extendedCode === undefined ? {} : { extendedCode: error.extendedCode }),
      ...(error.rawCode === undefined ? {} : { rawCode: error.rawCode }),
    };
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromWire(error: WireError): Error {
  switch (error.kind) {
    case 'app':
      return new AppError(error.failure);
    case 'source_changed':
      return new SourceChangedError(error.sourceId);
    case 'libsql':
      return new LibsqlError(error.message, error.code, error.extendedCode, error.rawCode);
    case 'error':
      return new Error(error.message);
  }
}

function versionKey(flow: PublishedFlow): VersionKey {
  return {
    orgId: flow.orgId,
    flowId: flow.flowId,
    versionId: flow.versionId,
    version: flow.version,
  };
}

/**
 * Ids for one lead, as unguessable as the seed: their random parts are read from SHAKE-256 of
 * the seed (one hash gives a lead's usual ids; a counter extends it). The time part is the
 * lead's `now`, as the caller's id source would give it.
 */
function derivedIds(seed: string, now: Date): (prefix: string) => string {
  let stream = Buffer.alloc(0);
  let offset = 0;
  let round = 0;
  const ids = createIdSource({
    now: () => now,
    randomBytes: (size) => {
      if (offset + size > stream.length) {
        stream = createHash('shake256', { outputLength: 128 })
          .update(`${seed}:${round++}`)
          .digest();
        offset = 0;
      }
      offset += size;
      return stream.subarray(offset - size, offset);
    },
  });
  return (prefix) => ids.id(prefix);
}
