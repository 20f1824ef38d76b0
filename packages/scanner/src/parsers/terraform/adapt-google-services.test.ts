import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import {
  adaptAuditConfig,
  adaptGkeCluster,
  adaptKmsCryptoKey,
  adaptSqlInstance,
  adaptStorageBucket,
  parseDuration,
} from './adapt-google-services.js';
import { reasonOf, tfResourceBuilder } from './test-support.js';
import { type TfObject, TfReference } from './tf-resource.js';

const res = tfResourceBuilder({ line: 4 });

describe('google_storage_bucket', () => {
  it('reads uniform access and public access prevention', () => {
    expect(
      adaptStorageBucket(
        res('google_storage_bucket.data', {
          uniform_bucket_level_access: 'true',
          public_access_prevention: 'Enforced',
        }),
      ),
    ).toMatchObject({
      kind: 'gcp.storage.bucket',
      uniformBucketLevelAccess: true,
      publicAccessPrevention: 'enforced',
    });
    const unset = adaptStorageBucket(res('google_storage_bucket.x'));
    expect(unset.uniformBucketLevelAccess).toBeUndefined();
    // The google provider 3.x name, still in modules.
    const legacy = adaptStorageBucket(
      res('google_storage_bucket.old', { bucket_policy_only: true }, { bucket_policy_only: 7 }),
    );
    expect(legacy.uniformBucketLevelAccess).toBe(true);
    expect(legacy.attributeLines.uniformBucketLevelAccess).toBe(7);
    expect(unset.publicAccessPrevention).toBeUndefined();
  });

  it('says what it found when a value has the wrong type', () => {
    expect(
      reasonOf(
        adaptStorageBucket(res('google_storage_bucket.b', { uniform_bucket_level_access: 'yes' }))
          .uniformBucketLevelAccess,
      ),
    ).toBe('expected true or false, found "yes"');
  });
});

describe('google_kms_crypto_key', () => {
  const key = (values: TfObject) => {
    const r = res('google_kms_crypto_key.data', values, { rotation_period: 9 });
    const ctx = new TfContext([r]);
    return { key: adaptKmsCryptoKey(r, ctx), issues: ctx.issues };
  };

  it('parses durations as the API writes them', () => {
    expect(parseDuration('7776000s')).toBe(7_776_000);
    expect(parseDuration('86400.5s')).toBe(86_400.5);
    expect(parseDuration('90d')).toBeUndefined();
    expect(parseDuration('7776000')).toBeUndefined();
  });

  it('reads the rotation period in seconds and the purpose', () => {
    expect(key({ rotation_period: '7776000s', purpose: 'encrypt_decrypt' })).toEqual({
      key: expect.objectContaining({
        kind: 'gcp.kms.crypto-key',
        rotationPeriodSeconds: 7_776_000,
        purpose: 'ENCRYPT_DECRYPT',
        attributeLines: { rotationPeriodSeconds: 9 },
      }),
      issues: [],
    });
    expect(key({}).key.rotationPeriodSeconds).toBeUndefined();
    const unresolved = new Unknown('var.period has no value');
    expect(key({ rotation_period: unresolved }).key.rotationPeriodSeconds).toBe(unresolved);
  });

  it('reports a rotation period that is not a duration, at its line, and leaves it Unknown', () => {
    const { key: k, issues } = key({ rotation_period: '90d' });
    expect(reasonOf(k.rotationPeriodSeconds)).toBe(
      'rotation_period "90d" is not a duration in seconds such as "7776000s"',
    );
    expect(issues).toEqual([
      {
        level: 'warning',
        location: { file: 'main.tf', line: 9 },
        message:
          'google_kms_crypto_key.data: rotation_period "90d" is not a duration in seconds such as "7776000s"',
      },
    ]);
  });
});

