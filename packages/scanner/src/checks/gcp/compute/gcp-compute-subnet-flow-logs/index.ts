import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

/** Purposes of ordinary subnets, the only ones whose VM traffic can be logged. */
const ORDINARY = new Set(['PRIVATE', 'PRIVATE_RFC_1918']);

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-subnet-flow-logs',
  title: 'VPC subnets record flow logs',
  description:
    'Checks google_compute_subnetwork subnets of the ordinary purpose (PRIVATE, the default); proxy-only, Private ' +
    'Service Connect and NAT subnets cannot log flows and are left out. Passes when a log_config block is present ' +
    'with a flow_sampling above 0 (0.5 when not set). Fails when log_config is absent: flow logs are off by default.',
  rationale:
    'Flow logs record which addresses talked to which, on what port and how much. They are what responders use to ' +
    'trace an intrusion or a data leak through the network, and what network monitoring and anomaly detection ' +
    'feed on; a subnet without them is a blind spot.',
  severity: 'medium',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.subnetwork'],
  remediation: {
    summary:
      'Add a log_config block to the subnet, keeping all metadata and a sampling rate that suits your analysis.',
    terraform:
      'resource "google_compute_subnetwork" "app" {\n  name          = "app"\n  network       = google_compute_network.main.id\n  ip_cidr_range = "10.10.0.0/20"\n  region        = "europe-west1"\n  log_config {\n    aggregation_interval = "INTERVAL_5_SEC"\n    flow_sampling        = 0.5\n    metadata             = "INCLUDE_ALL_METADATA"\n  }\n}',
    cli: 'gcloud compute networks subnets update app --region europe-west1 --enable-flow-logs --logging-flow-sampling 0.5 --logging-metadata include-all',
  },
  references: ['https://cloud.google.com/vpc/docs/using-flow-logs'],
  evaluate(subnet) {
    const { purpose, flowLogs } = subnet;
    if (isUnknown(purpose)) return unresolved('the purpose of the subnet', purpose, { attribute: 'purpose' });
    if (purpose !== undefined && !ORDINARY.has(purpose)) return undefined;
    if (isUnknown(flowLogs)) return unresolved('the flow log settings', flowLogs, { attribute: 'flowLogs' });
    if (flowLogs === undefined)
      return fail('the subnet has no log_config, so no flow is logged (off by default)');
    const sampling = flowLogs.flowSampling;
    const at = { attribute: 'flowLogs.flowSampling' };
    if (isUnknown(sampling)) return unresolved('the flow sampling rate', sampling, at);
    if (sampling !== undefined && sampling <= 0)
      return fail('flow logs are on but sample no flow (flow_sampling is 0)', at);
    return pass(`flow logs are on, sampling ${sampling ?? 0.5} of flows`, { attribute: 'flowLogs' });
  },
});
