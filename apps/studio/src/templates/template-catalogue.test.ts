import { describe, expect, it } from 'vitest';
import { samplesOf, templateCatalogue } from './template-catalogue';

describe('templateCatalogue', () => {
  it('bundles every template of the repository, by name', () => {
    const entries = templateCatalogue();
    expect(entries.map((entry) => entry.id)).toContain('round-robin');
    expect(entries.length).toBeGreaterThanOrEqual(11);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('reads a template’s card facts from its file', () => {
    const roundRobin = templateCatalogue().find((entry) => entry.id === 'round-robin');
    expect(roundRobin).toMatchObject({
      name: 'Round robin',
      nodeCount: 5,
      teams: [{ key: 'sales', label: 'Sales reps' }],
      repPlaceholders: [],
      strategies: ['Round robin', 'Blind pool'],
      sampleCount: samplesOf('round-robin').length,
    });
    expect(roundRobin?.steps.map((step) => step.id)).toEqual([
      'start',
      'screen',
      'reps',
      'drop',
      'waiting',
    ]);
    expect(roundRobin?.document.format).toBe('switchyard.flow/1');
  });

  it('finds the rep placeholders a template names', () => {
    const territory = templateCatalogue().find((entry) => entry.id === 'territory');
    expect(territory?.repPlaceholders).toContain('rep_dach');
  });
});

describe('samplesOf', () => {
  it('gives the sample leads of a template with where each must end', () => {
    const samples = samplesOf('blind-pool');
    expect(samples.length).toBeGreaterThan(0);
    expect(samples[0]).toMatchObject({
      name: expect.any(String),
      lead: expect.objectContaining({ email: expect.any(String) }),
      expect: { terminal: expect.any(String) },
    });
  });

  it('gives none for a template it does not have', () => {
    expect(samplesOf('no-such-template')).toEqual([]);
  });
});
