import type { AwsResource } from './aws.js';
import type { AzureResource } from './azure.js';
import type { GcpResource } from './gcp.js';
import type { KubernetesResource } from './kubernetes.js';

/** Every resource of the normalized, input-neutral model. */
export type Resource = AwsResource | KubernetesResource | GcpResource | AzureResource;

export type ResourceKind = Resource['kind'];

export type ResourceOfKind<K extends ResourceKind> = Extract<Resource, { kind: K }>;

/** Every kind, for validating check metadata at load. Kept in step with the union by the type below. */
export const RESOURCE_KINDS = [
  'aws.ec2.instance',
  'aws.ec2.launch-template',
  'aws.ec2.volume',
  'aws.ec2.security-group',
  'aws.ec2.subnet',
  'aws.ec2.vpc',
  'aws.cloudtrail.trail',
  'aws.s3.bucket',
  'aws.rds.instance',
  'aws.rds.cluster',
  'aws.kms.key',
  'aws.guardduty.detector',
  'aws.config.recorder',
  'aws.iam.policy',
  'aws.eks.cluster',
  'aws.ec2.network-acl',
  'k8s.workload',
  'k8s.namespace',
  'k8s.network-policy',
  'k8s.role-binding',
  'k8s.role',
  'k8s.service-account',
  'k8s.persistent-volume',
  'k8s.storage-class',
  'azure.compute.virtual-machine',
  'azure.network.security-group',
  'azure.storage.account',
  'azure.keyvault.vault',
  'azure.monitor.diagnostic-setting',
  'azure.monitor.log-profile',
  'azure.aks.cluster',
  'azure.sql.server',
  'azure.authorization.role-definition',
  'gcp.compute.instance',
  'gcp.compute.instance-template',
  'gcp.compute.firewall',
  'gcp.compute.subnetwork',
  'gcp.storage.bucket',
  'gcp.kms.crypto-key',
  'gcp.logging.audit-config',
  'gcp.container.cluster',
  'gcp.sql.instance',
] as const satisfies readonly ResourceKind[];

// Fails to compile when a kind is added to the union but not to the list above.
type Missing = Exclude<ResourceKind, (typeof RESOURCE_KINDS)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;
