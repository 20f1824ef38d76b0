import { admitsPort, checkInternetIngress, defineCheck } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-ssh-from-internet',
  title: 'Security groups do not open SSH (port 22) to the internet',
  description:
    'Fails for each ingress rule of a security group (inline or a standalone AWS::EC2::SecurityGroupIngress) that ' +
    'admits TCP port 22 from 0.0.0.0/0 or ::/0, including all-protocol rules and port ranges that contain 22.',
  rationale:
    'SSH open to the world is scanned and brute-forced within minutes of exposure, and any weak key, leaked ' +
    'credential or unpatched daemon becomes a way in. Remote administration belongs behind a bastion, a VPN or ' +
    'Session Manager, from known addresses.',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.security-group'],
  remediation: {
    summary:
      'Remove the rule, or limit it to the address ranges of your bastion or VPN; prefer Session Manager for shell access.',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.app.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.20.0.0/16" # the VPN range, never 0.0.0.0/0\n}',
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 0.0.0.0/0',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  evaluate: (group) => checkInternetIngress(group, 'SSH (port 22)', (rule) => admitsPort(rule, ['tcp'], 22)),
});
