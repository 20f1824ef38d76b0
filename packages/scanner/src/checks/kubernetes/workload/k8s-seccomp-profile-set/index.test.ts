import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workload } from '../../../../model/kubernetes.js';
import { parseInput } from '../../../../parsers/parse-input.js';
import { check } from './index.js';

describe('k8s-seccomp-profile-set', () => {
  it('says when a pod has only the deprecated seccomp annotation', () => {
    const file = join(import.meta.dirname, 'examples', 'bad-annotation.yaml');
    const [workload] = parseInput(file, readFileSync(file, 'utf8')).resources as Workload[];
    expect(workload?.pod.securityContext.deprecatedSeccompAnnotation).toBe('runtime/default');
    expect(check.evaluate(workload as Workload)).toEqual([
      expect.objectContaining({
        status: 'fail',
        message:
          'container "dashboard-metrics-scraper" sets no seccomp profile: its pod has only the deprecated annotation (runtime/default), which Kubernetes 1.27 and later ignore; set securityContext.seccompProfile',
      }),
    ]);
  });
});
