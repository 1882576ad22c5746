import { AppError, type AppFailure, type ErrorCode } from '@switchyard/engine';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The HTTP status of each error code. A transient failure is 5xx or 429, never 404 or 410. */
export const httpStatuses = {
  invalid_input: 400,
  route_not_found: 404,
  malformed_body: 400,
  payload_too_large: 413,
  payload_too_deep: 400,
  field_too_large: 400,
  unsupported_media_type: 415,
  source_not_found: 404,
  source_disabled: 403,
  unauthorized: 401,
  signature_invalid: 401,
  timestamp_stale: 401,
  rate_limited: 429,
  no_published_flow: 503,
  flow_not_found: 404,
  version_not_found: 404,
  webhook_not_found: 404,
  member_not_found: 404,
  api_key_not_found: 404,
  version_conflict: 409,
  invalid_flow: 422,
  lead_not_found: 404,
  rep_not_found: 404,
  team_not_found: 404,
  experiment_not_found: 404,
  experiment_running: 409,
  already_claimed: 409,
  not_in_pool: 409,
  not_allowed: 403,
  last_owner: 409,
  csrf_rejected: 403,
  already_set_up: 409,
  invalid_transition: 409,
  idempotency_conflict: 409,
  upstream_failed: 502,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** The one JSON shape of every REST error: `{ error: { code, message } }`. */
export function errorBody(failure: AppFailure) {
  const error: Record<string, unknown> = { code: failure.code, message: failure.message };
  if (failure.details !== undefined) error.details = failure.details;
  return { error };
}

/** Answers a failure with its status and JSON body. */
export function failWith(c: Context, failure: AppFailure, headers?: Record<string, string>) {
  return c.json(errorBody(failure), httpStatuses[failure.code], headers);
}

/** Throws an expected failure to the app's onError. */
export function fail(failure: AppFailure): never {
  throw new AppError(failure);
}
