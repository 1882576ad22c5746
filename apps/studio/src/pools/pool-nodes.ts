import { appCodeOf } from '../lib/trpc';

/** A pool node of a flow, as the pools page lists it. */
export type PoolNode = { id: string; label: string; blind: boolean };

/**
 * The pool nodes of a flow document (stored JSON, so every field is checked). `blind` is the
 * draft's mode; `pool.list` answers the mode the leads were pooled under, which wins.
 */
export function poolNodesOf(document: unknown): PoolNode[] {
  const nodes = (document as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node): PoolNode[] => {
    if (node?.kind !== 'pool' || typeof node.id !== 'string') return [];
    const label = typeof node.label === 'string' && node.label !== '' ? node.label : node.id;
    return [{ id: node.id, label, blind: node.config?.mode !== 'cherry_pick' }];
  });
}

// Both mean the lead left the pool between the list and the click: a race, not a failure.
const raceCodes = new Set(['already_claimed', 'not_in_pool']);

/** Whether a claim lost to another rep's (409 `already_claimed` or `not_in_pool`). */
export function isClaimRace(error: unknown): boolean {
  const code = appCodeOf(error);
  if (code !== null) return raceCodes.has(code);
  const status = (error as { data?: { httpStatus?: unknown } } | null)?.data?.httpStatus;
  return status === 409;
}

const shownFields = ['firstName', 'lastName', 'email', 'company', 'title', 'country', 'employees'];

/** The fields a rep picks a lead by, in a fixed order, leaving out the empty ones. */
export function pickFields(fields: Record<string, unknown> | null): Array<[string, string]> {
  if (!fields) return [];
  return shownFields.flatMap((name): Array<[string, string]> => {
    const value = fields[name];
    if (value === undefined || value === null || value === '') return [];
    return [[name, typeof value === 'string' ? value : JSON.stringify(value)]];
  });
}
