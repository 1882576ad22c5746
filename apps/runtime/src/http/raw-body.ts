import type { IncomingMessage } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { failure } from '@switchyard/engine';
import type { Context } from 'hono';
import { fail } from './errors';
import { requestHeaders } from './request-headers';

/**
 * The request body as bytes, refused with `payload_too_large` past `maxBytes`.
 *
 * Read from Node's IncomingMessage when the app runs on @hono/node-server: going through
 * `c.req.arrayBuffer()` builds a WHATWG Request, a ReadableStream and an AbortController per
 * request, which was ~8 % of the ingest path's CPU. Elsewhere (tests calling `app.request`) the
 * standard body is read.
 */
export async function readRawBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
  const declared = Number(requestHeaders(c).get('content-length') ?? Number.NaN);
  const body =
    declared > maxBytes
      ? null
      : incoming
        ? await readIncoming(incoming, maxBytes)
        : new Uint8Array(await c.req.arrayBuffer());
  if (body === null || body.byteLength > maxBytes) tooLarge(maxBytes);
  return body;
}

async function readIncoming(incoming: IncomingMessage, maxBytes: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): never {
  fail(payloadTooLarge(maxBytes, 'Send one lead at a time.'));
}

/** The refusal of a body over the limit, the same on every route. */
export function payloadTooLarge(maxBytes: number, hint = '') {
  const size =
    maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MiB` : `${maxBytes / 1024} KiB`;
  return failure('payload_too_large', `The body is over ${size}.${hint ? ` ${hint}` : ''}`);
}