describe('google_sql_database_instance', () => {
  it('reads the network and backup settings from the settings block', () => {
    const db = adaptSqlInstance(
      res(
        'google_sql_database_instance.orders',
        {
          database_version: 'POSTGRES_16',
          settings: [
            {
              tier: 'db-f1-micro',
              ip_configuration: [
                {
                  ipv4_enabled: false,
                  private_network: new TfReference('google_compute_network.main', 'id'),
                  authorized_networks: [{ name: 'office', value: '203.0.113.0/24' }],
                },
              ],
              backup_configuration: [{ enabled: true }],
            },
          ],
        },
        {
          'settings.0.ip_configuration.0.ipv4_enabled': 12,
          settings: 6,
          'settings.0.backup_configuration.0': 18,
        },
      ),
    );
    expect(db).toMatchObject({
      kind: 'gcp.sql.instance',
      databaseVersion: 'POSTGRES_16',
      replicaOf: undefined,
      ipv4Enabled: false,
      privateNetwork: 'google_compute_network.main',
      authorizedNetworks: ['203.0.113.0/24'],
      backupsEnabled: true,
      attributeLines: { ipv4Enabled: 12, backupsEnabled: 18 },
    });
  });

  it('leaves unset settings undefined and records replicas', () => {
    const db = adaptSqlInstance(
      res('google_sql_database_instance.replica', {
        master_instance_name: new TfReference('google_sql_database_instance.orders', 'name'),
        settings: [{ tier: 'db-f1-micro' }],
      }),
    );
    expect(db).toMatchObject({
      replicaOf: 'google_sql_database_instance.orders',
      ipv4Enabled: undefined,
      authorizedNetworks: undefined,
      backupsEnabled: undefined,
    });
  });

  it('makes every setting Unknown when the settings block is unresolved', () => {
    const dynamic = new Unknown('dynamic block over an unknown collection');
    const db = adaptSqlInstance(res('google_sql_database_instance.x', { settings: dynamic }));
    expect(db.ipv4Enabled).toBe(dynamic);
    expect(db.backupsEnabled).toBe(dynamic);
    expect(db.authorizedNetworks).toBe(dynamic);
  });

  it('does not crash on blocks of the wrong shape', () => {
    const db = adaptSqlInstance(
      res('google_sql_database_instance.y', {
        settings: [{ ip_configuration: 'public', backup_configuration: [{ enabled: 'sometimes' }] }],
      }),
    );
    expect(reasonOf(db.ipv4Enabled)).toBe('ip_configuration: expected a block, found "public"');
    expect(reasonOf(db.backupsEnabled)).toBe('expected true or false, found "sometimes"');
  });
});

describe('google_container_cluster', () => {
  it('reads Autopilot, private nodes, network policy and the datapath', () => {
    expect(
      adaptGkeCluster(
        res('google_container_cluster.main', {
          enable_autopilot: false,
          private_cluster_config: [{ enable_private_nodes: true }],
          network_policy: [{ enabled: true, provider: 'CALICO' }],
          datapath_provider: 'advanced_datapath',
        }),
      ),
    ).toMatchObject({
      kind: 'gcp.container.cluster',
      autopilot: false,
      privateNodes: true,
      networkPolicy: true,
      datapathProvider: 'ADVANCED_DATAPATH',
    });
    expect(adaptGkeCluster(res('google_container_cluster.x'))).toMatchObject({
      autopilot: undefined,
      privateNodes: undefined,
      networkPolicy: undefined,
      datapathProvider: undefined,
    });
  });

  it('keeps unresolved blocks Unknown and reports wrong shapes', () => {
    const dynamic = new Unknown('dynamic block over an unknown collection');
    expect(
      adaptGkeCluster(res('google_container_cluster.a', { private_cluster_config: dynamic })).privateNodes,
    ).toBe(dynamic);
    expect(
      reasonOf(adaptGkeCluster(res('google_container_cluster.b', { network_policy: [true] })).networkPolicy),
    ).toBe('network_policy: expected a block, found true');
  });
});

