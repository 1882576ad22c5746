import {
  type CompiledFlow,
  createDecider,
  createTracer,
  type Decision,
  type Flow,
  type FlowTrace,
} from '@switchyard/flow';
import { findMismatches, isRecord, type LeadEntry } from './samples';

/** One lead's outcome: the compiled flow's decision, mismatches with `expect`, maybe a trace. */
export type LeadResult = LeadEntry & {
  /** 1-based, as the tables show it. */
  index: number;
  decision: Decision;
  /** Empty when the decision matches `expect`, or when there is no `expect`. */
  mismatches: string[];
  trace?: FlowTrace;
};

function agrees(decision: Decision, trace: FlowTrace): boolean {
  return (
    decision.terminal === trace.terminal &&
    decision.score === trace.score &&
    decision.grade === trace.grade
  );
}

/**
 * Decide each lead with the compiled logic, as the runtime does; with `trace`, explain it with
 * the tracer too. The flow package promises both agree, so a disagreement is a bug, thrown.
 */
export function runLeads(
  flow: Flow,
  compiled: CompiledFlow,
  entries: readonly LeadEntry[],
  options: { trace: boolean },
): LeadResult[] {
  const decide = createDecider(compiled);
  const tracer = options.trace ? createTracer(flow) : undefined;
  return entries.map((entry, i) => {
    const decision = decide(entry.lead);
    const trace = tracer?.(entry.lead);
    if (trace && !agrees(decision, trace)) {
      throw new Error(
        `the trace and the compiled flow disagree on lead ${i + 1} ("${entry.name}")`,
      );
    }
    const mismatches = entry.expect ? findMismatches(decision, entry.expect) : [];
    return { ...entry, index: i + 1, decision, mismatches, ...(trace ? { trace } : {}) };
  });
}

/** The value at a dotted path, as JSON Logic's `var` reads it. */
function valueAt(lead: unknown, path: string): unknown {
  let value = lead;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  return value;
}

/** Fields the flow reads that no lead sets: most often a misspelt column. */
export function fieldsNoLeadSets(
  fieldsRead: readonly string[],
  entries: readonly LeadEntry[],
): string[] {
  return fieldsRead.filter((field) =>
    entries.every((entry) => {
      const value = valueAt(entry.lead, field);
      return value === undefined || value === null || value === '';
    }),
  );
}
