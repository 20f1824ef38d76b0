import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../inputs/read-input.js';
import type { Workload } from '../../model/kubernetes.js';
import { parseInput } from '../parse-input.js';
import { SKIM_MIN_CHARS, skimManifests } from './manifest-skim.js';

const CRD = (name: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${name}.example.com
spec:
  group: example.com
  versions:
    - name: v1
      schema:
        openAPIV3Schema:
          description: |
            A long schema, as operators ship them.
${'          x: y\n'.repeat(40)}`;

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-agent
  namespace: kube-system
spec:
  selector:
    matchLabels: { app: node-agent }
  template:
    metadata:
      labels: { app: node-agent }
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example/agent:1.2.3
          securityContext:
            privileged: true
`;

describe('skimming large manifest bundles', () => {
  it('blanks the documents of kinds no check reads, keeping every line, and names them', () => {
    const text = `${CRD('a')}---\r\n${DAEMONSET}...\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n---\napiVersion: v1\nkind: List\nitems: []\n`;
    const skimmed = skimManifests(text, 'bundle.yaml');
    expect(skimmed?.text.split('\n')).toHaveLength(text.split('\n').length);
    expect(skimmed?.skipped).toEqual([
      { type: 'CustomResourceDefinition', file: 'bundle.yaml', line: 2 },
      { type: 'ConfigMap', file: 'bundle.yaml', line: text.split('\n').indexOf('kind: ConfigMap') + 1 },
    ]);
    expect(skimmed?.text).toContain(DAEMONSET);
    expect(skimmed?.text).toContain('kind: List');
    expect(skimmed?.text).not.toContain('CustomResourceDefinition');
  });

  it('leaves alone a text with a marker followed by content, or with nothing to blank', () => {
    expect(skimManifests(`--- |\n  text\n---\n${CRD('a')}`, 'x.yaml')).toBeUndefined();
    expect(skimManifests(DAEMONSET, 'x.yaml')).toBeUndefined();
  });

  it('scans a bundle over 1 MB for its workloads, at their lines, and names the rest in one warning', () => {
    const crds = Array.from({ length: 1500 }, (_, i) => CRD(`r${i}`)).join('---\n');
    const text = `${crds}---\n${DAEMONSET}`;
    expect(text.length).toBeGreaterThan(SKIM_MIN_CHARS);
    const parsed = parseInput('bundle.yaml', text);
    expect(parsed.format).toBe('kubernetes');
    const [agent] = parsed.resources as Workload[];
    expect(agent?.address).toBe('DaemonSet/kube-system/node-agent');
    expect(agent?.location.line).toBe(text.split('\n').indexOf('kind: DaemonSet'));
    expect(parsed.issues).toEqual([
      {
        level: 'warning',
        location: { file: 'bundle.yaml', line: 2 },
        message: 'not checked: no check reads 1500 resources here (CustomResourceDefinition ×1500)',
      },
    ]);
  });

  it('reads a bundle over 5 MB when what it keeps is under 5 MB, and refuses it otherwise', () => {
    const crds = Array.from({ length: 7000 }, (_, i) => CRD(`r${i}`)).join('---\n');
    const large = `${crds}---\n${DAEMONSET}`;
    expect(large.length).toBeGreaterThan(MAX_INPUT_BYTES);
    expect(parseInput('large.yaml', large).resources).toHaveLength(1);
    const workloads = `${DAEMONSET}---\n`.repeat(Math.ceil((MAX_INPUT_BYTES + 1) / (DAEMONSET.length + 4)));
    expect(parseInput('workloads.yaml', `${workloads}${CRD('a')}`).issues).toEqual([
      {
        level: 'error',
        location: { file: 'workloads.yaml', line: 1 },
        message: expect.stringMatching(
          /^the documents the checks read make 5\.\d MB, over the 5 MB limit: not scanned; split the file$/,
        ),
      },
    ]);
  });
});
