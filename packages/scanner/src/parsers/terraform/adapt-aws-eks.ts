import type { EksCluster, EksEncryption } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { partLine } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { block, blocks, bool, reference, strList } from './tf-values.js';

// aws_eks_cluster: endpoint exposure (vpc_config), control-plane logs and secrets encryption. Unset values stay
// undefined: the provider's defaults (public endpoint, open to 0.0.0.0/0, no private endpoint, no logs, no
// encryption configuration) are the AWS defaults the model documents for undefined. A plan leaves
// `public_access_cidrs` unset when the configuration does (AWS computes it), so both inputs read alike.

/** `encryption_config` blocks; undefined when there is none (plan JSON writes that as an empty list). */
const encryption = (r: TfResource): Attr<readonly EksEncryption[]> | undefined => {
  const list = blocks(r.values, 'encryption_config');
  if (isUnknown(list)) return list;
  if (list.length === 0) return undefined;
  return list.map((entry, i): EksEncryption => {
    const line = partLine(r, `encryption_config.${i}`);
    if (isUnknown(entry)) return { resources: entry, keyArn: entry, line };
    const provider = block(entry, 'provider');
    return {
      resources: strList(entry, 'resources'),
      keyArn: isUnknown(provider) ? provider : reference(provider, 'key_arn'),
      line,
    };
  });
};

export const adaptEksCluster = (r: TfResource): EksCluster => {
  const vpc = block(r.values, 'vpc_config');
  const endpoint = isUnknown(vpc)
    ? { endpointPublicAccess: vpc, endpointPrivateAccess: vpc, publicAccessCidrs: vpc }
    : {
        endpointPublicAccess: bool(vpc, 'endpoint_public_access'),
        endpointPrivateAccess: bool(vpc, 'endpoint_private_access'),
        publicAccessCidrs: strList(vpc, 'public_access_cidrs'),
      };
  return {
    ...resourceBase('aws', r, 'aws.eks.cluster', {
      'vpc_config.0.endpoint_public_access': 'endpointPublicAccess',
      'vpc_config.0.endpoint_private_access': 'endpointPrivateAccess',
      'vpc_config.0.public_access_cidrs': 'publicAccessCidrs',
      enabled_cluster_log_types: 'logTypes',
      encryption_config: 'encryption',
    }),
    ...endpoint,
    logTypes: strList(r.values, 'enabled_cluster_log_types'),
    encryption: encryption(r),
  };
};
