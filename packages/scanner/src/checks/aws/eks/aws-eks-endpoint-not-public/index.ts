import { admitsAllAddresses, anyOf, defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-eks-endpoint-not-public',
  title: 'EKS API server endpoints are not open to the whole internet',
  description:
    'Passes when EndpointPublicAccess is false (the API server is reached only from the VPC), or when it is public ' +
    'but PublicAccessCidrs lists specific ranges. Fails when the public endpoint admits 0.0.0.0/0 or ::/0, which ' +
    'is the default: without ResourcesVpcConfig settings EKS exposes the endpoint to every address.',
  rationale:
    'The Kubernetes API server is the control panel of every workload in the cluster. Reachable from anywhere, ' +
    'it is exposed to credential stuffing, to stolen kubeconfig files used from any network and to the next API ' +
    'server vulnerability. Administrative interfaces of a virtual network deserve the same perimeter a physical ' +
    'data centre gives its management network.',
  severity: 'high',
  provider: 'aws',
  service: 'eks',
  resourceKinds: ['aws.eks.cluster'],
  remediation: {
    summary:
      'Turn on the private endpoint and turn off the public one, or limit PublicAccessCidrs to the ranges of your VPN and CI runners.',
    terraform:
      'resource "aws_eks_cluster" "main" {\n  # ...\n  vpc_config {\n    subnet_ids              = var.private_subnet_ids\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
    cli: 'aws eks update-cluster-config --name main --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
  evaluate(cluster) {
    const publicAccess = cluster.endpointPublicAccess;
    if (isUnknown(publicAccess))
      return unresolved('whether the endpoint is public', publicAccess, {
        attribute: 'endpointPublicAccess',
      });
    if (publicAccess === false)
      return pass('the API server endpoint is private', { attribute: 'endpointPublicAccess' });
    const cidrs = cluster.publicAccessCidrs;
    const at = { attribute: 'publicAccessCidrs' };
    if (isUnknown(cidrs)) return unresolved('the ranges allowed to reach the endpoint', cidrs, at);
    if (cidrs === undefined || cidrs.length === 0)
      return fail(
        'the API server endpoint is public and open to every address (no allowed address ranges are set)',
        {
          attribute: 'endpointPublicAccess',
        },
      );
    const open = anyOf(cidrs, admitsAllAddresses);
    if (open.value === true) return fail(`the public API server endpoint admits ${open.item}`, at);
    if (open.value !== false) return unresolved('the ranges allowed to reach the endpoint', open.value, at);
    return pass(`the public endpoint admits only ${cidrs.join(', ')}`, at);
  },
});
