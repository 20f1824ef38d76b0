import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-gke-network-policy',
  title: 'GKE clusters enforce Kubernetes network policies',
  description:
    'Checks google_container_cluster. Passes when the cluster enforces NetworkPolicy: network_policy.enabled is ' +
    'true (Calico), datapath_provider is ADVANCED_DATAPATH (GKE Dataplane V2), or enable_autopilot is true ' +
    '(Autopilot always runs Dataplane V2). Fails otherwise: Standard clusters enforce no policy by default.',
  rationale:
    'Without enforcement, NetworkPolicy objects are accepted but ignored, and every pod can reach every other pod ' +
    'of every namespace and tenant. A compromised workload can then probe databases and internal APIs freely; ' +
    'enforcement is what lets namespaces be segregated.',
  severity: 'medium',
  provider: 'gcp',
  service: 'gke',
  resourceKinds: ['gcp.container.cluster'],
  remediation: {
    summary:
      'Create clusters with GKE Dataplane V2 (or enable the Calico network policy add-on on existing clusters), then ' +
      'add a default-deny NetworkPolicy to each namespace.',
    terraform:
      'resource "google_container_cluster" "main" {\n  name              = "main"\n  location          = "europe-west1"\n  datapath_provider = "ADVANCED_DATAPATH"\n}',
    cli: 'gcloud container clusters update main --location europe-west1 --update-addons NetworkPolicy=ENABLED && gcloud container clusters update main --location europe-west1 --enable-network-policy',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy'],
  evaluate(cluster) {
    const { autopilot, datapathProvider: datapath, networkPolicy } = cluster;
    if (autopilot === true)
      return pass('Autopilot runs GKE Dataplane V2, which enforces network policies', {
        attribute: 'autopilot',
      });
    if (datapath === 'ADVANCED_DATAPATH')
      return pass('GKE Dataplane V2 enforces network policies', { attribute: 'datapathProvider' });
    if (networkPolicy === true)
      return pass('network policy enforcement is on', { attribute: 'networkPolicy' });
    if (isUnknown(autopilot))
      return unresolved('whether the cluster is Autopilot', autopilot, { attribute: 'autopilot' });
    if (isUnknown(datapath))
      return unresolved('the datapath provider', datapath, { attribute: 'datapathProvider' });
    if (isUnknown(networkPolicy))
      return unresolved('network policy enforcement', networkPolicy, { attribute: 'networkPolicy' });
    return networkPolicy === false
      ? fail('network policy enforcement is off and the cluster does not run Dataplane V2', {
          attribute: 'networkPolicy',
        })
      : fail('no network policy enforcement is set (off by default on Standard clusters)');
  },
});
