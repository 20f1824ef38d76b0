import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import { unknown } from '../../model/value.js';
import { runChecks } from '../../runner/run-checks.js';
import { TfContext } from './adapt-aws-context.js';
import { adaptNetworkAcls } from './adapt-aws-nacl.js';
import { planResource, tfRef, tfResource } from './test-support.js';
import type { TfObject, TfResource } from './tf-resource.js';

const res = (address: string, values: TfObject = {}, line = 1, attributeLines: Record<string, number> = {}) =>
  tfResource(address, values, { file: 'acl.tf', line, attributeLines });

const rule = (address: string, acl: TfObject[string], values: TfObject, line = 1) =>
  res(address, { network_acl_id: acl, rule_action: 'allow', protocol: 'tcp', ...values }, line);

const adapt = (...resources: TfResource[]) => adaptNetworkAcls(new TfContext(resources));

describe('aws_network_acl and aws_default_network_acl', () => {
  it('reads inline ingress and egress blocks as entries named after the ACL, at their lines', () => {
    const acl = res(
      'aws_network_acl.public',
      {
        vpc_id: 'vpc-1',
        ingress: [
          {
            rule_no: 100,
            protocol: '6',
            action: 'ALLOW',
            cidr_block: '0.0.0.0/0',
            from_port: 22,
            to_port: 22,
          },
          {
            rule_no: '110',
            protocol: 'ALL',
            action: 'deny',
            ipv6_cidr_block: '::/0',
            from_port: 0,
            to_port: 0,
          },
        ],
        egress: [{ rule_no: 100, protocol: '-1', action: 'allow', cidr_block: '0.0.0.0/0' }],
      },
      1,
      { 'ingress.0': 4, 'ingress.1': 12, egress: 20, 'egress.0': 20 },
    );
    expect(adapt(acl)).toEqual([
      {
        kind: 'aws.ec2.network-acl',
        provider: 'aws',
        address: 'aws_network_acl.public',
        location: { file: 'acl.tf', line: 1 },
        attributeLines: {},
        entries: [
          {
            address: 'aws_network_acl.public ingress[0]',
            location: { file: 'acl.tf', line: 4 },
            egress: false,
            ruleNumber: 100,
            protocol: 'tcp',
            action: 'allow',
            cidrIpv4: '0.0.0.0/0',
            cidrIpv6: undefined,
            fromPort: 22,
            toPort: 22,
          },
          {
            address: 'aws_network_acl.public ingress[1]',
            location: { file: 'acl.tf', line: 12 },
            egress: false,
            ruleNumber: 110,
            protocol: '-1', // `all` is the model's `-1`
            action: 'deny',
            cidrIpv4: undefined,
            cidrIpv6: '::/0',
            fromPort: 0,
            toPort: 0,
          },
          {
            address: 'aws_network_acl.public egress[0]',
            location: { file: 'acl.tf', line: 20 },
            egress: true,
            ruleNumber: 100,
            protocol: '-1',
            action: 'allow',
            cidrIpv4: '0.0.0.0/0',
            cidrIpv6: undefined,
            fromPort: undefined,
            toPort: undefined,
          },
        ],
      },
    ]);
  });

  it("reads a plan's empty strings as not set, and a default ACL without blocks as having no entries", () => {
    const [acl] = adapt(
      planResource('aws_network_acl.a', {
        ingress: [
          { rule_no: 100, protocol: 'tcp', action: 'allow', cidr_block: '', ipv6_cidr_block: '::/0' },
        ],
      }),
    );
    expect(acl?.entries[0]).toMatchObject({ cidrIpv4: undefined, cidrIpv6: '::/0' });
    expect(adapt(res('aws_default_network_acl.default', { default_network_acl_id: 'acl-1' }))).toMatchObject([
      { address: 'aws_default_network_acl.default', entries: [] },
    ]);
  });

  it('keeps unresolved blocks Unknown', () => {
    const why = unknown('dynamic "ingress" over an unknown collection');
    const [whole] = adapt(res('aws_network_acl.a', { ingress: why }));
    expect(whole?.entries).toEqual([
      {
        address: 'aws_network_acl.a ingress',
        location: { file: 'acl.tf', line: 1 },
        egress: false,
        ruleNumber: why,
        protocol: why,
        action: why,
        cidrIpv4: why,
        cidrIpv6: why,
        fromPort: why,
        toPort: why,
      },
    ]);
    const [item] = adapt(res('aws_network_acl.a', { egress: [why] }));
    expect(item?.entries).toMatchObject([
      { address: 'aws_network_acl.a egress[0]', egress: true, ruleNumber: why },
    ]);
  });
});

