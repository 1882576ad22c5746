import { getConnInfo } from '@hono/node-server/conninfo';
import { type ErrorCode, failure } from '@switchyard/engine';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { authRouteRefusal } from '../auth/auth-gate';
import { authBasePath } from '../auth/create-auth';
import { createOrganization, createOwner, needsFirstOwner } from '../auth/owners';
import type { AppDeps } from '../deps';
import { errorBody, fail, failWith } from '../http/errors';
import { readJsonBody } from '../http/json-body';

// Per minute. Sign-in counts per client address and per e-mail, so neither a spray of
// addresses at one account nor one address at many accounts gets far.
const limits = {
  signInPerAddress: 20,
  signInPerEmail: 5,
  otherPerAddress: 10,
};

const firstOwnerSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  password: z.string().min(10, 'Use at least 10 characters.').max(128),
  organization: z.string().trim().min(1).max(200),
});

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.request in a test): one shared bucket.
    return 'unknown';
  }
}

/**
 * The e-mail a sign-in names, lower-cased, read from a clone of the body (within the body limit)
 * as better-auth reads it: JSON, url-encoded or multipart. Empty when it names none — such a
 * sign-in fails anyway and counts in no e-mail's bucket.
 */
async function signInEmail(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  const request = c.req.raw.clone();
  let email: unknown;
  try {
    if (/json/i.test(type)) email = ((await request.json()) as { email?: unknown } | null)?.email;
    else if (/x-www-form-urlencoded|multipart\/form-data/i.test(type))
      email = (await request.formData()).get('email');
  } catch {
    email = undefined;
  }
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * The owner who invites gets the invitee's link (with its token) once, in the answer, to pass on
 * until mail is set up; nobody else ever sees the token (member lists and the audit log show no
 * invitation id to managers).
 */
async function withInviteUrl(deps: AppDeps, answer: Response): Promise<Response> {
  if (!answer.ok) return answer;
  const invitation = (await answer
    .clone()
    .json()
    .catch(() => null)) as { id?: unknown } | null;
  if (typeof invitation?.id !== 'string') return answer;
  const headers = new Headers(answer.headers);
  headers.delete('content-length');
  const body = { ...invitation, inviteUrl: deps.invitationLinks.url(invitation.id) };
  return new Response(JSON.stringify(body), { status: answer.status, headers });
}

// better-auth's refusals by status, as our codes (its own code stays in details.authCode).
const authStatusCodes: Record<number, ErrorCode> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'not_allowed',
  404: 'route_not_found',
  405: 'route_not_found',
  409: 'invalid_input',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'invalid_input',
  429: 'rate_limited',
};

/**
 * A better-auth refusal (`{ code, message }`) in the one REST error shape, `{ error: { code,
 * message } }`, so every route answers alike (the hostile-input check found the difference).
 */
async function inOurErrorShape(answer: Response): Promise<Response> {
  const body = (await answer
    .clone()
    .json()
    .catch(() => null)) as { code?: unknown; message?: unknown; error?: unknown } | null;
  if (body?.error !== undefined) return answer;
  const code =
    authStatusCodes[answer.status] ?? (answer.status >= 500 ? 'internal' : 'invalid_input');
  const message =
    answer.status >= 500 || typeof body?.message !== 'string'
      ? 'That did not work; try again.'
      : body.message;
  const headers = new Headers(answer.headers);
  headers.delete('content-length');
  headers.set('content-type', 'application/json');
  const authCode = typeof body?.code === 'string' ? { details: { authCode: body.code } } : {};
  return new Response(JSON.stringify(errorBody(failure(code, message, authCode.details))), {
    status: answer.status,
    headers,
  });
}

/** better-auth under `/api/auth`, with rate limits in front, and the first-owner set-up. */
export function authRoutes(deps: AppDeps) {
  const app = new Hono();
  const limited = (c: Context, key: string, perMinute: number) => {
    const taken = deps.rateLimiter.take(key, perMinute, deps.clock());
    if (taken.ok) return null;
    return failWith(c, failure('rate_limited', 'Too many attempts; wait a minute and try again.'), {
      'Retry-After': String(taken.retryAfterSeconds),
    });
  };

  app.post(`${authBasePath}/sign-in/email`, async (c, next) => {
    // The address first, before the body is read; then the e-mail, however the form was sent.
    const byAddress = limited(c, `sign-in:address:${clientAddress(c)}`, limits.signInPerAddress);
    if (byAddress) return byAddress;
    const email = await signInEmail(c);
    return (email ? limited(c, `sign-in:email:${email}`, limits.signInPerEmail) : null) ?? next();
  });
  for (const path of [
    '/sign-up/email',
    '/request-password-reset',
    '/reset-password',
    '/change-password',
  ]) {
    app.post(`${authBasePath}${path}`, async (c, next) => {
      return limited(c, `auth:${path}:${clientAddress(c)}`, limits.otherPerAddress) ?? next();
    });
  }
  app.on(['GET', 'POST'], `${authBasePath}/*`, async (c) => {
    const refused = await authRouteRefusal(deps, c);
    if (refused) return failWith(c, refused);
    // A failure better-auth throws (the database) goes to onError: the redacting logger, a
    // typed 5xx.
    const answer = await deps.auth.handler(c.req.raw);
    if (!answer.ok) return inOurErrorShape(answer);
    return c.req.path.endsWith('/organization/invite-member')
      ? withInviteUrl(deps, answer)
      : answer;
  });

  app.get('/api/setup', async (c) => c.json({ needsFirstOwner: await needsFirstOwner(deps) }));
  app.post('/api/setup/first-owner', async (c) => {
    const rejected = limited(c, `setup:${clientAddress(c)}`, limits.otherPerAddress);
    if (rejected) return rejected;
    const input = await readJsonBody(c, firstOwnerSchema);
    if (!(await needsFirstOwner(deps))) {
      fail(failure('already_set_up', 'This Switchyard already has an owner: sign in instead.'));
    }
    const orgId = await createOrganization(deps, input.organization);
    const owner = await createOwner(deps, { ...input, orgId });
    const headers = new Headers({ 'content-type': 'application/json' });
    for (const cookie of owner.headers.getSetCookie()) headers.append('set-cookie', cookie);
    return new Response(JSON.stringify({ orgId, userId: owner.userId }), { status: 201, headers });
  });
  return app;
}
