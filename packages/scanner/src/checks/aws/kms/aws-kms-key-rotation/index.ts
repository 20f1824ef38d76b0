import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'aws-kms-key-rotation',
  title: 'KMS keys rotate their key material automatically',
  description:
    'Checks symmetric encryption keys (KeySpec SYMMETRIC_DEFAULT, the default). Passes when EnableKeyRotation is ' +
    'true; fails when it is false or not set. Asymmetric and HMAC keys cannot rotate automatically and are left out.',
  rationale:
    'Rotation limits how much data one key version protects and how long a compromised key stays useful, and it ' +
    'is what most key-management policies require. KMS keeps old versions for decryption, so rotation breaks nothing.',
  severity: 'medium',
  provider: 'aws',
  service: 'kms',
  resourceKinds: ['aws.kms.key'],
  remediation: {
    summary:
      'Enable automatic rotation on every customer managed symmetric key (yearly by default, or a shorter period).',
    terraform:
      'resource "aws_kms_key" "data" {\n  description             = "Acme customer data"\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
    cli: 'aws kms enable-key-rotation --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --rotation-period-in-days 365',
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  evaluate(key) {
    const spec = key.keySpec;
    if (isUnknown(spec)) return unresolved('the key spec', spec, { attribute: 'keySpec' });
    if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return undefined;
    const on = key.rotation;
    if (isUnknown(on)) return unresolved('key rotation', on, { attribute: 'rotation' });
    if (on === true) return pass('automatic key rotation is on', { attribute: 'rotation' });
    return on === false
      ? fail('automatic key rotation is off', { attribute: 'rotation' })
      : fail('automatic key rotation is not set (off by default)');
  },
});
