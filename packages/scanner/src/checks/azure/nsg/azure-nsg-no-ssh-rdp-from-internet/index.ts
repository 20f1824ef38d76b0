import {
  decidingRule,
  defineCheck,
  type Finding,
  fail,
  INTERNET_FAMILIES,
  type NetworkSecurityGroup,
  type NsgRule,
  pass,
  unresolved,
} from '../../kit.js';

const ADMIN_PORTS = [
  [22, 'SSH (port 22)'],
  [3389, 'RDP (port 3389)'],
] as const;

/** Inline rules are named relative to their group (`security_rule[0]`), standalone ones by their own address. */
const nameOf = (group: NetworkSecurityGroup, rule: NsgRule) =>
  rule.address.startsWith(`${group.address} `) ? rule.address.slice(group.address.length + 1) : rule.address;

export const check = defineCheck(import.meta.url, {
  id: 'azure-nsg-no-ssh-rdp-from-internet',
  title: 'Network security groups do not admit SSH or RDP from the internet',
  description:
    'Evaluates the inbound rules of each network security group (inline security_rule blocks and standalone ' +
    'azurerm_network_security_rule resources) in priority order, as Azure does, for TCP traffic to ports 22 and ' +
    '3389 from any address (source `*`, `Any`, `Internet`, 0.0.0.0/0 or ::/0). Fails when the first matching rule ' +
    'allows it, port ranges and `*` included; passes when a deny comes first or no rule matches, since the default ' +
    'rules then deny the internet.',
  rationale:
    'Remote administration ports open to the whole internet are found by scanners within minutes and then ' +
    'brute-forced or hit with exploits for the SSH or RDP service. Administration belongs behind Azure Bastion, a ' +
    'VPN or just-in-time access from known ranges.',
  severity: 'high',
  provider: 'azure',
  service: 'nsg',
  resourceKinds: ['azure.network.security-group'],
  remediation: {
    summary:
      'Restrict the rule to your administration ranges or remove it, and reach machines through Azure Bastion or a VPN.',
    terraform:
      'resource "azurerm_network_security_rule" "ssh" {\n  name                        = "ssh-from-vpn"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "22"\n  source_address_prefix       = "10.20.0.0/16" # the VPN range, never * or Internet\n  destination_address_prefix  = "*"\n  resource_group_name         = azurerm_resource_group.acme.name\n  network_security_group_name = azurerm_network_security_group.web.name\n}',
    cli: 'az network nsg rule update --resource-group acme --nsg-name web --name ssh --source-address-prefixes 10.20.0.0/16',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
  ],
  evaluate(group) {
    const open = new Map<string, { line: number; whats: Set<string>; families: Set<string> }>();
    const doubts = new Map<string, Finding>();
    for (const [port, what] of ADMIN_PORTS)
      for (const [family, sources] of INTERNET_FAMILIES) {
        const decided = decidingRule(group, sources, port);
        if (!decided) continue;
        const { rule, why } = decided;
        const name = nameOf(group, rule);
        if (why) {
          if (!doubts.has(name))
            doubts.set(
              name,
              unresolved(`whether ${name} admits ${what} from the internet`, why, {
                line: rule.location.line,
                subject: name,
              }),
            );
        } else if (rule.access === 'allow') {
          const entry = open.get(name) ?? { line: rule.location.line, whats: new Set(), families: new Set() };
          entry.whats.add(what);
          entry.families.add(family);
          open.set(name, entry);
        }
      }
    const findings: Finding[] = [...open].map(([name, o]) =>
      fail(`${name} allows ${[...o.whats].join(' and ')} from any ${[...o.families].join(' or ')} address`, {
        line: o.line,
        subject: name,
      }),
    );
    for (const [name, doubt] of doubts) if (!open.has(name)) findings.push(doubt);
    return findings.length > 0 ? findings : pass('no rule admits SSH or RDP from the internet');
  },
});
