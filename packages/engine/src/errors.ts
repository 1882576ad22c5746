import type { Failure } from '@switchyard/logic';

/**
 * Every expected failure the runtime and the API can answer with. The runtime maps each code to
 * an HTTP status and the API to a tRPC code, both with `satisfies Record<ErrorCode, …>`, so a new
 * code does not compile until both boundaries place it.
 */
export const errorCodes = [
  'invalid_input',
  'route_not_found',
  'malformed_body',
  'payload_too_large',
  'payload_too_deep',
  'field_too_large',
  'unsupported_media_type',
  'source_not_found',
  'source_disabled',
  'unauthorized',
  'signature_invalid',
  'timestamp_stale',
  'rate_limited',
  'no_published_flow',
  'flow_not_found',
  'version_not_found',
  'webhook_not_found',
  'member_not_found',
  'api_key_not_found',
  'version_conflict',
  'invalid_flow',
  'lead_not_found',
  'rep_not_found',
  'team_not_found',
  'experiment_not_found',
  'experiment_running',
  'already_claimed',
  'not_in_pool',
  'not_allowed',
  'last_owner',
  'csrf_rejected',
  'already_set_up',
  'invalid_transition',
  'idempotency_conflict',
  'upstream_failed',
  'unavailable',
  'internal',
] as const;

/** A machine-readable failure code, closed set; see `errorCodes`. */
export type ErrorCode = (typeof errorCodes)[number];

/** An expected failure: a code and a sentence a sales manager understands. */
export type AppFailure = Failure<ErrorCode> & { details?: unknown };

/** Builds a failure value. */
export function failure(code: ErrorCode, message: string, details?: unknown): AppFailure {
  return details === undefined ? { code, message } : { code, message, details };
}

/** Thrown at a boundary to carry an expected failure up to the one translator (onError/errorFormatter). */
export class AppError extends Error {
  readonly failure: AppFailure;
  constructor(failure: AppFailure, options?: { cause?: unknown }) {
    super(failure.message, options);
    this.name = 'AppError';
    this.failure = failure;
  }
  get code(): ErrorCode {
    return this.failure.code;
  }
}

/** True for a value that is one of our error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
