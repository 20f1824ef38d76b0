import { minimalPdf } from './minimal-pdf.js';

export interface DemoEvidence {
  readonly title: string;
  readonly filename?: string;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
  readonly url?: string;
  /** Days from today: negative is in the past. */
  readonly collectedDays: number;
  readonly validDays: number | null;
  readonly controls: readonly string[];
}

const text = (s: string) => Buffer.from(s, 'utf8');

/** Acme Cloud's evidence, as DEMO.md describes it. */
export const ACME_EVIDENCE: readonly DemoEvidence[] = [
  {
    title: 'Information Security Policy v3.2',
    filename: 'acme-information-security-policy-v3.2.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf('Acme Cloud Ltd - Information Security Policy v3.2', [
      'Approved by the board on 2026-03-02. Owner: Alice Moreau, Head of Security.',
      '1. Scope: Acme CRM, its AWS platform (eu-west-1) and the people who run it.',
      '2. Cloud services are used and provided under the shared-responsibility matrix (CLD.6.3.1).',
      '3. Customer data is isolated per tenant and deleted within 30 days of contract end (CLD.8.1.5).',
      '4. Reviewed yearly and after major changes.',
    ]),
    collectedDays: -120,
    validDays: 245,
    controls: ['5.1.1', '6.1.1'],
  },
  {
    title: 'EKS node image hardening baseline',
    filename: 'eks-node-hardening-baseline.md',
    contentType: 'text/markdown',
    bytes: text(
      '# EKS node image hardening baseline\n\nBased on the CIS Amazon Linux 2023 benchmark, level 1.\n\n' +
        '- IMDSv2 required (http_tokens = required)\n- No SSH daemon; SSM agent only\n- auditd with the Acme rule set\n' +
        '- Falco runtime detection on every node\n- Weekly rebuild; images older than 30 days are refused by admission policy\n',
    ),
    collectedDays: -30,
    validDays: 60,
    controls: ['CLD.9.5.2', '12.6.1'],
  },
  {
    title: 'Admin runbook: tenant deletion',
    filename: 'runbook-tenant-deletion.md',
    contentType: 'text/markdown',
    bytes: text(
      '# Runbook: deleting a tenant\n\n1. Ticket approved by the customer success lead and a second engineer.\n' +
        '2. Export offered to the customer (30 days).\n3. Schema dropped, S3 prefix deleted, tenant KMS key scheduled for deletion.\n' +
        '4. Deletion certificate sent to the customer.\n',
    ),
    collectedDays: -60,
    validDays: 305,
    controls: ['CLD.12.1.5', 'CLD.8.1.5'],
  },
  {
    title: 'Incident response procedure',
    filename: 'incident-response-procedure.md',
    contentType: 'text/markdown',
    bytes: text(
      '# Incident response\n\nSeverity 1: page on-call within 15 minutes; notify affected customers within 24 hours of confirmation.\n' +
        'Channels: status page, email to the customer security contact.\nLogs kept 400 days in the logging account.\n',
    ),
    collectedDays: -200,
    validDays: -10,
    controls: ['16.1.1', '16.1.2', 'CLD.6.3.1'],
  },
  {
    title: 'Terraform scan results (platform repository)',
    filename: 'terraform-scan-2026-11.json',
    contentType: 'application/json',
    bytes: text(
      `${JSON.stringify(
        {
          tool: 'nimbus scan',
          target: 'acme-platform/terraform',
          summary: { pass: 41, fail: 4, unknown: 1 },
          failures: [
            {
              check: 'aws-ec2-imdsv2-required',
              resource: 'aws_launch_template.legacy_nodes',
              file: 'eks/nodes.tf',
              line: 42,
            },
            {
              check: 'aws-vpc-flow-logs-enabled',
              resource: 'aws_vpc.batch',
              file: 'network/vpc.tf',
              line: 88,
            },
          ],
        },
        null,
        2,
      )}\n`,
    ),
    collectedDays: -3,
    validDays: 27,
    controls: ['CLD.9.5.2', 'CLD.13.1.4', '12.4.1'],
  },
  {
    title: 'AWS SOC 2 Type II report (AWS Artifact)',
    url: 'https://aws.amazon.com/compliance/soc-reports/',
    collectedDays: -90,
    validDays: 20,
    controls: ['CLD.9.5.1', '11.1.1', '11.2.7'],
  },
  {
    title: 'AWS ISO/IEC 27017 certificate',
    url: 'https://aws.amazon.com/compliance/iso-27017-faqs/',
    collectedDays: -90,
    validDays: 400,
    controls: ['CLD.9.5.1', 'CLD.13.1.4'],
  },
];
