import { defineCheck, fail, nameList, pass, undetermined } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'azure-sql-auditing-enabled',
  title: 'SQL servers have auditing enabled',
  description:
    'Passes when an azurerm_mssql_server_extended_auditing_policy of the configuration names the server ' +
    '(server_id) and is enabled (enabled defaults to true). Unknown when a policy exists whose server cannot be ' +
    'resolved. Fails when no enabled policy audits the server.',
  rationale:
    'Server auditing records who ran which queries and logins against every database of the server. Without it ' +
    'there is no trail to detect data theft or misuse of privileged accounts, or to investigate an incident after ' +
    'the fact.',
  severity: 'medium',
  provider: 'azure',
  service: 'sql',
  resourceKinds: ['azure.sql.server'],
  remediation: {
    summary:
      'Add a server auditing policy that writes to a storage account or, through Azure Monitor, to a Log Analytics workspace.',
    terraform:
      'resource "azurerm_mssql_server_extended_auditing_policy" "acme" {\n  server_id              = azurerm_mssql_server.acme.id\n  storage_endpoint       = azurerm_storage_account.audit.primary_blob_endpoint\n  log_monitoring_enabled = true\n  retention_in_days      = 90\n}',
    cli: 'az sql server audit-policy update --resource-group acme --name acme-sql --state Enabled --blob-storage-target-state Enabled --storage-account acmeaudit',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview',
    'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy',
  ],
  evaluate(server) {
    if (server.auditingPolicies.length > 0) return pass(`audited by ${nameList(server.auditingPolicies)}`);
    if (server.unresolvedAuditingPolicies.length > 0)
      return undetermined(
        `no auditing policy is known to audit this server; whether ${nameList(server.unresolvedAuditingPolicies)} ` +
          'does cannot be resolved',
      );
    return server.disabledAuditingPolicies.length > 0
      ? fail(`the auditing policy of this server is disabled: ${nameList(server.disabledAuditingPolicies)}`)
      : fail('no auditing policy audits this server');
  },
});
