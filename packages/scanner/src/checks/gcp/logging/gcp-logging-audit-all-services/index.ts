import { defineCheck, fail, firstUnknown, isKnown, isUnknown, pass, unresolved } from '../../kit.js';

const REQUIRED = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'] as const;

export const check = defineCheck(import.meta.url, {
  id: 'gcp-logging-audit-all-services',
  title: 'Data Access audit logs are on for all services, with no exempted principal',
  description:
    'Checks google_project_iam_audit_config, google_folder_iam_audit_config and ' +
    'google_organization_iam_audit_config resources for service "allServices"; configurations of a single ' +
    'service are left out. Passes when they enable ADMIN_READ, DATA_READ and DATA_WRITE and exempt no member. ' +
    'Fails when a log type is missing or a member is exempted.',
  rationale:
    'Admin Activity logs only record changes to configuration. Who read or wrote the data, and who listed or ' +
    'inspected resources, is recorded only when Data Access logs are enabled; without them, an investigation ' +
    'cannot tell what a compromised identity accessed. An exempted principal is an identity whose actions leave ' +
    'no trace.',
  severity: 'medium',
  provider: 'gcp',
  service: 'logging',
  resourceKinds: ['gcp.logging.audit-config'],
  remediation: {
    summary:
      'Enable ADMIN_READ, DATA_READ and DATA_WRITE for allServices at the organization, folder or project, without ' +
      'exemptions, and route the logs to a retained sink.',
    terraform:
      'resource "google_project_iam_audit_config" "all" {\n  project = "acme-prod"\n  service = "allServices"\n  audit_log_config {\n    log_type = "ADMIN_READ"\n  }\n  audit_log_config {\n    log_type = "DATA_READ"\n  }\n  audit_log_config {\n    log_type = "DATA_WRITE"\n  }\n}',
    cli: 'gcloud projects get-iam-policy acme-prod --format json > policy.json  # add auditConfigs for allServices, then: gcloud projects set-iam-policy acme-prod policy.json',
  },
  references: ['https://cloud.google.com/logging/docs/audit/configure-data-access'],
  evaluate(config) {
    const { service, logTypes } = config;
    if (isUnknown(service)) return unresolved('the audited service', service, { attribute: 'service' });
    if (service !== 'allServices') return undefined;
    if (isUnknown(logTypes)) return unresolved('the audit log types', logTypes, { attribute: 'logTypes' });
    const problems: string[] = [];
    // What cannot be told: a log type, or the exemptions of a known one.
    const open = firstUnknown(...logTypes.map((e) => (isUnknown(e.logType) ? e.logType : e.exemptedMembers)));
    const enabled = new Set<string>();
    for (const entry of logTypes) {
      if (isUnknown(entry.logType)) continue;
      enabled.add(entry.logType);
      const members = entry.exemptedMembers;
      if (isKnown(members) && members.length > 0)
        problems.push(
          `${entry.logType} exempts ${members.map((m) => (isUnknown(m) ? 'an unresolved member' : m)).join(', ')}`,
        );
    }
    const missing = REQUIRED.filter((t) => !enabled.has(t));
    if (missing.length > 0 && open === undefined) problems.unshift(`${missing.join(', ')} not enabled`);
    if (problems.length > 0)
      return fail(`audit logging of all services is incomplete: ${problems.join('; ')}`, {
        attribute: 'logTypes',
      });
    if (open) return unresolved('the audit log types of all services', open, { attribute: 'logTypes' });
    return pass('ADMIN_READ, DATA_READ and DATA_WRITE are logged for all services, with no exemption', {
      attribute: 'logTypes',
    });
  },
});
