import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { NimbusError } from '@nimbus/core';
import { isMissingCredentials } from './aws-errors.js';
import type { CredentialProvider } from './clients.js';

type Identity = Awaited<ReturnType<CredentialProvider>>;

/** Credentials are fetched again when they expire within this margin. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One provider shared by every client, so an assumed role or an SSO session is resolved once, not once per
 * client, and refreshed shortly before it expires.
 */
const shared = (provider: CredentialProvider): CredentialProvider => {
  let current: Promise<Identity> | undefined;
  return async () => {
    if (current) {
      const identity = await current.catch(() => undefined);
      const expiry = identity?.expiration?.getTime();
      if (identity && (expiry === undefined || expiry - Date.now() > REFRESH_MARGIN_MS)) return identity;
    }
    current = provider();
    return current;
  };
};

/**
 * The standard credential chain (environment, shared files, SSO, web identity, container and instance
 * metadata), or only the named profile of the shared files. Resolved once here so that missing credentials stop
 * the collection with one clear message before any call is made.
 */
export const resolveCredentials = async (profile: string | undefined): Promise<CredentialProvider> => {
  const provider = shared(profile ? fromIni({ profile }) : fromNodeProviderChain());
  try {
    await provider();
  } catch (err) {
    if (!isMissingCredentials(err)) throw err;
    const message = profile
      ? `no AWS credentials found for profile "${profile}": check ~/.aws/config and ~/.aws/credentials, or run "aws sso login --profile ${profile}"`
      : 'no AWS credentials found: set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run "aws sso login"';
    throw new NimbusError('UNAUTHENTICATED', message, {
      profile: profile ?? null,
      cause: (err as Error).message,
    });
  }
  return provider;
};
