import { Hono } from 'hono';
import type { DocumentDetail, DocumentSummary } from '../../contracts/api.js';
import type { Document } from '../../contracts/document.js';
import { MAX_PAGE } from '../../store/sqlite-claims.js';
import type { Store } from '../../store/store.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../middleware.js';
import { intParam } from '../query.js';

export function documentRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();

  routes.get('/documents', async (c) => {
    const limit = Math.min(intParam(c, 'limit') ?? 100, MAX_PAGE);
    const documents = await ctx.store.listDocuments({ limit, offset: intParam(c, 'offset') ?? 0 });
    return c.json(await Promise.all(documents.map((document) => documentSummary(ctx.store, document))));
  });

  routes.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const document = await ctx.store.getDocument(id);
    if (!document) throw new HttpError(404, `no document ${id}`);
    const { source: _source, ...fields } = document;
    const appearances = (await ctx.store.listAppearances(id)).map(({ name, url, publisher, published, retrieved }) => ({
      name,
      url,
      publisher,
      published,
      retrieved,
    }));
    const detail: DocumentDetail = { ...fields, appearances, claims: await allClaimsOf(ctx.store, id) };
    return c.json(detail);
  });

  return routes;
}

export async function documentSummary(store: Store, document: Document): Promise<DocumentSummary> {
  const { total } = await store.queryClaims({ doc: document.id, limit: 1 });
  const { id, url, title, publisher, published, origin, kind } = document;
  return { id, url, title, publisher, published, origin, kind, claims: total };
}

async function allClaimsOf(store: Store, doc: string) {
  const page = await store.queryClaims({ doc, limit: MAX_PAGE });
  return page.claims;
}
