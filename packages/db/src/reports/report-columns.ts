import type { PathStep, ReportLead } from '@switchyard/reporting';

/**
 * The values of `leads.path` and `leads.fallback`, the copies reports group by. Migration 0004
 * backfills older leads with the same values in SQL.
 */

/** A trace's steps as compact JSON `[[nodeId, output], …]` (what `json_array` writes). */
export function compactPath(trace: { steps: ReadonlyArray<PathStep> }): string {
  return JSON.stringify(trace.steps.map((step) => [step.nodeId, step.output ?? null]));
}

/** `compactPath`'s text back to steps; null (a lead without a trace) is no steps. */
export function parsePath(path: string | null): PathStep[] {
  if (path === null) return [];
  return (JSON.parse(path) as Array<[string, string | null]>).map(([nodeId, output]) => ({
    nodeId,
    output,
  }));
}

/** Where distribution fell back, from its stored outcome. */
export function fallbackOf(outcome: string | null | undefined): ReportLead['fallback'] {
  return outcome === 'fallback_rep' ? 'rep' : outcome === 'fallback_pool' ? 'pool' : null;
}
