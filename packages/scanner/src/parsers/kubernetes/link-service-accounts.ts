import type { ServiceAccount, Workload } from '../../model/kubernetes.js';
import type { Resource } from '../../model/resource.js';
import { type Attr, isUnknown } from '../../model/value.js';

/** The same namespace: both known and equal, or both left to apply time (then most likely the same one). */
const sameNamespace = (a: Attr<string>, b: Attr<string>) =>
  isUnknown(a) ? isUnknown(b) : !isUnknown(b) && a === b;

/**
 * Links each workload to the scanned ServiceAccount its pods run as (`serviceAccountName`, else `default`), so a
 * check can weigh the account's automountServiceAccountToken when the pod sets none. A workload whose account
 * name is unresolved, or whose account is not among the inputs, is left unlinked.
 */
export const linkServiceAccounts = (resources: readonly Resource[]): Resource[] => {
  const accounts = resources.filter((r): r is ServiceAccount => r.kind === 'k8s.service-account');
  if (accounts.length === 0) return [...resources];
  const link = (w: Workload): Workload => {
    const name = w.pod.serviceAccountName ?? 'default';
    if (isUnknown(name)) return w;
    const account = accounts.find((a) => a.name === name && sameNamespace(a.namespace, w.namespace));
    if (!account) return w;
    return {
      ...w,
      serviceAccount: {
        address: account.address,
        ...(account.automountServiceAccountToken !== undefined
          ? { automountServiceAccountToken: account.automountServiceAccountToken }
          : {}),
      },
    };
  };
  return resources.map((r) => (r.kind === 'k8s.workload' ? link(r) : r));
};
