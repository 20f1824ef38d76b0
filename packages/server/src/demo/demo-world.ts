import type { ResultStatus, Role } from '@nimbus/core';

/** The demo world of ../shared/DEMO.md: who is who, and how far Acme Cloud's CSP assessment has come. */
export const DEMO_ORGS = {
  acme: 'Acme Cloud Ltd',
  globex: 'Globex Retail',
} as const;

export const DEMO_USERS: readonly { email: string; name: string; org: keyof typeof DEMO_ORGS; role: Role }[] =
  [
    { email: 'alice@acme.example', name: 'Alice Moreau', org: 'acme', role: 'owner' },
    { email: 'bram@acme.example', name: 'Bram de Vries', org: 'acme', role: 'editor' },
    { email: 'chen@acme.example', name: 'Chen Li', org: 'acme', role: 'editor' },
    { email: 'dana@certbody.example', name: 'Dana Okafor', org: 'acme', role: 'auditor' },
    { email: 'eli@acme.example', name: 'Eli Novak', org: 'acme', role: 'viewer' },
    { email: 'grace@globex.example', name: 'Grace Hopkins', org: 'globex', role: 'owner' },
    { email: 'ivan@globex.example', name: 'Ivan Petrov', org: 'globex', role: 'editor' },
  ];

/** Controls Acme excludes from its SoA, with the reason it gives. */
export const DEMO_EXCLUSIONS: Record<string, string> = {
  '11.1.6':
    'No delivery or loading areas: Acme runs no data centre; AWS physical controls are inherited (see AWS attestations).',
  '14.2.7': 'No outsourced development: all Acme CRM code is written and reviewed by Acme employees.',
  '6.2.1': 'No mobile devices access production; access is only through managed laptops (see 6.2.2).',
};

/** Explicit statuses for the controls the demo stories are about; others follow the clause rule below. */
export const DEMO_STATUS: Record<string, ResultStatus> = {
  'CLD.6.3.1': 'implemented',
  'CLD.8.1.5': 'implemented',
  'CLD.9.5.1': 'implemented',
  'CLD.9.5.2': 'partially-implemented',
  'CLD.12.1.5': 'implemented',
  'CLD.12.4.5': 'partially-implemented',
  'CLD.13.1.4': 'planned',
  '12.4.1': 'implemented',
  '12.4.3': 'implemented',
  '12.6.1': 'partially-implemented',
  '13.1.3': 'implemented',
  '9.2.3': 'partially-implemented',
  '10.1.2': 'planned',
  '12.3.1': 'implemented',
  '16.1.1': 'implemented',
  '16.1.2': 'implemented',
};

/** Two thirds done: organizational clauses mostly implemented, technical ones partly, the rest not assessed. */
export const demoStatusFor = (controlId: string, position: number): ResultStatus => {
  const fixed = DEMO_STATUS[controlId];
  if (fixed) return fixed;
  const clause = Number(controlId.split('.')[0]);
  if ([5, 6, 7, 8, 15, 18].includes(clause))
    return position % 7 === 3 ? 'partially-implemented' : 'implemented';
  if ([9, 10, 12, 13, 16].includes(clause))
    return position % 3 === 0 ? 'partially-implemented' : position % 3 === 1 ? 'implemented' : 'not-assessed';
  return position % 4 === 0 ? 'planned' : 'not-assessed';
};

/** Results with a due date in the past (overdue in the dashboard) and their owners. */
export const DEMO_OVERDUE = ['CLD.13.1.4', '10.1.2', '12.6.1'];

export const DEMO_IMPLEMENTATION: Record<string, string> = {
  'CLD.9.5.2':
    'EKS worker nodes boot from a hardened AMI built weekly by Packer from the CIS Amazon Linux 2023 benchmark.\n\n' +
    '- IMDSv2 required on every launch template\n- SSH disabled; access through SSM Session Manager only\n' +
    '- **Gap:** the report export host (`aws_instance.report_export`) still allows IMDSv1; the nightly scan flags it ' +
    'and the fix ships with the January batch release.',
  'CLD.9.5.1':
    'Each tenant is a separate PostgreSQL schema with row-level security; tenant ids are enforced in the data access layer ' +
    'and tested in CI. Object storage uses one S3 prefix per tenant with per-tenant KMS keys.',
  'CLD.12.1.5':
    'Tenant deletion, backup restore and key rotation follow the admin runbook (two-person review in the change ticket). ' +
    'All administrator sessions go through SSM with CloudTrail and session logs shipped to the security account.',
  '12.4.3':
    'CloudTrail (all regions, log file validation) and Kubernetes audit logs are shipped to a separate logging account ' +
    'that administrators cannot modify; weekly review by the security team.',
  'CLD.6.3.1':
    'The Acme CRM shared-responsibility matrix is published in the trust centre and referenced in the customer agreement. ' +
    'Incident notification: customers are told within 24 hours of confirmation via the status page and email to their security contact.',
};
