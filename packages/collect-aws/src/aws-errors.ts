/** What the collector needs to know about an error thrown by the AWS SDK. */
export interface AwsErrorInfo {
  /** The error code AWS returned (`AccessDenied`, `ThrottlingException`), or the error's name. */
  readonly code: string;
  readonly message: string;
}

export const errorInfo = (err: unknown): AwsErrorInfo => {
  if (err instanceof Error) {
    const code = (err as { Code?: unknown }).Code;
    return { code: typeof code === 'string' && code ? code : err.name || 'Error', message: err.message };
  }
  return { code: 'Error', message: String(err) };
};

/** Error codes by which AWS says "slow down": worth waiting and asking again. */
const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'EC2ThrottledException',
  'BandwidthLimitExceeded',
  'PriorRequestNotComplete',
]);

export const isThrottling = (err: unknown): boolean => THROTTLING.has(errorInfo(err).code);

/**
 * Error codes by which AWS says "this resource has no such configuration". They are answers, not failures:
 * the collector stores `null` for them.
 */
export const NOT_CONFIGURED = new Set([
  'NoSuchPublicAccessBlockConfiguration',
  'ServerSideEncryptionConfigurationNotFoundError',
  'NoSuchLifecycleConfiguration',
]);

export const isNotConfigured = (err: unknown): boolean => NOT_CONFIGURED.has(errorInfo(err).code);

/** The SDK could not find credentials anywhere in its chain (or in the named profile). */
export const isMissingCredentials = (err: unknown): boolean =>
  err instanceof Error && err.name === 'CredentialsProviderError';

/** AWS refused the credentials themselves (unknown key, bad signature, expired session). */
const REJECTED = new Set([
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidAccessKeyId',
  'AuthFailure',
]);

export const isRejectedCredentials = (err: unknown): boolean => REJECTED.has(errorInfo(err).code);