describe('audit configurations', () => {
  it('reads the scope, the service and each log type with its exemptions', () => {
    const config = adaptAuditConfig(
      res(
        'google_folder_iam_audit_config.all',
        {
          service: 'allServices',
          audit_log_config: [
            { log_type: 'admin_read' },
            { log_type: 'DATA_READ', exempted_members: ['user:ops@acme.example'] },
            { log_type: 'DATA_WRITE', exempted_members: [] },
          ],
        },
        { 'audit_log_config.1': 11 },
      ),
    );
    expect(config).toMatchObject({
      kind: 'gcp.logging.audit-config',
      scope: 'folder',
      service: 'allServices',
      logTypes: [
        { logType: 'ADMIN_READ', exemptedMembers: undefined, line: 4 },
        { logType: 'DATA_READ', exemptedMembers: ['user:ops@acme.example'], line: 11 },
        { logType: 'DATA_WRITE', exemptedMembers: undefined, line: 4 },
      ],
    });
    expect(adaptAuditConfig(res('google_organization_iam_audit_config.o')).scope).toBe('organization');
    expect(adaptAuditConfig(res('google_project_iam_audit_config.p')).logTypes).toEqual([]);
  });

  it('keeps unresolved entries Unknown and explains entries it cannot read', () => {
    const dynamic = new Unknown('dynamic block over an unknown collection');
    expect(
      adaptAuditConfig(res('google_project_iam_audit_config.a', { audit_log_config: dynamic })).logTypes,
    ).toBe(dynamic);
    const config = adaptAuditConfig(
      res('google_project_iam_audit_config.b', { audit_log_config: [{ exempted_members: 'user:x' }] }),
    );
    const [entry] = config.logTypes instanceof Unknown ? [] : config.logTypes;
    expect(reasonOf(entry?.logType)).toBe('the entry sets no log_type');
    expect(reasonOf(entry?.exemptedMembers)).toBe('exempted_members: expected a list, found "user:x"');
  });
});

describe('deletion protection of google_sql_database_instance', () => {
  it('reads the Terraform guard and the instance setting, each with its line', () => {
    const db = adaptSqlInstance(
      res(
        'google_sql_database_instance.orders',
        {
          deletion_protection: 'false',
          settings: [{ tier: 'db-f1-micro', deletion_protection_enabled: true }],
        },
        { deletion_protection: 9, 'settings.0.deletion_protection_enabled': 14 },
      ),
    );
    expect(db).toMatchObject({
      terraformDeletionProtection: false,
      deletionProtectionEnabled: true,
      attributeLines: { terraformDeletionProtection: 9, deletionProtectionEnabled: 14 },
    });
  });

  it('leaves both undefined when not set (the defaults: Terraform guard on, instance protection off)', () => {
    const db = adaptSqlInstance(
      res('google_sql_database_instance.x', { settings: [{ tier: 'db-f1-micro' }] }),
    );
    expect(db.terraformDeletionProtection).toBeUndefined();
    expect(db.deletionProtectionEnabled).toBeUndefined();
  });

  it('keeps unresolved values Unknown and explains values of the wrong shape', () => {
    const later = new Unknown('var.protect has no value');
    const dynamic = new Unknown('dynamic block over an unknown collection');
    const db = adaptSqlInstance(
      res('google_sql_database_instance.y', { deletion_protection: later, settings: dynamic }),
    );
    expect(db.terraformDeletionProtection).toBe(later);
    expect(db.deletionProtectionEnabled).toBe(dynamic);
    const odd = adaptSqlInstance(
      res('google_sql_database_instance.z', {
        deletion_protection: 'maybe',
        settings: [{ deletion_protection_enabled: [true] }],
      }),
    );
    expect(reasonOf(odd.terraformDeletionProtection)).toBe('expected true or false, found "maybe"');
    expect(reasonOf(odd.deletionProtectionEnabled)).toBe('expected true or false, found a list');
  });
});
