import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/value.js';
import { adaptEksCluster } from './adapt-aws-eks.js';
import { tfResource } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const cluster = (values: TfObject, attributeLines: Record<string, number> = {}): TfResource =>
  tfResource(
    'aws_eks_cluster.main',
    { name: 'main', role_arn: 'arn:aws:iam::111122223333:role/eks', ...values },
    { file: 'eks.tf', attributeLines },
  );

const SUBNETS = { subnet_ids: ['subnet-0aaa1111bbbb22223'] };

describe('aws_eks_cluster', () => {
  it('leaves unset settings undefined: the model documents the AWS defaults (public, open, no logs)', () => {
    expect(adaptEksCluster(cluster({ vpc_config: [SUBNETS] }))).toEqual({
      kind: 'aws.eks.cluster',
      provider: 'aws',
      address: 'aws_eks_cluster.main',
      location: { file: 'eks.tf', line: 1 },
      attributeLines: {},
      endpointPublicAccess: undefined,
      endpointPrivateAccess: undefined,
      publicAccessCidrs: undefined,
      logTypes: undefined,
      encryption: undefined,
    });
  });

  it('reads endpoint access, allowed ranges and log types, at their lines', () => {
    const adapted = adaptEksCluster(
      cluster(
        {
          vpc_config: [
            {
              ...SUBNETS,
              endpoint_public_access: true,
              endpoint_private_access: 'true',
              public_access_cidrs: ['203.0.113.0/24'],
            },
          ],
          enabled_cluster_log_types: ['api', 'audit'],
        },
        {
          'vpc_config.0.endpoint_public_access': 6,
          'vpc_config.0.public_access_cidrs': 8,
          enabled_cluster_log_types: 11,
        },
      ),
    );
    expect(adapted).toMatchObject({
      endpointPublicAccess: true,
      endpointPrivateAccess: true,
      publicAccessCidrs: ['203.0.113.0/24'],
      logTypes: ['api', 'audit'],
      attributeLines: { endpointPublicAccess: 6, publicAccessCidrs: 8, logTypes: 11 },
    });
  });

  it('reads encryption entries, naming the key as written or by the address of the key referenced', () => {
    const adapted = adaptEksCluster(
      cluster(
        {
          vpc_config: [SUBNETS],
          encryption_config: [
            { resources: ['secrets'], provider: [{ key_arn: new TfReference('aws_kms_key.eks', 'arn') }] },
            { resources: ['secrets'], provider: [{ key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/abc' }] },
          ],
        },
        { encryption_config: 12, 'encryption_config.0': 12, 'encryption_config.1': 18 },
      ),
    );
    expect(adapted.encryption).toEqual([
      { resources: ['secrets'], keyArn: 'aws_kms_key.eks', line: 12 },
      { resources: ['secrets'], keyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abc', line: 18 },
    ]);
    expect(adapted.attributeLines).toEqual({ encryption: 12 });
  });

  it("reads a plan's empty encryption list as none, and an entry without provider as naming no key", () => {
    expect(
      adaptEksCluster(cluster({ vpc_config: [SUBNETS], encryption_config: [] })).encryption,
    ).toBeUndefined();
    expect(
      adaptEksCluster(cluster({ vpc_config: [SUBNETS], encryption_config: [{ resources: ['secrets'] }] }))
        .encryption,
    ).toEqual([{ resources: ['secrets'], keyArn: undefined, line: 1 }]);
  });

  it('keeps unresolved blocks and values Unknown', () => {
    const why = unknown('variable "vpc" has no default and no value is given');
    expect(adaptEksCluster(cluster({ vpc_config: why }))).toMatchObject({
      endpointPublicAccess: why,
      endpointPrivateAccess: why,
      publicAccessCidrs: why,
    });
    expect(adaptEksCluster(cluster({ enabled_cluster_log_types: why })).logTypes).toBe(why);
    expect(adaptEksCluster(cluster({ encryption_config: why })).encryption).toBe(why);
    expect(adaptEksCluster(cluster({ encryption_config: [why] })).encryption).toEqual([
      { resources: why, keyArn: why, line: 1 },
    ]);
    expect(
      adaptEksCluster(cluster({ encryption_config: [{ resources: ['secrets'], provider: why }] })).encryption,
    ).toEqual([{ resources: ['secrets'], keyArn: why, line: 1 }]);
  });
});
