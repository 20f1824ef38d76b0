import { describe, expect, it } from 'vitest';
import type {
  AuditConfig,
  ComputeInstance,
  FirewallRule,
  GkeCluster,
  KmsCryptoKey,
  SqlInstance,
  StorageBucket,
  Subnetwork,
} from '../../model/gcp.js';
import { Unknown } from '../../model/value.js';
import type { CheckOutput, Finding } from '../check.js';
import { check as firewall } from './compute/gcp-compute-firewall-no-ssh-rdp-from-internet/index.js';
import { check as defaultAccount } from './compute/gcp-compute-no-default-service-account-full-scope/index.js';
import { check as publicIp } from './compute/gcp-compute-no-public-ip/index.js';
import { check as osLogin } from './compute/gcp-compute-os-login/index.js';
import { check as shielded } from './compute/gcp-compute-shielded-vm/index.js';
import { check as flowLogs } from './compute/gcp-compute-subnet-flow-logs/index.js';
import { check as networkPolicy } from './gke/gcp-gke-network-policy/index.js';
import { check as rotation } from './kms/gcp-kms-key-rotation/index.js';
import { check as audit } from './logging/gcp-logging-audit-all-services/index.js';
import { check as backups } from './sql/gcp-sql-backups-enabled/index.js';
import { check as accessPrevention } from './storage/gcp-storage-public-access-prevention/index.js';

// Edge cases of the Google Cloud checks, on model values built by hand (the examples cover the common cases).

const base = <K extends string>(kind: K) => ({
  kind,
  provider: 'gcp' as const,
  address: `${kind} x`,
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
});

const vm = (extra: Partial<ComputeInstance> = {}): ComputeInstance => ({
  ...base('gcp.compute.instance'),
  networkInterfaces: [],
  ...extra,
});

const statuses = (output: CheckOutput) =>
  output === undefined ? [] : (Array.isArray(output) ? output : [output as Finding]).map((f) => f.status);

const messages = (output: CheckOutput) =>
  output === undefined ? [] : (Array.isArray(output) ? output : [output as Finding]).map((f) => f.message);

const unresolved = new Unknown('var.x has no value');

describe('gcp-compute-shielded-vm', () => {
  it('fails for any option turned off, even when another is unresolved', () => {
    expect(statuses(shielded.evaluate(vm({ shieldedVm: { secureBoot: true, vtpm: false } })))).toEqual([
      'fail',
    ]);
    expect(
      statuses(shielded.evaluate(vm({ shieldedVm: { secureBoot: unresolved, integrityMonitoring: false } }))),
    ).toEqual(['fail']);
    expect(statuses(shielded.evaluate(vm({ shieldedVm: { secureBoot: unresolved } })))).toEqual(['unknown']);
    expect(statuses(shielded.evaluate(vm({ shieldedVm: unresolved })))).toEqual(['unknown']);
  });
});

describe('gcp-compute-no-public-ip', () => {
  it('fails on a known external address even if another one is unresolved, and passes without interfaces', () => {
    const nic = { index: 0, externalIpv4: unresolved, externalIpv6: true, line: 4 };
    expect(publicIp.evaluate(vm({ networkInterfaces: [nic] }))).toEqual([
      {
        status: 'fail',
        message: 'network_interface[0] has an external IPv6 range (ipv6_access_config)',
        line: 4,
        subject: 'network_interface[0]',
      },
    ]);
    expect(statuses(publicIp.evaluate(vm({ networkInterfaces: unresolved })))).toEqual(['unknown']);
    expect(statuses(publicIp.evaluate(vm()))).toEqual(['pass']);
  });
});

