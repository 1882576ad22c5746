import type { SkipReason } from '@switchyard/engine';
import { plainTraceWords, type TraceWords } from './trace-words';

// The lead's `trace` and `distribution` are stored JSON (typed `unknown` by the API): a lead
// routed by an older version may lack a field, so every read here checks before trusting it.

/** One condition a step evaluated: its label, whether it held, and the values it read. */
export type ConditionRow = { id: string; label: string; holds: boolean; seen: string };

/** One step of the trace, as the lead page lists it. */
export type TraceRow = {
  nodeId: string;
  kind: string;
  label: string;
  /** The output the lead left by; null at the terminal. */
  output: string | null;
  /** That output as the canvas names it ("United States"); '' for a step's single way out. */
  outputLabel: string;
  score: number | null;
  grade: string | null;
  conditions: ConditionRow[];
};

/** One rep the assign step considered, with the reasons they were passed over. */
export type CandidateRow = { repId: string; name: string; eligible: boolean; reasons: string[] };

/** The distribution in words: the strategy, its sentence, and who was considered. */
export type DistributionView = {
  nodeId: string | null;
  strategy: string | null;
  explanation: string | null;
  candidates: CandidateRow[];
};

const skipWords = {
  inactive: 'inactive',
  out_of_office: 'out of office',
  outside_hours: 'outside working hours',
  daily_cap: 'daily cap reached',
  open_cap: 'open-lead cap reached',
  missing_skill: 'missing a skill',
  not_in_territory: 'not their territory',
  not_owner: 'not the owner',
  unknown_rep: 'not a rep of this organisation',
} satisfies Record<SkipReason, string>;

/** A JSON object (not null, not an array): stored traces and fields are read through this. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOr = <T>(value: unknown, fallback: T) => (typeof value === 'string' ? value : fallback);
const arrayOf = (value: unknown) => (Array.isArray(value) ? value : []);

/** A value a condition saw, as a reader expects it: yes/no, text quoted, nothing as "empty". */
export function formatSeenValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value);
}

/** The values a condition read, e.g. `Country = "DE", Employees = 1200`. */
export function formatSeen(seen: unknown, field: (key: string) => string = (key) => key): string {
  if (!isRecord(seen)) return '';
  return Object.entries(seen)
    .map(([path, value]) => `${field(path)} = ${formatSeenValue(value)}`)
    .join(', ');
}

/**
 * The stored trace as rows, in the order the lead went; empty when there is none. With the
 * words of the flow it went through, outputs, conditions and fields read as the canvas names
 * them.
 */
export function traceRows(trace: unknown, words: TraceWords = plainTraceWords): TraceRow[] {
  if (!isRecord(trace)) return [];
  return arrayOf(trace.steps).flatMap((step): TraceRow[] => {
    if (!isRecord(step) || typeof step.nodeId !== 'string') return [];
    const nodeId = step.nodeId;
    const output = stringOr(step.output, null);
    const conditions = arrayOf(step.conditions).flatMap((value, index): ConditionRow[] => {
      if (!isRecord(value)) return [];
      const id = stringOr(value.id, `condition-${index}`);
      const label = words.condition(nodeId, id, stringOr(value.label, id));
      const seen = formatSeen(value.seen, words.field);
      return [{ id, label, holds: value.holds === true, seen }];
    });
    return [
      {
        nodeId,
        kind: stringOr(step.kind, 'step'),
        label: stringOr(step.label, step.nodeId),
        output,
        outputLabel: output ? words.output(nodeId, output) : '',
        score: typeof step.score === 'number' ? step.score : null,
        grade: stringOr(step.grade, null),
        conditions,
      },
    ];
  });
}

/** A skip reason in words; an unknown one (from a newer engine) as it is. */
export function skipReasonText(reason: string): string {
  return Object.hasOwn(skipWords, reason) ? skipWords[reason as SkipReason] : reason;
}

/** The stored distribution with reps named; null when the lead was not distributed. */
export function distributionView(
  distribution: unknown,
  repNames: Readonly<Record<string, string>>,
): DistributionView | null {
  if (!isRecord(distribution)) return null;
  const candidates = arrayOf(distribution.candidates).flatMap((c): CandidateRow[] => {
    if (!isRecord(c) || typeof c.repId !== 'string') return [];
    const reasons = arrayOf(c.skipped).filter((r): r is string => typeof r === 'string');
    return [
      {
        repId: c.repId,
        name: repNames[c.repId] ?? c.repId,
        eligible: c.eligible === true,
        reasons: reasons.map(skipReasonText),
      },
    ];
  });
  return {
    nodeId: stringOr(distribution.nodeId, null),
    strategy: stringOr(distribution.strategy, null),
    explanation: stringOr(distribution.explanation, null),
    candidates,
  };
}
