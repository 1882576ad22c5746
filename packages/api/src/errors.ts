import { AppError, type AppFailure, type ErrorCode, failure } from '@switchyard/engine';
import { type TRPC_ERROR_CODE_KEY, type TRPCDefaultErrorShape, TRPCError } from '@trpc/server';

/**
 * The one code table of this boundary: each of our codes as a tRPC code. `satisfies` makes a new
 * `ErrorCode` a compile error here until it is placed.
 */
export const trpcCodes = {
  invalid_input: 'BAD_REQUEST',
  route_not_found: 'NOT_FOUND',
  malformed_body: 'BAD_REQUEST',
  payload_too_large: 'PAYLOAD_TOO_LARGE',
  payload_too_deep: 'BAD_REQUEST',
  field_too_large: 'BAD_REQUEST',
  unsupported_media_type: 'UNSUPPORTED_MEDIA_TYPE',
  source_not_found: 'NOT_FOUND',
  source_disabled: 'FORBIDDEN',
  unauthorized: 'UNAUTHORIZED',
  signature_invalid: 'UNAUTHORIZED',
  timestamp_stale: 'UNAUTHORIZED',
  rate_limited: 'TOO_MANY_REQUESTS',
  // The runtime answers 503 so webhook senders retry; a manager in the studio must publish first.
  no_published_flow: 'PRECONDITION_FAILED',
  flow_not_found: 'NOT_FOUND',
  version_not_found: 'NOT_FOUND',
  webhook_not_found: 'NOT_FOUND',
  member_not_found: 'NOT_FOUND',
  api_key_not_found: 'NOT_FOUND',
  version_conflict: 'CONFLICT',
  invalid_flow: 'UNPROCESSABLE_CONTENT',
  lead_not_found: 'NOT_FOUND',
  rep_not_found: 'NOT_FOUND',
  team_not_found: 'NOT_FOUND',
  experiment_not_found: 'NOT_FOUND',
  experiment_running: 'CONFLICT',
  already_claimed: 'CONFLICT',
  not_in_pool: 'CONFLICT',
  not_allowed: 'FORBIDDEN',
  last_owner: 'CONFLICT',
  csrf_rejected: 'FORBIDDEN',
  already_set_up: 'CONFLICT',
  invalid_transition: 'CONFLICT',
  idempotency_conflict: 'CONFLICT',
  upstream_failed: 'BAD_GATEWAY',
  unavailable: 'SERVICE_UNAVAILABLE',
  internal: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<ErrorCode, TRPC_ERROR_CODE_KEY>;

// Errors tRPC raises itself (unknown procedure, unreadable body) have no AppError behind them.
const transportCodes: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorCode>> = {
  NOT_FOUND: 'route_not_found',
  METHOD_NOT_SUPPORTED: 'route_not_found',
  PARSE_ERROR: 'malformed_body',
  BAD_REQUEST: 'invalid_input',
  PAYLOAD_TOO_LARGE: 'payload_too_large',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported_media_type',
};

const internalMessage = 'Something went wrong on our side; retry shortly.';

/** The TRPCError carrying an expected failure, with its mapped code and sentence. */
export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: trpcCodes[error.code], message: error.message, cause: error });
}

/** Throws an expected failure to the client. */
export function fail(appFailure: AppFailure): never {
  throw toTRPCError(new AppError(appFailure));
}

/** Gives an AppError thrown by a db service (wrapped by tRPC as internal) its own code. */
export function translateError(error: TRPCError): TRPCError {
  if (error.code !== 'INTERNAL_SERVER_ERROR') return error;
  if (error.cause instanceof AppError) return toTRPCError(error.cause);
  if (isBusy(error.cause)) {
    return toTRPCError(
      new AppError(failure('unavailable', 'The database is busy; retry shortly.'), {
        cause: error.cause,
      }),
    );
  }
  return error;
}

// libsql reports a lock held past the busy timeout as SQLITE_BUSY: transient, so 503, not 500.
function isBusy(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

type InputIssue = { path: (string | number)[]; message: string };

function inputIssues(error: TRPCError): InputIssue[] | null {
  const issues = (error.cause as { issues?: unknown } | undefined)?.issues;
  if (error.code !== 'BAD_REQUEST' || !Array.isArray(issues)) return null;
  return issues.map((issue: { path?: PropertyKey[]; message?: string }) => ({
    path: (issue.path ?? []).filter((key) => typeof key !== 'symbol') as (string | number)[],
    message: issue.message ?? 'Invalid value.',
  }));
}

function describeInput(issues: InputIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : '';
  return `The request is not valid: ${where}${first.message}${more}`;
}

/** What the client reads beside tRPC's own `data`: our code and, for invalid input, each problem. */
export type AppErrorData = { appCode: ErrorCode; issues?: unknown[] };

/** What the client will read for this error: our code, a sentence, and issues where known. */
export function describeError(error: TRPCError): { message: string } & AppErrorData {
  if (error.cause instanceof AppError) {
    const details = error.cause.failure.details as { issues?: unknown } | undefined;
    const issues = Array.isArray(details?.issues) ? details.issues : undefined;
    return {
      message: error.cause.message,
      appCode: error.cause.code,
      ...(issues ? { issues } : {}),
    };
  }
  const issues = inputIssues(error);
  if (issues) return { message: describeInput(issues), appCode: 'invalid_input', issues };
  const appCode = transportCodes[error.code] ?? 'internal';
  // Bugs and environment failures answer without details; the runtime's onError logs them.
  return { message: appCode === 'internal' ? internalMessage : error.message, appCode };
}

/** Adds `data.appCode` (ours) and `data.issues` to tRPC's error shape; tRPC's `data.code` stays. */
export function errorFormatter(options: { shape: TRPCDefaultErrorShape; error: TRPCError }) {
  const { message, ...app } = describeError(options.error);
  // tRPC adds the server's stack trace outside production builds; it tells callers about our
  // code and paths, never about their input.
  const { stack: _stack, ...data } = options.shape.data;
  return { ...options.shape, message, data: { ...data, ...app } };
}
