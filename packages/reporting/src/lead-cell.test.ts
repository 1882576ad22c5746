import { describe, expect, it } from 'vitest';
import { type LeadCell, leadCells } from './lead-cell';
import type { ReportLead } from './report-lead';
import { summarizeCells, summarizeLeads } from './summarize';
import { reportLead } from './test-leads';

const minute = 60_000;
const toPool = [
  { nodeId: 'capture', output: 'next' },
  { nodeId: 'pool_inbound', output: null },
];
const toDrop = [
  { nodeId: 'capture', output: 'next' },
  { nodeId: 'dq_spam', output: null },
];

// Two versions, an experiment's two arms, every outcome, SLA breaches and reassignments.
const rows: ReportLead[] = [
  reportLead({ leadId: 'a1', assignedAt: 0, acceptedAt: minute, firstTouchAt: 16 * minute }),
  reportLead({ leadId: 'a2', receivedAt: minute, assignedAt: minute, firstTouchAt: 16 * minute }),
  reportLead({
    leadId: 'a3',
    receivedAt: 2 * minute,
    assignedAt: 2 * minute,
    firstTouchAt: 26 * minute,
    slaBreaches: 2,
  }),
  reportLead({ leadId: 'a4', ownerRepId: 'ben', reassignCount: 2, slaBreaches: 1 }),
  reportLead({ leadId: 'a5', ownerRepId: 'ben', convertedAt: 90 * minute, value: 1000 }),
  reportLead({ leadId: 'a6', ownerRepId: 'ben', convertedAt: 90 * minute, value: 500 }),
  reportLead({
    ...{ leadId: 'p1', terminal: { id: 'pool_inbound', kind: 'pool' }, path: toPool },
    ...{ status: 'pooled', assignedAt: null, ownerRepId: null },
  }),
  reportLead({ leadId: 'f1', fallback: 'rep', ownerRepId: 'cy', firstTouchAt: 3 * 60 * minute }),
  reportLead({
    ...{ leadId: 'd1', terminal: { id: 'dq_spam', kind: 'disqualify' }, path: toDrop },
    ...{ status: 'disqualified', disqualifyReason: 'Spam', assignedAt: null, ownerRepId: null },
  }),
  reportLead({ leadId: 'v2a', versionId: 'v2', experimentId: 'exp', arm: 'b' }),
  reportLead({ leadId: 'v2b', versionId: 'v2', experimentId: 'exp', arm: 'b', convertedAt: 5 }),
  reportLead({ leadId: 'v1x', experimentId: 'exp', arm: 'a', firstTouchAt: 2 * 24 * 60 * minute }),
];

/** What the database's GROUP BY does: cells with the same dimensions merged into one. */
function merged(cells: readonly LeadCell[]): LeadCell[] {
  const byKey = new Map<string, LeadCell>();
  for (const cell of cells) {
    const { leads, accepted, converted, revenue, slaBreaches, leadsWithSlaBreach } = cell;
    const key =
      JSON.stringify([cell.versionId, cell.experimentId, cell.arm, cell.terminal]) +
      JSON.stringify([cell.disqualifyReason, cell.fallback, cell.ownerRepId, cell.path]);
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, {
        ...cell,
        toAssign: Array.from(cell.toAssign),
        toFirstTouch: Array.from(cell.toFirstTouch),
      });
      continue;
    }
    Object.assign(into, {
      leads: into.leads + leads,
      accepted: into.accepted + accepted,
      converted: into.converted + converted,
      revenue: into.revenue + revenue,
      slaBreaches: into.slaBreaches + slaBreaches,
      leadsWithSlaBreach: into.leadsWithSlaBreach + leadsWithSlaBreach,
      reassignments: into.reassignments + cell.reassignments,
      leadsReassigned: into.leadsReassigned + cell.leadsReassigned,
      toAssign: [...Array.from(into.toAssign), ...Array.from(cell.toAssign)],
      toFirstTouch: [...Array.from(into.toFirstTouch), ...Array.from(cell.toFirstTouch)],
    });
  }
  return [...byKey.values()];
}

describe('summarizeCells', () => {
  const repIds = ['ana', 'ben', 'cy', 'dan'];

  it('gives, over merged cells, every number summarizeLeads gives row by row', () => {
    const cells = merged(leadCells(rows));
    expect(cells.length).toBeLessThan(rows.length);
    expect(summarizeCells(cells, { repIds })).toEqual(summarizeLeads(rows, { repIds }));
  });

  it('keeps median and p90 exact and bins the time to first touch', () => {
    const summary = summarizeCells(merged(leadCells(rows)));
    // Touched after 16, 15, 24 min, 3 h and 2 days: p90 at position 3.6, 180 + 0.6 · 2700 min.
    expect(summary.timeToFirstTouch).toMatchObject({ count: 5, median: 24 * minute });
    expect(summary.timeToFirstTouch.p90).toBeCloseTo(1800 * minute, 6);
    expect(summary.timeToFirstTouchHistogram.map((bin) => bin.leads)).toEqual([
      0, 0, 3, 0, 0, 1, 0, 0, 1,
    ]);
  });

  it('weighs a cell by its leads: three leads in one cell count as three rows', () => {
    const [one] = leadCells([reportLead({ convertedAt: 10, value: 100, slaBreaches: 1 })]);
    const three = { ...(one as LeadCell), leads: 3, converted: 3, revenue: 300, slaBreaches: 3 };
    const summary = summarizeCells([{ ...three, leadsWithSlaBreach: 3, toAssign: [0, 0, 0] }]);
    expect(summary).toMatchObject({ leads: 3, converted: 3, revenue: 300, assigned: 3 });
    expect(summary.nodes).toEqual([
      { nodeId: 'assign_sales', leads: 3 },
      { nodeId: 'capture', leads: 3 },
    ]);
    expect(summary.reps[0]).toMatchObject({ repId: 'ana', leads: 3, converted: 3 });
  });

  it('rejects a cell converting more leads than it has, and a negative duration', () => {
    const [one] = leadCells([reportLead()]);
    const invalid = expect.objectContaining({ code: 'invalid_input' });
    expect(() => summarizeCells([{ ...(one as LeadCell), converted: 2 }])).toThrow(invalid);
    expect(() => summarizeCells([{ ...(one as LeadCell), toAssign: [-5] }])).toThrow(invalid);
  });
});
