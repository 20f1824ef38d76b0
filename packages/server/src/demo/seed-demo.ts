import { randomBytes, randomUUID } from 'node:crypto';
import type { Assessment, CloudService, ControlResult, Role } from '@nimbus/core';
import {
  appendAudit,
  findUserByEmail,
  insertAssessment,
  insertComment,
  insertEvidence,
  insertOrganization,
  insertService,
  insertUser,
  linkEvidence,
  setPasswordHash,
  upsertMembership,
} from '@nimbus/storage';
import type { AppDeps } from '../app-env.js';
import { hashPassword } from '../auth/passwords.js';
import { insertScanEvidence, prepareScanEvidence, scanAuditNote } from '../evidence/scan-evidence.js';
import { ACME_EVIDENCE, demoScan } from './demo-evidence.js';
import {
  DEMO_EXCLUSIONS,
  DEMO_IMPLEMENTATION,
  DEMO_ORGS,
  DEMO_OVERDUE,
  DEMO_USERS,
  demoStatusFor,
} from './demo-world.js';

export interface DemoResult {
  readonly created: boolean;
  readonly password: string;
  readonly users: readonly { email: string; role: Role; org: string }[];
  readonly orgs: Readonly<Record<keyof typeof DEMO_ORGS, string>>;
}

const day = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds the demo world (idempotent). The demo users get NIMBUS_DEMO_PASSWORD, or a fresh random password that is
 * printed at start: there is no fixed default password, even in the demo.
 */
