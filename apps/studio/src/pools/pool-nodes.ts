import { appCodeOf, type Outputs } from '../lib/trpc';

/** A pool the signed-in member may claim from, as `pool.mine` lists it. */
export type ClaimablePool = Outputs['pool']['mine'][number];

/** Pools grouped under their flow, flows and pools in the order the API lists them. */
export function poolsByFlow<P extends Pick<ClaimablePool, 'flowId' | 'flowName'>>(
  pools: readonly P[],
): Array<{ flowId: string; flowName: string; pools: P[] }> {
  const groups = new Map<string, { flowId: string; flowName: string; pools: P[] }>();
  for (const pool of pools) {
    const group = groups.get(pool.flowId) ?? {
      flowId: pool.flowId,
      flowName: pool.flowName,
      pools: [],
    };
    group.pools.push(pool);
    groups.set(pool.flowId, group);
  }
  return [...groups.values()];
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
