import { Hono } from 'hono';
import type { ClaimDetail, ClaimFilter, ReviewState } from '../../contracts/api.js';
import { OUTCOMES, STANCES } from '../../contracts/claim.js';
import { addedClaim, checkAddClaimRequest, checkReviewRequest } from '../../review/review.js';
import type { ServerContext } from '../context.js';
import { HttpError, jsonBodyLimit, readJson } from '../middleware.js';
import { dateParam, intParam, oneOf, param } from '../query.js';
import { documentSummary } from './documents.js';

const REVIEW_FILTERS: readonly (ReviewState | 'unreviewed')[] = ['unreviewed', 'confirmed', 'corrected', 'rejected', 'added'];

export function claimRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/claims', async (c) => {
    const filter: ClaimFilter = {
      q: param(c, 'q'),
      speaker: param(c, 'speaker'),
      outcome: oneOf(c, 'outcome', OUTCOMES),
      stance: oneOf(c, 'stance', STANCES),
      publisher: param(c, 'publisher'),
      doc: param(c, 'doc'),
      from: dateParam(c, 'from'),
      to: dateParam(c, 'to'),
      review: oneOf(c, 'review', REVIEW_FILTERS),
      limit: intParam(c, 'limit'),
      cursor: param(c, 'cursor'),
    };
    return c.json(await ctx.store.queryClaims(filter));
  });

  routes.get('/claims/:id', async (c) => {
    const id = c.req.param('id');
    const found = await ctx.store.getClaim(id);
    if (!found) throw new HttpError(404, `no claim ${id}`);
    const document = await ctx.store.getDocument(found.claim.doc);
    if (!document) throw new HttpError(404, `no document ${found.claim.doc}`);
    const place = (await ctx.boards.board()).claimPlace(id);
    const detail: ClaimDetail = {
      ...found,
      document: await documentSummary(ctx.store, document),
      reviews: await ctx.store.listReviews({ claim: id }),
      ...place,
    };
    return c.json(detail);
  });

  routes.post('/claims/:id/review', jsonBodyLimit(), async (c) => {
    const request = checkReviewRequest(await readJson(c));
    return c.json(await ctx.store.reviewClaim(c.req.param('id'), request), 201);
  });

  routes.post('/claims', jsonBodyLimit(), async (c) => {
    const request = checkAddClaimRequest(await readJson(c));
    const document = await ctx.store.getDocument(request.doc);
    if (!document) throw new HttpError(404, `no document ${request.doc}`);
    return c.json(await ctx.store.addClaim(addedClaim(document.text, request), request), 201);
  });

  return routes;
}
