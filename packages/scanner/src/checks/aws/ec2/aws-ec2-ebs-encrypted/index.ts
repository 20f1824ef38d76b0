import {
  type BlockDevice,
  defineCheck,
  type Finding,
  fail,
  isKnown,
  isUnknown,
  pass,
  undetermined,
  unresolved,
} from '../../kit.js';

const judge = (
  encrypted: BlockDevice['encrypted'],
  snapshotId: BlockDevice['snapshotId'],
  what: string,
  extra: Omit<Finding, 'status' | 'message'>,
): Finding => {
  if (encrypted === true) return pass(`${what} is encrypted`, extra);
  if (isUnknown(encrypted)) return unresolved(`encryption of ${what}`, encrypted, extra);
  if (encrypted === false) return fail(`${what} is explicitly not encrypted`, extra);
  if (snapshotId !== undefined)
    return undetermined(
      `${what} is created from a snapshot and inherits its encryption, which the source does not show`,
      extra,
    );
  return fail(
    `${what} does not set encryption: it is stored unencrypted unless EBS encryption by default is on for the account and region`,
    extra,
  );
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-ebs-encrypted',
  title: 'EBS volumes are encrypted at rest',
  description:
    'Checks standalone EBS volumes and the EBS volumes that instances, launch templates and launch configurations ' +
    'declare in their block-device mappings. Passes when encryption is on; fails when it is off or not set (then ' +
    'only the account-level "encryption by default" setting, invisible in the template, would encrypt it). An ' +
    'instance, launch template or launch configuration that declares no EBS mapping leaves the root volume with ' +
    'the encryption of the AMI: unknown.',
  rationale:
    'Unencrypted volumes and their snapshots expose data to anyone who obtains a copy: a shared or leaked snapshot, ' +
    'a volume attached to another instance, a decommissioned disk. EBS encryption with KMS costs nothing in ' +
    'performance and puts every read behind a key policy.',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.volume', 'aws.ec2.instance', 'aws.ec2.launch-template'],
  remediation: {
    summary:
      'Set Encrypted to true on every EBS volume and block-device mapping, and turn on EBS encryption by default in every region.',
    terraform:
      'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}\n\nresource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 100\n  encrypted         = true\n}',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region eu-west-1',
  },
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
  evaluate(r) {
    if (r.kind === 'aws.ec2.volume')
      return judge(r.encrypted, r.snapshotId, 'the volume', { attribute: 'encrypted' });
    // Without a mapping the root volume is the AMI's, encrypted as its snapshot and the account default say:
    // neither is in the source, for an instance as for the instances a template or configuration launches.
    if (r.blockDevices.length === 0)
      return undetermined(
        r.kind === 'aws.ec2.instance'
          ? 'no EBS block-device mapping is declared: the root volume keeps the encryption of the AMI and the account default'
          : 'no EBS block-device mapping is declared: the root volume of each instance launched from it keeps the encryption of the AMI and the account default',
      );
    return r.blockDevices.map((d) => {
      const name = isKnown(d.deviceName) ? `EBS volume ${d.deviceName}` : 'EBS volume';
      return judge(d.encrypted, d.snapshotId, name, { line: d.line, subject: name });
    });
  },
});
