import { NimbusError } from '@nimbus/core';
import { check as awsCloudtrailCloudwatchIntegration } from './aws/cloudtrail/aws-cloudtrail-cloudwatch-integration/index.js';
import { check as awsCloudtrailKmsEncrypted } from './aws/cloudtrail/aws-cloudtrail-kms-encrypted/index.js';
import { check as awsCloudtrailLogValidation } from './aws/cloudtrail/aws-cloudtrail-log-validation/index.js';
import { check as awsCloudtrailManagementEvents } from './aws/cloudtrail/aws-cloudtrail-management-events/index.js';
import { check as awsCloudtrailMultiRegion } from './aws/cloudtrail/aws-cloudtrail-multi-region/index.js';
import { check as awsConfigRecorderAllResources } from './aws/config/aws-config-recorder-all-resources/index.js';
import { check as awsEc2EbsEncrypted } from './aws/ec2/aws-ec2-ebs-encrypted/index.js';
import { check as awsEc2Imdsv2Required } from './aws/ec2/aws-ec2-imdsv2-required/index.js';
import { check as awsEc2NoAllPortsFromInternet } from './aws/ec2/aws-ec2-no-all-ports-from-internet/index.js';
import { check as awsEc2NoDatabasePortsFromInternet } from './aws/ec2/aws-ec2-no-database-ports-from-internet/index.js';
import { check as awsEc2NoPublicIp } from './aws/ec2/aws-ec2-no-public-ip/index.js';
import { check as awsEc2NoRdpFromInternet } from './aws/ec2/aws-ec2-no-rdp-from-internet/index.js';
import { check as awsEc2NoSshFromInternet } from './aws/ec2/aws-ec2-no-ssh-from-internet/index.js';
import { check as awsEc2TerminationProtection } from './aws/ec2/aws-ec2-termination-protection/index.js';
import { check as awsEc2VolumesDeletedOnTermination } from './aws/ec2/aws-ec2-volumes-deleted-on-termination/index.js';
import { check as awsEksControlPlaneLogging } from './aws/eks/aws-eks-control-plane-logging/index.js';
import { check as awsEksEndpointNotPublic } from './aws/eks/aws-eks-endpoint-not-public/index.js';
import { check as awsEksSecretsEncrypted } from './aws/eks/aws-eks-secrets-encrypted/index.js';
import { check as awsGuarddutyDetectorEnabled } from './aws/guardduty/aws-guardduty-detector-enabled/index.js';
import { check as awsIamNoWildcardAdminPolicy } from './aws/iam/aws-iam-no-wildcard-admin-policy/index.js';
import { check as awsKmsKeyDeletionWindow } from './aws/kms/aws-kms-key-deletion-window/index.js';
import { check as awsKmsKeyRotation } from './aws/kms/aws-kms-key-rotation/index.js';
import { check as awsRdsBackupRetention } from './aws/rds/aws-rds-backup-retention/index.js';
import { check as awsRdsDeleteAutomatedBackups } from './aws/rds/aws-rds-delete-automated-backups/index.js';
import { check as awsRdsDeletionProtection } from './aws/rds/aws-rds-deletion-protection/index.js';
import { check as awsRdsNotPubliclyAccessible } from './aws/rds/aws-rds-not-publicly-accessible/index.js';
import { check as awsRdsStorageEncrypted } from './aws/rds/aws-rds-storage-encrypted/index.js';
import { check as awsS3EncryptionKms } from './aws/s3/aws-s3-encryption-kms/index.js';
import { check as awsS3LifecycleExpiration } from './aws/s3/aws-s3-lifecycle-expiration/index.js';
import { check as awsS3PublicAccessBlocked } from './aws/s3/aws-s3-public-access-blocked/index.js';
import { check as awsS3VersioningEnabled } from './aws/s3/aws-s3-versioning-enabled/index.js';
import { check as awsVpcFlowLogsEnabled } from './aws/vpc/aws-vpc-flow-logs-enabled/index.js';
import { check as awsVpcNaclNoAdminPortsFromInternet } from './aws/vpc/aws-vpc-nacl-no-admin-ports-from-internet/index.js';
import { check as azureAksRbacAndNetworkPolicy } from './azure/aks/azure-aks-rbac-and-network-policy/index.js';
import { check as azureNoCustomOwnerRoles } from './azure/authorization/azure-no-custom-owner-roles/index.js';
import { check as azureKeyvaultPurgeProtection } from './azure/keyvault/azure-keyvault-purge-protection/index.js';
import { check as azureMonitorActivityLogDiagnostics } from './azure/monitor/azure-monitor-activity-log-diagnostics/index.js';
import { check as azureNetworkWatcherFlowLogs } from './azure/network/azure-network-watcher-flow-logs/index.js';
import { check as azureNsgNoSshRdpFromInternet } from './azure/nsg/azure-nsg-no-ssh-rdp-from-internet/index.js';
import { check as azureSqlAuditingEnabled } from './azure/sql/azure-sql-auditing-enabled/index.js';
import { check as azureStorageBlobSoftDelete } from './azure/storage/azure-storage-blob-soft-delete/index.js';
import { check as azureStorageHttpsOnlyTls12 } from './azure/storage/azure-storage-https-only-tls12/index.js';
import { check as azureStorageLifecycleDelete } from './azure/storage/azure-storage-lifecycle-delete/index.js';
import { check as azureStorageNetworkRestricted } from './azure/storage/azure-storage-network-restricted/index.js';
import { check as azureStorageNoPublicAccess } from './azure/storage/azure-storage-no-public-access/index.js';
import { check as azureVmEncryptionAtHost } from './azure/vm/azure-vm-encryption-at-host/index.js';
import { check as azureVmNoPasswordAuth } from './azure/vm/azure-vm-no-password-auth/index.js';
import type { Check } from './check.js';
import { check as gcpComputeFirewallNoSshRdpFromInternet } from './gcp/compute/gcp-compute-firewall-no-ssh-rdp-from-internet/index.js';
import { check as gcpComputeNoDefaultServiceAccountFullScope } from './gcp/compute/gcp-compute-no-default-service-account-full-scope/index.js';
import { check as gcpComputeNoPublicIp } from './gcp/compute/gcp-compute-no-public-ip/index.js';
import { check as gcpComputeOsLogin } from './gcp/compute/gcp-compute-os-login/index.js';
import { check as gcpComputeShieldedVm } from './gcp/compute/gcp-compute-shielded-vm/index.js';
import { check as gcpComputeSubnetFlowLogs } from './gcp/compute/gcp-compute-subnet-flow-logs/index.js';
import { check as gcpGkeNetworkPolicy } from './gcp/gke/gcp-gke-network-policy/index.js';
import { check as gcpGkePrivateNodes } from './gcp/gke/gcp-gke-private-nodes/index.js';
import { check as gcpKmsKeyRotation } from './gcp/kms/gcp-kms-key-rotation/index.js';
import { check as gcpLoggingAuditAllServices } from './gcp/logging/gcp-logging-audit-all-services/index.js';
import { check as gcpSqlBackupsEnabled } from './gcp/sql/gcp-sql-backups-enabled/index.js';
import { check as gcpSqlDeletionProtection } from './gcp/sql/gcp-sql-deletion-protection/index.js';
import { check as gcpSqlNoPublicIp } from './gcp/sql/gcp-sql-no-public-ip/index.js';
import { check as gcpStorageLifecycleDelete } from './gcp/storage/gcp-storage-lifecycle-delete/index.js';
import { check as gcpStorageNoPublicGrants } from './gcp/storage/gcp-storage-no-public-grants/index.js';
import { check as gcpStoragePublicAccessPrevention } from './gcp/storage/gcp-storage-public-access-prevention/index.js';
import { check as gcpStorageUniformBucketAccess } from './gcp/storage/gcp-storage-uniform-bucket-access/index.js';
import { check as k8sNamespaceNetworkPolicy } from './kubernetes/network/k8s-namespace-network-policy/index.js';
import { check as k8sNoClusterAdminBinding } from './kubernetes/rbac/k8s-no-cluster-admin-binding/index.js';
import { check as k8sNoWildcardRbacRules } from './kubernetes/rbac/k8s-no-wildcard-rbac-rules/index.js';
import { check as k8sPvReclaimPolicy } from './kubernetes/storage/k8s-pv-reclaim-policy/index.js';
import { check as k8sMemoryLimits } from './kubernetes/workload/k8s-memory-limits/index.js';
import { check as k8sNoDangerousCapabilities } from './kubernetes/workload/k8s-no-dangerous-capabilities/index.js';
import { check as k8sNoHostNamespaces } from './kubernetes/workload/k8s-no-host-namespaces/index.js';
import { check as k8sNoHostPathVolumes } from './kubernetes/workload/k8s-no-host-path-volumes/index.js';
import { check as k8sNoHostPorts } from './kubernetes/workload/k8s-no-host-ports/index.js';
import { check as k8sNoLatestImageTag } from './kubernetes/workload/k8s-no-latest-image-tag/index.js';
import { check as k8sNoPrivilegeEscalation } from './kubernetes/workload/k8s-no-privilege-escalation/index.js';
import { check as k8sNoPrivilegedContainers } from './kubernetes/workload/k8s-no-privileged-containers/index.js';
import { check as k8sNoSecretsInEnv } from './kubernetes/workload/k8s-no-secrets-in-env/index.js';
import { check as k8sReadOnlyRootFilesystem } from './kubernetes/workload/k8s-read-only-root-filesystem/index.js';
import { check as k8sRunAsNonRoot } from './kubernetes/workload/k8s-run-as-non-root/index.js';
import { check as k8sSeccompProfileSet } from './kubernetes/workload/k8s-seccomp-profile-set/index.js';
import { check as k8sServiceAccountTokenNotAutomounted } from './kubernetes/workload/k8s-service-account-token-not-automounted/index.js';
import { validateChecks } from './validate-checks.js';

