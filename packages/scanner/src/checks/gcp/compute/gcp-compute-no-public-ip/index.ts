import { anyOf, defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-no-public-ip',
  title: 'VM instances have no external IP address',
  description:
    'Checks every network_interface of google_compute_instance and instance templates. Fails for an interface ' +
    'that declares an access_config block (an external IPv4 address, ephemeral or static) or an ' +
    'ipv6_access_config block (an external IPv6 range). Passes when no interface has either.',
  rationale:
    'An external address puts the VM directly on the internet, where every open port is scanned and attacked, and ' +
    'lets it bypass the egress controls of the network. VMs on internal addresses are reached through load ' +
    'balancers, IAP or a bastion and reach out through Cloud NAT.',
  severity: 'medium',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.instance', 'gcp.compute.instance-template'],
  remediation: {
    summary:
      'Remove access_config from the interface; publish services through a load balancer, administer through IAP ' +
      'and give outbound access through Cloud NAT.',
    terraform:
      'resource "google_compute_instance" "app" {\n  # ...\n  network_interface {\n    subnetwork = google_compute_subnetwork.private.id\n    # no access_config block: internal address only\n  }\n}',
    cli: 'gcloud compute instances delete-access-config app --zone europe-west1-b --network-interface nic0 --access-config-name "External NAT"',
  },
  references: ['https://cloud.google.com/compute/docs/ip-addresses/configure-static-external-ip-address'],
  evaluate(vm) {
    const nics = vm.networkInterfaces;
    if (isUnknown(nics))
      return unresolved('the network interfaces', nics, { attribute: 'networkInterfaces' });
    const findings: Finding[] = [];
    for (const nic of nics) {
      const subject = `network_interface[${nic.index}]`;
      const extra = { line: nic.line, subject };
      const kinds = [
        ['an external IPv4 address (access_config)', nic.externalIpv4],
        ['an external IPv6 range (ipv6_access_config)', nic.externalIpv6],
      ] as const;
      const has = anyOf(kinds, ([, v]) => (isUnknown(v) ? v : v === true));
      if (has.value === true) {
        const exposed = kinds.filter(([, v]) => v === true).map(([name]) => name);
        findings.push(fail(`${subject} has ${exposed.join(' and ')}`, extra));
      } else if (has.value !== false)
        findings.push(unresolved(`whether ${subject} has ${has.item[0]}`, has.value, extra));
    }
    return findings.length > 0 ? findings : pass('no network interface has an external address');
  },
});
