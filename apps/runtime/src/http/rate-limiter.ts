/** Admits at most `perMinute` requests per key per rolling minute (token bucket, in memory). */
export type RateLimiter = {
  take(
    key: string,
    perMinute: number,
    now: Date,
  ): { ok: true } | { ok: false; retryAfterSeconds: number };
};

/**
 * Per process: with N runtime processes a source may get up to N times its rate. A shared limiter
 * would cost a database write per request, which the ingest path cannot afford.
 */
export function createRateLimiter(): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, perMinute, now) {
      const at = now.getTime();
      const bucket = buckets.get(key) ?? { tokens: perMinute, at };
      const refilled = Math.min(perMinute, bucket.tokens + ((at - bucket.at) * perMinute) / 60_000);
      if (refilled < 1) {
        buckets.set(key, { tokens: refilled, at });
        return { ok: false, retryAfterSeconds: Math.ceil(((1 - refilled) * 60) / perMinute) };
      }
      buckets.set(key, { tokens: refilled - 1, at });
      return { ok: true };
    },
  };
}
