import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/value.js';
import { adaptConfigRecorder, adaptGuardDutyDetector } from './adapt-aws-monitoring.js';
import { planResource, tfResourceBuilder } from './test-support.js';
import type { TfObject } from './tf-resource.js';

const res = tfResourceBuilder();

describe('aws_guardduty_detector', () => {
  it('reads enable, at its line', () => {
    expect(
      adaptGuardDutyDetector(res('aws_guardduty_detector.main', { enable: false }, { enable: 2 })),
    ).toEqual({
      kind: 'aws.guardduty.detector',
      provider: 'aws',
      address: 'aws_guardduty_detector.main',
      location: { file: 'main.tf', line: 1 },
      attributeLines: { enabled: 2 },
      enabled: false,
    });
    expect(adaptGuardDutyDetector(res('aws_guardduty_detector.main', { enable: 'true' })).enabled).toBe(true);
  });

  it('writes out the provider default (enabled) when enable is not set', () => {
    expect(adaptGuardDutyDetector(res('aws_guardduty_detector.main')).enabled).toBe(true);
    expect(adaptGuardDutyDetector(res('aws_guardduty_detector.main', { enable: null })).enabled).toBe(true);
  });

  it('keeps an unresolved enable Unknown', () => {
    const why = unknown('variable "on" has no default and no value is given');
    expect(adaptGuardDutyDetector(res('aws_guardduty_detector.main', { enable: why })).enabled).toBe(why);
    expect(adaptGuardDutyDetector(res('aws_guardduty_detector.main', { enable: 'yes' })).enabled).toEqual(
      unknown('expected true or false, found "yes"'),
    );
  });
});

describe('aws_config_configuration_recorder', () => {
  const recorder = (values: TfObject, lines: Record<string, number> = {}) =>
    adaptConfigRecorder(res('aws_config_configuration_recorder.main', { name: 'default', ...values }, lines));

  it('leaves the recording group undefined when none is declared (regional types only)', () => {
    expect(recorder({})).toMatchObject({ kind: 'aws.config.recorder', recordingGroup: undefined });
  });

  it('reads the group, writing out all_supported (true by default) and leaving the global types default unset', () => {
    expect(recorder({ recording_group: [{}] }).recordingGroup).toEqual({
      allSupported: true,
      includeGlobalResourceTypes: undefined,
      strategy: undefined,
      resourceTypes: undefined,
      excludedResourceTypes: undefined,
    });
    const adapted = recorder(
      { recording_group: [{ all_supported: true, include_global_resource_types: true }] },
      { recording_group: 4, 'recording_group.0.include_global_resource_types': 6 },
    );
    expect(adapted.recordingGroup).toMatchObject({ allSupported: true, includeGlobalResourceTypes: true });
    expect(adapted.attributeLines).toEqual({
      recordingGroup: 4,
      'recordingGroup.includeGlobalResourceTypes': 6,
    });
  });

  it('reads listed types, exclusions and the recording strategy', () => {
    expect(
      recorder({
        recording_group: [
          {
            all_supported: false,
            resource_types: ['AWS::EC2::Instance'],
            recording_strategy: [{ use_only: 'EXCLUSION_BY_RESOURCE_TYPES' }],
            exclusion_by_resource_types: [{ resource_types: ['AWS::EC2::Volume'] }],
          },
        ],
      }).recordingGroup,
    ).toEqual({
      allSupported: false,
      includeGlobalResourceTypes: undefined,
      strategy: 'EXCLUSION_BY_RESOURCE_TYPES',
      resourceTypes: ['AWS::EC2::Instance'],
      excludedResourceTypes: ['AWS::EC2::Volume'],
    });
  });

  it("reads a plan's empty strings and lists as not set", () => {
    expect(
      adaptConfigRecorder(
        planResource('aws_config_configuration_recorder.main', {
          name: 'default',
          recording_group: [
            {
              all_supported: true,
              include_global_resource_types: false,
              resource_types: [],
              recording_strategy: [{ use_only: '' }],
              exclusion_by_resource_types: [],
            },
          ],
        }),
      ).recordingGroup,
    ).toEqual({
      allSupported: true,
      includeGlobalResourceTypes: false,
      strategy: undefined,
      resourceTypes: [],
      excludedResourceTypes: undefined,
    });
  });

  it('keeps unresolved parts Unknown', () => {
    const why = unknown('dynamic "recording_group" over an unknown collection');
    expect(recorder({ recording_group: why }).recordingGroup).toBe(why);
    const group = recorder({
      recording_group: [
        { include_global_resource_types: why, recording_strategy: why, exclusion_by_resource_types: why },
      ],
    }).recordingGroup;
    expect(group).toMatchObject({
      includeGlobalResourceTypes: why,
      strategy: why,
      excludedResourceTypes: why,
    });
  });
});
