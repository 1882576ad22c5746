/** A lead's status; mirrors `leadStatuses` of packages/db (reporting imports none of ours). */
export type ReportLeadStatus =
  | 'assigned'
  | 'pooled'
  | 'disqualified'
  | 'accepted'
  | 'contacted'
  | 'converted'
  | 'lost';

/** The kind of the terminal node a flow ended on (`leads.terminal_kind`). */
export type TerminalKind = 'assign' | 'pool' | 'disqualify';

/** One step of the lead's trace (`leads.trace.steps[]`): the node and the output it left by. */
export type PathStep = { nodeId: string; output: string | null };

/**
 * One lead as the reports read it: a plain row the report query fills from `leads` and
 * `lead_events`. Times are epoch milliseconds. Version and arm are the ones that routed the lead
 * (`leads.flow_version_id`), never the version live when it converted.
 */
export type ReportLead = {
  leadId: string;
  receivedAt: number;
  /** `leads.flow_version_id`. */
  versionId: string;
  /** The experiment that routed the lead (`leads.experiment_id`); null or absent outside one. */
  experimentId?: string | null;
  /** The experiment arm that routed the lead; null outside an experiment. */
  arm: string | null;
  status: ReportLeadStatus;
  /** `leads.terminal_node_id` and `leads.terminal_kind`. */
  terminal: { id: string; kind: TerminalKind };
  /** The disqualify node's reason; null unless disqualified. */
  disqualifyReason: string | null;
  /** Where distribution fell back (`distribution.outcome` fallback_rep / fallback_pool); null if it did not. */
  fallback: 'rep' | 'pool' | null;
  /** First handed to a rep (by an assign node or a claim from a pool). */
  assignedAt: number | null;
  acceptedAt: number | null;
  firstTouchAt: number | null;
  /** When it converted (`closed_at` of a converted lead); null if it has not. Converted ⇔ non-null. */
  convertedAt: number | null;
  /** Revenue of a converted lead; ignored for the others. */
  value: number | null;
  ownerRepId: string | null;
  /** The trace's steps, in order. */
  path: readonly PathStep[];
  /** Claim and touch SLA timers that expired (`timers.outcome`, or the matching lead_events). */
  slaBreaches: number;
  /** `leads.reassign_count`. */
  reassignCount: number;
};
