import { describe, expect, it } from 'vitest';
import {
  comparisonChoices,
  comparisonFor,
  defaultComparison,
  draftRef,
  historyView,
  refName,
} from './history-params';

const versions = [
  { id: 'v3', version: 3, live: false },
  { id: 'v2', version: 2, live: true },
  { id: 'v1', version: 1, live: false },
];
const params = (query: string) => new URLSearchParams(query);

describe('history page parameters', () => {
  it('shows the live version when none is chosen, or the chosen one', () => {
    expect(historyView(params(''), versions)).toEqual({ tab: 'version', versionId: 'v2' });
    expect(historyView(params('version=v1'), versions)).toEqual({
      tab: 'version',
      versionId: 'v1',
    });
  });

  it('falls back from an unknown version id instead of asking for it', () => {
    expect(historyView(params('version=nope'), versions)).toEqual({
      tab: 'version',
      versionId: 'v2',
    });
    expect(historyView(params(''), [])).toEqual({ tab: 'version', versionId: null });
  });

  it('compares what the address names, filling a missing side with the default', () => {
    expect(historyView(params('tab=compare&from=v1&to=draft'), versions)).toEqual({
      tab: 'compare',
      from: 'v1',
      to: draftRef,
    });
    expect(historyView(params('tab=compare&from=bogus'), versions)).toEqual({
      tab: 'compare',
      from: 'v2',
      to: 'v3',
    });
  });

  it('compares a version with the one before it, the first one with the draft', () => {
    expect(comparisonFor(versions, 'v3')).toEqual({ from: 'v2', to: 'v3' });
    expect(comparisonFor(versions, 'v1')).toEqual({ from: 'v1', to: draftRef });
  });

  it('starts a comparison from the two newest versions, or one against the draft', () => {
    expect(defaultComparison(versions)).toEqual({ from: 'v2', to: 'v3' });
    expect(defaultComparison([versions[2] as (typeof versions)[number]])).toEqual({
      from: 'v1',
      to: draftRef,
    });
    expect(defaultComparison([])).toEqual({ from: null, to: draftRef });
  });

  it('offers the draft and every version, naming the live one', () => {
    expect(comparisonChoices(versions).map((c) => c.label)).toEqual([
      'Current draft',
      'Version 3',
      'Version 2 (live)',
      'Version 1',
    ]);
    expect(refName(versions, 'v1')).toBe('version 1');
    expect(refName(versions, draftRef)).toBe('the current draft');
  });
});
