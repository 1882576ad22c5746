import { describe, expect, it } from 'vitest';
import type { ReportLead, TerminalKind } from './report-lead';
import { summarizeBy, summarizeLeads } from './summarize';
import { reportLead } from './test-leads';

function endingAt(id: string, kind: TerminalKind, overrides: Partial<ReportLead> = {}) {
  return reportLead({
    terminal: { id, kind },
    path: [
      { nodeId: 'capture', output: 'next' },
      { nodeId: id, output: null },
    ],
    ...overrides,
  });
}
const unassigned = { assignedAt: null, ownerRepId: null } as const;

// Ten leads, all received at 0 ms, whose every number below is counted by hand.
const rows: ReportLead[] = [
  reportLead({ leadId: 'l1', assignedAt: 1000, acceptedAt: 2000, firstTouchAt: 5000 }),
  reportLead({ leadId: 'l2', assignedAt: 3000, firstTouchAt: 11000, slaBreaches: 1 }),
  reportLead({ leadId: 'l3', ownerRepId: 'ben', assignedAt: 2000, acceptedAt: 4000 }),
  reportLead({ leadId: 'l4', ownerRepId: 'ben', assignedAt: 4000 }),
  endingAt('pool_inbound', 'pool', { leadId: 'l5', status: 'pooled', ...unassigned }),
  reportLead({ leadId: 'l6', status: 'pooled', fallback: 'pool', ...unassigned }),
  endingAt('dq_student', 'disqualify', { leadId: 'l7', disqualifyReason: 'Student e-mail' }),
  endingAt('dq_student', 'disqualify', { leadId: 'l8', disqualifyReason: 'Student e-mail' }),
  endingAt('dq_spam', 'disqualify', { leadId: 'l9', disqualifyReason: 'Spam' }),
  reportLead({ leadId: 'l10', ownerRepId: 'cy', fallback: 'rep', assignedAt: 6000 }),
].map((row) =>
  row.terminal.kind === 'disqualify' ? { ...row, status: 'disqualified', ...unassigned } : row,
);
const converted = { l1: 1000, l3: 500, l10: null } as Record<string, number | null>;
for (const row of rows) {
  if (row.leadId in converted) {
    Object.assign(row, { status: 'converted', convertedAt: 30000, value: converted[row.leadId] });
  }
}
const l3 = rows[2] as ReportLead;
Object.assign(l3, { reassignCount: 1, slaBreaches: 1 });

describe('summarizeLeads', () => {
  const summary = summarizeLeads(rows, { repIds: ['ana', 'ben', 'cy', 'dan'] });

  it('counts the funnel', () => {
    expect(summary).toMatchObject({
      leads: 10,
      qualified: 7,
      disqualified: 3,
      disqualifiedByReason: [
        { reason: 'Student e-mail', leads: 2 },
        { reason: 'Spam', leads: 1 },
      ],
      assigned: 5,
      pooled: 2,
      fallenBack: 2,
      accepted: 2,
      contacted: 2,
      converted: 3,
      revenue: 1500,
      revenuePerLead: 150,
      slaBreaches: 2,
      leadsWithSlaBreach: 2,
      reassignments: 1,
      leadsReassigned: 1,
    });
  });

  it('gives median and p90 (type 7) of time to assign and to first touch', () => {
    // Assign: 1000, 2000, 3000, 4000, 6000 → median 3000; p90 at position 3.6 → 4000 + 0.6·2000.
    expect(summary.timeToAssign).toEqual({ count: 5, median: 3000, p90: 5200 });
    // Touch: 5000, 11000 → median 8000; p90 = 5000 + 0.9·6000.
    expect(summary.timeToFirstTouch).toEqual({ count: 2, median: 8000, p90: 10400 });
  });

  // 3 of 10: Wilson 95 % [0.1078, 0.6032], by the formula wilson.test.ts checks against Newcombe.
  it('gives conversion with its Wilson interval over every lead captured', () => {
    expect(summary.conversion.rate).toBe(0.3);
    expect(summary.conversion.low).toBeCloseTo(0.1078, 4);
    expect(summary.conversion.high).toBeCloseTo(0.6032, 4);
  });

  it('counts terminals, nodes and connections', () => {
    expect(summary.terminals).toEqual([
      { terminalId: 'assign_sales', kind: 'assign', leads: 6 },
      { terminalId: 'dq_student', kind: 'disqualify', leads: 2 },
      { terminalId: 'dq_spam', kind: 'disqualify', leads: 1 },
      { terminalId: 'pool_inbound', kind: 'pool', leads: 1 },
    ]);
    expect(summary.nodes[0]).toEqual({ nodeId: 'capture', leads: 10 });
    expect(summary.edges).toEqual([
      { from: 'capture', output: 'next', to: 'assign_sales', leads: 6 },
      { from: 'capture', output: 'next', to: 'dq_student', leads: 2 },
      { from: 'capture', output: 'next', to: 'dq_spam', leads: 1 },
      { from: 'capture', output: 'next', to: 'pool_inbound', leads: 1 },
    ]);
  });

  it('lists every rep, with none for dan, and the fairness of the spread', () => {
    expect(summary.reps).toEqual([
      { repId: 'ana', leads: 2, converted: 1, conversionRate: 0.5, share: 0.4 },
      { repId: 'ben', leads: 2, converted: 1, conversionRate: 0.5, share: 0.4 },
      { repId: 'cy', leads: 1, converted: 1, conversionRate: 1, share: 0.2 },
      { repId: 'dan', leads: 0, converted: 0, conversionRate: null, share: 0 },
    ]);
    // Gini of 0, 1, 2, 2: Σ|xᵢ − xⱼ| = 14 over ordered pairs; 14 / (2 · 4² · 1.25) = 0.35.
    expect(summary.fairness.gini).toBeCloseTo(0.35, 12);
    expect(summary.fairness).toMatchObject({ maxMinShareRatio: null, repsWithoutLeads: 1 });
  });

  it('reports nothing known for no leads', () => {
    expect(summarizeLeads([])).toMatchObject({
      leads: 0,
      conversion: { rate: null, low: 0, high: 1 },
      revenuePerLead: null,
      timeToAssign: { count: 0, median: null, p90: null },
      reps: [],
    });
  });

  it('rejects a lead assigned before it arrived and a negative count', () => {
    const invalid = expect.objectContaining({ code: 'invalid_input' });
    expect(() => summarizeLeads([reportLead({ receivedAt: 5000, assignedAt: 4000 })])).toThrow(
      invalid,
    );
    expect(() => summarizeLeads([reportLead({ slaBreaches: -1 })])).toThrow(invalid);
  });
});

describe('summarizeBy', () => {
  it('attributes a conversion to the version that routed the lead', () => {
    const routedByV1 = reportLead({ leadId: 'a', versionId: 'v1', convertedAt: 10 });
    const routedByV2 = reportLead({ leadId: 'b', versionId: 'v2' });
    const byVersion = summarizeBy([routedByV1, routedByV2], 'versionId');
    expect(byVersion.map(({ key, summary }) => [key, summary.converted])).toEqual([
      ['v1', 1],
      ['v2', 0],
    ]);
  });
});
