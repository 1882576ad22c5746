import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The lead's stable A/B bucket, 0–99: the first four bytes of SHA-256 over the UTF-8 identity,
 * read as a big-endian unsigned 32-bit integer, modulo 100. A public contract: any language can
 * reproduce it (Python: `int.from_bytes(sha256(s.encode()).digest()[:4], 'big') % 100`).
 */
export function bucketOf(identity: string): number {
  const digest = sha256(utf8ToBytes(identity));
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = digest;
  // Multiplying instead of shifting keeps the top byte unsigned.
  return (b0 * 0x1000000 + b1 * 0x10000 + b2 * 0x100 + b3) % 100;
}

/** The identity a lead is bucketed by: its lower-cased, trimmed e-mail if it has one, else its id. */
export function bucketIdentity(email: string | null | undefined, leadId: string): string {
  const normalized = email?.trim().toLowerCase();
  return normalized ? normalized : leadId;
}
