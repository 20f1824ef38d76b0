import { describe, expect, it } from 'vitest';
import type { NetworkSecurityGroup, NsgRule } from '../../model/azure.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { check } from './nsg/azure-nsg-no-ssh-rdp-from-internet/index.js';
import { decidingRule, INTERNET_FAMILIES, portSpecAdmits, ruleMatches } from './nsg-rules.js';

const [[, V4], [, V6]] = INTERNET_FAMILIES;

let line = 0;
const rule = (fields: Partial<NsgRule> = {}): NsgRule => {
  line += 1;
  return {
    address: `azurerm_network_security_group.web security_rule[${line}]`,
    location: { file: 'main.tf', line },
    priority: 100,
    direction: 'inbound',
    access: 'allow',
    protocol: 'tcp',
    sourcePrefixes: ['*'],
    sourceApplicationSecurityGroups: false,
    destinationPorts: ['22'],
    ...fields,
  };
};

const group = (...rules: NsgRule[]): NetworkSecurityGroup => ({
  kind: 'azure.network.security-group',
  provider: 'azure',
  address: 'azurerm_network_security_group.web',
  location: { file: 'main.tf', line: 1 },
  attributeLines: {},
  rules,
  declared: true,
  flowLogs: [],
  disabledFlowLogs: [],
  unresolvedFlowLogs: [],
});

const later = new Unknown('var.priority has no value');

describe('portSpecAdmits', () => {
  it('reads single ports, ranges and *', () => {
    expect(portSpecAdmits('22', 22)).toBe(true);
    expect(portSpecAdmits(' 20 - 25 ', 22)).toBe(true);
    expect(portSpecAdmits('23-3388', 22)).toBe(false);
    expect(portSpecAdmits('3389', 22)).toBe(false);
    expect(portSpecAdmits('*', 3389)).toBe(true);
  });

  it('does not guess at text that is no port spec', () => {
    const result = portSpecAdmits('ssh', 22);
    expect(isUnknown(result) && result.reason).toMatch(/"ssh" is not a port/);
  });
});

describe('ruleMatches', () => {
  it('matches inbound TCP (or any protocol) rules from an internet source to the port', () => {
    expect(ruleMatches(rule(), V4, 22)).toBe(true);
    expect(ruleMatches(rule({ protocol: '*', sourcePrefixes: ['Internet'] }), V6, 22)).toBe(true);
    expect(ruleMatches(rule({ sourcePrefixes: ['0.0.0.0/0'] }), V4, 22)).toBe(true);
    expect(ruleMatches(rule({ sourcePrefixes: ['0.0.0.0/0'] }), V6, 22)).toBe(false);
    expect(ruleMatches(rule({ destinationPorts: ['80', '1000-4000'] }), V4, 3389)).toBe(true);
  });

  it('leaves out outbound, UDP, other ports and named sources', () => {
    expect(ruleMatches(rule({ direction: 'outbound' }), V4, 22)).toBe(false);
    expect(ruleMatches(rule({ protocol: 'udp' }), V4, 22)).toBe(false);
    expect(ruleMatches(rule({ destinationPorts: ['443'] }), V4, 22)).toBe(false);
    expect(ruleMatches(rule({ sourcePrefixes: ['10.0.0.0/8', 'VirtualNetwork'] }), V4, 22)).toBe(false);
    expect(ruleMatches(rule({ sourcePrefixes: [], sourceApplicationSecurityGroups: true }), V4, 22)).toBe(
      false,
    );
  });

  it('is unknown when a deciding part cannot be resolved, and false when another part already rules it out', () => {
    const cidr = new Unknown('var.cidr has no value');
    expect(ruleMatches(rule({ sourcePrefixes: [cidr] }), V4, 22)).toBe(cidr);
    expect(ruleMatches(rule({ sourcePrefixes: cidr }), V4, 22)).toBe(cidr);
    expect(ruleMatches(rule({ sourcePrefixes: [cidr], destinationPorts: ['443'] }), V4, 22)).toBe(false);
    expect(ruleMatches(rule({ sourcePrefixes: [cidr, '*'] }), V4, 22)).toBe(true);
    const none = ruleMatches(rule({ direction: undefined }), V4, 22);
    expect(isUnknown(none) && none.reason).toBe('the rule sets no direction');
    const noPort = ruleMatches(rule({ destinationPorts: [] }), V4, 22);
    expect(isUnknown(noPort) && noPort.reason).toBe('the rule sets no destination port');
  });
});

describe('decidingRule', () => {
  it('lets the rule of lowest priority number decide, whatever the declaration order', () => {
    const allow = rule({ priority: 300 });
    const deny = rule({ priority: 200, access: 'deny', protocol: '*', destinationPorts: ['*'] });
    expect(decidingRule(group(allow, deny), V4, 22)).toEqual({ rule: deny });
    const first = rule({ priority: 100 });
    expect(decidingRule(group(allow, deny, first), V4, 22)).toEqual({ rule: first });
  });

  it('finds no deciding rule when nothing matches: the default rules deny the internet', () => {
    expect(decidingRule(group(rule({ destinationPorts: ['443'] })), V4, 22)).toBeUndefined();
    expect(decidingRule(group(), V4, 22)).toBeUndefined();
  });

  it('is unsure when a matching rule of unresolved priority could come first with another access', () => {
    const allow = rule({ priority: 300 });
    const floating = rule({ priority: later, access: 'deny' });
    expect(decidingRule(group(allow, floating), V4, 22)).toEqual({ rule: floating, why: later });
    // Two allows: the outcome is the same whichever comes first.
    expect(decidingRule(group(allow, rule({ priority: later })), V4, 22)).toEqual({ rule: allow });
    // A deny of unknown priority alone: denied either way.
    expect(decidingRule(group(floating), V4, 22)).toBeUndefined();
  });

  it('is unsure when the first possible match or its access cannot be resolved', () => {
    const access = new Unknown('var.access has no value');
    const result = decidingRule(group(rule({ access }), rule({ priority: 200, access: 'deny' })), V4, 22);
    expect(result?.why).toBe(access);
  });
});

describe('azure-nsg-no-ssh-rdp-from-internet', () => {
  it('reports each opening rule once, with every port and address family it opens', () => {
    const wide = rule({ address: 'azurerm_network_security_group.web security_rule[0]', protocol: '*' });
    const findings = check.evaluate(group({ ...wide, destinationPorts: ['*'] }));
    expect(findings).toEqual([
      {
        status: 'fail',
        message: 'security_rule[0] allows SSH (port 22) and RDP (port 3389) from any IPv4 or IPv6 address',
        line: wide.location.line,
        subject: 'security_rule[0]',
      },
    ]);
  });

  it('names standalone rules by their own address', () => {
    const standalone = rule({ address: 'azurerm_network_security_rule.ssh', sourcePrefixes: ['0.0.0.0/0'] });
    expect(check.evaluate(group(standalone))).toEqual([
      expect.objectContaining({
        status: 'fail',
        subject: 'azurerm_network_security_rule.ssh',
        message: 'azurerm_network_security_rule.ssh allows SSH (port 22) from any IPv4 address',
      }),
    ]);
  });
});