/**
 * Every built-in check. Add a new check's import here: the registry test fails for a check folder that is
 * missing from this list. Each check is typed by its own resource kinds (hence the widening cast); the runner
 * hands every check only resources of those kinds.
 */
const BUILTIN = [
  awsCloudtrailLogValidation,
  awsCloudtrailMultiRegion,
  awsEc2EbsEncrypted,
  awsEc2Imdsv2Required,
  awsEc2NoAllPortsFromInternet,
  awsEc2NoPublicIp,
  awsEc2NoRdpFromInternet,
  awsEc2NoSshFromInternet,
  awsKmsKeyRotation,
  awsRdsBackupRetention,
  awsRdsDeletionProtection,
  awsRdsNotPubliclyAccessible,
  awsRdsStorageEncrypted,
  awsS3EncryptionKms,
  awsS3PublicAccessBlocked,
  awsS3VersioningEnabled,
  awsVpcFlowLogsEnabled,
  k8sNamespaceNetworkPolicy,
  k8sNoClusterAdminBinding,
  k8sMemoryLimits,
  k8sNoDangerousCapabilities,
  k8sNoHostNamespaces,
  k8sNoLatestImageTag,
  k8sNoPrivilegeEscalation,
  k8sNoPrivilegedContainers,
  k8sReadOnlyRootFilesystem,
  k8sRunAsNonRoot,
  awsGuarddutyDetectorEnabled,
  awsConfigRecorderAllResources,
  awsCloudtrailKmsEncrypted,
  awsCloudtrailCloudwatchIntegration,
  awsCloudtrailManagementEvents,
  awsIamNoWildcardAdminPolicy,
  awsEc2TerminationProtection,
  awsEc2VolumesDeletedOnTermination,
  awsS3LifecycleExpiration,
  awsRdsDeleteAutomatedBackups,
  awsKmsKeyDeletionWindow,
  awsEksEndpointNotPublic,
  awsEksControlPlaneLogging,
  awsEksSecretsEncrypted,
  awsVpcNaclNoAdminPortsFromInternet,
  k8sNoHostPathVolumes,
  k8sNoHostPorts,
  k8sSeccompProfileSet,
  k8sServiceAccountTokenNotAutomounted,
  k8sNoSecretsInEnv,
  k8sNoWildcardRbacRules,
  azureAksRbacAndNetworkPolicy,
  azureKeyvaultPurgeProtection,
  azureMonitorActivityLogDiagnostics,
  azureNetworkWatcherFlowLogs,
  azureNsgNoSshRdpFromInternet,
  azureSqlAuditingEnabled,
  azureStorageHttpsOnlyTls12,
  azureStorageNetworkRestricted,
  azureStorageNoPublicAccess,
  azureVmEncryptionAtHost,
  azureVmNoPasswordAuth,
  gcpComputeShieldedVm,
  gcpComputeNoPublicIp,
  gcpComputeOsLogin,
  gcpComputeNoDefaultServiceAccountFullScope,
  gcpComputeFirewallNoSshRdpFromInternet,
  gcpComputeSubnetFlowLogs,
  gcpStorageUniformBucketAccess,
  gcpStoragePublicAccessPrevention,
  gcpKmsKeyRotation,
  gcpLoggingAuditAllServices,
  gcpGkePrivateNodes,
  gcpGkeNetworkPolicy,
  gcpSqlNoPublicIp,
  gcpSqlBackupsEnabled,
  gcpStorageLifecycleDelete,
  azureStorageLifecycleDelete,
  azureStorageBlobSoftDelete,
  k8sPvReclaimPolicy,
  gcpSqlDeletionProtection,
  awsEc2NoDatabasePortsFromInternet,
  azureNoCustomOwnerRoles,
  gcpStorageNoPublicGrants,
] as readonly Check[];

let loaded: readonly Check[] | undefined;

/** The built-in checks, validated once: incomplete metadata or an id that differs from its folder throws. */
export const builtinChecks = (): readonly Check[] => {
  if (loaded) return loaded;
  const problems = validateChecks(BUILTIN);
  if (problems.length > 0)
    throw new NimbusError('INTERNAL', `invalid checks:\n${problems.join('\n')}`, { problems });
  loaded = [...BUILTIN].sort((a, b) => a.id.localeCompare(b.id));
  return loaded;
};
