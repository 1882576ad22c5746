import { failure } from '@switchyard/engine';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import { failWith } from './errors';

/**
 * Strict headers on every answer: only our own scripts, styles and API; never framed; no MIME
 * sniffing; no referrer leaving the site.
 */
export function securityHeaders() {
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
