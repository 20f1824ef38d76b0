import { admitsAllPorts, checkInternetIngress, defineCheck } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-all-ports-from-internet',
  title: 'Security groups do not open all ports to the internet',
  description:
    'Fails for each ingress rule that admits every protocol (IpProtocol -1) or the whole TCP or UDP port range ' +
    'from 0.0.0.0/0 or ::/0.',
  rationale:
    'A rule that opens everything to the internet exposes every service on the instance, including ones nobody ' +
    'meant to publish, such as databases, admin consoles and debug ports. It removes the network layer from ' +
    'the defence altogether.',
  severity: 'critical',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.security-group'],
  remediation: {
    summary:
      'Replace the rule with rules for the specific ports the service offers, from the addresses that need them.',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.web.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  evaluate: (group) => checkInternetIngress(group, 'all ports', admitsAllPorts),
});
