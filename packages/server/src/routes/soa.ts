import { z } from '@hono/zod-openapi';
import {
  buildSoa,
  type Evidence,
  PERSPECTIVES,
  RESULT_STATUSES,
  SOA_NUMBERINGS,
  type SoaResultInput,
  soaTable,
  toCsv,
} from '@nimbus/core';
import { tableToXlsx } from '@nimbus/reports';
import { evidenceByResult, getAssessment, getOrganization, listResults } from '@nimbus/storage';
import { inTransaction, recordAudit } from '../audit/record.js';
import { notFound } from '../http/problem.js';
import { defineRoute, type Router } from './router.js';
import { Id, OrgParams, problemResponses } from './schemas.js';

export const SOA_FORMATS = ['json', 'csv', 'xlsx'] as const;
type SoaFormat = (typeof SOA_FORMATS)[number];

const MEDIA_TYPES: Record<Exclude<SoaFormat, 'json'>, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const Query = z.strictObject({
  numbering: z
    .enum(SOA_NUMBERINGS)
    .default('2015')
    .openapi({
      description:
        "2015: the assessed framework's own numbering (ISO/IEC 27017:2015); 2022: ISO/IEC 27001:2022 Annex A " +
        'numbering through the published crosswalk, followed by the cloud-extended controls',
    }),
  format: z.enum(SOA_FORMATS).default('json'),
});

const SoaRowSchema = z.object({
  control: z.string(),
  title: z.string(),
  group: z.string(),
  sources: z.array(z.string()),
  applicable: z.boolean().nullable(),
  justification: z.string(),
  status: z.enum(RESULT_STATUSES),
  implementation: z.string(),
  evidence: z.array(z.string()),
});

const SoaSchema = z
  .object({
    assessment: z.object({
      id: z.string(),
      name: z.string(),
      framework: z.string(),
      perspective: z.enum(PERSPECTIVES),
    }),
    numbering: z.enum(SOA_NUMBERINGS),
    generatedAt: z.string(),
    rows: z.array(SoaRowSchema),
  })
  .openapi('StatementOfApplicability');

/** A file name that is safe in any header and on any disk: lowercase ASCII letters, digits and dashes. */
export const fileSlug = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'assessment';

/** Evidence references in a stable order, so two exports of the same state are identical. */
const evidenceInputs = (evidence: readonly Evidence[] = []): SoaResultInput['evidence'] =>
  [...evidence]
    .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
    .map((e) => ({ title: e.title, sha256: e.sha256 }));

export const registerSoa = (router: Router) => {
  const { app } = router;

  app.openapi(
    defineRoute(
      router,
      { kind: 'org', permission: 'soa:export' },
      {
        method: 'get',
        path: '/api/v1/orgs/{orgId}/assessments/{assessmentId}/soa',
        tags: ['assessments'],
        summary:
          'Statement of Applicability of an assessment, as JSON, CSV or XLSX (every export is audited)',
        request: { params: OrgParams.extend({ assessmentId: Id }), query: Query },
        responses: {
          200: {
            description: 'The Statement of Applicability (CSV and XLSX as an attachment)',
            content: {
              'application/json': { schema: SoaSchema },
              'text/csv': { schema: z.string() },
              [MEDIA_TYPES.xlsx]: { schema: z.string().openapi({ format: 'binary' }) },
            },
          },
          ...problemResponses,
        },
      },
    ),
    async (c) => {
      const { assessmentId } = c.req.valid('param');
      const { numbering, format } = c.req.valid('query');
      const { store, catalog, now } = c.get('deps');
      const orgId = c.get('org').id;
      const a = await getAssessment(store.db, orgId, assessmentId);
      if (!a) throw notFound('assessment', assessmentId);
      const [results, evidence] = await Promise.all([
        listResults(store.db, orgId, a.id),
        evidenceByResult(store.db, orgId, a.id),
      ]);
      const soa = buildSoa(
        catalog,
        a.framework,
        results.map((r) => ({
          controlId: r.controlId,
          applicable: r.applicable,
          justification: r.justification,
          status: r.status,
          implementation: r.implementation,
          evidence: evidenceInputs(evidence.get(r.id)),
        })),
        numbering,
      );
      const generatedAt = now().toISOString();
      const user = c.get('principal')!.user;

      let file: { body: string | Uint8Array<ArrayBuffer>; type: string } | undefined;
      if (format !== 'json') {
        const fw = catalog.framework(a.framework);
        const table = soaTable(soa, fw.name);
        if (format === 'csv') file = { body: toCsv(table), type: MEDIA_TYPES.csv };
        else {
          const org = await getOrganization(store.db, orgId);
          const xlsx = await tableToXlsx(table, {
            sheetName: 'Statement of Applicability',
            about: [
              ['Document', table.title],
              ['Organization', org?.name ?? orgId],
              ['Assessment', a.name],
              ['Framework', `${fw.name} (${fw.id})`],
              ['Numbering', numbering === '2022' ? 'ISO/IEC 27001:2022 Annex A (2022)' : `${fw.name} (2015)`],
              ['Generated at', generatedAt],
              ['Generated by', user.email],
              ['Generated with', 'Nimbus'],
            ],
          });
          file = { body: new Uint8Array(xlsx), type: MEDIA_TYPES.xlsx };
        }
      }

      // Files leave the system: each download is audited. Viewing the JSON in the UI is a read like any other.
      if (file) {
        await inTransaction(c, (trx) =>
          recordAudit(trx, c, {
            action: 'soa.exported',
            targetType: 'assessment',
            targetId: a.id,
            note: { numbering, format },
          }),
        );
      }

      if (!file) {
        return c.json(
          {
            assessment: { id: a.id, name: a.name, framework: a.framework, perspective: a.perspective },
            numbering,
            generatedAt,
            rows: soa.rows,
          },
          200,
        );
      }
      const filename = `soa-${fileSlug(a.name)}-${numbering}.${format}`;
      return c.body(file.body, 200, {
        'content-type': file.type,
        'content-disposition': `attachment; filename="${filename}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
    },
  );
};
