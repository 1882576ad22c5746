import { createHmac, hash, timingSafeEqual } from 'node:crypto';
import { type AppFailure, failure } from '@switchyard/engine';
import { err, ok, type Result } from '@switchyard/logic';

/** HMAC-SHA256 of a message (string or bytes) under a key, as raw bytes. */
export function hmac(key: string | Uint8Array, ...parts: Array<string | Uint8Array>): Buffer {
  const mac = createHmac('sha256', key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}

/** Constant-time comparison of two strings (false on different lengths). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** sha256 hex, the stored form of API keys (one-shot `hash`: a third of `createHash`'s cost). */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The outcome of a signature check, in the provider's name. */
export function checkSignature(label: string, matches: boolean): Result<void, AppFailure> {
  return matches
    ? ok(undefined)
    : err(failure('signature_invalid', `The ${label} signature does not match this request body.`));
}

/** A signed source whose secret is missing is a set-up problem, not the sender's. */
export function needSecret(label: string, secret: string | null): Result<string, AppFailure> {
  return secret
    ? ok(secret)
    : err(
        failure(
          'unauthorized',
          `This ${label} source has no signing secret; add it in the source settings.`,
        ),
      );
}

/** Rejects a timestamp outside the replay window (both ways). */
export function checkTimestamp(
  label: string,
  sentAtMs: number,
  now: Date,
  windowMs = 300_000,
): Result<void, AppFailure> {
  if (!Number.isFinite(sentAtMs)) {
    return err(failure('timestamp_stale', `The ${label} delivery has no valid timestamp.`));
  }
  if (Math.abs(now.getTime() - sentAtMs) > windowMs) {
    return err(
      failure(
        'timestamp_stale',
        `The ${label} delivery is more than five minutes old or ahead; it may be a replay.`,
      ),
    );
  }
  return ok(undefined);
}
