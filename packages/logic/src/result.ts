/** A failure people can read: `code` for programs, `message` for a person. */
export type Failure<C extends string = string> = { code: C; message: string };

/** A value or a failure, discriminated on `ok`: expected failures are values, not exceptions. */
export type Result<T, F extends Failure = Failure> =
  | { ok: true; value: T }
  | { ok: false; error: F };

/** Wrap a value as a successful Result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wrap a failure as a failed Result. */
export const err = <F extends Failure>(error: F): { ok: false; error: F } => ({ ok: false, error });
