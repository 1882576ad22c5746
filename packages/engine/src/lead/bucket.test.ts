import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { bucketOf } from './bucket';

describe('bucketOf', () => {
  it('is the first four SHA-256 bytes, big-endian, modulo 100', () => {
    const digest = sha256(utf8ToBytes('ana@acme.example'));
    const expected = new DataView(digest.buffer, digest.byteOffset).getUint32(0, false) % 100;
    expect(bucketOf('ana@acme.example')).toBe(expected);
  });

  it('is stable across case and surrounding space', () => {
    expect(bucketOf('  Ana@Acme.EXAMPLE ')).toBe(bucketOf('ana@acme.example'));
  });

  it('spreads identities over 0–99 roughly evenly', () => {
    const counts = new Array(100).fill(0);
    for (let i = 0; i < 20_000; i++) counts[bucketOf(`person${i}@example.com`)]++;
    expect(Math.min(...counts)).toBeGreaterThan(120);
    expect(Math.max(...counts)).toBeLessThan(290);
  });
});
