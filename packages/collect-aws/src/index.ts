// Public entry of @nimbus/collect-aws: collects a snapshot of a live AWS account for `nimbus scan`.
export { type AwsClients, createClients } from './clients.js';
export {
  COLLECTOR_NAME,
  COLLECTOR_VERSION,
  type CollectAwsOptions,
  type CollectedSnapshot,
  type CollectProgress,
  collectAws,
  countItems,
} from './collect-aws.js';
export type { SnapshotServices } from './recorder.js';
export type { RetryOptions } from './retry.js';
