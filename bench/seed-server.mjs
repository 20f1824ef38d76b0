// Seeds a benchmark database: N organizations x M assessments (121 results each) and one write token for org 0.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compiledCatalogPath } from '../packages/cli/dist/index.js';
import { Catalog, restoreCatalog } from '../packages/core/dist/index.js';
import {
  connect,
  insertAssessment,
  insertOrganization,
  insertUser,
  migrate,
  upsertMembership,
} from '../packages/storage/dist/index.js';

export const seedBenchDatabase = async (
  url,
  { orgs = 100, assessmentsPerOrg = 10, onProgress = () => {} } = {},
) => {
  const catalog = new Catalog(restoreCatalog(JSON.parse(readFileSync(compiledCatalogPath(), 'utf8'))));
  const fw = catalog.framework('iso27017:2015');
  const store = connect({ url });
  await migrate(store.db);
  const at = new Date().toISOString();
  const user = await insertUser(store.db, {
    id: randomUUID(),
    email: `bench-${randomUUID()}@example.com`,
    name: 'Bench',
    passwordHash: 'x',
    createdAt: at,
  });
  let first;
  for (let o = 0; o < orgs; o++) {
    const org = await insertOrganization(store.db, { id: randomUUID(), name: `Org ${o}`, createdAt: at });
    await upsertMembership(store.db, { orgId: org.id, userId: user.id, role: 'editor', createdAt: at });
    await store.db.transaction().execute(async (trx) => {
      for (let a = 0; a < assessmentsPerOrg; a++) {
        const id = randomUUID();
        const results = fw.controls.map((c, position) => ({
          id: randomUUID(),
          orgId: org.id,
          assessmentId: id,
          controlId: c.id,
          position,
          applicable: true,
          justification: '',
          status: position % 3 === 0 ? 'implemented' : 'not-assessed',
          ownerId: null,
          dueDate: null,
          implementation: 'Text '.repeat(20),
          version: 1,
          updatedAt: at,
          updatedBy: null,
        }));
        await insertAssessment(
          trx,
          {
            id,
            orgId: org.id,
            name: `Assessment ${a}`,
            framework: fw.id,
            perspective: 'csp',
            scope: [],
            ownerId: null,
            targetDate: null,
            version: 1,
            createdAt: at,
            updatedAt: at,
          },
          results,
        );
        if (o === 0) {
          first ??= { orgId: org.id, assessments: [] };
          first.assessments.push({ id, results: results.map((r) => r.id) });
        }
      }
    });
    onProgress(o + 1, orgs);
  }
  const token = `nmb_bench_${randomUUID().replace(/-/g, '')}`;
  await store.db
    .insertInto('api_tokens')
    .values({
      id: randomUUID(),
      org_id: first.orgId,
      user_id: user.id,
      name: 'bench',
      token_hash: createHash('sha256').update(token).digest('hex'),
      prefix: token.slice(0, 8),
      scope: 'write',
      created_at: at,
      expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      revoked_at: null,
      last_used_at: null,
    })
    .execute();
  await store.close();
  return { token, ...first };
};
