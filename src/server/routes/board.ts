import { Hono, type Context } from 'hono';
import { VERDICTS } from '../../contracts/board.js';
import { OUTCOMES } from '../../contracts/claim.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../middleware.js';
import { dateParam, oneOf, param } from '../query.js';

export function boardRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();
  const boardQuery = (c: Context) => ({
    subject: param(c, 'subject'),
    outcome: oneOf(c, 'outcome', OUTCOMES),
    since: dateParam(c, 'since'),
  });

  routes.get('/board', async (c) => json(c, (await ctx.boards.board(boardQuery(c))).board()));

  routes.get('/figures/:id', async (c) => {
    const timeline = (await ctx.boards.board()).figure(c.req.param('id'));
    if (!timeline) throw new HttpError(404, `no figure ${c.req.param('id')}`);
    return json(c, timeline);
  });

  routes.get('/relations', async (c) => {
    const verdict = oneOf(c, 'verdict', VERDICTS);
    const pieces = (await ctx.boards.board()).relations(verdict);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    });
    return json(c, stream);
  });

  routes.get('/brief', async (c) => {
    const format = oneOf(c, 'format', ['md', 'html'] as const) ?? 'md';
    const brief = await ctx.boards.brief(boardQuery(c), format, param(c, 'title'));
    c.header('Content-Type', format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8');
    if (param(c, 'download') === '1') c.header('Content-Disposition', `attachment; filename="corroborate-brief.${format}"`);
    return c.body(brief);
  });

  return routes;
}

/** A JSON body made elsewhere (the board worker's bytes), sent as it is. */
function json(c: Context, body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>): Response {
  c.header('Content-Type', 'application/json');
  return c.body(body);
}
