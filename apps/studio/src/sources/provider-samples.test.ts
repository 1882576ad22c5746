import { describe, expect, it } from 'vitest';
import { parseSample, providerInfo, providerTypes, sampleText } from './provider-samples';

describe('provider samples', () => {
  it('has a JSON object sample and a label for every source type', () => {
    for (const type of providerTypes) {
      const parsed = parseSample(sampleText(type));
      expect(parsed.ok, type).toBe(true);
      expect(typeof (parsed.ok && parsed.value), type).toBe('object');
      expect(providerInfo[type].label).not.toBe('');
    }
    expect(sampleText('fax')).toBe('{}');
  });

  it('says why an edited sample is not JSON', () => {
    const parsed = parseSample('{ "email": ');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/^The sample is not valid JSON: /);
  });
});
