import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import type { TfContext } from './adapt-aws-context.js';
import { TfReference, type TfResource } from './tf-resource.js';
import { asString, block, bool, get, str } from './tf-values.js';

// The storage encryption of an aws_db_instance read replica (`replicate_source_db`). RDS gives a replica its
// source's encryption and ignores the replica's own `storage_encrypted`: in the source's region the replica is
// encrypted exactly when the source is, and across regions the argument is ignored too (`kms_key_id` picks the key
// of an encrypted source's copy). So a replica is judged on its source, never on its own argument.

/** RDS cascades replicas a few levels deep; a longer chain in a configuration is not followed (nor is a cycle). */
const MAX_CHAIN = 8;

/** Why a replica's encryption cannot be told when its source is outside the configuration. */
const notShown = (name: string): Unknown =>
  unknown(`it is inherited from the source database ${name}, which the scanned configuration does not show`);

/**
 * The aws_db_instance of the configuration that `replicate_source_db` names: by reference, or by a literal equal
 * to its `identifier` (how a same-region replica names its source). Unknown, saying why, for anything else: a
 * data source, a database of another configuration, an ARN, a value that cannot be resolved.
 */
const sourceOf = (ctx: TfContext, replica: TfResource): TfResource | Unknown => {
  const value = ctx.through(get(replica.values, 'replicate_source_db'));
  if (value instanceof TfReference) {
    const found = ctx.lookup(value.address);
    if (isUnknown(found)) return unknown(`it is inherited from the source database: ${found.reason}`);
    // A data source reads a database that exists already: its encryption is not in the configuration.
    return found?.mode === 'managed' && found.type === 'aws_db_instance' ? found : notShown(value.address);
  }
  const text = asString(value);
  if (text === undefined || isUnknown(text))
    return unknown(
      `it is inherited from the source database, whose name cannot be resolved${text ? `: ${text.reason}` : ''}`,
    );
  const named = ctx.ofType('aws_db_instance').filter((db) => str(db.values, 'identifier') === text);
  if (named.length === 1) return named[0]!;
  return named.length === 0
    ? notShown(text)
    : unknown(
        `it is inherited from the source database ${text}, the identifier of ${named.map((db) => db.address).join(' and ')}`,
      );
};

/** The storage encryption the source gives its replicas: its own, itself inherited when it is a replica. */
const sourceEncryption = (ctx: TfContext, source: TfResource, seen: ReadonlySet<string>): Attr<boolean> => {
  if (get(source.values, 'replicate_source_db') !== undefined)
    return replicaStorageEncrypted(ctx, source, new Set([...seen, source.address]));
  const own = bool(source.values, 'storage_encrypted');
  if (isUnknown(own))
    return unknown(`it is inherited from the source database ${source.address}: ${own.reason}`);
  if (own !== undefined) return own;
  // Unset: a restored source has its snapshot's encryption; any other is created unencrypted (the default).
  const restored =
    get(source.values, 'snapshot_identifier') !== undefined ||
    block(source.values, 'restore_to_point_in_time');
  return restored
    ? unknown(
        `it is inherited from the source database ${source.address}, which is restored from a snapshot the scanned configuration does not show`,
      )
    : false;
};

/**
 * The storage encryption of a read replica: its source's when the configuration declares the source (following a
 * chain of replicas), else Unknown. The replica's own `storage_encrypted` plays no part.
 */
export const replicaStorageEncrypted = (
  ctx: TfContext,
  replica: TfResource,
  seen: ReadonlySet<string> = new Set([replica.address]),
): Attr<boolean> => {
  const source = sourceOf(ctx, replica);
  if (isUnknown(source)) return source;
  if (seen.has(source.address) || seen.size > MAX_CHAIN)
    return unknown(
      `it is inherited from the source database ${source.address}, whose chain of replicas loops or is too long to follow`,
    );
  return sourceEncryption(ctx, source, seen);
};
