import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The lead's A/B bucket, 0–99: the first four bytes of SHA-256 of the UTF-8 identity, read as a
 * big-endian unsigned integer, modulo 100. Part of the public contract: any language can
 * reproduce which arm a person lands in.
 */
export function bucketOf(identity: string): number {
  const digest = sha256(utf8ToBytes(identity.trim().toLowerCase()));
  const first =
    ((digest[0] ?? 0) << 24) |
    ((digest[1] ?? 0) << 16) |
    ((digest[2] ?? 0) << 8) |
    (digest[3] ?? 0);
  return (first >>> 0) % 100;
}
