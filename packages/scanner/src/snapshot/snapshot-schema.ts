import { z } from 'zod';
import { SNAPSHOT_SERVICES } from './aws-items.js';

// A snapshot of a live cloud account (format version 1): what `nimbus collect aws` writes and `nimbus scan`
// reads. The envelope is strict (a misspelt top-level key is an error); the raw API items are loose (see
// aws-items.ts). docs/reference/snapshot-format.md describes every key.

export const SNAPSHOT_FORMAT_VERSION = 1;

/** The key that marks a JSON document as a snapshot; its value is the format version. */
export const SNAPSHOT_MARKER = 'nimbusSnapshot';

/** The region key of account-wide services (S3's ListBuckets, IAM). */
export const GLOBAL_REGION = 'global';

/** An AWS region name: `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-5`. */
export const AWS_REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export const regionNameSchema = z
  .string()
  .regex(AWS_REGION_PATTERN, 'expected an AWS region name such as eu-west-1');

const regionKeySchema = z.union([z.literal(GLOBAL_REGION), regionNameSchema]);

/** A call that failed: the snapshot is partial for that service, region and (when set) resource. */
export const snapshotErrorSchema = z.strictObject({
  service: z.string().min(1),
  /** A region name, or `global`. */
  region: z.string().min(1),
  /** The API operation that failed: `DescribeInstances`, `GetBucketEncryption`. */
  operation: z.string().min(1),
  /** The error code AWS returned: `AccessDenied`, `UnauthorizedOperation`, `ThrottlingException`. */
  code: z.string().min(1),
  message: z.string(),
  /** The resource a per-resource call was about (a bucket name, a key id), when the call was one. */
  resource: z.string().min(1).optional(),
});

export type SnapshotError = z.infer<typeof snapshotErrorSchema>;

/** Everything but `services`, which the adapter reads item by item so one bad item does not hide the rest. */
export const snapshotEnvelopeSchema = z.strictObject({
  nimbusSnapshot: z.literal(SNAPSHOT_FORMAT_VERSION),
  provider: z.literal('aws'),
  account: z.strictObject({
    id: z.string().regex(/^\d{12}$/, 'expected a 12-digit AWS account id'),
    alias: z.string().min(1).optional(),
  }),
  collectedAt: z.iso.datetime({ offset: true }),
  collector: z.strictObject({ name: z.string().min(1), version: z.string().min(1) }),
  regions: z.array(regionNameSchema),
  services: z.record(z.string(), z.unknown()),
  errors: z.array(snapshotErrorSchema),
});

export type SnapshotEnvelope = z.infer<typeof snapshotEnvelopeSchema>;

const regionSchema = <T extends Readonly<Record<string, z.ZodType>>>(types: T) =>
  z.looseObject(
    Object.fromEntries(Object.entries(types).map(([type, item]) => [type, z.array(item).optional()])) as {
      [K in keyof T]: z.ZodOptional<z.ZodArray<T[K]>>;
    },
  );

const serviceSchema = <T extends Readonly<Record<string, z.ZodType>>>(types: T) =>
  z.record(regionKeySchema, regionSchema(types)).optional();

/** The whole document, items included: for producers (the collector's tests) and for tools that read snapshots. */
export const snapshotSchema = snapshotEnvelopeSchema.extend({
  services: z.looseObject({
    ec2: serviceSchema(SNAPSHOT_SERVICES.ec2),
    s3: serviceSchema(SNAPSHOT_SERVICES.s3),
    cloudtrail: serviceSchema(SNAPSHOT_SERVICES.cloudtrail),
    rds: serviceSchema(SNAPSHOT_SERVICES.rds),
    kms: serviceSchema(SNAPSHOT_SERVICES.kms),
    guardduty: serviceSchema(SNAPSHOT_SERVICES.guardduty),
    config: serviceSchema(SNAPSHOT_SERVICES.config),
    iam: serviceSchema(SNAPSHOT_SERVICES.iam),
    eks: serviceSchema(SNAPSHOT_SERVICES.eks),
  }),
});

export type Snapshot = z.infer<typeof snapshotSchema>;

export {
  SNAPSHOT_OPERATIONS,
  SNAPSHOT_SERVICES,
  type SnapshotItem,
  type SnapshotResourceType,
  type SnapshotService,
} from './aws-items.js';
