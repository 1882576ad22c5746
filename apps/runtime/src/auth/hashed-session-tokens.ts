import { createHash } from 'node:crypto';

/** The stored form of a session token: what a copy of the database gives an attacker. */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(`switchyard/session/v1:${token}`).digest('hex');
}

type Where = { field: string; value: unknown; operator?: string };
type Call = {
  model?: string;
  data?: Record<string, unknown>;
  update?: Record<string, unknown>;
  where?: Where[];
};

// A lookup by token matches the hash; the plain value too, for sessions stored before hashing
// (they end with their expiry) and for a token a client read back from list-sessions (a hash).
function hashedWhere(where: Where): Where {
  if (where.field !== 'token') return where;
  const values = (Array.isArray(where.value) ? where.value : [where.value]).filter(
    (value): value is string => typeof value === 'string',
  );
  if (where.operator !== undefined && where.operator !== 'eq' && where.operator !== 'in')
    return where;
  return { ...where, operator: 'in', value: [...values.map(sessionTokenHash), ...values] };
}

function hashedCall(call: Call): Call {
  const hashToken = (row?: Record<string, unknown>) =>
    row && typeof row.token === 'string' ? { ...row, token: sessionTokenHash(row.token) } : row;
  return {
    ...call,
    ...(call.data ? { data: hashToken(call.data) } : {}),
    ...(call.update ? { update: hashToken(call.update) } : {}),
    ...(call.where ? { where: call.where.map(hashedWhere) } : {}),
  };
}

/** The plain token the caller knows, from what it wrote or looked up by; null if none. */
function plainToken(call: Call): string | null {
  if (typeof call.data?.token === 'string') return call.data.token;
  if (typeof call.update?.token === 'string') return call.update.token;
  const byToken = call.where?.find((where) => where.field === 'token');
  return typeof byToken?.value === 'string' ? byToken.value : null;
}

// better-auth puts the session's token back into its cookie: give it the plain one it knows.
function restored(result: unknown, plain: string | null): unknown {
  if (plain === null) return result;
  const restore = (row: unknown) =>
    row && typeof row === 'object' && (row as { token?: unknown }).token === sessionTokenHash(plain)
      ? { ...row, token: plain }
      : row;
  return Array.isArray(result) ? result.map(restore) : restore(result);
}

/**
 * better-auth's database adapter with session tokens stored hashed (issue 19): every call on
 * the `session` model writes and looks up `sha256(token)`, and hands better-auth back the plain
 * token it already holds. Why here: better-auth hashes verification values on request
 * (`storeIdentifier: 'hashed'`), but has no such option for sessions. Calls inside the
 * adapter's transactions are rewritten alike.
 */
export function withHashedSessionTokens<Options, Adapter extends object>(
  factory: (options: Options) => Adapter,
): (options: Options) => Adapter {
  const wrap = <A extends object>(adapter: A): A =>
    new Proxy(adapter, {
      get(target, property, receiver) {
        const member = Reflect.get(target, property, receiver);
        if (typeof member !== 'function') return member;
        if (property === 'transaction') {
          return (work: (trx: object) => unknown) =>
            member.call(target, (trx: object) => work(wrap(trx)));
        }
        return async (call: Call, ...rest: unknown[]) => {
          if (call?.model !== 'session') return member.call(target, call, ...rest);
          const answer = await member.call(target, hashedCall(call), ...rest);
          return restored(answer, plainToken(call));
        };
      },
    });
  return (options) => wrap(factory(options));
}
