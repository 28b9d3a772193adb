import { Hono } from 'hono';
import type { Health } from '../../contracts/api.js';
import type { ServerContext } from '../context.js';

export function metaRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();
  routes.get('/health', (c) => {
    const health: Health = { ok: true, version: ctx.options.version ?? '0.0.0', store: ctx.store.location };
    return c.json(health);
  });
  routes.get('/stats', async (c) => c.json(await ctx.store.stats()));
  return routes;
}
