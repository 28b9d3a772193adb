import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import { param } from '../query.js';

export function reviewRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();
  routes.get('/reviews', async (c) => c.json(await ctx.store.listReviews({ claim: param(c, 'claim') })));
  return routes;
}
