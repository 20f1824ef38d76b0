import { describe, expect, it } from 'vitest';
import { type Check, fail, pass } from '../checks/check.js';
import { builtinChecks } from '../checks/registry.js';
import type { KmsKey } from '../model/aws.js';
import { unknown } from '../model/value.js';
import { runChecks } from './run-checks.js';

const key = (name: string, rotation: KmsKey['rotation'], line = 3): KmsKey => ({
  kind: 'aws.kms.key',
  provider: 'aws',
  address: `AWS::KMS::Key ${name}`,
  location: { file: 'keys.yaml', line },
  attributeLines: { rotation: line + 3 },
  rotation,
});

const rotation = builtinChecks().find((c) => c.id === 'aws-kms-key-rotation')!;

const fake = (id: string, evaluate: Check['evaluate']): Check => ({ ...rotation, id, evaluate });

describe('runChecks', () => {
  it('runs a check on the resources of its kinds and points results at the attribute line', () => {
    const { results, runs } = runChecks([key('A', true), key('B', false, 20)], [rotation], () => ['10.1.2']);
    expect(results.map((r) => [r.resource?.address, r.status, r.location.line, r.controls])).toEqual([
      ['AWS::KMS::Key A', 'pass', 6, ['10.1.2']],
      ['AWS::KMS::Key B', 'fail', 23, ['10.1.2']],
    ]);
    expect(results[1]!.remediation).toBe(rotation.remediation.summary);
    expect(results[0]!.remediation).toBeUndefined();
    expect(runs).toEqual([{ checkId: rotation.id, resources: 2, durationMs: expect.any(Number), errors: 0 }]);
  });

  it('turns an unresolved value into unknown, never a guess', () => {
    const { results } = runChecks([key('C', unknown('parameter Rotate has no default'))], [rotation]);
    expect(results[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('parameter Rotate'),
    });
  });

  it('makes a throwing check an error result for that check and resource only', () => {
    const explode = fake('test-explodes', (r) => {
      if (r.address.endsWith('B')) throw new Error('boom');
      return pass('fine');
    });
    const odd = fake('test-returns-junk', () => ({ status: 'maybe' }) as never);
    const { results, runs } = runChecks([key('A', true), key('B', true)], [explode, odd, rotation]);
    const by = (id: string) => results.filter((r) => r.checkId === id).map((r) => r.status);
    expect(by('test-explodes').sort()).toEqual(['error', 'pass']);
    expect(results.find((r) => r.status === 'error' && r.checkId === 'test-explodes')?.message).toBe(
      'check failed: boom',
    );
    expect(by('test-returns-junk')).toEqual(['error', 'error']);
    expect(by(rotation.id)).toEqual(['pass', 'pass']);
    expect(runs.map((r) => [r.checkId, r.errors])).toEqual([
      ['test-explodes', 1],
      ['test-returns-junk', 2],
      [rotation.id, 0],
    ]);
  });

  it('gives several findings per resource, each with its own line and subject', () => {
    const multi = fake('test-multi', () => [
      fail('first', { line: 40, subject: 'a' }),
      pass('second', { subject: 'b' }),
    ]);
    const { results } = runChecks([key('A', true)], [multi]);
    expect(results.map((r) => [r.status, r.location.line, r.subject])).toEqual([
      ['pass', 3, 'b'],
      ['fail', 40, 'a'],
    ]);
  });

  it('gives no result where a check does not apply', () => {
    const none = fake('test-none', () => undefined);
    expect(runChecks([key('A', true)], [none]).results).toEqual([]);
  });
});
