import { type ReportLead, summarizeLeads, toCsv } from '@switchyard/reporting';
import { describe, expect, it } from 'vitest';
import { type FlowReport, funnelTable, repTable, timingTable, versionTable } from './report-tables';

const minute = 60_000;
const lead = (id: string, extra: Partial<ReportLead>): ReportLead => ({
  leadId: id,
  receivedAt: 0,
  versionId: 'v1',
  arm: null,
  status: 'assigned',
  terminal: { id: 'reps', kind: 'assign' },
  disqualifyReason: null,
  fallback: null,
  assignedAt: minute,
  acceptedAt: null,
  firstTouchAt: null,
  convertedAt: null,
  value: null,
  ownerRepId: 'r1',
  path: [],
  slaBreaches: 0,
  reassignCount: 0,
  ...extra,
});

const summary = summarizeLeads([
  lead('a', {
    status: 'converted',
    firstTouchAt: 10 * minute,
    convertedAt: 20 * minute,
    value: 900,
  }),
  lead('b', { ownerRepId: 'r2', firstTouchAt: 30 * minute }),
  lead('c', {
    status: 'disqualified',
    terminal: { id: 'drop', kind: 'disqualify' },
    disqualifyReason: 'student',
    assignedAt: null,
    ownerRepId: null,
  }),
  lead('d', { ownerRepId: 'r2' }),
]);

const report = {
  versions: [{ versionId: 'v1', version: 3, note: 'fewer steps', publishedAt: '', summary }],
} as unknown as FlowReport;

describe('report tables', () => {
  it('turns a version into one row of readable numbers', () => {
    expect(versionTable(report).rows).toEqual([
      {
        version: 3,
        note: 'fewer steps',
        leads: 4,
        converted: 1,
        rate: 25,
        low: expect.any(Number),
        high: expect.any(Number),
        revenuePerLead: 225,
      },
    ]);
    expect(timingTable(report).rows).toEqual([
      { version: 3, assignMedian: 1, assignP90: 1, touched: 2, touchMedian: 20, touchP90: 28 },
    ]);
  });

  it('gives the funnel as counts and shares of captured', () => {
    expect(funnelTable(summary).rows).toEqual([
      { stage: 'Captured', leads: 4, ofCaptured: 100 },
      { stage: 'Qualified', leads: 3, ofCaptured: 75 },
      { stage: 'Assigned', leads: 3, ofCaptured: 75 },
      { stage: 'Accepted', leads: 0, ofCaptured: 0 },
      { stage: 'Contacted', leads: 2, ofCaptured: 50 },
      { stage: 'Converted', leads: 1, ofCaptured: 25 },
    ]);
  });

  it('names reps and exports exactly what it shows', () => {
    const table = repTable(summary, { r1: 'Ana', r2: 'Ben' });
    // Most leads first.
    expect(table.rows).toEqual([
      { rep: 'Ben', leads: 2, share: 66.7, converted: 0, rate: 0 },
      { rep: 'Ana', leads: 1, share: 33.3, converted: 1, rate: 100 },
    ]);
    expect(toCsv(table).split('\r\n')).toEqual([
      'Rep,Leads,Share %,Converted,Conversion %',
      'Ben,2,66.7,0,0',
      'Ana,1,33.3,1,100',
    ]);
  });
});
