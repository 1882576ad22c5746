import { describe, expect, it } from 'vitest';
import { rawHeaderReader } from './request-headers';

// The reader must answer exactly as WHATWG `Headers` built from the same raw list would.
function asHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

describe('rawHeaderReader', () => {
  const raw = [
    'Host',
    '127.0.0.1:8787',
    'Content-Type',
    'application/json',
    'Authorization',
    'Bearer sk_first',
    'webhook-signature',
    'v1,abc',
    'WEBHOOK-SIGNATURE',
    'v1,def',
    'authorization',
    'Bearer sk_second',
    'X-Empty',
    '',
  ];
  const reader = rawHeaderReader(raw);
  const reference = asHeaders(raw);

  it.each([
    'content-type',
    'CONTENT-TYPE',
    'authorization',
    'Webhook-Signature',
    'x-empty',
    'idempotency-key',
    'host',
  ])('reads %s as Headers does', (name) => {
    expect(reader.get(name)).toBe(reference.get(name));
  });

  it('joins repeated headers in the order received, whatever their case', () => {
    expect(reader.get('webhook-signature')).toBe('v1,abc, v1,def');
    expect(reader.get('authorization')).toBe('Bearer sk_first, Bearer sk_second');
  });

  it('answers null for a header that is absent, and for an empty or odd list', () => {
    expect(reader.get('x-missing')).toBeNull();
    expect(rawHeaderReader([]).get('host')).toBeNull();
    expect(rawHeaderReader(['Host']).get('host')).toBeNull();
  });
});
