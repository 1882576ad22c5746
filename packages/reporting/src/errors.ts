/** The codes this package throws; `invalid_input` is also an engine `ErrorCode`, so the API maps it as is. */
export type ReportingErrorCode = 'invalid_input';

/**
 * Thrown for input no report query can produce (more conversions than leads, a confidence of 2):
 * a caller's bug, so an exception, carrying the house `{ code, message }` failure for the boundary.
 */
export class ReportingError extends Error {
  readonly code: ReportingErrorCode;
  constructor(code: ReportingErrorCode, message: string) {
    super(message);
    this.name = 'ReportingError';
    this.code = code;
  }
  /** The `{ code, message }` value the API's `fail` and the runtime's `onError` expect. */
  get failure(): { code: ReportingErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Throws `invalid_input` with the sentence given. */
export function invalidInput(message: string): never {
  throw new ReportingError('invalid_input', message);
}

/** A count of leads: a whole number, zero or more. */
export function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    invalidInput(`${what} must be a whole number of zero or more (got ${value}).`);
  }
}

/** A probability strictly between 0 and 1 (confidence, alpha, power). */
export function assertOpenUnit(value: number, what: string): void {
  if (!(value > 0 && value < 1)) invalidInput(`${what} must be between 0 and 1 (got ${value}).`);
}
