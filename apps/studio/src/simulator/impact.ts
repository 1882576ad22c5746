import { createTracer, type FlowTrace, parseFlow } from '@switchyard/flow';

/** How many sample leads take an edge or end at a step, under the draft and the live version. */
export type Count = { count: number; live: number | null };

/** A terminal step whose share changes against the live version: "+42 to Enterprise AEs". */
export type ImpactChange = { nodeId: string; label: string; delta: number };

export type Impact = {
  /** Leads run through the draft (those the draft could not trace are left out and counted). */
  leads: number;
  failed: number;
  edges: ReadonlyMap<string, Count>;
  terminals: ReadonlyMap<string, Count>;
  /** Terminals whose count differs from the live version's, biggest change first. */
  changes: ImpactChange[];
};

type DocEdge = { id: string; source: string; target: string; sourceHandle?: string | null };

// An edge is known by where it leaves and where it goes, so the draft's edges can be compared
// with the live version's even when ids differ.
const hopKey = (source: string, output: string, target: string) =>
  `${source}\n${output}\n${target}`;

type Tally = { hops: Map<string, number>; terminals: Map<string, number>; failed: number };

/** A step of a lead's path: the node and the output it left by (null or absent at the end). */
export type PathStep = { nodeId: string; output?: string | null };

function tallyPaths(paths: Iterable<readonly PathStep[]>, failed = 0): Tally {
  const hops = new Map<string, number>();
  const terminals = new Map<string, number>();
  for (const steps of paths) {
    for (let i = 0; i + 1 < steps.length; i++) {
      const from = steps[i];
      const to = steps[i + 1];
      if (!from || !to) continue;
      const key = hopKey(from.nodeId, from.output ?? '', to.nodeId);
      hops.set(key, (hops.get(key) ?? 0) + 1);
    }
    const end = steps.at(-1)?.nodeId;
    if (end !== undefined) terminals.set(end, (terminals.get(end) ?? 0) + 1);
  }
  return { hops, terminals, failed };
}

function tally(document: unknown, leads: readonly unknown[]): Tally | null {
  const parsed = parseFlow(document);
  if (!parsed.ok) return null;
  let trace: (lead: unknown) => FlowTrace;
  try {
    trace = createTracer(parsed.value);
  } catch {
    // A flow with errors cannot be traced; the editor lists its problems instead.
    return null;
  }
  const paths: Array<FlowTrace['steps']> = [];
  let failed = 0;
  for (const lead of leads) {
    try {
      paths.push(trace(lead).steps);
    } catch {
      failed += 1;
    }
  }
  return tallyPaths(paths, failed);
}

const labelsOf = (document: unknown) => {
  const nodes = (document as { nodes?: unknown } | null)?.nodes;
  const labels = new Map<string, string>();
  if (!Array.isArray(nodes)) return labels;
  for (const node of nodes as Array<{ id?: unknown; label?: unknown }>) {
    if (typeof node?.id !== 'string') continue;
    labels.set(node.id, typeof node.label === 'string' && node.label ? node.label : node.id);
  }
  return labels;
};

/**
 * Runs sample leads (enriched, as stored) through the draft and, when there is one, the live
 * version, and counts each edge and each terminal: the numbers the canvas shows on its edges.
 * Null when the draft cannot be traced (it has errors).
 */
export function computeImpact(input: {
  draft: { edges: readonly DocEdge[] } & Record<string, unknown>;
  leads: readonly unknown[];
  live: unknown | null;
}): Impact | null {
  const draft = tally(input.draft, input.leads);
  if (!draft) return null;
  const live = input.live === null ? null : tally(input.live, input.leads);
  return impactOf(input.draft, draft, live, input.live);
}

/**
 * The paths leads really took (their stored traces, whatever version routed them) counted on
 * the draft's edges: "last 30 days, real". Edges and steps the draft added count 0.
 */
export function countTakenPaths(input: {
  draft: { edges: readonly DocEdge[] } & Record<string, unknown>;
  paths: ReadonlyArray<readonly PathStep[]>;
}): Impact {
  return impactOf(input.draft, tallyPaths(input.paths), null, null);
}

function impactOf(
  document: { edges: readonly DocEdge[] } & Record<string, unknown>,
  draft: Tally,
  live: Tally | null,
  liveDocument: unknown,
): Impact {
  const edges = new Map<string, Count>();
  for (const edge of document.edges) {
    const key = hopKey(edge.source, edge.sourceHandle ?? '', edge.target);
    edges.set(edge.id, {
      count: draft.hops.get(key) ?? 0,
      live: live ? (live.hops.get(key) ?? 0) : null,
    });
  }
  const terminals = new Map<string, Count>();
  const ended = new Set([...draft.terminals.keys(), ...(live?.terminals.keys() ?? [])]);
  for (const nodeId of ended) {
    terminals.set(nodeId, {
      count: draft.terminals.get(nodeId) ?? 0,
      live: live ? (live.terminals.get(nodeId) ?? 0) : null,
    });
  }
  const draftLabels = labelsOf(document);
  const liveLabels = labelsOf(liveDocument);
  const changes = live
    ? [...terminals]
        .map(([nodeId, { count, live: before }]) => ({
          nodeId,
          label: draftLabels.get(nodeId) ?? liveLabels.get(nodeId) ?? nodeId,
          delta: count - (before ?? 0),
        }))
        .filter((change) => change.delta !== 0)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.label.localeCompare(b.label))
    : [];
  return {
    // Every traced path ends at a terminal, so the terminals' total is the leads counted.
    leads: [...draft.terminals.values()].reduce((sum, n) => sum + n, 0),
    failed: draft.failed,
    edges,
    terminals,
    changes,
  };
}

/** "+42 to Enterprise AEs" / "−7 to Disqualified" (a true minus sign). */
export function changeText(change: ImpactChange): string {
  const sign = change.delta > 0 ? '+' : '−';
  return `${sign}${Math.abs(change.delta).toLocaleString('en-US')} to ${change.label}`;
}

/** A count with its change against live for an edge label: "42", "42 (+5)", "0 (−3)". */
export function countText({ count, live }: Count): string {
  const shown = count.toLocaleString('en-US');
  if (live === null || live === count) return shown;
  const delta = count - live;
  return `${shown} (${delta > 0 ? '+' : '−'}${Math.abs(delta).toLocaleString('en-US')})`;
}

/** The path a traced lead took, step → output left by (null at the end), for lighting it up. */
export function pathOfTrace(trace: {
  steps: ReadonlyArray<{ nodeId: string; output: string | null }>;
}): Map<string, string | null> {
  return new Map(trace.steps.map((step) => [step.nodeId, step.output]));
}
