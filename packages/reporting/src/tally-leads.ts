import { assertCount, invalidInput } from './errors';
import type { ReportLead } from './report-lead';
import { Tally } from './tally';

/** Running counts of one pass over a group's leads; `summarizeLeads` turns them into a report. */
export type LeadTallies = {
  leads: number;
  disqualified: number;
  assigned: number;
  pooled: number;
  fallenBack: number;
  accepted: number;
  contacted: number;
  converted: number;
  revenue: number;
  slaBreaches: number;
  leadsWithSlaBreach: number;
  reassignments: number;
  leadsReassigned: number;
  toAssign: number[];
  toFirstTouch: number[];
  reasons: Tally;
  terminals: Map<string, { terminalId: string; kind: string; leads: number }>;
  reps: Map<string, { leads: number; converted: number }>;
};

function elapsed(lead: ReportLead, at: number, what: string): number {
  if (!(at >= lead.receivedAt)) invalidInput(`Lead ${lead.leadId} was ${what} before it arrived.`);
  return at - lead.receivedAt;
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

/** One pass over the leads (a report may read a million), counting everything the report shows. */
export function tallyLeads(rows: readonly ReportLead[], repIds: readonly string[]): LeadTallies {
  const t: LeadTallies = {
    leads: rows.length,
    ...{ disqualified: 0, assigned: 0, pooled: 0, fallenBack: 0, accepted: 0, contacted: 0 },
    ...{ converted: 0, revenue: 0, slaBreaches: 0, leadsWithSlaBreach: 0 },
    ...{ reassignments: 0, leadsReassigned: 0, toAssign: [], toFirstTouch: [] },
    reasons: new Tally(),
    terminals: new Map(),
    reps: new Map(repIds.map((repId) => [repId, { leads: 0, converted: 0 }])),
  };
  for (const lead of rows) {
    checkCounts(lead);
    const { terminal } = lead;
    const converted = lead.convertedAt !== null;
    if (terminal.kind === 'disqualify') {
      t.disqualified += 1;
      t.reasons.add(lead.disqualifyReason ?? terminal.id);
    }
    const counted = t.terminals.get(terminal.id);
    if (counted) counted.leads += 1;
    else t.terminals.set(terminal.id, { terminalId: terminal.id, kind: terminal.kind, leads: 1 });
    if (terminal.kind === 'pool' || lead.fallback === 'pool') t.pooled += 1;
    if (lead.fallback !== null) t.fallenBack += 1;
    if (lead.assignedAt !== null) {
      t.assigned += 1;
      t.toAssign.push(elapsed(lead, lead.assignedAt, 'assigned'));
    }
    if (lead.acceptedAt !== null) t.accepted += 1;
    if (lead.firstTouchAt !== null) {
      t.contacted += 1;
      t.toFirstTouch.push(elapsed(lead, lead.firstTouchAt, 'touched'));
    }
    if (converted) {
      t.converted += 1;
      t.revenue += lead.value ?? 0;
    }
    t.slaBreaches += lead.slaBreaches;
    if (lead.slaBreaches > 0) t.leadsWithSlaBreach += 1;
    t.reassignments += lead.reassignCount;
    if (lead.reassignCount > 0) t.leadsReassigned += 1;
    if (lead.ownerRepId !== null) {
      const rep = t.reps.get(lead.ownerRepId);
      if (rep) {
        rep.leads += 1;
        if (converted) rep.converted += 1;
      } else t.reps.set(lead.ownerRepId, { leads: 1, converted: converted ? 1 : 0 });
    }
  }
  return t;
}
