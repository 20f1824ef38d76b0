import {
  admitsPort,
  allOf,
  anyOf,
  defineCheck,
  type Finding,
  fail,
  fromInternet,
  isUnknown,
  pass,
  unresolved,
} from '../../kit.js';

const PORTS = [
  ['SSH (port 22)', 22],
  ['RDP (port 3389)', 3389],
] as const;

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-firewall-no-ssh-rdp-from-internet',
  title: 'Firewall rules do not open SSH or RDP to the internet',
  description:
    'Checks enabled ingress google_compute_firewall rules (direction INGRESS is the default). Fails for each allow ' +
    'entry that admits TCP port 22 or 3389 (protocol all, tcp without ports, or a port range containing them) ' +
    'from 0.0.0.0/0 or ::/0, or from every address because the rule names no source range, tag or service ' +
    'account. A deny rule of higher priority elsewhere is not taken into account.',
  rationale:
    'SSH and RDP reachable from anywhere are found by scanners within minutes and attacked with stolen or guessed ' +
    'credentials and daemon exploits. Administrative access belongs behind Identity-Aware Proxy, a VPN or a ' +
    'bastion, from known ranges only.',
  severity: 'high',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.firewall'],
  remediation: {
    summary:
      'Limit the rule to the ranges of your VPN or bastion, or to the IAP range 35.235.240.0/20 and use IAP TCP ' +
      'forwarding for administration.',
    terraform:
      'resource "google_compute_firewall" "admin" {\n  name    = "allow-admin-from-iap"\n  network = google_compute_network.main.id\n  allow {\n    protocol = "tcp"\n    ports    = ["22", "3389"]\n  }\n  source_ranges = ["35.235.240.0/20"]\n}',
    cli: 'gcloud compute firewall-rules update allow-admin --source-ranges 35.235.240.0/20',
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  evaluate(rule) {
    const { direction, disabled, allow } = rule;
    if (isUnknown(direction))
      return unresolved('the direction of the rule', direction, { attribute: 'direction' });
    if (direction === 'EGRESS') return undefined;
    if (isUnknown(disabled))
      return unresolved('whether the rule is disabled', disabled, { attribute: 'disabled' });
    if (disabled === true) return pass('the rule is disabled', { attribute: 'disabled' });
    const { open, sources } = fromInternet(rule);
    if (open === false)
      return pass('the rule admits no traffic from the whole internet', { attribute: 'sourceRanges' });
    if (isUnknown(allow)) return unresolved('the allowed protocols and ports', allow, { attribute: 'allow' });
    const findings: Finding[] = [];
    allow.forEach((permission, i) => {
      const subject = `allow[${i}]`;
      const extra = { line: permission.line, subject };
      const admitted = PORTS.map(([name, port]) => [name, admitsPort(permission, port)] as const);
      // Open to the internet and admitting one of the ports; the source is named first when neither is known.
      const opens = allOf([open, anyOf(admitted, ([, a]) => a).value]).value;
      if (opens === true) {
        const opened = admitted.filter(([, a]) => a === true).map(([name]) => name);
        findings.push(fail(`${subject} opens ${opened.join(' and ')} to ${sources}`, extra));
      } else if (isUnknown(opens))
        findings.push(unresolved(`whether ${subject} opens SSH or RDP to the internet`, opens, extra));
    });
    return findings.length > 0 ? findings : pass('no allow entry opens SSH or RDP to the internet');
  },
});
