import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

// Paths the runtime answers itself; every other GET that wants a page gets the studio.
const ownPaths = /^\/(trpc|api|v1|healthz|readyz|metrics|sign-in)(\/|$|\.)/;

/**
 * The built studio (`apps/studio/dist`): hashed assets cached for a year and sent precompressed
 * (brotli, else gzip) when the browser accepts it, and `index.html` for
 * any other page address so the studio's router picks it up. Without a built studio, `/` leads
 * to the sign-in page and says how to build it.
 */
export function studioRoutes(studioDir: string | undefined) {
  const app = new Hono();
  const indexFile = studioDir ? join(studioDir, 'index.html') : '';
  if (!studioDir || !existsSync(indexFile)) {
    app.get('/', (c) => c.redirect('/sign-in'));
    return app;
  }
  const index = readFileSync(indexFile, 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: studioDir,
      // The build writes `.br` and `.gz` beside each asset (vite-plugin-compression2).
      precompressed: true,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.get('*', async (c, next) => {
    if (ownPaths.test(c.req.path) || c.req.path.startsWith('/assets/')) return next();
    // The bare address never answers a 404, whatever the client accepts (issue 20).
    if (!(c.req.header('accept') ?? '').includes('text/html')) {
      return c.req.path === '/' ? c.redirect('/sign-in') : next();
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
  return app;
}
