import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/registry.js';
import type { Ec2Instance, S3Bucket, SecurityGroup, Vpc } from '../../model/aws.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, Unknown } from '../../model/value.js';
import { runChecks } from '../../runner/run-checks.js';
import { parseInput } from '../parse-input.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { TreeMap } from '../yaml/tree.js';
import { isTerraformPlan, parsePlan } from './plan.js';
import { moduleCalls } from './plan-config.js';
import { parsePlanJson, planAddress, planJson, plannedResource } from './test-support.js';
import { TfReference } from './tf-resource.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/terraform-plan');
const PLAN = readFileSync(join(FIXTURES, 'plan.json'), 'utf8');
const FILE = 'plans/production.json';

const treeOf = (text: string): TreeMap => {
  const { tree, parseIssues } = parsePlanJson(text);
  expect(parseIssues).toEqual([]);
  return tree;
};

/** The 1-based line of the first line of `text` that contains `needle` after the line containing `after`. */
const lineOf = (text: string, needle: string, after = '') => {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
};

const find = <R extends Resource>(resources: readonly Resource[], address: string) => {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address}`);
  return found as R;
};

describe('isTerraformPlan', () => {
  it('recognizes plan JSON by its format version and planned values or changes only', () => {
    const is = (text: string) => isTerraformPlan(parseYaml(text).documents[0]?.tree);
    expect(is('{"format_version": "1.2", "planned_values": {}}')).toBe(true);
    expect(is('{"format_version": "1.2", "resource_changes": []}')).toBe(true);
    expect(is('{"format_version": "1.0", "values": {}}')).toBe(false);
    expect(is('{"planned_values": {}}')).toBe(false);
  });
});

describe('parsePlan', () => {
  const { resources, issues } = parsePlan(FILE, treeOf(PLAN));
  const byAddress = (address: string) => {
    const r = resources.find((x) => x.address === address);
    if (!r) throw new Error(`no ${address}`);
    return r;
  };

  it('reads root and child module resources with the addresses of the plan, skipping deleted ones', () => {
    expect(issues).toEqual([]);
    expect(resources.map((r) => [r.address, r.modulePath, r.mode])).toEqual([
      ['aws_vpc.main', '', 'managed'],
      ['aws_flow_log.main', '', 'managed'],
      ['aws_default_vpc.default', '', 'managed'],
      ['aws_flow_log.default', '', 'managed'],
      ['aws_instance.web[0]', '', 'managed'],
      ['aws_security_group.admin', '', 'managed'],
      ['aws_s3_bucket.logs', '', 'managed'],
      ['aws_s3_bucket_versioning.logs', '', 'managed'],
      ['aws_s3_bucket_public_access_block.logs', '', 'managed'],
      ['aws_db_instance.orders', '', 'managed'],
      ['module.network.aws_subnet.public', 'module.network', 'managed'],
      ['data.aws_caller_identity.current', '', 'data'],
    ]);
    expect(byAddress('aws_instance.web[0]')).toMatchObject({ type: 'aws_instance', name: 'web' });
  });

  it('locates each resource at its entry and each attribute at its key in the plan file', () => {
    const web = byAddress('aws_instance.web[0]');
    expect(web.location).toEqual({ file: FILE, line: lineOf(PLAN, '"address": "aws_instance.web[0]"') });
    expect(web.attributeLines['metadata_options.0.http_tokens']).toBe(
      lineOf(PLAN, '"http_tokens": "required"', '"address": "aws_instance.web[0]"'),
    );
  });

  it('turns configured unknown values into references to what they name, even through a module output', () => {
    const flowLog = byAddress('aws_flow_log.main').values.vpc_id;
    expect(flowLog).toBeInstanceOf(TfReference);
    expect(flowLog).toMatchObject({ address: 'aws_vpc.main', attribute: 'id' });
    expect(byAddress('aws_instance.web[0]').values.subnet_id).toMatchObject({
      address: 'module.network.aws_subnet.public',
      attribute: 'id',
    });
    // Through the module's variable, back to the calling module's argument.
    expect(byAddress('module.network.aws_subnet.public').values.vpc_id).toMatchObject({
      address: 'aws_vpc.main',
    });
    const ingress = byAddress('aws_security_group.admin').values.ingress as readonly {
      cidr_blocks: unknown[];
    }[];
    expect(ingress[0]?.cidr_blocks[0]).toMatchObject({ address: 'aws_eip.bastion', attribute: 'public_ip' });
  });

  it('leaves out unknown values the configuration does not set: the provider computes them', () => {
    const web = byAddress('aws_instance.web[0]').values;
    expect(Object.keys(web)).not.toContain('root_block_device');
    expect(Object.keys(web)).not.toContain('associate_public_ip_address');
    expect(web.metadata_options).toEqual([{ http_put_response_hop_limit: 1, http_tokens: 'required' }]);
    expect(Object.keys(byAddress('aws_s3_bucket.logs').values)).toEqual(['bucket', 'force_destroy']);
  });

  it('keeps every unknown value Unknown when the plan has no configuration to tell them apart', () => {
    const bare = JSON.parse(PLAN) as Record<string, unknown>;
    delete bare.configuration;
    const plan = parsePlan(FILE, treeOf(planJson(bare)));
    const web = plan.resources.find((r) => r.address === 'aws_instance.web[0]')?.values ?? {};
    expect(web.root_block_device).toBeInstanceOf(Unknown);
    expect(web.root_block_device).not.toBeInstanceOf(TfReference);
    expect((web.subnet_id as Unknown).reason).toBe('subnet_id is known only after apply');
    const [options] = web.metadata_options as readonly Record<string, unknown>[];
    expect(options?.http_endpoint).toMatchObject({
      reason: 'metadata_options[0].http_endpoint is known only after apply',
    });
  });

  it('reads the after state of changes when a plan has no planned values', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      resource_changes: [
        {
          address: 'module.keys.aws_kms_key.main',
          module_address: 'module.keys',
          mode: 'managed',
          type: 'aws_kms_key',
          name: 'main',
          change: { actions: ['create'], after: { enable_key_rotation: true }, after_unknown: { arn: true } },
        },
        {
          address: 'aws_kms_key.gone',
          mode: 'managed',
          type: 'aws_kms_key',
          name: 'gone',
          change: { actions: ['delete'], after: null, after_unknown: {} },
        },
      ],
    });
    const plan = parsePlan(FILE, treeOf(text));
    expect(plan.issues).toEqual([]);
    expect(plan.resources).toEqual([
      expect.objectContaining({
        address: 'module.keys.aws_kms_key.main',
        modulePath: 'module.keys',
        values: { enable_key_rotation: true, arn: expect.any(Unknown) },
      }),
    ]);
  });

  it('reads an empty string argument as unset, in the values and in every block, keeping its line', () => {
    const text = planJson({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            plannedResource('aws', 'aws_network_acl.public', {
              vpc_id: 'vpc-1',
              description: '',
              ingress: [
                { rule_no: 100, cidr_block: '', ipv6_cidr_block: '::/0', options: [{ note: '' }] },
                { rule_no: 110, cidr_block: '0.0.0.0/0', ipv6_cidr_block: '' },
              ],
            }),
          ],
        },
      },
    });
    const plan = parsePlan(FILE, treeOf(text));
    expect(plan.issues).toEqual([]);
    const [acl] = plan.resources;
    expect(acl?.values).toEqual({
      vpc_id: 'vpc-1',
      ingress: [
        { rule_no: 100, ipv6_cidr_block: '::/0', options: [{}] },
        { rule_no: 110, cidr_block: '0.0.0.0/0' },
      ],
    });
    expect(acl?.attributeLines.description).toBe(lineOf(text, '"description"'));
    expect(acl?.attributeLines['ingress.0.cidr_block']).toBe(lineOf(text, '"cidr_block"'));
    expect(acl?.attributeLines['ingress.1.ipv6_cidr_block']).toBe(lineOf(text, '"ipv6_cidr_block"', '110'));
  });

  it('keeps empty strings that are values: entries of a map argument and items of a list', () => {
    const text = planJson({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            plannedResource('google', 'google_compute_instance.web', {
              name: 'web',
              metadata: { 'enable-oslogin': '', 'startup-script': 'echo' },
              labels: { team: '' },
              tags: ['', 'web'],
            }),
          ],
        },
      },
    });
    const [web] = parsePlan(FILE, treeOf(text)).resources;
    expect(web?.values).toEqual({
      name: 'web',
      metadata: { 'enable-oslogin': '', 'startup-script': 'echo' },
      labels: { team: '' },
      tags: ['', 'web'],
    });
  });

  it('reads empty strings as unset in the after state of changes and in the data sources of the prior state', () => {
    const text = planJson({
      format_version: '1.2',
      resource_changes: [
        {
          ...planAddress('aws_kms_key.main'),
          change: { actions: ['create'], after: { description: '', policy: '' }, after_unknown: {} },
        },
      ],
      prior_state: {
        values: {
          root_module: {
            resources: [plannedResource('aws', 'data.aws_vpc.main', { id: 'vpc-1', cidr_block: '' })],
          },
        },
      },
    });
    const plan = parsePlan(FILE, treeOf(text));
    expect(plan.issues).toEqual([]);
    expect(plan.resources.map((r) => [r.address, r.values])).toEqual([
      ['aws_kms_key.main', {}],
      ['data.aws_vpc.main', { id: 'vpc-1' }],
    ]);
  });

  it('names the module calls of a module address', () => {
    expect(moduleCalls('')).toEqual([]);
    expect(moduleCalls('module.app["eu.west"].module.db[0]')).toEqual(['app', 'db']);
  });
});

describe('a plan through parseInput', () => {
  const parsed = parseInput(FILE, PLAN);

  it('is recognized as terraform-plan and adapted into the model', () => {
    expect(parsed.format).toBe('terraform-plan');
    expect(parsed.issues).toEqual([]);
    expect(parsed.resources.map((r) => r.kind)).toEqual([
      'aws.ec2.vpc',
      'aws.ec2.vpc',
      'aws.ec2.instance',
      'aws.ec2.security-group',
      'aws.s3.bucket',
      'aws.rds.instance',
      'aws.ec2.subnet',
    ]);
  });

  it('links resources by reference and by known value', () => {
    expect(find<Vpc>(parsed.resources, 'aws_vpc.main').flowLogs).toEqual(['aws_flow_log.main']);
    expect(find<Vpc>(parsed.resources, 'aws_default_vpc.default').flowLogs).toEqual(['aws_flow_log.default']);
    expect(find<Ec2Instance>(parsed.resources, 'aws_instance.web[0]').network.subnet).toEqual({
      address: 'module.network.aws_subnet.public',
      mapPublicIpOnLaunch: true,
    });
    const bucket = find<S3Bucket>(parsed.resources, 'aws_s3_bucket.logs');
    expect(bucket.versioning).toBe('Enabled');
    expect(bucket.publicAccessBlock).toMatchObject({ restrictPublicBuckets: false });
    expect(bucket.encryption).toBeUndefined();
    const group = find<SecurityGroup>(parsed.resources, 'aws_security_group.admin');
    expect(isUnknown(group.ingress[0]?.cidrIpv4)).toBe(true);
  });

  it('gives the checks fails, passes and unknowns with lines in the plan', () => {
    const { results } = runChecks(parsed.resources, builtinChecks());
    const of = (checkId: string, address: string) =>
      results.filter((r) => r.checkId === checkId && r.resource?.address === address);
    expect(of('aws-ec2-no-public-ip', 'aws_instance.web[0]').map((r) => r.status)).toEqual(['fail']);
    expect(of('aws-ec2-imdsv2-required', 'aws_instance.web[0]')[0]).toMatchObject({
      status: 'pass',
      location: {
        file: FILE,
        line: lineOf(PLAN, '"http_tokens": "required"', '"address": "aws_instance.web[0]"'),
      },
    });
    expect(of('aws-ec2-no-ssh-from-internet', 'aws_security_group.admin').map((r) => r.status)).toEqual([
      'unknown',
    ]);
    expect(of('aws-s3-public-access-blocked', 'aws_s3_bucket.logs').map((r) => r.status)).toEqual(['fail']);
    expect(of('aws-vpc-flow-logs-enabled', 'aws_vpc.main').map((r) => r.status)).toEqual(['pass']);
    expect(of('aws-rds-backup-retention', 'aws_db_instance.orders').map((r) => r.status)).toEqual(['fail']);
  });
});

describe('a plan of the wrong shape', () => {
  const text = readFileSync(join(FIXTURES, 'bad-plan.json'), 'utf8');

  it('gives located errors for what it cannot read and still reads the rest', () => {
    const parsed = parseInput('bad-plan.json', text);
    expect(parsed.format).toBe('terraform-plan');
    expect(parsed.issues).toEqual([
      {
        level: 'error',
        location: { file: 'bad-plan.json', line: lineOf(text, '"resource_changes"') },
        message: 'resource_changes is not a list',
      },
      {
        level: 'error',
        location: { file: 'bad-plan.json', line: lineOf(text, '"aws_kms_key.a"') },
        message: 'a resource entry lacks its address, mode, type or name',
      },
      {
        level: 'error',
        location: { file: 'bad-plan.json', line: lineOf(text, '"values": "enable_key_rotation') },
        message: 'the values of aws_kms_key.b are not an object',
      },
      {
        level: 'error',
        location: { file: 'bad-plan.json', line: lineOf(text, '"child_modules"') },
        message: 'child_modules of module root is not a list',
      },
    ]);
    expect(parsed.resources).toEqual([
      expect.objectContaining({ address: 'aws_kms_key.c', rotation: false }),
    ]);
  });

  it('reports resources that are not a list, a root module that is missing, and odd unknown marks', () => {
    const issuesOf = (plan: unknown) =>
      parseInput('p.json', JSON.stringify(plan, null, 1)).issues.map((i) => i.message);
    expect(
      issuesOf({ format_version: '1.2', planned_values: { root_module: { resources: { a: 1 } } } }),
    ).toEqual(['resources of module root is not a list']);
    expect(issuesOf({ format_version: '1.2', planned_values: [] })).toEqual([
      'planned_values is not an object with a root_module',
    ]);
    expect(issuesOf({ format_version: '1.2', planned_values: { root_module: 'x' } })).toEqual([
      'module root is not an object',
    ]);
    expect(
      issuesOf({
        format_version: '1.2',
        resource_changes: [
          {
            address: 'aws_kms_key.a',
            mode: 'managed',
            type: 'aws_kms_key',
            name: 'a',
            change: { actions: ['create'], after: {}, after_unknown: 'yes' },
          },
          42,
        ],
      }),
    ).toEqual([
      'after_unknown of aws_kms_key.a is not an object',
      'an entry of resource_changes is not an object with an address',
    ]);
    expect(
      issuesOf({
        format_version: '1.2',
        planned_values: { root_module: {} },
        configuration: { root_module: { resources: 'none' } },
      }),
    ).toEqual([
      'configuration resources of the root module is not a list: links between resources are not followed',
    ]);
  });

  it('stops at absurdly deep module nesting instead of recursing without end', () => {
    let module: Record<string, unknown> = { resources: [] };
    for (let i = 0; i < 20; i++) module = { address: `module.m${i}`, child_modules: [module] };
    const issues = parseInput(
      'deep.json',
      JSON.stringify({ format_version: '1.2', planned_values: { root_module: module } }),
    ).issues;
    expect(issues).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringMatching(/nested more than 16 deep/) }),
    ]);
  });
});