export const seedDemo = async (
  deps: AppDeps,
  password = process.env.NIMBUS_DEMO_PASSWORD,
): Promise<DemoResult> => {
  const pw = password ?? `demo-${randomBytes(9).toString('base64url')}`;
  const hash = await hashPassword(pw);
  const db = deps.store.db;
  const existing = await findUserByEmail(db, DEMO_USERS[0]!.email);
  const users = DEMO_USERS.map((u) => ({ email: u.email, role: u.role, org: DEMO_ORGS[u.org] }));
  if (existing) {
    for (const u of DEMO_USERS) {
      const found = await findUserByEmail(db, u.email);
      if (found) await setPasswordHash(db, found.user.id, hash);
    }
    const idOf = async (name: string) =>
      (await db.selectFrom('organizations').select('id').where('name', '=', name).executeTakeFirst())?.id ??
      '';
    return {
      created: false,
      password: pw,
      users,
      orgs: { acme: await idOf(DEMO_ORGS.acme), globex: await idOf(DEMO_ORGS.globex) },
    };
  }
  const now = deps.now();
  const at = now.toISOString();
  const orgs = await db.transaction().execute(async (trx) => {
    const audit = (
      orgId: string,
      actor: { id: string; email: string } | null,
      action: string,
      targetType: string,
      targetId: string,
      changes: unknown = {},
    ) =>
      appendAudit(trx, deps.store.dialect, {
        orgId,
        at,
        actorId: actor?.id ?? null,
        actorLabel: actor?.email ?? 'nimbus serve --demo',
        action,
        targetType,
        targetId,
        changes,
      });
    const orgIds = { acme: randomUUID(), globex: randomUUID() };
    for (const key of ['acme', 'globex'] as const) {
      await insertOrganization(trx, { id: orgIds[key], name: DEMO_ORGS[key], createdAt: at });
      await audit(orgIds[key], null, 'org.created', 'organization', orgIds[key], {
        name: { from: null, to: DEMO_ORGS[key] },
      });
    }
    const byEmail = new Map<string, { id: string; email: string }>();
    for (const u of DEMO_USERS) {
      const user = await insertUser(trx, {
        id: randomUUID(),
        email: u.email,
        name: u.name,
        passwordHash: hash,
        createdAt: at,
      });
      byEmail.set(u.email, user);
      await upsertMembership(trx, { orgId: orgIds[u.org], userId: user.id, role: u.role, createdAt: at });
      await audit(orgIds[u.org], null, 'member.added', 'user', user.id, { role: { from: null, to: u.role } });
    }
    const alice = byEmail.get('alice@acme.example')!;
    const chen = byEmail.get('chen@acme.example')!;
    const bram = byEmail.get('bram@acme.example')!;
    const grace = byEmail.get('grace@globex.example')!;

    const service = async (
      orgId: string,
      actor: { id: string; email: string },
      s: Omit<CloudService, 'id' | 'orgId' | 'version' | 'createdAt' | 'updatedAt'>,
    ) => {
      const row: CloudService = { id: randomUUID(), orgId, ...s, version: 1, createdAt: at, updatedAt: at };
      await insertService(trx, row);
      await audit(orgId, actor, 'service.created', 'cloud_service', row.id, {
        name: { from: null, to: s.name },
      });
      return row;
    };
    const crm = await service(orgIds.acme, alice, {
      name: 'Acme CRM',
      role: 'provider',
      serviceModel: 'saas',
      provider: 'Acme Cloud Ltd',
      criticality: 'critical',
      dataClassification: 'confidential',
      description: 'Multi-tenant CRM on AWS eu-west-1 (EKS, RDS PostgreSQL, S3).',
    });
    await service(orgIds.acme, alice, {
      name: 'Amazon Web Services (eu-west-1)',
      role: 'consumer',
      serviceModel: 'iaas',
      provider: 'Amazon Web Services',
      criticality: 'critical',
      dataClassification: 'confidential',
      description: 'EKS, RDS, S3, KMS, CloudTrail: the platform under Acme CRM.',
    });

    const assessment = async (
      orgId: string,
      actor: { id: string; email: string },
      a: Pick<Assessment, 'name' | 'perspective' | 'scope'>,
      statusOf: (
        id: string,
        i: number,
      ) => Omit<
        ControlResult,
        'id' | 'orgId' | 'assessmentId' | 'controlId' | 'position' | 'version' | 'updatedAt' | 'updatedBy'
      >,
    ) => {
      const fw = deps.catalog.framework('iso27017:2015');
      const row: Assessment = {
        id: randomUUID(),
        orgId,
        framework: fw.id,
        ownerId: actor.id,
        targetDate: day(now, 90),
        version: 1,
        createdAt: at,
        updatedAt: at,
        ...a,
      };
      const results: ControlResult[] = fw.controls.map((c, position) => ({
        id: randomUUID(),
        orgId,
        assessmentId: row.id,
        controlId: c.id,
        position,
        ...statusOf(c.id, position),
        version: 1,
        updatedAt: at,
        updatedBy: actor.id,
      }));
      await insertAssessment(trx, row, results);
      await audit(orgId, actor, 'assessment.created', 'assessment', row.id, {
        name: { from: null, to: a.name },
      });
      for (const r of results.filter((x) => x.status !== 'not-assessed')) {
        await audit(orgId, actor, 'result.updated', 'control_result', r.id, {
          status: { from: 'not-assessed', to: r.status },
        });
      }
      return results;
    };

    const acmeResults = await assessment(
      orgIds.acme,
      chen,
      { name: 'Acme CRM: ISO/IEC 27017 CSP assessment 2026', perspective: 'csp', scope: [crm.id] },
      (id, i) => {
        const excluded = DEMO_EXCLUSIONS[id];
        const status = excluded ? 'not-applicable' : demoStatusFor(id, i);
        return {
          applicable: !excluded,
          justification: excluded ?? '',
          status,
          ownerId:
            id.startsWith('CLD.9') || id.startsWith('CLD.13') || id.startsWith('12.')
              ? bram.id
              : status === 'not-assessed'
                ? null
                : chen.id,
          dueDate: DEMO_OVERDUE.includes(id)
            ? day(now, -14)
            : status === 'implemented' || excluded
              ? null
              : day(now, 45),
          implementation: DEMO_IMPLEMENTATION[id] ?? '',
        };
      },
    );
    const resultOf = new Map(acmeResults.map((r) => [r.controlId, r]));
    for (const e of ACME_EVIDENCE) {
      const stored = e.bytes ? await deps.blobs.put(e.bytes) : undefined;
      const id = randomUUID();
      await insertEvidence(trx, {
        id,
        orgId: orgIds.acme,
        kind: e.url ? 'link' : 'file',
        title: e.title,
        sha256: stored?.sha256 ?? null,
        size: stored?.size ?? null,
        contentType: e.contentType ?? null,
        filename: e.filename ?? null,
        url: e.url ?? null,
        collectedAt: day(now, e.collectedDays),
        validUntil: e.validDays === null ? null : day(now, e.validDays),
        ownerId: alice.id,
        createdAt: at,
        createdBy: alice.id,
        version: 1,
      });
      await audit(orgIds.acme, alice, 'evidence.created', 'evidence', id, {
        title: { from: null, to: e.title },
        sha256: { from: null, to: stored?.sha256 ?? null },
      });
      for (const control of e.controls) {
        const r = resultOf.get(control);
        if (r) await linkEvidence(trx, orgIds.acme, id, r.id);
      }
    }
    const hardening = resultOf.get('CLD.9.5.2')!;
    // The platform repository's CI scan (examples/acme-platform), uploaded by Bram's pipeline three days ago and
    // stored as the scans route stores an upload: one `scan` evidence item per covered control.
    const upload = demoScan(`${day(now, -3)}T06:00:00Z`);
    const scanned = await prepareScanEvidence(deps.blobs, upload, acmeResults, {
      orgId: orgIds.acme,
      createdAt: at,
      createdBy: bram.id,
    });
    await insertScanEvidence(trx, orgIds.acme, scanned.items);
    await audit(orgIds.acme, bram, 'scan.uploaded', 'assessment', hardening.assessmentId, {
      note: scanAuditNote(upload, scanned),
    });
    await insertComment(trx, {
      id: randomUUID(),
      orgId: orgIds.acme,
      controlResultId: hardening.id,
      authorId: byEmail.get('dana@certbody.example')!.id,
      body: 'Please show how the report export host is tracked until it requires IMDSv2, and the scan that confirms it.',
      createdAt: at,
    });

    await service(orgIds.globex, grace, {
      name: 'Acme CRM',
      role: 'consumer',
      serviceModel: 'saas',
      provider: 'Acme Cloud Ltd',
      criticality: 'critical',
      dataClassification: 'restricted',
      description: 'CRM for store loyalty and B2B accounts; holds customer personal data.',
    });
    await service(orgIds.globex, grace, {
      name: 'Amazon Web Services',
      role: 'consumer',
      serviceModel: 'iaas',
      provider: 'Amazon Web Services',
      criticality: 'high',
      dataClassification: 'confidential',
      description: 'Globex e-commerce workloads.',
    });
    await assessment(
      orgIds.globex,
      grace,
      { name: 'Globex: ISO/IEC 27017 customer assessment', perspective: 'csc', scope: [] },
      (id) => ({
        applicable: true,
        justification: '',
        status:
          id === 'CLD.6.3.1'
            ? 'partially-implemented'
            : ['5.1.1', '15.1.1', '15.1.2', '9.1.2'].includes(id)
              ? 'implemented'
              : 'not-assessed',
        ownerId: null,
        dueDate: null,
        implementation:
          id === 'CLD.6.3.1'
            ? 'Incident split with Acme Cloud (Acme CRM): Acme detects platform incidents and notifies Globex security within 24 hours ' +
              'by email and status page; Globex detects misuse of its own accounts and reports to Acme support (P1 line) within 4 hours. ' +
              'Acme keeps platform logs 400 days; Globex keeps its SSO logs. Still missing: a joint exercise.'
            : '',
      }),
    );
    return orgIds;
  });
  return { created: true, password: pw, users, orgs };
};
