import { describe, expect, it } from 'vitest';
import { backtestHeadline, backtestMatrix, changeRows, loadRows } from './backtest-tables';

const enterprise = { id: 'ent', label: 'Enterprise AEs' };
const smb = { id: 'smb', label: 'SMB pool' };
const drop = { id: 'drop', label: 'Not a fit' };

describe('backtestMatrix', () => {
  it('lays the cells out as live rows × draft columns, missing cells 0', () => {
    const matrix = backtestMatrix({
      matrix: [
        { from: enterprise, to: enterprise, count: 30 },
        { from: smb, to: smb, count: 12 },
        { from: smb, to: enterprise, count: 5 },
        { from: drop, to: drop, count: 2 },
      ],
    });
    expect(matrix.columns.map((c) => c.label)).toEqual(['Enterprise AEs', 'SMB pool', 'Not a fit']);
    expect(matrix.rows).toEqual([
      { id: 'ent', label: 'Enterprise AEs', counts: [30, 0, 0], total: 30 },
      { id: 'smb', label: 'SMB pool', counts: [5, 12, 0], total: 17 },
      { id: 'drop', label: 'Not a fit', counts: [0, 0, 2], total: 2 },
    ]);
  });

  it('names the row of leads without a live destination', () => {
    const matrix = backtestMatrix({ matrix: [{ from: null, to: smb, count: 4 }] });
    expect(matrix.rows).toEqual([{ id: null, label: 'No live version', counts: [4], total: 4 }]);
  });

  it('is empty without leads', () => {
    expect(backtestMatrix({ matrix: [] })).toEqual({ rows: [], columns: [] });
  });
});

describe('loadRows', () => {
  it('words each rep’s change with its sign', () => {
    const rows = loadRows({
      reps: [
        { repId: 'r1', name: 'Marcus Reed', live: 10, draft: 14, change: 4 },
        { repId: 'r2', name: 'Ana Ruiz', live: 8, draft: 5, change: -3 },
        { repId: 'r3', name: 'Li Wei', live: 2, draft: 2, change: 0 },
      ],
    });
    expect(rows.map((r) => [r.name, r.before, r.after, r.change])).toEqual([
      ['Marcus Reed', 10, 14, '+4'],
      ['Ana Ruiz', 8, 5, '−3'],
      ['Li Wei', 2, 2, '0'],
    ]);
  });
});

describe('changeRows', () => {
  it('names the reps on each side and keeps the API’s masked e-mail', () => {
    const rows = changeRows({
      reps: [{ repId: 'r1', name: 'Marcus Reed', live: 0, draft: 1, change: 1 }],
      changes: [
        {
          leadId: 'lead_1',
          receivedAt: '2026-11-20T09:00:00.000Z',
          email: 'a•••@acme.example',
          from: smb,
          to: enterprise,
          fromRepId: null,
          toRepId: 'r1',
          trace: { steps: [] },
        },
        {
          leadId: 'lead_2',
          receivedAt: '2026-11-20T10:00:00.000Z',
          email: null,
          from: enterprise,
          to: drop,
          fromRepId: 'r9',
          toRepId: null,
          trace: { steps: [] },
        },
      ] as never,
    });
    expect(rows.map((r) => [r.who, r.from, r.to])).toEqual([
      ['a•••@acme.example', 'SMB pool', 'Enterprise AEs (Marcus Reed)'],
      ['lead_2', 'Enterprise AEs (r9)', 'Not a fit'],
    ]);
  });
});

describe('backtestHeadline', () => {
  it('says how many leads were replayed and how many change', () => {
    expect(backtestHeadline({ total: 40, compared: 40, changed: 1 })).toBe(
      '40 leads replayed: 1 lead would change destination.',
    );
  });

  it('says when only some leads had a live destination', () => {
    expect(backtestHeadline({ total: 40, compared: 30, changed: 3 })).toBe(
      '40 leads replayed: 3 leads would change destination (of 30 leads with a live route).',
    );
  });

  it('says when there was nothing to replay or compare', () => {
    expect(backtestHeadline({ total: 0, compared: 0, changed: 0 })).toMatch(/^No leads/);
    expect(backtestHeadline({ total: 5, compared: 0, changed: 0 })).toMatch(/none had a live/);
  });
});
