import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { adaptFirewall, adaptSubnetwork } from './adapt-google-network.js';
import { reasonOf, tfResourceBuilder } from './test-support.js';

const res = tfResourceBuilder({ file: 'net.tf', line: 2 });

describe('google_compute_firewall', () => {
  it('reads direction, sources and every allow and deny entry with its line', () => {
    const rule = adaptFirewall(
      res(
        'google_compute_firewall.admin',
        {
          direction: 'ingress',
          disabled: false,
          priority: '900',
          allow: [
            { protocol: 'TCP', ports: ['22', '8000-8100'] },
            { protocol: '17', ports: [] },
          ],
          deny: [{ protocol: 'all' }],
          source_ranges: ['0.0.0.0/0'],
          source_tags: [],
        },
        { 'allow.0.ports': 9, 'allow.1': 12, allow: 8, source_ranges: 20 },
      ),
    );
    expect(rule).toEqual({
      kind: 'gcp.compute.firewall',
      provider: 'gcp',
      address: 'google_compute_firewall.admin',
      location: { file: 'net.tf', line: 2 },
      attributeLines: { allow: 8, sourceRanges: 20 },
      direction: 'INGRESS',
      disabled: false,
      priority: 900,
      allow: [
        { protocol: 'tcp', ports: ['22', '8000-8100'], line: 9 },
        { protocol: 'udp', ports: undefined, line: 12 },
      ],
      deny: [{ protocol: 'all', ports: undefined, line: 2 }],
      sourceRanges: ['0.0.0.0/0'],
      sourceTags: undefined,
      sourceServiceAccounts: undefined,
    });
  });

  it('leaves unset arguments undefined (ingress, enabled, no source: every address)', () => {
    const rule = adaptFirewall(res('google_compute_firewall.open', { allow: [{ protocol: 'all' }] }));
    expect(rule.direction).toBeUndefined();
    expect(rule.disabled).toBeUndefined();
    expect(rule.sourceRanges).toBeUndefined();
    expect(rule.deny).toEqual([]);
  });

  it('keeps unresolved values Unknown, down to a single port', () => {
    const unresolved = new Unknown('var.ranges has no value');
    const port = new Unknown('var.port has no value');
    const rule = adaptFirewall(
      res('google_compute_firewall.x', {
        allow: [{ protocol: 'tcp', ports: [port] }, unresolved],
        source_ranges: unresolved,
        direction: unresolved,
      }),
    );
    expect(rule.sourceRanges).toBe(unresolved);
    expect(rule.direction).toBe(unresolved);
    expect(rule.allow).toEqual([
      { protocol: 'tcp', ports: [port], line: 2 },
      { protocol: unresolved, ports: unresolved, line: 2 },
    ]);
    expect(adaptFirewall(res('google_compute_firewall.y', { allow: unresolved })).allow).toBe(unresolved);
  });

  it('does not crash on entries of the wrong shape, and says what it found', () => {
    const rule = adaptFirewall(
      res('google_compute_firewall.bad', { allow: [{ ports: ['22'] }, 'tcp'], source_ranges: '0.0.0.0/0' }),
    );
    const allow = rule.allow instanceof Unknown ? [] : rule.allow;
    expect(reasonOf(allow[0]?.protocol)).toBe('the entry sets no protocol');
    expect(reasonOf(allow[1]?.protocol)).toBe('allow: expected a block, found "tcp"');
    expect(reasonOf(rule.sourceRanges)).toBe('source_ranges: expected a list, found "0.0.0.0/0"');
  });
});

describe('google_compute_subnetwork', () => {
  it('reads the purpose and the flow-log settings', () => {
    const subnet = adaptSubnetwork(
      res(
        'google_compute_subnetwork.app',
        {
          purpose: 'private',
          log_config: [
            {
              flow_sampling: '0.25',
              aggregation_interval: 'interval_1_min',
              metadata: 'INCLUDE_ALL_METADATA',
              filter_expr: 'true',
            },
          ],
        },
        { log_config: 14, 'log_config.0.flow_sampling': 15 },
      ),
    );
    expect(subnet).toMatchObject({
      kind: 'gcp.compute.subnetwork',
      purpose: 'PRIVATE',
      flowLogs: {
        flowSampling: 0.25,
        aggregationInterval: 'INTERVAL_1_MIN',
        metadata: 'INCLUDE_ALL_METADATA',
        filterExpr: 'true',
        line: 14,
      },
      attributeLines: { 'flowLogs.flowSampling': 15, flowLogs: 14 },
    });
  });

  it('has no flow logs without log_config, and Unknown ones for an unresolved block', () => {
    expect(adaptSubnetwork(res('google_compute_subnetwork.a')).flowLogs).toBeUndefined();
    const dynamic = new Unknown('dynamic block over an unknown collection');
    expect(adaptSubnetwork(res('google_compute_subnetwork.b', { log_config: dynamic })).flowLogs).toBe(
      dynamic,
    );
  });

  it('does not crash on settings of the wrong shape', () => {
    const subnet = adaptSubnetwork(
      res('google_compute_subnetwork.c', { log_config: [{ flow_sampling: 'half' }], purpose: ['PRIVATE'] }),
    );
    expect(reasonOf(subnet.purpose)).toBe('expected a single value, found a list');
    const logs = subnet.flowLogs;
    expect(logs instanceof Unknown ? logs : reasonOf(logs?.flowSampling)).toBe(
      'expected a number, found "half"',
    );
  });
});