describe('aws_network_acl_rule', () => {
  it('joins the ACL it names by reference, or by id when the plan knows it', () => {
    const byRef = res('aws_network_acl.a', {});
    const byId = res('aws_default_network_acl.b', { id: 'acl-0b' });
    const acls = adapt(
      byRef,
      byId,
      rule(
        'aws_network_acl_rule.ssh',
        tfRef('aws_network_acl.a'),
        { rule_number: 100, cidr_block: '0.0.0.0/0' },
        30,
      ),
      rule(
        'aws_network_acl_rule.out',
        'acl-0b',
        { rule_number: 100, egress: true, cidr_block: '0.0.0.0/0' },
        40,
      ),
    );
    expect(
      acls.map((a) => [a.address, a.entries.map((e) => [e.address, e.egress, e.location.line])]),
    ).toEqual([
      ['aws_network_acl.a', [['aws_network_acl_rule.ssh', undefined, 30]]],
      ['aws_default_network_acl.b', [['aws_network_acl_rule.out', true, 40]]],
    ]);
    expect(acls[0]?.entries[0]).toMatchObject({ ruleNumber: 100, protocol: 'tcp', action: 'allow' });
  });

  it('makes a rule whose ACL is not declared an ACL of its own', () => {
    const why = unknown('variable "acl" has no default and no value is given');
    const acls = adapt(
      res('data.aws_network_acls.main', {}),
      rule('aws_network_acl_rule.var', why, { rule_number: 1 }),
      rule('aws_network_acl_rule.data', tfRef('data.aws_network_acls.main'), { rule_number: 2 }),
      rule('aws_network_acl_rule.literal', 'acl-elsewhere', { rule_number: 3 }),
      rule('aws_network_acl_rule.missing', tfRef('aws_network_acl.gone'), { rule_number: 4 }),
    );
    expect(acls.map((a) => [a.address, a.entries.map((e) => e.address)])).toEqual([
      ['aws_network_acl_rule.var', ['aws_network_acl_rule.var']],
      ['aws_network_acl_rule.data', ['aws_network_acl_rule.data']],
      ['aws_network_acl_rule.literal', ['aws_network_acl_rule.literal']],
      ['aws_network_acl_rule.missing', ['aws_network_acl_rule.missing']],
    ]);
  });

  it("keeps one of each entry when a plan lists a rule resource's entry in its ACL too", () => {
    const acl = res('aws_network_acl.a', {
      id: 'acl-0a',
      ingress: [
        {
          rule_no: 100,
          protocol: 'tcp',
          action: 'allow',
          cidr_block: '0.0.0.0/0',
          from_port: 22,
          to_port: 22,
        },
        {
          rule_no: 200,
          protocol: 'tcp',
          action: 'allow',
          cidr_block: '10.0.0.0/8',
          from_port: 22,
          to_port: 22,
        },
      ],
    });
    const standalone = rule('aws_network_acl_rule.ssh', 'acl-0a', {
      rule_number: 100,
      cidr_block: '0.0.0.0/0',
    });
    const [adapted] = adapt(acl, standalone);
    expect(adapted?.entries.map((e) => e.address)).toEqual([
      'aws_network_acl.a ingress[1]',
      'aws_network_acl_rule.ssh',
    ]);
  });

  it('gives the NACL check what it needs: rule order, denies first, and unknown ranges', () => {
    const acl = res('aws_network_acl.a', {}, 1);
    const resources = adapt(
      acl,
      rule('aws_network_acl_rule.deny', tfRef('aws_network_acl.a'), {
        rule_number: 90,
        rule_action: 'deny',
        cidr_block: '0.0.0.0/0',
        from_port: 22,
        to_port: 22,
      }),
      rule('aws_network_acl_rule.all', tfRef('aws_network_acl.a'), {
        rule_number: 100,
        protocol: '-1',
        cidr_block: '0.0.0.0/0',
      }),
      rule('aws_network_acl_rule.admin', 'acl-x', {
        rule_number: 100,
        cidr_block: unknown('var.admin_cidr has no value'),
        from_port: 3389,
        to_port: 3389,
      }),
    );
    const check = builtinChecks().filter((c) => c.id === 'aws-vpc-nacl-no-admin-ports-from-internet');
    const results = runChecks(resources, check).results;
    const status = (address: string) =>
      results.filter((r) => r.resource?.address === address).map((r) => [r.status, r.subject, r.message]);
    // SSH is denied first; RDP reaches the allow-all entry.
    expect(status('aws_network_acl.a')).toEqual([
      ['fail', 'aws_network_acl_rule.all', 'aws_network_acl_rule.all allows RDP (port 3389) from 0.0.0.0/0'],
    ]);
    expect(status('aws_network_acl_rule.admin').map(([st, subject]) => [st, subject])).toEqual([
      ['unknown', 'the entry'],
    ]);
  });
});
