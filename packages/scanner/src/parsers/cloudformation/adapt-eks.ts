import type { EksCluster, EksEncryption } from '../../model/aws.js';
import { type Attr, isUnknown } from '../../model/value.js';
import type { TreeNode } from '../yaml/tree.js';
import { type AdaptContext, begin } from './adapt-context.js';
import type { PropertyReader } from './fields.js';
import { readReference, readStringList } from './read-values.js';
import type { CfnResource } from './template.js';

/** Logging.ClusterLogging.EnabledTypes: a list of `{ Type: api }` entries. */
const logTypes = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly Attr<string>[]> | undefined => {
  const logging = r.map(node);
  if (!logging || isUnknown(logging)) return logging;
  const cluster = r.map(r.at(logging, 'ClusterLogging'));
  if (!cluster || isUnknown(cluster)) return cluster;
  const types = r.list(r.at(cluster, 'EnabledTypes', 'logTypes'));
  if (!types || isUnknown(types)) return types;
  return types.flatMap((item) => {
    const entry = r.map(item);
    if (!entry) return [];
    const type = isUnknown(entry) ? entry : r.str(r.at(entry, 'Type'));
    return type === undefined ? [] : [type];
  });
};

const encryption = (
  r: PropertyReader,
  node: TreeNode | undefined,
): Attr<readonly EksEncryption[]> | undefined => {
  const list = r.list(node);
  if (!list || isUnknown(list)) return list;
  return list.flatMap((item): EksEncryption[] => {
    const entry = r.map(item);
    if (!entry) return [];
    if (isUnknown(entry)) return [{ resources: entry, line: item.line }];
    const provider = r.map(r.at(entry, 'Provider'));
    return [
      {
        resources: readStringList(r, r.at(entry, 'Resources')),
        keyArn: provider && !isUnknown(provider) ? readReference(r, r.at(provider, 'KeyArn')) : provider,
        line: item.line,
      },
    ];
  });
};

export const adaptEksCluster = (resource: CfnResource, ctx: AdaptContext): EksCluster => {
  const { reader: r, props, base } = begin(resource, ctx, 'aws.eks.cluster');
  const vpc = r.map(r.at(props, 'ResourcesVpcConfig'));
  const endpoint = isUnknown(vpc)
    ? { endpointPublicAccess: vpc, endpointPrivateAccess: vpc, publicAccessCidrs: vpc }
    : {
        endpointPublicAccess: r.bool(r.at(vpc, 'EndpointPublicAccess', 'endpointPublicAccess')),
        endpointPrivateAccess: r.bool(r.at(vpc, 'EndpointPrivateAccess', 'endpointPrivateAccess')),
        publicAccessCidrs: readStringList(r, r.at(vpc, 'PublicAccessCidrs', 'publicAccessCidrs')),
      };
  return {
    ...base,
    ...endpoint,
    logTypes: logTypes(r, r.at(props, 'Logging', 'logTypes')),
    encryption: encryption(r, r.at(props, 'EncryptionConfig', 'encryption')),
  };
};
