import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type Next } from 'hono';
import type { Store } from '../store/store.js';
import { serverContext, type ServerContext, type ServerOptions } from './context.js';
import { errorResponse, requireToken, securityHeaders } from './middleware.js';
import { boardRoutes } from './routes/board.js';
import { claimRoutes } from './routes/claims.js';
import { documentRoutes } from './routes/documents.js';
import { metaRoutes } from './routes/meta.js';
import { reviewRoutes } from './routes/reviews.js';
import { sourceRoutes } from './routes/sources.js';

/** dist/web of this package, from src/server/ and dist/server/ alike. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const UI_NOT_BUILT = 'corroborate: the web UI is not built (dist/web is missing). The API answers under /api.\n';

/** The HTTP app of `corroborate serve`: the JSON API under /api and the web UI's files. Whoever makes `ctx` closes its board worker. */
export function createApp(store: Store, options: ServerOptions, ctx: ServerContext = serverContext(store, options)): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError(errorResponse);
  app.use('/api/*', requireToken(options.token));
  for (const routes of [metaRoutes, boardRoutes, claimRoutes, documentRoutes, sourceRoutes, reviewRoutes]) app.route('/api', routes(ctx));
  app.all('/api/*', (c) => c.json({ error: 'no such endpoint' }, 404));
  serveWebUi(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}

function serveWebUi(app: Hono, root: string): void {
  app.use('*', refuseTraversal);
  if (existsSync(root)) app.use('*', serveStatic({ root }));
  const index = join(root, 'index.html');
  app.get('*', (c) => {
    // Paths naming a file that is not there are 404; anything else is a page of the single-page app.
    if (/\.[^/]*$/.test(c.req.path)) return c.text('not found\n', 404);
    if (!existsSync(index)) return c.text(UI_NOT_BUILT);
    return c.html(readFileSync(index, 'utf8'));
  });
}

async function refuseTraversal(c: Context, next: Next) {
  const raw = new URL(c.req.url).pathname;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return c.text('bad path\n', 400);
  }
  if (/(^|[/\\])\.\.([/\\]|$)|\\|\0/.test(decoded) || /%2f|%5c/i.test(raw)) return c.text('bad path\n', 400);
  return next();
}
