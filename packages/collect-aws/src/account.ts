import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { NimbusError } from '@nimbus/core';
import { errorInfo, isMissingCredentials, isRejectedCredentials } from './aws-errors.js';
import type { AwsClients } from './clients.js';

/** The account the credentials belong to (STS GetCallerIdentity needs no permission). */
export const callerAccount = async (clients: AwsClients, region: string): Promise<string> => {
  try {
    const identity = await clients.sts(region).send(new GetCallerIdentityCommand({}));
    if (identity.Account) return identity.Account;
    throw new NimbusError('INTERNAL', 'STS GetCallerIdentity returned no account id');
  } catch (err) {
    if (err instanceof NimbusError) throw err;
    const { code, message } = errorInfo(err);
    if (isMissingCredentials(err))
      throw new NimbusError('UNAUTHENTICATED', `no AWS credentials found: ${message}`, { code });
    if (isRejectedCredentials(err))
      throw new NimbusError('UNAUTHENTICATED', `AWS rejected the credentials: ${code}: ${message}`, { code });
    throw new NimbusError(
      'INTERNAL',
      `cannot identify the AWS account (STS in ${region}): ${code}: ${message}`,
      {
        code,
      },
    );
  }
};

/** The regions enabled for the account, by name. */
export const enabledRegions = async (clients: AwsClients, region: string): Promise<string[]> => {
  try {
    const output = await clients.ec2(region).send(new DescribeRegionsCommand({}));
    return (output.Regions ?? [])
      .map((r) => r.RegionName)
      .filter((name): name is string => typeof name === 'string')
      .sort();
  } catch (err) {
    const { code, message } = errorInfo(err);
    throw new NimbusError(
      'INVALID_ARGUMENT',
      `cannot list the enabled regions (EC2 DescribeRegions in ${region}: ${code}: ${message}): pass --regions`,
      { code },
    );
  }
};
