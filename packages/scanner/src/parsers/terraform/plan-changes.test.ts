import { describe, expect, it } from 'vitest';
import type { S3Bucket } from '../../model/aws.js';
import type { Resource } from '../../model/resource.js';
import { Unknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';
import { parsePlan } from './plan.js';
import { parsePlanJson } from './test-support.js';

// What a plan's changes say beyond its values: resources whose values are all unknown, resources the plan only
// forgets, and resources that exist already (which defaults for new resources do not describe).

const FILE = 'plans/production.json';

const treeOf = (text: string) => {
  const { tree, parseIssues } = parsePlanJson(text);
  expect(parseIssues).toEqual([]);
  return tree;
};

const find = <R extends Resource>(resources: readonly Resource[], address: string) => {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address}`);
  return found as R;
};

describe('the changes of a plan', () => {
  it('reads a resource whose values are all known only after apply (no `values`), and skips forgotten ones', () => {
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            // Terraform omits `values` when every attribute is unknown until apply.
            {
              address: 'null_resource.bar',
              mode: 'managed',
              type: 'null_resource',
              name: 'bar',
              sensitive_values: {},
            },
            { address: 'data.aws_eks_cluster.c', mode: 'data', type: 'aws_eks_cluster', name: 'c' },
            // A `removed` block with `destroy = false` (Terraform 1.7+): the bucket leaves Terraform's control.
            {
              address: 'aws_s3_bucket.forgotten',
              mode: 'managed',
              type: 'aws_s3_bucket',
              name: 'forgotten',
              sensitive_values: false,
            },
          ],
        },
      },
      resource_changes: [
        {
          address: 'null_resource.bar',
          mode: 'managed',
          type: 'null_resource',
          name: 'bar',
          change: { actions: ['create'], after: {}, after_unknown: { id: true, triggers: true } },
        },
        {
          address: 'aws_s3_bucket.forgotten',
          mode: 'managed',
          type: 'aws_s3_bucket',
          name: 'forgotten',
          change: { actions: ['forget'], after: null, after_unknown: false },
        },
      ],
    });
    const plan = parsePlan(FILE, treeOf(text));
    expect(plan.issues).toEqual([]);
    expect(plan.resources.map((r) => [r.address, r.values])).toEqual([
      ['null_resource.bar', { id: expect.any(Unknown), triggers: expect.any(Unknown) }],
      ['data.aws_eks_cluster.c', {}],
    ]);
    const changesOnly = JSON.parse(text) as { planned_values?: unknown };
    delete changesOnly.planned_values;
    expect(parsePlan(FILE, treeOf(JSON.stringify(changesOnly))).resources.map((r) => r.address)).toEqual([
      'null_resource.bar',
    ]);
  });

  it('does not take the public access block of new buckets for one the plan does not create', () => {
    const bucket = (name: string) => ({
      address: `aws_s3_bucket.${name}`,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name,
      values: { bucket: `acme-${name}` },
    });
    const change = (name: string, actions: string[]) => ({
      address: `aws_s3_bucket.${name}`,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name,
      change: { actions, after: { bucket: `acme-${name}` }, after_unknown: {} },
    });
    const text = JSON.stringify({
      format_version: '1.2',
      planned_values: { root_module: { resources: [bucket('fresh'), bucket('old'), bucket('replaced')] } },
      resource_changes: [
        change('fresh', ['create']),
        change('old', ['no-op']),
        change('replaced', ['delete', 'create']),
      ],
    });
    const parsed = parseInput(FILE, text);
    expect(parsed.issues).toEqual([]);
    const block = (name: string) =>
      find<S3Bucket>(parsed.resources, `aws_s3_bucket.${name}`).publicAccessBlock;
    expect(block('fresh')).toBeUndefined();
    expect(block('replaced')).toBeUndefined();
    expect(block('old')).toBeInstanceOf(Unknown);
    expect((block('old') as Unknown).reason).toMatch(
      /^the plan does not create the bucket, it exists already/,
    );
  });
});
