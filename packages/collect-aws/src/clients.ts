import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EKSClient } from '@aws-sdk/client-eks';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms';
import { RDSClient } from '@aws-sdk/client-rds';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import type { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { SDK_MAX_ATTEMPTS } from './retry.js';

export type CredentialProvider = ReturnType<typeof fromNodeProviderChain>;

/** The AWS clients the collector uses, one per service and region. Tests pass their own. */
export interface AwsClients {
  ec2(region: string): EC2Client;
  s3(region: string): S3Client;
  cloudtrail(region: string): CloudTrailClient;
  rds(region: string): RDSClient;
  kms(region: string): KMSClient;
  sts(region: string): STSClient;
  guardduty(region: string): GuardDutyClient;
  config(region: string): ConfigServiceClient;
  iam(region: string): IAMClient;
  eks(region: string): EKSClient;
}

/** Client settings a caller may add (tests give a request handler that answers without a network). */
export type ClientOverrides = Pick<KMSClientConfig, 'requestHandler'>;

interface Destroyable {
  destroy(): void;
}

/**
 * Clients created on first use and reused, all with the same credentials and the SDK's standard retry strategy
 * with more attempts than its default. `destroy` closes their connections so the process can exit.
 */
export const createClients = (
  credentials: CredentialProvider,
  overrides: ClientOverrides = {},
): AwsClients & Destroyable => {
  const cache = new Map<string, Destroyable>();
  const config = (region: string) => ({
    region,
    credentials,
    maxAttempts: SDK_MAX_ATTEMPTS,
    retryMode: 'standard',
    ...overrides,
  });
  const get = <C extends Destroyable>(service: string, region: string, create: () => C): C => {
    const key = `${service}/${region}`;
    let client = cache.get(key);
    if (!client) {
      client = create();
      cache.set(key, client);
    }
    return client as C;
  };
  return {
    ec2: (region) => get('ec2', region, () => new EC2Client(config(region))),
    // A bucket in another region answers with a redirect: follow it rather than fail.
    s3: (region) => get('s3', region, () => new S3Client({ ...config(region), followRegionRedirects: true })),
    cloudtrail: (region) => get('cloudtrail', region, () => new CloudTrailClient(config(region))),
    rds: (region) => get('rds', region, () => new RDSClient(config(region))),
    kms: (region) => get('kms', region, () => new KMSClient(config(region))),
    sts: (region) => get('sts', region, () => new STSClient(config(region))),
    guardduty: (region) => get('guardduty', region, () => new GuardDutyClient(config(region))),
    config: (region) => get('config', region, () => new ConfigServiceClient(config(region))),
    iam: (region) => get('iam', region, () => new IAMClient(config(region))),
    eks: (region) => get('eks', region, () => new EKSClient(config(region))),
    destroy: () => {
      for (const client of cache.values()) client.destroy();
      cache.clear();
    },
  };
};