describe('gcp-compute-os-login', () => {
  const project = (value: boolean | Unknown) => ({
    value,
    address: 'google_compute_project_metadata.default',
  });

  it('lets the instance setting win over the project one', () => {
    expect(statuses(osLogin.evaluate(vm({ osLogin: true, projectOsLogin: project(false) })))).toEqual([
      'pass',
    ]);
    expect(statuses(osLogin.evaluate(vm({ osLogin: false, projectOsLogin: project(true) })))).toEqual([
      'fail',
    ]);
    expect(statuses(osLogin.evaluate(vm({ projectOsLogin: project(false) })))).toEqual(['fail']);
  });

  it('cannot tell when the project setting cannot be resolved', () => {
    expect(statuses(osLogin.evaluate(vm({ projectOsLogin: unresolved })))).toEqual(['unknown']);
    expect(statuses(osLogin.evaluate(vm({ projectOsLogin: project(unresolved) })))).toEqual(['unknown']);
  });

  it('fails when nothing enables it, mentioning project-wide keys unless they are blocked', () => {
    expect(messages(osLogin.evaluate(vm()))).toEqual([
      'OS Login is not enabled on the instance or in project metadata (off by default); project-wide SSH keys in metadata are accepted as well',
    ]);
    expect(messages(osLogin.evaluate(vm({ blockProjectSshKeys: true })))).toEqual([
      'OS Login is not enabled on the instance or in project metadata (off by default)',
    ]);
  });
});

describe('gcp-compute-no-default-service-account-full-scope', () => {
  const account = (isDefault: boolean | Unknown, scopes: readonly (string | Unknown)[] | Unknown) =>
    vm({ serviceAccount: { isDefault, scopes, line: 3 } });

  it('passes without an account, and for narrow scopes whatever the account', () => {
    expect(statuses(defaultAccount.evaluate(vm()))).toEqual(['pass']);
    expect(statuses(defaultAccount.evaluate(account(unresolved, ['storage-ro'])))).toEqual(['pass']);
  });

  it('cannot tell when the account or its scopes cannot be resolved', () => {
    expect(statuses(defaultAccount.evaluate(account(unresolved, ['cloud-platform'])))).toEqual(['unknown']);
    expect(statuses(defaultAccount.evaluate(account(true, unresolved)))).toEqual(['unknown']);
    expect(statuses(defaultAccount.evaluate(vm({ serviceAccount: unresolved })))).toEqual(['unknown']);
    expect(statuses(defaultAccount.evaluate(account(false, unresolved)))).toEqual(['pass']);
  });
});

describe('gcp-compute-firewall-no-ssh-rdp-from-internet', () => {
  const rule = (extra: Partial<FirewallRule>): FirewallRule => ({
    ...base('gcp.compute.firewall'),
    allow: [{ protocol: 'tcp', ports: ['22'], line: 5 }],
    deny: [],
    ...extra,
  });

  it('leaves egress rules out and passes disabled or deny-only rules', () => {
    expect(firewall.evaluate(rule({ direction: 'EGRESS' }))).toBeUndefined();
    expect(statuses(firewall.evaluate(rule({ disabled: true })))).toEqual(['pass']);
    expect(statuses(firewall.evaluate(rule({ allow: [], deny: [{ protocol: 'all', line: 5 }] })))).toEqual([
      'pass',
    ]);
  });

  it('cannot tell with an unresolved direction, state, source or entry list', () => {
    expect(statuses(firewall.evaluate(rule({ direction: unresolved })))).toEqual(['unknown']);
    expect(statuses(firewall.evaluate(rule({ disabled: unresolved })))).toEqual(['unknown']);
    expect(statuses(firewall.evaluate(rule({ allow: unresolved })))).toEqual(['unknown']);
    expect(statuses(firewall.evaluate(rule({ sourceRanges: [unresolved] })))).toEqual(['unknown']);
  });

  it('does not flag an entry that opens other ports from a source it cannot resolve', () => {
    expect(
      statuses(
        firewall.evaluate(
          rule({ sourceRanges: unresolved, allow: [{ protocol: 'tcp', ports: ['443'], line: 5 }] }),
        ),
      ),
    ).toEqual(['pass']);
  });
});

