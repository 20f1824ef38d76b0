import { defineCheck, fail, isUnknown, pass, undetermined, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-public-ip',
  title: 'EC2 instances get no public IP address',
  description:
    'Fails when an instance, launch template or launch configuration asks for a public IP address, or launches an ' +
    'instance into a subnet of the template that assigns public IPs on launch. Passes when the public IP is turned ' +
    'off or the subnet does not assign one. Unknown when the subnet is outside the template or no subnet is named ' +
    '(the default VPC assigns public IPs).',
  rationale:
    'An instance with a public address is reachable from the internet as soon as one security group rule allows ' +
    'it. Keeping workloads on private addresses behind load balancers, NAT and bastions keeps the network ' +
    'segregation in the hands of a few reviewed entry points.',
  severity: 'medium',
  provider: 'aws',
  service: 'ec2',
  resourceKinds: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  remediation: {
    summary:
      'Launch instances in private subnets and set AssociatePublicIpAddress to false; publish services through a load balancer.',
    terraform:
      'resource "aws_instance" "app" {\n  # ...\n  subnet_id                   = aws_subnet.private.id\n  associate_public_ip_address = false\n}',
    cli: 'aws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch',
  },
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html'],
  evaluate(r) {
    const { associatePublicIp, subnet } = r.network;
    if (associatePublicIp === true)
      return fail('a public IP address is associated on launch', { attribute: 'network.associatePublicIp' });
    if (associatePublicIp === false)
      return pass('no public IP address is associated', { attribute: 'network.associatePublicIp' });
    if (isUnknown(associatePublicIp))
      return unresolved('the public IP setting', associatePublicIp, {
        attribute: 'network.associatePublicIp',
      });
    if (isUnknown(subnet))
      return unresolved("the subnet's public IP setting", subnet, { attribute: 'network.subnet' });
    if (!subnet)
      return r.kind === 'aws.ec2.instance'
        ? undetermined(
            'no subnet is named: the instance goes to the default VPC, whose subnets assign public IPs if it exists',
          )
        : undetermined(
            'the launch template names no subnet: public IPs depend on the subnets of the group that uses it',
          );
    const map = subnet.mapPublicIpOnLaunch;
    if (isUnknown(map))
      return unresolved(`whether ${subnet.address} assigns public IPs`, map, { attribute: 'network.subnet' });
    return map === true
      ? fail(`${subnet.address} assigns a public IP on launch`, { attribute: 'network.subnet' })
      : pass(`${subnet.address} assigns no public IP on launch`, { attribute: 'network.subnet' });
  },
});
