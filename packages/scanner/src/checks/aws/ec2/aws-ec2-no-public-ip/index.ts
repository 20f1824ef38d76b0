import {
  defineCheck,
  type Ec2Instance,
  type Finding,
  fail,
  isUnknown,
  type LaunchTemplate,
  nameList,
  pass,
  undetermined,
  unresolved,
} from '../../kit.js';

/** Whether the instances get a public IP address when they start: the public IP setting, else the subnet's. */
const onLaunch = (r: Ec2Instance | LaunchTemplate): Finding => {
  const { associatePublicIp, subnet, existingInterface } = r.network;
  const at = { attribute: 'network.associatePublicIp' };
  if (associatePublicIp === true) return fail('a public IP address is associated on launch', at);
  if (associatePublicIp === false && existingInterface)
    return pass(
      `the primary network interface${existingInterface.address ? ` ${existingInterface.address}` : ''} is an ` +
        'existing one, to which AWS assigns no public IP address on launch',
      { attribute: 'network.existingInterface' },
    );
  if (associatePublicIp === false) return pass('no public IP address is associated', at);
  if (isUnknown(associatePublicIp)) return unresolved('the public IP setting', associatePublicIp, at);
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
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-ec2-no-public-ip',
  title: 'EC2 instances get no public IP address',
  description:
    'Fails when an Elastic IP of the template or configuration is associated with an instance (directly or through ' +
    'a network interface it attaches), when an instance, launch template or launch configuration asks for a ' +
    'public IP address, or when it launches an instance into a subnet of the template that assigns public IPs on ' +
    'launch. Passes when the public IP is turned off, the subnet does not assign one, or the primary network ' +
    'interface is an existing one (AWS assigns public IPs on launch only to new interfaces), and no Elastic IP is ' +
    'associated. Unknown when an Elastic IP association names a target that cannot be resolved (it may be this ' +
    'instance), when the subnet is outside the template, or when no subnet is named (the default VPC assigns ' +
    'public IPs). A snapshot shows the public IPv4 address an instance has, an Elastic IP or not.',
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
      'Launch instances in private subnets and set AssociatePublicIpAddress to false; disassociate and release ' +
      'any Elastic IP attached to the instance or its network interfaces, and publish services through a load ' +
      'balancer instead.',
    terraform:
      'resource "aws_instance" "app" {\n  # ...\n  subnet_id                   = aws_subnet.private.id\n  associate_public_ip_address = false\n}\n\n' +
      '# and no aws_eip or aws_eip_association that names aws_instance.app; serve it through an aws_lb',
    cli:
      'aws ec2 disassociate-address --association-id eipassoc-0123456789abcdef0\n' +
      'aws ec2 release-address --allocation-id eipalloc-0123456789abcdef0\n' +
      'aws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html',
  ],
  evaluate(r) {
    const eips = r.kind === 'aws.ec2.instance' ? r.network.elasticIps : undefined;
    const at = { attribute: 'network.elasticIps' };
    // An Elastic IP makes the instance public whatever its launch settings say.
    if (eips !== undefined && !isUnknown(eips) && eips.length > 0)
      return fail(
        eips.length === 1
          ? `Elastic IP ${eips[0]} is associated with the instance`
          : `Elastic IPs ${nameList(eips)} are associated with the instance`,
        at,
      );
    // One that may be associated leaves a pass in doubt, not a fail or an unknown the launch settings give.
    const launch = onLaunch(r);
    if (launch.status !== 'pass' || eips === undefined) return launch;
    if (isUnknown(eips)) return unresolved('whether an Elastic IP is associated', eips, at);
    return { ...launch, message: `${launch.message}; no Elastic IP is associated either` };
  },
});
