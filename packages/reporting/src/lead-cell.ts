import { assertCount, invalidInput } from './errors';
import type { PathStep, ReportLead, TerminalKind } from './report-lead';

/**
 * Leads that share every dimension a report splits them by, counted together: one row of the
 * database's GROUP BY (packages/db `loadReportCells`), or one lead (`leadCells`). Counts are
 * whole numbers; durations are exact, one per lead that got there, in any order.
 */
export type LeadCell = {
  versionId: string;
  /** The experiment and arm that routed these leads; null outside experiments. */
  experimentId: string | null;
  arm: string | null;
  terminal: { id: string; kind: TerminalKind };
  /** The disqualify node's reason; null unless disqualified. */
  disqualifyReason: string | null;
  fallback: 'rep' | 'pool' | null;
  ownerRepId: string | null;
  path: readonly PathStep[];
  leads: number;
  accepted: number;
  converted: number;
  /** The converted leads' value, summed. */
  revenue: number;
  slaBreaches: number;
  leadsWithSlaBreach: number;
  reassignments: number;
  leadsReassigned: number;
  /** receivedAt → assignedAt, ms, of each assigned lead. */
  toAssign: ArrayLike<number>;
  /** receivedAt → firstTouchAt, ms, of each touched lead. */
  toFirstTouch: ArrayLike<number>;
};

function elapsed(lead: ReportLead, at: number | null, what: string): number[] {
  if (at === null) return [];
  if (!(at >= lead.receivedAt)) invalidInput(`Lead ${lead.leadId} was ${what} before it arrived.`);
  return [at - lead.receivedAt];
}

function checkCounts(lead: ReportLead): void {
  // Checked before the messages are built: a million leads, each one sound.
  if (!(Number.isInteger(lead.slaBreaches) && lead.slaBreaches >= 0)) {
    assertCount(lead.slaBreaches, `SLA breaches of lead ${lead.leadId}`);
  }
  if (!(Number.isInteger(lead.reassignCount) && lead.reassignCount >= 0)) {
    assertCount(lead.reassignCount, `Reassignments of lead ${lead.leadId}`);
  }
}

/** One cell per lead row, checked: what `summarizeLeads` runs `summarizeCells` on. */
export function leadCells(rows: readonly ReportLead[]): LeadCell[] {
  return rows.map((lead) => {
    checkCounts(lead);
    const converted = lead.convertedAt !== null;
    return {
      versionId: lead.versionId,
      experimentId: lead.experimentId ?? null,
      arm: lead.arm,
      terminal: lead.terminal,
      disqualifyReason: lead.disqualifyReason,
      fallback: lead.fallback,
      ownerRepId: lead.ownerRepId,
      path: lead.path,
      leads: 1,
      accepted: lead.acceptedAt === null ? 0 : 1,
      converted: converted ? 1 : 0,
      revenue: converted ? (lead.value ?? 0) : 0,
      slaBreaches: lead.slaBreaches,
      leadsWithSlaBreach: lead.slaBreaches > 0 ? 1 : 0,
      reassignments: lead.reassignCount,
      leadsReassigned: lead.reassignCount > 0 ? 1 : 0,
      toAssign: elapsed(lead, lead.assignedAt, 'assigned'),
      toFirstTouch: elapsed(lead, lead.firstTouchAt, 'touched'),
    };
  });
}
