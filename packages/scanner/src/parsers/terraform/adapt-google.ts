import type { Resource } from '../../model/resource.js';
import type { TfContext } from './adapt-aws-context.js';
import { BUCKET_ACCESS_TYPES } from './adapt-google-bucket-iam.js';
import {
  adaptComputeInstance,
  adaptInstanceFromTemplate,
  adaptInstanceTemplate,
  INSTANCE_TEMPLATE_TYPES,
  PROJECT_METADATA_TYPES,
} from './adapt-google-compute.js';
import { adaptFirewall, adaptSubnetwork } from './adapt-google-network.js';
import {
  AUDIT_CONFIG_TYPES,
  adaptAuditConfig,
  adaptGkeCluster,
  adaptKmsCryptoKey,
  adaptSqlInstance,
  adaptStorageBucket,
} from './adapt-google-services.js';
import type { TfResource } from './tf-resource.js';

// The Google Cloud (google provider) types of the model, for adapt-terraform.ts to dispatch on.

type GoogleAdapter = (resource: TfResource, ctx: TfContext) => Resource;

/** google_* types adapted one to one into the model. */
export const GOOGLE_ADAPTERS: Readonly<Record<string, GoogleAdapter>> = {
  google_compute_instance: adaptComputeInstance,
  google_compute_instance_from_template: adaptInstanceFromTemplate,
  ...Object.fromEntries(INSTANCE_TEMPLATE_TYPES.map((t) => [t, adaptInstanceTemplate])),
  google_compute_firewall: adaptFirewall,
  google_compute_subnetwork: adaptSubnetwork,
  google_storage_bucket: adaptStorageBucket,
  google_kms_crypto_key: adaptKmsCryptoKey,
  google_sql_database_instance: adaptSqlInstance,
  google_container_cluster: adaptGkeCluster,
  ...Object.fromEntries(AUDIT_CONFIG_TYPES.map((t) => [t, adaptAuditConfig])),
};

/** google_* types read only through the resources they configure (project-wide metadata of instances). */
export const GOOGLE_COMPANION_TYPES: readonly string[] = [...PROJECT_METADATA_TYPES, ...BUCKET_ACCESS_TYPES];
