import { describe, expect, it } from 'vitest';
import { armsOfSplit, initialSplit, splitProblem } from './experiment-split';

const form = { name: '', versionA: 'v1', versionB: 'v2', shareA: 50 };

describe('armsOfSplit', () => {
  it('gives version B what version A leaves, so the weights sum to 100', () => {
    expect(armsOfSplit({ ...form, shareA: 70 })).toEqual([
      { versionId: 'v1', weight: 70 },
      { versionId: 'v2', weight: 30 },
    ]);
  });
});

describe('splitProblem', () => {
  it('accepts two versions split 50/50', () => {
    expect(splitProblem(form)).toBeNull();
  });

  it('asks for two versions before anything else', () => {
    expect(splitProblem({ ...form, versionB: null })).toBe(
      'Choose two published versions to compare.',
    );
  });

  it('refuses the same version on both arms', () => {
    expect(splitProblem({ ...form, versionB: 'v1' })).toBe(
      'Choose a different version for every arm.',
    );
  });

  it('refuses a share that is not a whole percent between 1 and 99', () => {
    expect(splitProblem({ ...form, shareA: 100 })).toMatch(/whole share between 1 and 99/);
    expect(splitProblem({ ...form, shareA: 0 })).toMatch(/whole share between 1 and 99/);
    expect(splitProblem({ ...form, shareA: 33.5 })).toMatch(/whole share between 1 and 99/);
  });
});

describe('initialSplit', () => {
  it('puts the live version first and the newest other version second', () => {
    const versions = [
      { id: 'v3', live: false },
      { id: 'v2', live: true },
      { id: 'v1', live: false },
    ];
    expect(initialSplit(versions)).toEqual({
      name: '',
      versionA: 'v2',
      versionB: 'v3',
      shareA: 50,
    });
  });

  it('leaves B empty when the flow has one version', () => {
    expect(initialSplit([{ id: 'v1', live: true }]).versionB).toBeNull();
  });
});
