import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-gke-private-nodes',
  title: 'GKE clusters run private nodes without external addresses',
  description:
    'Checks google_container_cluster. Passes when private_cluster_config sets enable_private_nodes to true. Fails ' +
    'when it is false or not set: nodes then get external IP addresses, on Autopilot clusters too.',
  rationale:
    'Nodes with external addresses can be reached from the internet on every port their firewall rules and ' +
    "Kubernetes services leave open, including NodePorts and the kubelet. Private nodes keep the cluster's " +
    'workloads inside the VPC, reachable only through deliberate load balancers and ingress.',
  severity: 'medium',
  provider: 'gcp',
  service: 'gke',
  resourceKinds: ['gcp.container.cluster'],
  remediation: {
    summary:
      'Create the cluster with private nodes and give them outbound access through Cloud NAT; keep the control plane ' +
      'endpoint limited to authorized networks.',
    terraform:
      'resource "google_container_cluster" "main" {\n  name     = "main"\n  location = "europe-west1"\n  private_cluster_config {\n    enable_private_nodes    = true\n    enable_private_endpoint = false\n    master_ipv4_cidr_block  = "172.16.0.0/28"\n  }\n}',
    cli: 'gcloud container clusters update main --location europe-west1 --enable-private-nodes',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/legacy/network-isolation'],
  evaluate(cluster) {
    const on = cluster.privateNodes;
    const at = { attribute: 'privateNodes' };
    if (isUnknown(on)) return unresolved('whether nodes are private', on, at);
    if (on === true) return pass('nodes have internal addresses only', at);
    return on === false
      ? fail('private nodes are off: nodes get external IP addresses', at)
      : fail('private nodes are not set (off by default): nodes get external IP addresses');
  },
});
