import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Workload } from '../../../../model/kubernetes.js';
import { parseInput } from '../../../../parsers/parse-input.js';
import type { Finding } from '../../../check.js';
import { check, imageTag, namesVersion } from './index.js';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), 'examples');

/** The check's findings on the workload of an example, by container subject. */
const findings = (example: string) => {
  const path = join(EXAMPLES, example);
  const workload = parseInput(path, readFileSync(path, 'utf8')).resources[0] as Workload;
  return Object.fromEntries(
    (check.evaluate(workload) as Finding[]).map((f) => [f.subject, [f.status, f.message]]),
  );
};

describe('k8s-no-latest-image-tag', () => {
  it('fails every tag that names no version, and a missing tag', () => {
    expect(findings('bad.yaml')).toEqual({
      'init assets': [
        'fail',
        'init container "assets" uses registry.acme.example/backoffice/assets:main: the tag "main" names no version and moves with each push; pin a version tag or a digest',
      ],
      'container admin': [
        'fail',
        'container "admin" uses registry.acme.example:5000/backoffice/admin with no tag, which means "latest": pin a version tag or a digest',
      ],
      'container cache': ['fail', expect.stringContaining('the tag "latest" names no version')],
      'container metrics': [
        'fail',
        'container "metrics" uses k8s.gcr.io/metrics-server:master: the tag "master" names no version and moves with each push; pin a version tag or a digest',
      ],
      'container queue': ['fail', expect.stringContaining('the tag "alpine" names no version')],
      'container web': ['fail', expect.stringContaining('the tag "stable" names no version')],
      'container proxy': ['fail', expect.stringContaining('the tag "edge" names no version')],
      'container worker': ['fail', expect.stringContaining('the tag "lts" names no version')],
    });
  });

  it('passes version tags, variants of a version included, and digests', () => {
    expect(findings('good.yaml')).toEqual({
      'init migrate': ['pass', 'init container "migrate" uses version tag v3.2.1-alpine'],
      'container api': ['pass', 'container "api" uses version tag 1.4.2'],
      'container proxy': ['pass', expect.stringMatching(/^container "proxy" pins .*@sha256:.* by digest$/)],
      'container web': ['pass', 'container "web" uses version tag 1.25'],
      'container shell': ['pass', 'container "shell" uses version tag 3.19'],
    });
  });

  it('reads the tag after the registry port, and takes a tag with a digit as a version', () => {
    expect(imageTag('registry.acme.example:5000/app')).toEqual({ digest: false });
    expect(imageTag('registry.acme.example:5000/app:2.0')).toEqual({ digest: false, tag: '2.0' });
    expect(imageTag('app:latest@sha256:abc')).toEqual({ digest: true });
    expect(['1.25', 'v3.2.1-alpine', '3.19', 'alpine3.19', '20240115'].filter(namesVersion)).toHaveLength(5);
    expect(['latest', 'master', 'main', 'stable', 'edge', 'alpine', 'lts'].filter(namesVersion)).toEqual([]);
  });
});
