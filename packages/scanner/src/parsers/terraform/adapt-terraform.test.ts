import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { Unknown } from '../../model/value.js';
import { runChecks } from '../../runner/run-checks.js';
import { adaptTerraform, SUPPORTED_TF_TYPES } from './adapt-terraform.js';
import { statusesOf, tfRef, tfResource } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const res = (address: string, values: TfObject = {}, line = 1): TfResource =>
  tfResource(address, values, { line });

const CONFIG: TfResource[] = [
  res('aws_vpc.main', { cidr_block: '10.0.0.0/16' }, 1),
  res('aws_flow_log.main', { vpc_id: tfRef('aws_vpc.main'), traffic_type: 'ALL' }, 5),
  res('aws_subnet.public', { vpc_id: tfRef('aws_vpc.main'), map_public_ip_on_launch: true }, 10),
  res(
    'aws_instance.web',
    { subnet_id: tfRef('aws_subnet.public'), metadata_options: [{ http_tokens: 'required' }] },
    15,
  ),
  res(
    'aws_security_group.web',
    { ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }] },
    20,
  ),
  res(
    'aws_db_instance.orders',
    { engine: 'postgres', storage_encrypted: true, backup_retention_period: 14 },
    30,
  ),
  res('aws_s3_bucket.data', { bucket: 'acme-data' }, 40),
  res(
    'aws_s3_bucket_versioning.data',
    { bucket: tfRef('aws_s3_bucket.data'), versioning_configuration: [{ status: 'Enabled' }] },
    45,
  ),
  res('aws_kms_key.data', { enable_key_rotation: new Unknown('var.rotate has no value') }, 50),
  res('aws_cloudtrail.main', { is_multi_region_trail: true, enable_log_file_validation: true }, 55),
  res('aws_iam_role.unmodelled', { name: 'x' }, 60),
  res('data.aws_ami.base', { most_recent: true }, 65),
];

describe('adaptTerraform', () => {
  it('adapts the modelled types, reads companions through what they configure and skips the rest', () => {
    const { resources, issues } = adaptTerraform(CONFIG);
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.kind, r.address])).toEqual([
      ['aws.ec2.vpc', 'aws_vpc.main'],
      ['aws.ec2.subnet', 'aws_subnet.public'],
      ['aws.ec2.instance', 'aws_instance.web'],
      ['aws.ec2.security-group', 'aws_security_group.web'],
      ['aws.rds.instance', 'aws_db_instance.orders'],
      ['aws.s3.bucket', 'aws_s3_bucket.data'],
      ['aws.kms.key', 'aws_kms_key.data'],
      ['aws.cloudtrail.trail', 'aws_cloudtrail.main'],
    ]);
    expect(resources.every((r) => r.provider === 'aws' && r.location.file === 'main.tf')).toBe(true);
  });

  it('gives the checks what they need to judge a Terraform configuration', () => {
    const { resources } = adaptTerraform(CONFIG);
    const { results } = runChecks(resources, builtinChecks());
    const status = statusesOf(results);
    expect(status('aws-vpc-flow-logs-enabled', 'aws_vpc.main')).toEqual(['pass']);
    expect(status('aws-ec2-no-public-ip', 'aws_instance.web')).toEqual(['fail']);
    expect(status('aws-ec2-imdsv2-required', 'aws_instance.web')).toEqual(['pass']);
    expect(status('aws-ec2-no-ssh-from-internet', 'aws_security_group.web')).toEqual(['fail']);
    // The provider sends publicly_accessible = false when unset.
    expect(status('aws-rds-not-publicly-accessible', 'aws_db_instance.orders')).toEqual(['pass']);
    expect(status('aws-rds-deletion-protection', 'aws_db_instance.orders')).toEqual(['fail']);
    expect(status('aws-s3-versioning-enabled', 'aws_s3_bucket.data')).toEqual(['pass']);
    expect(status('aws-s3-public-access-blocked', 'aws_s3_bucket.data')).toEqual(['pass']);
    expect(status('aws-kms-key-rotation', 'aws_kms_key.data')).toEqual(['unknown']);
    expect(status('aws-cloudtrail-multi-region', 'aws_cloudtrail.main')).toEqual(['pass']);
    const ssh = results.find((r) => r.checkId === 'aws-ec2-no-ssh-from-internet');
    expect(ssh).toMatchObject({ subject: 'ingress[0]', location: { file: 'main.tf', line: 20 } });
  });

  it('names every type it reads', () => {
    expect(SUPPORTED_TF_TYPES).toEqual(
      expect.arrayContaining([
        'aws_instance',
        'aws_security_group_rule',
        'aws_flow_log',
        'aws_s3_bucket_versioning',
      ]),
    );
  });

  it('adapts nothing from an empty configuration', () => {
    expect(adaptTerraform([])).toEqual({ resources: [], issues: [] });
  });
});
