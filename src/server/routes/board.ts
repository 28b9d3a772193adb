import { Hono, type Context } from 'hono';
import type { FigureTimeline, RelationView } from '../../contracts/api.js';
import type { Board, BoardClaim, Relation } from '../../contracts/board.js';
import { VERDICTS } from '../../contracts/board.js';
import { OUTCOMES } from '../../contracts/claim.js';
import { renderBrief } from '../../report/brief.js';
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

  routes.get('/board', async (c) => c.json(await ctx.board(boardQuery(c))));

  routes.get('/figures/:id', async (c) => {
    const board = await ctx.board();
    const figure = board.figures.find((f) => f.id === c.req.param('id'));
    if (!figure) throw new HttpError(404, `no figure ${c.req.param('id')}`);
    const ids = new Set(figure.claims);
    const timeline: FigureTimeline = { figure, claims: claimsOf(board, figure.claims), relations: relationsTouching(board, ids) };
    return c.json(timeline);
  });

  routes.get('/relations', async (c) => {
    const verdict = oneOf(c, 'verdict', VERDICTS);
    const board = await ctx.board();
    const views: RelationView[] = [];
    for (const relation of board.relations) {
      const [a, b] = [board.claims[relation.a], board.claims[relation.b]];
      if ((verdict === undefined || relation.verdict === verdict) && a && b) views.push({ ...relation, claims: { a, b } });
    }
    return c.json(views);
  });

  routes.get('/brief', async (c) => {
    const format = oneOf(c, 'format', ['md', 'html'] as const) ?? 'md';
    const brief = renderBrief(await ctx.board(boardQuery(c)), { format, title: param(c, 'title') });
    c.header('Content-Type', format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8');
    if (param(c, 'download') === '1') c.header('Content-Disposition', `attachment; filename="corroborate-brief.${format}"`);
    return c.body(brief);
  });

  return routes;
}

export function claimsOf(board: Board, ids: readonly string[]): BoardClaim[] {
  return ids.map((id) => board.claims[id]).filter((claim): claim is BoardClaim => claim !== undefined);
}

export function relationsTouching(board: Board, ids: ReadonlySet<string>): Relation[] {
  return board.relations.filter((relation) => ids.has(relation.a) || ids.has(relation.b));
}
