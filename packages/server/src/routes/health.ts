import { sql } from 'kysely';
import type { Router } from './router.js';

/** Liveness (the process answers) and readiness (the database answers). Not under /api/v1, no auth. */
export const registerHealth = ({ app }: Router) => {
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await sql`select 1`.execute(c.get('deps').store.db);
      return c.json({ status: 'ready', database: c.get('deps').store.dialect });
    } catch {
      return c.json({ status: 'unavailable', database: c.get('deps').store.dialect }, 503);
    }
  });
};
