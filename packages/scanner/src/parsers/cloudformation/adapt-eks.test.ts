import { describe, expect, it } from 'vitest';
import type { EksCluster } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const cluster = (props: string, head = '') =>
  parseInput(
    't.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"\n${head}Resources:\n  Key:\n    Type: AWS::KMS::Key\n  C:\n    Type: AWS::EKS::Cluster\n    Properties:\n${props.replace(/^/gm, '      ')}\n`,
  ).resources.find((r): r is EksCluster => r.kind === 'aws.eks.cluster');

describe('AWS::EKS::Cluster', () => {
  it('reads endpoint access, log types and secrets encryption with their lines', () => {
    const c = cluster(
      [
        'ResourcesVpcConfig:',
        '  SubnetIds: [subnet-1]',
        '  EndpointPublicAccess: true',
        '  EndpointPrivateAccess: true',
        '  PublicAccessCidrs: [203.0.113.0/24]',
        'Logging:',
        '  ClusterLogging:',
        '    EnabledTypes: [{ Type: api }, { Type: audit }]',
        'EncryptionConfig:',
        '  - Resources: [secrets]',
        '    Provider: { KeyArn: !GetAtt Key.Arn }',
      ].join('\n'),
    );
    expect(c).toMatchObject({
      endpointPublicAccess: true,
      endpointPrivateAccess: true,
      publicAccessCidrs: ['203.0.113.0/24'],
      logTypes: ['api', 'audit'],
      encryption: [{ resources: ['secrets'], keyArn: 'AWS::KMS::Key Key', line: 17 }],
    });
    expect(c?.attributeLines).toMatchObject({
      endpointPublicAccess: 10,
      publicAccessCidrs: 12,
      logTypes: 15,
    });
  });

  it('leaves unset settings undefined (the AWS defaults apply)', () => {
    const c = cluster('ResourcesVpcConfig:\n  SubnetIds: [subnet-1]');
    expect(c).toMatchObject({ kind: 'aws.eks.cluster', address: 'AWS::EKS::Cluster C' });
    expect([c?.endpointPublicAccess, c?.publicAccessCidrs, c?.logTypes, c?.encryption]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('makes unresolved or malformed settings Unknown instead of throwing', () => {
    const c = cluster(
      'ResourcesVpcConfig: !Ref Vpc\nLogging: { ClusterLogging: { EnabledTypes: api } }\nEncryptionConfig: { Resources: [secrets] }',
      'Parameters:\n  Vpc: { Type: String }\n',
    );
    expect(isUnknown(c?.endpointPublicAccess)).toBe(true);
    expect(isUnknown(c?.publicAccessCidrs)).toBe(true);
    expect(c?.logTypes).toMatchObject({ reason: 'expected a list' });
    expect(c?.encryption).toMatchObject({ reason: 'expected a list' });
  });
});
