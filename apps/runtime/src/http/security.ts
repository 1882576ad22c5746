import type { HttpBindings } from '@hono/node-server';
import { failure } from '@switchyard/engine';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import { failWith } from './errors';

/**
 * Strict headers on every answer: only our own scripts, styles and API; never framed; no MIME
 * sniffing; no referrer leaving the site.
 *
 * Hono's `secureHeaders` decides the headers; they are taken from it once and then set on Node's
 * response before the route runs. Why not the middleware itself: it sets 13 headers per answer on
 * the WHATWG `Headers` of the finished Response, each checked by undici's WebIDL layer — 7 % of
 * the ingest path's CPU in a profile of `pnpm bench:ingest`; Node's `setHeader` costs a fraction,
 * and Node merges them with the route's own headers when the answer is written. Without Node
 * (`app.request` in tests) the headers go on the Response as before.
 */
export function securityHeaders() {
  let decided: Promise<Array<[string, string]>> | undefined;
  return createMiddleware(async (c, next) => {
    decided ??= decideSecurityHeaders();
    const headers = await decided;
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (outgoing) {
      for (const [name, value] of headers) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  });
}

/** The headers `secureHeaders` sets, read off one answer of a tiny app. */
async function decideSecurityHeaders(): Promise<Array<[string, string]>> {
  const probe = new Hono();
  probe.use(honoSecureHeaders());
  probe.get('/', (c) => c.body(null));
  const answer = await probe.request('/');
  return [...answer.headers];
}

function honoSecureHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      // Inline styles are allowed, scripts are not: the studio's component library (Mantine)
      // writes its layout variables in <style> elements. Styles cannot run code.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
  });
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie-authenticated requests: a state-changing request must name our
 * own origin in `Origin` (every browser sends it on POST). A request with an API key in
 * `Authorization` carries no ambient credential, so it is exempt (hosts, CRMs, scripts).
 */
export function sameOriginMutations(publicUrl: string) {
  const ours = new URL(publicUrl).origin;
  return createMiddleware(async (c, next) => {
    if (safeMethods.has(c.req.method) || /^Bearer\s/i.test(c.req.header('authorization') ?? '')) {
      return next();
    }
    const origin = c.req.header('origin');
    if (origin !== ours) {
      return failWith(
        c,
        failure(
          'csrf_rejected',
          'This request did not come from the Switchyard page itself, so it was refused.',
        ),
      );
    }
    return next();
  });
}
