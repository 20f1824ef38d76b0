import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check as configCheck } from '../../checks/aws/config/aws-config-recorder-all-resources/index.js';
import { check as eksLogging } from '../../checks/aws/eks/aws-eks-control-plane-logging/index.js';
import { check as eksPublic } from '../../checks/aws/eks/aws-eks-endpoint-not-public/index.js';
import { check as eksSecrets } from '../../checks/aws/eks/aws-eks-secrets-encrypted/index.js';
import { check as guardDutyCheck } from '../../checks/aws/guardduty/aws-guardduty-detector-enabled/index.js';
import { check as iamCheck } from '../../checks/aws/iam/aws-iam-no-wildcard-admin-policy/index.js';
import { check as naclCheck } from '../../checks/aws/vpc/aws-vpc-nacl-no-admin-ports-from-internet/index.js';
import type {
  ConfigRecorder,
  EksCluster,
  GuardDutyDetector,
  IamPolicy,
  NetworkAcl,
} from '../../model/aws.js';
import type { Resource } from '../../model/resource.js';
import { Unknown } from '../../model/value.js';
import { snapshotSchema } from '../../snapshot/snapshot-schema.js';
import { parseInput } from '../parse-input.js';
import { decodeDocument } from './adapt-iam.js';

const A = '123456789012';
const EU = 'eu-west-1';

const fixture = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('./fixtures/governance.json', import.meta.url), 'utf8'));

const text = JSON.stringify(fixture(), null, 2);
const parsed = parseInput('acct.json', text);

const lineOf = (needle: string, after?: string) => {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in the text`);
  return i + 1;
};

const get = <T extends Resource>(address: string): T => {
  const found = parsed.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address}: ${parsed.resources.map((r) => r.address).join(', ')}`);
  return found as T;
};

const reason = (value: unknown) =>
  value instanceof Unknown ? value.reason : `not unknown: ${String(value)}`;

/** The statuses a check gives a resource. */
const statuses = (check: { evaluate(r: never): unknown }, resource: Resource) => {
  const out = check.evaluate(resource as never);
  return (Array.isArray(out) ? out : [out]).map((f: { status: string }) => f.status);
};

