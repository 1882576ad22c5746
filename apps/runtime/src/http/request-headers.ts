import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/** What ingest reads of a request's headers: a value by case-insensitive name. */
export type HeaderReader = Pick<Headers, 'get'>;

/**
 * The request's headers for reading, straight from Node's raw header list when the app runs on
 * @hono/node-server; elsewhere (tests calling `app.request`) the standard `Headers`.
 *
 * Why: `c.req.raw.headers` builds a WHATWG `Headers` per request, every name and value checked
 * by undici's WebIDL layer — ≈ 8 % of the memory the ingest path allocates and ≈ 3 % of its CPU
 * (sampling heap profile and CPU profile of `pnpm bench:ingest`), for the two to four headers a
 * provider reads.
 */
export function requestHeaders(c: Context): HeaderReader {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  return incoming ? rawHeaderReader(incoming.rawHeaders) : c.req.raw.headers;
}

/**
 * `Headers.get` over Node's `rawHeaders` (`[name, value, name, value, …]` as received): names
 * match case-insensitively and repeated headers join with ", " as `Headers` joins them — so a
 * request with two `Authorization` headers reads the same as through `Headers`, not as Node's
 * `incoming.headers`, which keeps only the first.
 */
export function rawHeaderReader(rawHeaders: readonly string[]): HeaderReader {
  return {
    get(name) {
      const wanted = name.toLowerCase();
      let value: string | null = null;
      for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
        const candidate = rawHeaders[i] as string;
        if (candidate.length !== wanted.length || candidate.toLowerCase() !== wanted) continue;
        const next = rawHeaders[i + 1] as string;
        value = value === null ? next : `${value}, ${next}`;
      }
      return value;
    },
  };
}
