import { z } from 'zod';

// Raw items of the governance services (GuardDuty, Config, IAM, EKS) and EC2 network ACLs: see aws-items.ts for
// the conventions (loose objects, companion calls stored under their operation's name).

const text = z.string();
const bool = z.boolean();
const int = z.number().int();
const textList = z.array(text);

/** EC2 DescribeNetworkAcls: `NetworkAcls[]`, each with its entries. */
export const networkAclSchema = z.looseObject({
  NetworkAclId: text,
  VpcId: text.optional(),
  Entries: z
    .array(
      z.looseObject({
        RuleNumber: int.optional(),
        Protocol: text.optional(),
        RuleAction: text.optional(),
        Egress: bool.optional(),
        CidrBlock: text.optional(),
        Ipv6CidrBlock: text.optional(),
        PortRange: z.looseObject({ From: int.optional(), To: int.optional() }).optional(),
      }),
    )
    .optional(),
});

/** GuardDuty ListDetectors: one item per detector id, with its GetDetector output. */
export const guardDutyDetectorSchema = z.looseObject({
  DetectorId: text,
  GetDetector: z.looseObject({ Status: text.optional() }).optional(),
});

/** Config DescribeConfigurationRecorders: `ConfigurationRecorders[]`, each with its recorder status. */
export const configRecorderSchema = z.looseObject({
  name: text,
  arn: text.optional(),
  recordingGroup: z
    .looseObject({
      allSupported: bool.optional(),
      includeGlobalResourceTypes: bool.optional(),
      resourceTypes: textList.optional(),
      exclusionByResourceTypes: z.looseObject({ resourceTypes: textList.optional() }).optional(),
      recordingStrategy: z.looseObject({ useOnly: text.optional() }).optional(),
    })
    .optional(),
  /** The entry of DescribeConfigurationRecorderStatus for this recorder. */
  DescribeConfigurationRecorderStatus: z
    .looseObject({ recording: bool.optional(), lastStatus: text.optional() })
    .optional(),
});

/** IAM ListPolicies with `Scope: 'Local'`: `Policies[]`, each with the GetPolicyVersion of its default version. */
export const iamPolicySchema = z.looseObject({
  PolicyName: text,
  Arn: text,
  DefaultVersionId: text.optional(),
  /** `PolicyVersion.Document` is the JSON text of the document (AWS sends it URL-encoded; either is read). */
  GetPolicyVersion: z
    .looseObject({ PolicyVersion: z.looseObject({ Document: text.optional() }).optional() })
    .optional(),
});

/**
 * IAM inline policies: one item per policy of a role, user or group (Get{Role,User,Group}Policy), with the
 * principal that holds it. `PolicyDocument` is absent when the Get call failed.
 */
export const iamInlinePolicySchema = z.looseObject({
  PrincipalType: z.enum(['role', 'user', 'group']),
  PrincipalName: text,
  PrincipalArn: text,
  PolicyName: text,
  PolicyDocument: text.optional(),
});

/** EKS DescribeCluster: the `cluster` of each name ListClusters gives. */
export const eksClusterSchema = z.looseObject({
  name: text,
  arn: text.optional(),
  resourcesVpcConfig: z
    .looseObject({
      endpointPublicAccess: bool.optional(),
      endpointPrivateAccess: bool.optional(),
      publicAccessCidrs: textList.optional(),
    })
    .optional(),
  logging: z
    .looseObject({
      clusterLogging: z
        .array(z.looseObject({ types: textList.optional(), enabled: bool.optional() }))
        .optional(),
    })
    .optional(),
  encryptionConfig: z
    .array(
      z.looseObject({
        resources: textList.optional(),
        provider: z.looseObject({ keyArn: text.optional() }).optional(),
      }),
    )
    .optional(),
});
