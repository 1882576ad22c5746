import { describe, expect, it } from 'vitest';
import { bucketIdentity, bucketOf } from './bucket';

describe('bucketOf', () => {
  // Computed independently with Python's hashlib, so the formula is pinned across languages.
  it.each([
    ['ann@acme.example', 8],
    ['lead_123', 84],
    ['', 10],
    ['bob@example.com', 15],
    ['zoë@müller.de', 68],
  ])('puts %j in bucket %d', (identity, bucket) => {
    expect(bucketOf(identity)).toBe(bucket);
  });

  it('is stable and spreads identities over 0–99', () => {
    const buckets = Array.from({ length: 10_000 }, (_, i) => bucketOf(`lead-${i}@acme.example`));
    expect(buckets.every((b) => Number.isInteger(b) && b >= 0 && b <= 99)).toBe(true);
    expect(new Set(buckets).size).toBe(100);
    expect(bucketOf('lead-7@acme.example')).toBe(buckets[7]);
  });

  it('hashes lone surrogates and huge identities without throwing', () => {
    expect(bucketOf('\ud800')).toBeGreaterThanOrEqual(0);
    expect(bucketOf('x'.repeat(1_000_000))).toBeLessThan(100);
  });
});

describe('bucketIdentity', () => {
  it('is the trimmed, lower-cased e-mail when there is one', () => {
    expect(bucketIdentity(' Ann@Acme.EXAMPLE ', 'lead_1')).toBe('ann@acme.example');
  });

  it('falls back to the lead id without an e-mail', () => {
    expect(bucketIdentity(null, 'lead_1')).toBe('lead_1');
    expect(bucketIdentity('   ', 'lead_1')).toBe('lead_1');
    expect(bucketIdentity(undefined, 'lead_1')).toBe('lead_1');
  });
});
