import { createHash } from 'node:crypto';
import type { ScanResult } from './result.js';

/**
 * A finding's identity across scans: its check, file, resource and subject, not its line or message, so that
 * editing elsewhere in a file does not make an old finding look new (SARIF's partialFingerprints, `--baseline`).
 */
export const findingFingerprint = (r: ScanResult): string =>
  createHash('sha256')
    .update([r.checkId, r.location.file, r.resource?.address ?? '', r.subject ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
