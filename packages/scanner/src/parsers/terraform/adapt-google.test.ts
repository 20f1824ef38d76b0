import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { Unknown } from '../../model/value.js';
import { runChecks } from '../../runner/run-checks.js';
import { adaptTerraform, SUPPORTED_TF_TYPES } from './adapt-terraform.js';
import { statusesOf, tfResource } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const res = (address: string, values: TfObject = {}, line = 1): TfResource =>
  tfResource(address, values, { file: 'gcp.tf', line });

const CONFIG: TfResource[] = [
  res('google_compute_network.main', { name: 'main' }, 1),
  res('google_compute_subnetwork.app', { network: new TfReference('google_compute_network.main', 'id') }, 5),
  res(
    'google_compute_firewall.ssh',
    { allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['0.0.0.0/0'] },
    10,
  ),
  res('google_compute_project_metadata_item.oslogin', { key: 'enable-oslogin', value: 'TRUE' }, 15),
  res('data.google_compute_default_service_account.default', {}, 18),
  res(
    'google_compute_instance.web',
    {
      network_interface: [{ network: 'default', access_config: [{}] }],
      shielded_instance_config: [{ enable_secure_boot: true }],
      service_account: [
        {
          email: new TfReference('data.google_compute_default_service_account.default', 'email'),
          scopes: ['cloud-platform'],
        },
      ],
    },
    20,
  ),
  res('google_compute_instance_template.workers', { network_interface: [{ network: 'default' }] }, 30),
  res('google_storage_bucket.data', { uniform_bucket_level_access: true }, 40),
  res('google_kms_crypto_key.data', { rotation_period: new Unknown('var.period has no value') }, 45),
  res(
    'google_sql_database_instance.orders',
    { settings: [{ backup_configuration: [{ enabled: true }] }] },
    50,
  ),
  res('google_container_cluster.main', { datapath_provider: 'ADVANCED_DATAPATH' }, 60),
  res('google_project_iam_audit_config.all', { service: 'allServices', audit_log_config: [] }, 70),
  res('google_compute_address.unmodelled', {}, 80),
];

describe('adaptTerraform with google resources', () => {
  it('adapts the modelled google types, in source order, as Google Cloud resources', () => {
    const { resources, issues } = adaptTerraform(CONFIG);
    // The unmodelled types are named, once, at the first of them: nothing passes over them in silence.
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'gcp.tf', line: 1 },
        message:
          'not checked: no check reads 2 resources here (google_compute_address, google_compute_network)',
      },
    ]);
    expect(resources.map((r) => [r.kind, r.address])).toEqual([
      ['gcp.compute.subnetwork', 'google_compute_subnetwork.app'],
      ['gcp.compute.firewall', 'google_compute_firewall.ssh'],
      ['gcp.compute.instance', 'google_compute_instance.web'],
      ['gcp.compute.instance-template', 'google_compute_instance_template.workers'],
      ['gcp.storage.bucket', 'google_storage_bucket.data'],
      ['gcp.kms.crypto-key', 'google_kms_crypto_key.data'],
      ['gcp.sql.instance', 'google_sql_database_instance.orders'],
      ['gcp.container.cluster', 'google_container_cluster.main'],
      ['gcp.logging.audit-config', 'google_project_iam_audit_config.all'],
    ]);
    expect(resources.every((r) => r.provider === 'gcp' && r.location.file === 'gcp.tf')).toBe(true);
  });

  it('gives the Google Cloud checks what they need to judge a configuration', () => {
    const { resources } = adaptTerraform(CONFIG);
    const { results } = runChecks(resources, builtinChecks());
    const status = statusesOf(results);
    const web = 'google_compute_instance.web';
    expect(status('gcp-compute-no-public-ip', web)).toEqual(['fail']);
    expect(status('gcp-compute-shielded-vm', web)).toEqual(['pass']);
    expect(status('gcp-compute-os-login', web)).toEqual(['pass']);
    expect(status('gcp-compute-os-login', 'google_compute_instance_template.workers')).toEqual(['pass']);
    expect(status('gcp-compute-no-default-service-account-full-scope', web)).toEqual(['fail']);
    expect(status('gcp-compute-firewall-no-ssh-rdp-from-internet', 'google_compute_firewall.ssh')).toEqual([
      'fail',
    ]);
    expect(status('gcp-compute-subnet-flow-logs', 'google_compute_subnetwork.app')).toEqual(['fail']);
    expect(status('gcp-storage-uniform-bucket-access', 'google_storage_bucket.data')).toEqual(['pass']);
    expect(status('gcp-storage-public-access-prevention', 'google_storage_bucket.data')).toEqual(['fail']);
    expect(status('gcp-kms-key-rotation', 'google_kms_crypto_key.data')).toEqual(['unknown']);
    expect(status('gcp-sql-backups-enabled', 'google_sql_database_instance.orders')).toEqual(['pass']);
    expect(status('gcp-sql-no-public-ip', 'google_sql_database_instance.orders')).toEqual(['fail']);
    expect(status('gcp-gke-network-policy', 'google_container_cluster.main')).toEqual(['pass']);
    expect(status('gcp-gke-private-nodes', 'google_container_cluster.main')).toEqual(['fail']);
    expect(status('gcp-logging-audit-all-services', 'google_project_iam_audit_config.all')).toEqual(['fail']);
    // No AWS check runs on Google Cloud resources.
    expect(results.filter((r) => r.checkId.startsWith('aws-'))).toEqual([]);
    const ssh = results.find((r) => r.checkId === 'gcp-compute-firewall-no-ssh-rdp-from-internet');
    expect(ssh).toMatchObject({ subject: 'allow[0]', location: { file: 'gcp.tf', line: 10 } });
  });

  it('names the google types it reads, companions included', () => {
    expect(SUPPORTED_TF_TYPES).toEqual(
      expect.arrayContaining([
        'google_compute_instance',
        'google_compute_region_instance_template',
        'google_compute_firewall',
        'google_compute_project_metadata_item',
        'google_organization_iam_audit_config',
        'google_sql_database_instance',
      ]),
    );
  });
});
