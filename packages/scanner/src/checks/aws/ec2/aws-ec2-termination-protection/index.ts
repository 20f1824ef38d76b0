import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-termination-protection',
  title: 'EC2 instances have termination protection',
  description:
    'Looks at standalone EC2 instances (not launch templates: Auto Scaling replaces its instances by design). ' +
    'Passes when DisableApiTermination is true, on the instance or in the launch template it names; fails when it ' +
    'is false or not set (the default leaves the instance unprotected).',
  rationale:
    'Terminating an instance destroys its instance-store data and, by default, its root volume, in one API call ' +
    'that cannot be undone. Termination protection makes that call fail until someone deliberately lifts the ' +
    'protection: a second step that stops a mistaken script, a wrong console click or a hurried operator.',
  severity: 'low',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.instance'],
  remediation: {
    summary:
      'Set DisableApiTermination to true on long-lived instances, and lift it only as a reviewed step of decommissioning.',
    terraform: 'resource "aws_instance" "db" {\n  # ...\n  disable_api_termination = true\n}',
    cli: 'aws ec2 modify-instance-attribute --instance-id i-0123456789abcdef0 --disable-api-termination',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_ChangingDisableAPITermination.html',
  ],
  evaluate(instance) {
    const on = instance.disableApiTermination;
    const at = { attribute: 'disableApiTermination' };
    if (isUnknown(on)) return unresolved('termination protection', on, at);
    if (on === true) return pass('termination protection is on', at);
    return on === false
      ? fail('termination protection is off', at)
      : fail(
          'termination protection is not set (off by default): the instance can be terminated in one call',
        );
  },
});
