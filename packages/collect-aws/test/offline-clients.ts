import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EKSClient } from '@aws-sdk/client-eks';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsClients } from '../src/clients.js';

/**
 * Clients with fixed, fake credentials, for tests that mock `send` (aws-sdk-client-mock): nothing reads the
 * credential chain or reaches the network.
 */
export const offlineClients = (): AwsClients => {
  const config = (region: string) => ({
    region,
    credentials: { accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'offline-test-secret' },
  });
  return {
    ec2: (region) => new EC2Client(config(region)),
    s3: (region) => new S3Client(config(region)),
    cloudtrail: (region) => new CloudTrailClient(config(region)),
    rds: (region) => new RDSClient(config(region)),
    kms: (region) => new KMSClient(config(region)),
    sts: (region) => new STSClient(config(region)),
    guardduty: (region) => new GuardDutyClient(config(region)),
    config: (region) => new ConfigServiceClient(config(region)),
    iam: (region) => new IAMClient(config(region)),
    eks: (region) => new EKSClient(config(region)),
  };
};

/** An error as the SDK throws it for an AWS error response. */
export const awsError = (code: string, message = code, status = 400): Error =>
  Object.assign(new Error(message), { name: code, $fault: 'client', $metadata: { httpStatusCode: status } });
