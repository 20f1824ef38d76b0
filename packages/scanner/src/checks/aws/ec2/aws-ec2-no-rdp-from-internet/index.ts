import { admitsPort, checkInternetIngress, defineCheck } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-rdp-from-internet',
  title: 'Security groups do not open RDP (port 3389) to the internet',
  description:
    'Fails for each ingress rule of a security group that admits port 3389 (TCP or UDP) from 0.0.0.0/0 or ::/0, ' +
    'including all-protocol rules and port ranges that contain 3389.',
  rationale:
    'Remote Desktop exposed to the internet is a leading entry point for ransomware: it is scanned continuously ' +
    'and attacked with password spraying and protocol exploits. Administrative access should come through a ' +
    'bastion, a VPN or Fleet Manager, from known addresses.',
  severity: 'high',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.security-group'],
  remediation: {
    summary:
      'Remove the rule, or limit it to the address ranges of your bastion or VPN; prefer Fleet Manager for remote desktop.',
    terraform:
      'resource "aws_vpc_security_group_ingress_rule" "rdp" {\n  security_group_id = aws_security_group.windows.id\n  ip_protocol       = "tcp"\n  from_port         = 3389\n  to_port           = 3389\n  cidr_ipv4         = "10.20.0.0/16" # the VPN range, never 0.0.0.0/0\n}',
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 3389 --cidr 0.0.0.0/0',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  evaluate: (group) =>
    checkInternetIngress(group, 'RDP (port 3389)', (rule) => admitsPort(rule, ['tcp', 'udp'], 3389)),
});
