import {
  type Attr,
  anyOf,
  defineCheck,
  type EksEncryption,
  fail,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

/** Whether the entry's resources include secrets. */
const coversSecrets = ({ resources }: EksEncryption): Attr<boolean> =>
  isUnknown(resources) ? resources : anyOf(resources ?? [], (name) => name === 'secrets').value;

/** Whether the entry encrypts secrets with a KMS key it names. */
const encryptsSecrets = (entry: EksEncryption): Attr<boolean> => {
  const covers = coversSecrets(entry);
  if (covers !== true) return covers;
  return isUnknown(entry.keyArn) ? entry.keyArn : entry.keyArn !== undefined;
};

export const check = defineCheck(import.meta.url, {
  id: 'aws-eks-secrets-encrypted',
  title: 'EKS clusters encrypt Kubernetes secrets with a customer managed KMS key',
  description:
    'Passes when EncryptionConfig has an entry whose Resources include secrets and whose provider names a KMS key. ' +
    'Fails when no such entry exists: secrets are then protected only by the encryption EKS applies by default ' +
    'with a key owned by AWS, which the customer cannot audit, restrict or revoke.',
  rationale:
    'Kubernetes secrets hold database passwords, API tokens and certificates for every workload in the cluster. ' +
    'Envelope encryption with a customer managed key adds a key policy in front of them: reading a secret out of ' +
    "the cluster's storage needs permission on that key, each use is logged in CloudTrail, and disabling the key " +
    'cuts access in an emergency.',
  severity: 'medium',
  provider: 'aws',
  service: 'eks',
  resourceKinds: ['aws.eks.cluster'],
  remediation: {
    summary:
      'Add an EncryptionConfig entry with Resources [secrets] and a customer managed KMS key (it can be added to an existing cluster, not removed).',
    terraform:
      'resource "aws_eks_cluster" "main" {\n  # ...\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
    cli: 'aws eks associate-encryption-config --cluster-name main --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}]\'',
  },
  references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html'],
  evaluate(cluster) {
    const entries = cluster.encryption;
    const at = { attribute: 'encryption' };
    if (entries === undefined || (!isUnknown(entries) && entries.length === 0))
      return fail(
        'no encryption configuration is set: secrets are not encrypted with a customer managed key',
      );
    if (isUnknown(entries)) return unresolved('the encryption configuration', entries, at);
    const found = anyOf(entries, encryptsSecrets);
    if (found.value === true)
      return pass(`secrets are encrypted with ${String(found.item.keyArn)}`, { line: found.item.line });
    if (found.value !== false) {
      const entry = found.item;
      const what =
        coversSecrets(entry) === true ? 'the KMS key for secrets' : 'which resources are encrypted';
      return unresolved(what, found.value, { line: entry.line });
    }
    return fail('no encryption configuration entry encrypts secrets with a KMS key', at);
  },
});
