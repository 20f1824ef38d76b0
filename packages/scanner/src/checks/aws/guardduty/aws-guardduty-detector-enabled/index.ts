import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-guardduty-detector-enabled',
  title: 'GuardDuty detectors are enabled',
  description:
    'Looks at every AWS::GuardDuty::Detector. Passes when Enable is true; fails when it is false, and when it is ' +
    'missing (CloudFormation requires it, so such a template does not deploy a working detector).',
  rationale:
    'GuardDuty watches CloudTrail, VPC flow and DNS activity for signs of compromise: credential misuse, crypto ' +
    'mining, calls from known bad addresses. A detector that is declared but switched off gives the impression of ' +
    'threat monitoring while nothing is analysed, so incidents go unnoticed until their damage shows.',
  severity: 'high',
  provider: 'aws',
  service: 'guardduty',
  resourceKinds: ['aws.guardduty.detector'],
  remediation: {
    summary:
      'Set Enable to true on the detector, in every region you use, and route its findings to the people on call.',
    terraform: 'resource "aws_guardduty_detector" "main" {\n  enable = true\n}',
    cli: 'aws guardduty update-detector --detector-id 12abc34d567e8fa901bc2d34e56789f0 --enable',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
  evaluate(detector) {
    const at = { attribute: 'enabled' };
    const enabled = detector.enabled;
    if (isUnknown(enabled)) return unresolved('whether the detector is enabled', enabled, at);
    if (enabled === true) return pass('the detector is enabled', at);
    return enabled === false
      ? fail('the detector is disabled: GuardDuty analyses nothing', at)
      : fail(
          'the detector does not say whether it is enabled: the setting is required, so it cannot be created as written',
        );
  },
});
