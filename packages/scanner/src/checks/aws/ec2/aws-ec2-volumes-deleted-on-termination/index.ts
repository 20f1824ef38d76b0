import { type BlockDevice, defineCheck, fail, isKnown, isUnknown, pass, unresolved } from '../../kit.js';

const nameOf = (d: BlockDevice) => (isKnown(d.deviceName) ? `EBS volume ${d.deviceName}` : 'EBS volume');

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-volumes-deleted-on-termination',
  title: 'EBS volumes of instances are deleted when the instance terminates',
  description:
    'Looks at the EBS block-device mappings of instances, launch templates and launch configurations. Fails for ' +
    'each volume whose DeleteOnTermination is false; passes when it is true or not set (volumes created at launch ' +
    'are then deleted with the instance). Resources that declare no EBS mapping are not judged.',
  rationale:
    'A volume kept after its instance is gone still holds the data it was given, but no longer belongs to any ' +
    'running system: nobody patches, reviews or deletes it, and it is easy to forget when a service or a ' +
    'customer leaves. Deleting volumes with their instance makes removal of data the default outcome; what must ' +
    'outlive the instance belongs in snapshots or backups with a retention policy.',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  remediation: {
    summary:
      'Set DeleteOnTermination to true (or leave it unset) and keep what must survive the instance in snapshots under a retention policy.',
    terraform:
      'resource "aws_instance" "app" {\n  # ...\n  root_block_device {\n    delete_on_termination = true\n  }\n  ebs_block_device {\n    device_name           = "/dev/sdf"\n    delete_on_termination = true\n  }\n}',
    cli: 'aws ec2 modify-instance-attribute --instance-id i-0123456789abcdef0 --block-device-mappings \'[{"DeviceName":"/dev/sdf","Ebs":{"DeleteOnTermination":true}}]\'',
  },
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html'],
  evaluate(r) {
    if (r.blockDevices.length === 0) return undefined;
    return r.blockDevices.map((d) => {
      const name = nameOf(d);
      const extra = { line: d.line, subject: name };
      const keep = d.deleteOnTermination;
      if (isUnknown(keep)) return unresolved(`whether ${name} is deleted on termination`, keep, extra);
      return keep === false
        ? fail(`${name} is kept after the instance terminates (delete on termination is turned off)`, extra)
        : pass(`${name} is deleted with the instance`, extra);
    });
  },
});
