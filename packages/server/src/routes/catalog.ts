import { z } from '@hono/zod-openapi';
import {
  buildControlView,
  type Catalog,
  CatalogSearch,
  type CompiledControl,
  type CompiledGroup,
  DEFAULT_FRAMEWORK,
} from '@nimbus/core';
import { ControlViewSchema } from './controls-schema.js';
import { defineRoute, type Router } from './router.js';
import { json, problemResponses } from './schemas.js';

const FrameworkQuery = z.string().max(60).default(DEFAULT_FRAMEWORK);

const summary = (c: CompiledControl) => ({
  id: c.id,
  title: c.title ?? null,
  kind: c.kind,
  audience: c.audience ?? null,
  verification: c.verification,
  hasGuidance: Boolean(c.guidance),
  ownership: c.guidance?.ownership ?? null,
});

const tree = (groups: readonly CompiledGroup[], byId: Map<string, CompiledControl>): unknown[] =>
  groups.map((g) => ({
    id: g.id,
    kind: g.kind,
    title: g.title ?? null,
    groups: tree(g.groups, byId),
    controls: g.controls.flatMap((id) => (byId.has(id) ? [summary(byId.get(id)!)] : [])),
  }));

const searchers = new WeakMap<Catalog, Map<string, CatalogSearch>>();
const searcherFor = (catalog: Catalog, framework: string) => {
  let byFw = searchers.get(catalog);
  if (!byFw) {
    byFw = new Map();
    searchers.set(catalog, byFw);
  }
  let s = byFw.get(framework);
  if (!s) {
    s = new CatalogSearch(catalog, [framework]);
    byFw.set(framework, s);
  }
  return s;
};

/** The control catalog for the web UI: frameworks, the clause tree, one control with mappings, search. */
export const registerCatalog = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'user' },
      {
        method: 'get',
        path: '/api/v1/catalog/frameworks',
        tags: ['catalog'],
        summary: 'Frameworks in the catalog',
        responses: { 200: json(z.array(z.unknown())), ...problemResponses },
      },
    ),
    (c) =>
      c.json(
        c.get('deps').catalog.frameworks.map((f) => ({
          id: f.id,
          name: f.name,
          title: f.title,
          publisher: f.publisher,
          published: f.published,
          referenceOnly: f.referenceOnly,
          controls: f.controls.length,
        })),
        200,
      ),
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'user' },
      {
        method: 'get',
        path: '/api/v1/catalog/tree',
        tags: ['catalog'],
        summary: 'The clause tree of a framework with a summary of each control',
        request: { query: z.strictObject({ framework: FrameworkQuery }) },
        responses: { 200: json(z.unknown()), ...problemResponses },
      },
    ),
    (c) => {
      const fw = c.get('deps').catalog.framework(c.req.valid('query').framework);
      const byId = new Map(fw.controls.map((x) => [x.id, x]));
      return c.json(
        { framework: { id: fw.id, name: fw.name, title: fw.title }, groups: tree(fw.groups, byId) },
        200,
      );
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'user' },
      {
        method: 'get',
        path: '/api/v1/catalog/control',
        tags: ['catalog'],
        summary:
          'One control: guidance for both parties, evidence, disclosures, ownership, mappings with provenance, and the scanner checks linked to it',
        request: { query: z.strictObject({ framework: FrameworkQuery, id: z.string().min(1).max(40) }) },
        responses: { 200: json(ControlViewSchema), ...problemResponses },
      },
    ),
    (c) => {
      const q = c.req.valid('query');
      return c.json(buildControlView(c.get('deps').catalog, q.id, q.framework), 200);
    },
  );

  app.openapi(
    defineRoute(
      router,
      { kind: 'user' },
      {
        method: 'get',
        path: '/api/v1/catalog/search',
        tags: ['catalog'],
        summary: 'Ranked full-text search over ids, titles, guidance and keywords',
        request: {
          query: z.strictObject({
            q: z.string().trim().min(1).max(200),
            framework: FrameworkQuery,
            limit: z.coerce.number().int().min(1).max(50).default(10),
          }),
        },
        responses: { 200: json(z.unknown()), ...problemResponses },
      },
    ),
    (c) => {
      const { catalog } = c.get('deps');
      const q = c.req.valid('query');
      const fw = catalog.framework(q.framework);
      const hits = searcherFor(catalog, fw.id)
        .search(q.q, q.limit)
        .map((h) => ({
          framework: h.framework,
          ...summary(h.control),
          summary: h.control.guidance?.summary ?? null,
          matched: h.matched,
        }));
      return c.json({ query: q.q, framework: fw.id, hits }, 200);
    },
  );
};
