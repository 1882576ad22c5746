import { describe, expect, it } from 'vitest';
import { groupBy, withinRange } from './group';
import { reportLead } from './test-leads';

const rows = [
  reportLead({ leadId: 'a', versionId: 'v2', arm: 'b', receivedAt: 1000 }),
  reportLead({ leadId: 'b', versionId: 'v1', arm: 'a', receivedAt: 2000 }),
  reportLead({ leadId: 'c', versionId: 'v2', arm: null, receivedAt: 3000 }),
];
const ids = (group: { rows: { leadId: string }[] }) => group.rows.map((row) => row.leadId);

describe('groupBy', () => {
  it('groups by version in order of first appearance', () => {
    const groups = groupBy(rows, 'versionId');
    expect(groups.map((group) => group.key)).toEqual(['v2', 'v1']);
    expect(groups.map(ids)).toEqual([['a', 'c'], ['b']]);
  });

  it('leaves leads outside an experiment out of the arms', () => {
    expect(groupBy(rows, 'arm').map((group) => [group.key, ids(group)])).toEqual([
      ['b', ['a']],
      ['a', ['b']],
    ]);
  });

  it('groups by any function', () => {
    const byParity = groupBy(rows, (row) => (row.receivedAt % 2000 === 0 ? 'even' : 'odd'));
    expect(byParity.map((group) => [group.key, ids(group)])).toEqual([
      ['odd', ['a', 'c']],
      ['even', ['b']],
    ]);
  });
});

describe('withinRange', () => {
  it('keeps leads from `from` up to but not including `to`', () => {
    expect(withinRange(rows, { from: 1000, to: 3000 }).map((row) => row.leadId)).toEqual([
      'a',
      'b',
    ]);
  });

  it('rejects a range that runs backwards', () => {
    expect(() => withinRange(rows, { from: 3000, to: 1000 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});