describe('gcp-compute-subnet-flow-logs', () => {
  const subnet = (extra: Partial<Subnetwork>): Subnetwork => ({
    ...base('gcp.compute.subnetwork'),
    ...extra,
  });

  it('leaves special-purpose subnets out and fails a sampling rate of 0', () => {
    expect(flowLogs.evaluate(subnet({ purpose: 'PRIVATE_SERVICE_CONNECT' }))).toBeUndefined();
    expect(
      statuses(flowLogs.evaluate(subnet({ purpose: 'PRIVATE', flowLogs: { flowSampling: 0, line: 3 } }))),
    ).toEqual(['fail']);
    expect(statuses(flowLogs.evaluate(subnet({ purpose: unresolved })))).toEqual(['unknown']);
  });
});

describe('gcp-kms-key-rotation', () => {
  const key = (extra: Partial<KmsCryptoKey>): KmsCryptoKey => ({ ...base('gcp.kms.crypto-key'), ...extra });

  it('accepts exactly 90 days, and leaves keys that cannot rotate out', () => {
    expect(statuses(rotation.evaluate(key({ rotationPeriodSeconds: 90 * 86_400 })))).toEqual(['pass']);
    expect(statuses(rotation.evaluate(key({ rotationPeriodSeconds: 90 * 86_400 + 1 })))).toEqual(['fail']);
    expect(rotation.evaluate(key({ purpose: 'ASYMMETRIC_SIGN' }))).toBeUndefined();
    expect(statuses(rotation.evaluate(key({ purpose: unresolved })))).toEqual(['unknown']);
  });
});

describe('gcp-logging-audit-all-services', () => {
  const config = (extra: Partial<AuditConfig>): AuditConfig => ({
    ...base('gcp.logging.audit-config'),
    scope: 'project',
    service: 'allServices',
    logTypes: [],
    ...extra,
  });
  const all = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE'].map((logType) => ({ logType, line: 2 }));

  it('leaves configurations of one service out', () => {
    expect(audit.evaluate(config({ service: 'storage.googleapis.com' }))).toBeUndefined();
    expect(statuses(audit.evaluate(config({ service: unresolved })))).toEqual(['unknown']);
  });

  it('cannot tell whether a type is missing when one entry is unresolved, but fails on a known exemption', () => {
    const some = [
      { logType: 'ADMIN_READ', line: 2 },
      { logType: unresolved, line: 3 },
    ];
    expect(statuses(audit.evaluate(config({ logTypes: some })))).toEqual(['unknown']);
    const exempted = [...some, { logType: 'DATA_READ', exemptedMembers: ['user:a@acme.example'], line: 4 }];
    expect(messages(audit.evaluate(config({ logTypes: exempted })))).toEqual([
      'audit logging of all services is incomplete: DATA_READ exempts user:a@acme.example',
    ]);
    expect(statuses(audit.evaluate(config({ logTypes: all })))).toEqual(['pass']);
  });
});

describe('gcp-gke-network-policy', () => {
  const cluster = (extra: Partial<GkeCluster>): GkeCluster => ({
    ...base('gcp.container.cluster'),
    ...extra,
  });

  it('passes on any form of enforcement, and cannot tell when the only candidates are unresolved', () => {
    expect(
      statuses(
        networkPolicy.evaluate(cluster({ networkPolicy: false, datapathProvider: 'ADVANCED_DATAPATH' })),
      ),
    ).toEqual(['pass']);
    expect(statuses(networkPolicy.evaluate(cluster({ autopilot: unresolved })))).toEqual(['unknown']);
    expect(statuses(networkPolicy.evaluate(cluster({ datapathProvider: 'LEGACY_DATAPATH' })))).toEqual([
      'fail',
    ]);
  });
});

describe('gcp-sql-backups-enabled and gcp-storage-public-access-prevention', () => {
  it('leaves replicas out and fails a prevention value other than enforced', () => {
    const replica: SqlInstance = {
      ...base('gcp.sql.instance'),
      replicaOf: 'google_sql_database_instance.main',
    };
    expect(backups.evaluate(replica)).toBeUndefined();
    const bucket: StorageBucket = { ...base('gcp.storage.bucket'), publicAccessPrevention: 'unspecified' };
    expect(statuses(accessPrevention.evaluate(bucket))).toEqual(['fail']);
  });
});