describe('snapshot adapter: GuardDuty, Config, IAM, EKS and network ACLs', () => {
  it('reads the fixture without errors and it passes the published schema', () => {
    expect(snapshotSchema.safeParse(fixture()).error?.issues).toBeUndefined();
    expect(parsed.issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('adapts GuardDuty detectors and warns about a region without one', () => {
    const on = get<GuardDutyDetector>(`arn:aws:guardduty:${EU}:${A}:detector/d-on`);
    expect(on).toMatchObject({ kind: 'aws.guardduty.detector', enabled: true });
    expect(on.attributeLines.enabled).toBe(lineOf('"Status": "ENABLED"'));
    expect(statuses(guardDutyCheck, on)).toEqual(['pass']);
    const unread = get<GuardDutyDetector>(`arn:aws:guardduty:${EU}:${A}:detector/d-unread`);
    expect(reason(unread.enabled)).toBe(
      'GetDetector failed for d-unread when the snapshot was taken: AccessDeniedException',
    );
    expect(statuses(guardDutyCheck, unread)).toEqual(['unknown']);
    expect(parsed.issues).toContainEqual({
      level: 'warning',
      location: { file: 'acct.json', line: lineOf('"detectors": []') },
      message: expect.stringMatching(/^us-east-1 has no GuardDuty detector/),
    });
    // eu-west-1 has detectors; config has a recorder in both regions.
    expect(parsed.issues.filter((i) => /has no/.test(i.message))).toHaveLength(1);
  });

  it('gives unknown, not a guess, for a GetDetector answer without a status', () => {
    const doc = fixture() as { services: Record<string, Record<string, Record<string, unknown[]>>> };
    doc.services.guardduty?.[EU]?.detectors?.push({ DetectorId: 'd-odd', GetDetector: {} });
    const odd = parseInput('acct.json', JSON.stringify(doc)).resources.find((r) =>
      r.address.endsWith('detector/d-odd'),
    ) as GuardDutyDetector;
    expect(reason(odd.enabled)).toBe('GetDetector gave no Status for detector d-odd');
    expect(statuses(guardDutyCheck, odd)).toEqual(['unknown']);
  });

  it('adapts Config recorders with their recording group', () => {
    const all = get<ConfigRecorder>(`arn:aws:config:${EU}:${A}:config-recorder/default`);
    expect(all.recordingGroup).toEqual({
      allSupported: true,
      includeGlobalResourceTypes: true,
      strategy: 'ALL_SUPPORTED_RESOURCE_TYPES',
      resourceTypes: [],
      excludedResourceTypes: [],
    });
    expect(statuses(configCheck, all)).toEqual(['pass']);
    const partial = get<ConfigRecorder>(`arn:aws:config:us-east-1:${A}:config-recorder/partial`);
    expect(statuses(configCheck, partial)).toEqual(['fail']);
    expect(partial.attributeLines['recordingGroup.includeGlobalResourceTypes']).toBe(
      lineOf('"includeGlobalResourceTypes": false'),
    );
  });

  it('adapts network ACL entries with protocol names and lower-case actions', () => {
    const acl = get<NetworkAcl>(`arn:aws:ec2:${EU}:${A}:network-acl/acl-1`);
    expect(acl.entries.map((e) => [e.ruleNumber, e.protocol, e.action, e.egress, e.fromPort])).toEqual([
      [100, 'tcp', 'allow', false, 22],
      [110, '-1', 'allow', true, undefined],
      [120, 'udp', 'deny', false, 3389],
      [32767, '-1', 'deny', false, undefined],
    ]);
    expect(acl.entries[2]?.cidrIpv6).toBe('::/0');
    expect(acl.entries[0]?.address).toBe(`${acl.address} Entries[0]`);
    expect(acl.entries[0]?.location.line).toBe(lineOf('"RuleNumber": 100') - 1);
    expect(statuses(naclCheck, acl)).toContain('fail');
  });

  it('adapts EKS clusters: endpoint, enabled log types only, secrets encryption', () => {
    const prod = get<EksCluster>(`arn:aws:eks:${EU}:${A}:cluster/prod`);
    expect(prod).toMatchObject({
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      logTypes: ['api', 'audit', 'authenticator'],
      encryption: [{ resources: ['secrets'], keyArn: `arn:aws:kms:${EU}:${A}:key/k-1` }],
    });
    expect(statuses(eksPublic, prod)).toEqual(['pass']);
    expect(statuses(eksSecrets, prod)).toEqual(['pass']);
    // No ARN in the item: built from the region and account.
    const dev = get<EksCluster>(`arn:aws:eks:${EU}:${A}:cluster/dev`);
    expect(dev.logTypes).toEqual([]);
    expect(dev.encryption).toBeUndefined();
    expect(statuses(eksPublic, dev)).toEqual(['fail']);
    expect(statuses(eksLogging, dev)).toEqual(['fail']);
    expect(statuses(eksSecrets, dev)).toEqual(['fail']);
  });

  it('adapts managed and inline IAM policies from JSON or URL-encoded documents', () => {
    const admin = get<IamPolicy>(`arn:aws:iam::${A}:policy/everything`);
    expect(admin).toMatchObject({ policyType: 'managed', name: 'everything' });
    expect(statuses(iamCheck, admin)).toEqual(['fail']);
    const encoded = get<IamPolicy>(`arn:aws:iam::${A}:policy/encoded`);
    expect(encoded.statements).toMatchObject([{ effect: 'Allow', actions: ['s3:GetObject'] }]);
    expect(statuses(iamCheck, encoded)).toEqual(['pass']);
    const unread = get<IamPolicy>(`arn:aws:iam::${A}:policy/unread`);
    expect(reason(unread.statements)).toBe(
      `GetPolicyVersion failed for arn:aws:iam::${A}:policy/unread when the snapshot was taken: AccessDenied`,
    );
    const inline = get<IamPolicy>(`arn:aws:iam::${A}:role/deployer policy admin`);
    expect(inline).toMatchObject({ policyType: 'inline', name: 'admin' });
    expect(statuses(iamCheck, inline)).toEqual(['fail']);
    const broken = get<IamPolicy>(`arn:aws:iam::${A}:group/ops policy broken`);
    expect(reason(broken.statements)).toMatch(/not valid JSON/);
    expect(statuses(iamCheck, broken)).toEqual(['unknown']);
  });

  it('decodes documents only when they are not JSON already', () => {
    expect(decodeDocument('{"a":"%20"}')).toBe('{"a":"%20"}');
    expect(decodeDocument('%7B%22a%22%3A1%7D')).toBe('{"a":1}');
    expect(reason(decodeDocument('%E0%A4%A'))).toMatch(/neither JSON nor URL-encoded/);
  });

  it('reports bad items with their path and keeps the others', () => {
    const doc = fixture() as { services: Record<string, Record<string, Record<string, unknown[]>>> };
    const inline = doc.services.iam?.global?.inlinePolicies ?? [];
    inline.push({ PrincipalType: 'robot', PrincipalName: 'x', PrincipalArn: 'a', PolicyName: 'p' });
    const detectors = doc.services.guardduty?.[EU]?.detectors ?? [];
    detectors.push({ GetDetector: { Status: 'ENABLED' } });
    const bad = parseInput('acct.json', JSON.stringify(doc, null, 2));
    const errors = bad.issues.filter((i) => i.level === 'error').map((i) => i.message);
    expect(errors).toEqual([
      expect.stringMatching(/^snapshot: services\.guardduty\.eu-west-1\.detectors\[2\]\.DetectorId: /),
      expect.stringMatching(/^snapshot: services\.iam\.global\.inlinePolicies\[2\]\.PrincipalType: /),
    ]);
    expect(bad.resources.length).toBe(parsed.resources.length);
  });

  it('gives the same result with the fast reader of large snapshots', () => {
    for (const layout of [text, JSON.stringify(fixture())]) {
      const tree = parseInput('acct.json', layout, { fastJsonMinChars: Number.POSITIVE_INFINITY });
      const fast = parseInput('acct.json', layout, { fastJsonMinChars: 0 });
      expect(fast.resources).toEqual(tree.resources);
      expect(fast.issues).toEqual(tree.issues);
    }
  });
});
