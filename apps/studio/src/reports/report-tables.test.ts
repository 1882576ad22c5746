import { type ReportLead, summarizeLeads, toCsv } from '@switchyard/reporting';
import { describe, expect, it } from 'vitest';
import {
  type FlowReport,
  funnelTable,
  repTable,
  timingTable,
  touchDistributionShares,
  touchDistributionTable,
  versionTable,
} from './report-tables';

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

describe('time-to-touch distribution', () => {
  const hour = 60 * minute;
  const touched = (id: string, versionId: string, afterMs: number | null) =>
    lead(id, { versionId, firstTouchAt: afterMs });
  // Version 3: five touched leads (one at exactly 5 min, the start of its bin), one untouched.
  const v3 = [
    touched('a', 'v3', 2 * minute),
    touched('b', 'v3', 3 * minute),
    touched('c', 'v3', 5 * minute),
    touched('d', 'v3', 90 * minute),
    touched('e', 'v3', 2 * 24 * hour),
    touched('f', 'v3', null),
  ];
  // Version 2: three touched leads, so the shares round to a tenth of a point.
  const v2 = [
    touched('g', 'v2', 4 * minute),
    touched('h', 'v2', 20 * minute),
    touched('i', 'v2', 25 * minute),
  ];
  const version = (versionId: string, n: number, rows: ReportLead[]) => ({
    versionId,
    version: n,
    note: '',
    publishedAt: '',
    summary: summarizeLeads(rows),
  });
  const distribution = {
    overall: summarizeLeads([...v3, ...v2]),
    versions: [version('v3', 3, v3), version('v2', 2, v2)],
    comparison: { versionA: 'v3', versionB: 'v2' },
    experiments: [
      {
        name: 'Shorter form',
        arms: [
          { key: 'a', summary: summarizeLeads(v2) },
          { key: 'b', summary: summarizeLeads([touched('j', 'v3', 10 * hour)]) },
        ],
      },
    ],
  } as unknown as FlowReport;
  const bins = [
    'Under 5 min',
    '5–15 min',
    '15–30 min',
    '30–60 min',
    '1–2 h',
    '2–4 h',
    '4–8 h',
    '8–24 h',
    '1 day or more',
  ];

  it('counts touched leads per bin for every version and experiment arm', () => {
    const table = touchDistributionTable(distribution);
    expect(table.columns).toEqual([
      { key: 'bin', label: 'Time to first touch' },
      { key: 'v3', label: 'Version 3 (leads)' },
      { key: 'v2', label: 'Version 2 (leads)' },
      { key: 'e0a', label: 'Shorter form: arm A (leads)' },
      { key: 'e0b', label: 'Shorter form: arm B (leads)' },
    ]);
    const counts = [
      [2, 1, 1, 0],
      [1, 0, 0, 0],
      [0, 2, 2, 0],
      [0, 0, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [1, 0, 0, 0],
    ];
    expect(table.rows).toEqual(
      bins.map((bin, i) => {
        const [v3Leads, v2Leads, armA, armB] = counts[i] as number[];
        return { bin, v3: v3Leads, v2: v2Leads, e0a: armA, e0b: armB };
      }),
    );
    expect(toCsv(table).split('\r\n').slice(0, 3)).toEqual([
      'Time to first touch,Version 3 (leads),Version 2 (leads),Shorter form: arm A (leads),Shorter form: arm B (leads)',
      'Under 5 min,2,1,1,0',
      '5–15 min,1,0,0,0',
    ]);
  });

  it('gives each compared version its touched leads as percentages, A then B', () => {
    const shares = touchDistributionShares({
      ...distribution,
      comparison: { versionA: 'v2', versionB: 'v3' },
    } as FlowReport);
    expect(shares.series).toEqual([
      { key: 'v2', name: 'Version 2' },
      { key: 'v3', name: 'Version 3' },
    ]);
    expect(shares.data).toEqual([
      { bin: 'Under 5 min', v2: 33.3, v3: 40 },
      { bin: '5–15 min', v2: 0, v3: 20 },
      { bin: '15–30 min', v2: 66.7, v3: 0 },
      { bin: '30–60 min', v2: 0, v3: 0 },
      { bin: '1–2 h', v2: 0, v3: 20 },
      { bin: '2–4 h', v2: 0, v3: 0 },
      { bin: '4–8 h', v2: 0, v3: 0 },
      { bin: '8–24 h', v2: 0, v3: 0 },
      { bin: '1 day or more', v2: 0, v3: 20 },
    ]);
  });

  it('shows a version whose leads were never touched as 0 %, not as a division by zero', () => {
    const untouched = [touched('k', 'v4', null), touched('l', 'v4', null)];
    const shares = touchDistributionShares({
      ...distribution,
      overall: summarizeLeads(untouched),
      versions: [version('v4', 4, untouched)],
      comparison: null,
      experiments: [],
    } as unknown as FlowReport);
    expect(shares.series).toEqual([{ key: 'v4', name: 'Version 4' }]);
    expect(shares.data).toEqual(bins.map((bin) => ({ bin, v4: 0 })));
    expect(touchDistributionTable({ ...distribution, versions: [], experiments: [] }).rows).toEqual(
      bins.map((bin) => ({ bin })),
    );
  });
});
