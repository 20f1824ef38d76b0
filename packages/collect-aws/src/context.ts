import type { AwsClients } from './clients.js';
import type { SnapshotRecorder } from './recorder.js';

/** What each service collector gets. */
export interface CollectContext {
  readonly clients: AwsClients;
  readonly recorder: SnapshotRecorder;
  /** Every region being collected. */
  readonly regions: readonly string[];
  /** Calls about single resources (a bucket, a key) made at once, per service and region. */
  readonly perResourceConcurrency: number;
}
