import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

const MAX_DAYS = 90;
const DAY = 86_400;

export const check = defineCheck(import.meta.url, {
  id: 'gcp-kms-key-rotation',
  title: 'Cloud KMS keys rotate automatically at least every 90 days',
  description:
    'Checks google_kms_crypto_key keys of purpose ENCRYPT_DECRYPT (the default); asymmetric and MAC keys cannot ' +
    'rotate automatically and are left out. Passes when rotation_period is 90 days (7776000s) or less. Fails when ' +
    'it is longer or not set: without it the key never rotates.',
  rationale:
    'Rotation limits how much data one key version protects and how long a leaked version stays useful. Cloud KMS ' +
    'keeps earlier versions for decryption, so scheduled rotation costs nothing in availability; a key that never ' +
    'rotates carries every risk of its lifetime.',
  severity: 'medium',
  provider: 'gcp',
  service: 'kms',
  resourceKinds: ['gcp.kms.crypto-key'],
  remediation: {
    summary: 'Set a rotation period of 90 days or less on every symmetric key.',
    terraform:
      'resource "google_kms_crypto_key" "data" {\n  name            = "data"\n  key_ring        = google_kms_key_ring.main.id\n  rotation_period = "7776000s" # 90 days\n}',
    cli: 'gcloud kms keys update data --keyring main --location europe --rotation-period 90d --next-rotation-time 2025-01-01T00:00:00Z',
  },
  references: ['https://cloud.google.com/kms/docs/key-rotation'],
  evaluate(key) {
    const { purpose, rotationPeriodSeconds: seconds } = key;
    if (isUnknown(purpose)) return unresolved('the key purpose', purpose, { attribute: 'purpose' });
    if (purpose !== undefined && purpose !== 'ENCRYPT_DECRYPT') return undefined;
    const at = { attribute: 'rotationPeriodSeconds' };
    if (isUnknown(seconds)) return unresolved('the rotation period', seconds, at);
    if (seconds === undefined) return fail('no rotation_period is set: the key never rotates automatically');
    // Whole days as such; otherwise the seconds too, so that 90 days and 2 seconds does not read as 90 days.
    const period =
      seconds % DAY === 0
        ? `${seconds / DAY} days`
        : `${seconds} seconds (${(seconds / DAY).toFixed(2)} days)`;
    return seconds <= MAX_DAYS * DAY
      ? pass(`the key rotates every ${period}`, at)
      : fail(`the key rotates every ${period}, more than ${MAX_DAYS} days`, at);
  },
});
