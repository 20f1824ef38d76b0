import type { AzureResource } from '../../model/azure.js';
import type { TfContext } from './adapt-aws-context.js';
import { adaptRoleDefinition } from './adapt-azure-authorization.js';
import { adaptVirtualMachine, VIRTUAL_MACHINE_TYPES } from './adapt-azure-compute.js';
import { FLOW_LOG_TYPES } from './adapt-azure-flow-logs.js';
import { adaptDiagnosticSetting, adaptLogProfile } from './adapt-azure-monitor.js';
import {
  adaptNsg,
  adaptOrphanNsgRule,
  NSG_RULE_TYPE,
  NSG_TYPE,
  standaloneNsgRules,
} from './adapt-azure-network.js';
import {
  adaptAksCluster,
  adaptKeyVault,
  adaptSqlServer,
  adaptStorageAccount,
  NETWORK_RULES_TYPE,
  SQL_AUDITING_TYPE,
} from './adapt-azure-services.js';
import { MANAGEMENT_POLICY_TYPE } from './adapt-azure-storage-data.js';
import type { TfResource } from './tf-resource.js';

// The Azure (azurerm) side of the Terraform adapter: one entry point that adapts every Azure resource of a
// configuration, companions read by the resource they configure.

type Adapter = (resource: TfResource, ctx: TfContext) => AzureResource | undefined;

const ADAPTERS: Readonly<Record<string, Adapter>> = {
  ...Object.fromEntries(Object.keys(VIRTUAL_MACHINE_TYPES).map((t) => [t, adaptVirtualMachine])),
  azurerm_storage_account: adaptStorageAccount,
  azurerm_key_vault: adaptKeyVault,
  azurerm_kubernetes_cluster: adaptAksCluster,
  azurerm_mssql_server: adaptSqlServer,
  azurerm_sql_server: adaptSqlServer,
  azurerm_role_definition: adaptRoleDefinition,
  azurerm_monitor_diagnostic_setting: adaptDiagnosticSetting,
  azurerm_monitor_log_profile: adaptLogProfile,
};

/** Every azurerm type the Azure adapters read, companions included. */
export const AZURE_TF_TYPES: readonly string[] = [
  ...new Set([
    ...Object.keys(ADAPTERS),
    NSG_TYPE,
    NSG_RULE_TYPE,
    ...FLOW_LOG_TYPES,
    NETWORK_RULES_TYPE,
    SQL_AUDITING_TYPE,
    MANAGEMENT_POLICY_TYPE,
  ]),
].sort();

/** The Azure resources of one configuration (or plan), in source order; orphan NSG rules last. */
export const adaptAzure = (ctx: TfContext): AzureResource[] => {
  const rules = standaloneNsgRules(ctx);
  const adapted: AzureResource[] = [];
  for (const resource of ctx.resources) {
    if (resource.mode !== 'managed') continue;
    if (resource.type === NSG_TYPE) {
      adapted.push(adaptNsg(resource, rules.byGroup.get(resource.address) ?? [], ctx));
      continue;
    }
    const model = ADAPTERS[resource.type]?.(resource, ctx);
    if (model) adapted.push(model);
  }
  for (const orphan of rules.orphans) adapted.push(adaptOrphanNsgRule(orphan.resource, orphan.rule));
  return adapted;
};
