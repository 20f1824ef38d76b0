import { defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'k8s-pv-reclaim-policy',
  title: 'Volumes are deleted with the claim that used them',
  description:
    'Checks PersistentVolumes and StorageClasses. Passes when the reclaim policy is Delete: the volume and the ' +
    'storage behind it are removed once its claim is deleted. Fails on Retain, which keeps the volume and its ' +
    'data after the claim is gone, and on Recycle (deprecated), which only removes the files and hands the same ' +
    'storage to the next claim. Unset, a StorageClass gives its volumes Delete (the Kubernetes default) and ' +
    'passes; a PersistentVolume written in a manifest gets Retain from the API server and fails. Volumes a ' +
    "provisioner creates carry their class's policy, so they always state it.",
  rationale:
    "When a tenant's claim is deleted, at the end of a contract or when an application is removed, a retained " +
    'volume keeps its data on storage nobody is looking after: it costs money, escapes the deletion the tenant ' +
    'was promised, and can be bound again by another claim. With Delete, removing the claim removes the data, so ' +
    'the end of the service really ends the storage of customer data.',
  severity: 'medium',
  provider: 'kubernetes',
  service: 'storage',
  resourceKinds: ['k8s.persistent-volume', 'k8s.storage-class'],
  remediation: {
    summary:
      'Use reclaimPolicy Delete on StorageClasses (the default) and persistentVolumeReclaimPolicy Delete on ' +
      'PersistentVolumes; where a volume must outlive its claim, document why and who deletes it afterwards.',
    terraform:
      'resource "kubernetes_storage_class_v1" "standard" {\n  metadata {\n    name = "standard"\n  }\n  storage_provisioner = "ebs.csi.aws.com"\n  reclaim_policy      = "Delete"\n}',
    cli: 'kubectl patch pv pv-orders -p \'{"spec":{"persistentVolumeReclaimPolicy":"Delete"}}\'',
  },
  references: [
    'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#reclaiming',
    'https://kubernetes.io/docs/concepts/storage/storage-classes/#reclaim-policy',
  ],
  evaluate(resource): Finding {
    const policy = resource.reclaimPolicy;
    const at = { attribute: 'reclaimPolicy' };
    const volume = resource.kind === 'k8s.persistent-volume';
    if (isUnknown(policy)) return unresolved('the reclaim policy', policy, at);
    if (policy === undefined)
      return volume
        ? fail(
            'no reclaim policy is set, so the volume gets Retain: its data stays after the claim is deleted',
          )
        : pass('no reclaim policy is set, so the volumes of this class get Delete (the default)');
    if (policy === 'Delete')
      return pass(
        volume
          ? 'the volume is deleted with its claim (reclaim policy Delete)'
          : 'the volumes of this class are deleted with their claims (reclaim policy Delete)',
        at,
      );
    if (policy === 'Recycle')
      return fail(
        'the reclaim policy is Recycle (deprecated): the files are removed but the storage goes to the next claim',
        at,
      );
    return fail(
      volume
        ? `the reclaim policy is ${policy}: the volume and its data stay after the claim is deleted`
        : `the reclaim policy is ${policy}: every volume of this class keeps its data after its claim is deleted`,
      at,
    );
  },
});
