import { randomFillSync } from 'node:crypto';

/** Makes ids and secrets; randomness comes in so tests can seed it. */
export type IdSource = {
  /** A time-ordered id such as `lead_01jd3k9x…`: sortable by creation, unguessable. */
  id(prefix: string): string;
  /** A secret to show once, e.g. `sk_…` (24 random bytes, base64url). */
  secret(prefix: string): string;
};

const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** An id source over a clock and a random byte source. */
export function createIdSource(options: {
  now: () => Date;
  randomBytes?: (size: number) => Uint8Array;
}): IdSource {
  const random = options.randomBytes ?? pooledRandomBytes();
  return {
    id(prefix) {
      let time = options.now().getTime();
      let head = '';
      for (let i = 0; i < 10; i++) {
        head = alphabet[time % 32] + head;
        time = Math.floor(time / 32);
      }
      let tail = '';
      for (const byte of random(16)) tail += alphabet[byte % 32];
      return `${prefix}_${head}${tail}`;
    },
    secret(prefix) {
      return `${prefix}_${Buffer.from(random(24)).toString('base64url')}`;
    },
  };
}

// A routed lead takes four ids; one system call per id was 4 % of the runtime's CPU under load,
// so random bytes are drawn 4 KiB at a time. Bytes are copied out and never handed out twice.
function pooledRandomBytes(): (size: number) => Uint8Array {
  const pool = new Uint8Array(4096);
  let offset = pool.length;
  return (size) => {
    if (size > pool.length) return randomFillSync(new Uint8Array(size));
    if (offset + size > pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const bytes = pool.slice(offset, offset + size);
    offset += size;
    return bytes;
  };
}
