import type { ResultStatus } from '@nimbus/core';
import { STATUS_SWATCH } from '../assessments/vocabulary.js';

/** Statuses from done to not started, the order used in charts, legends and filters. */
export const STATUS_ORDER: readonly ResultStatus[] = [
  'implemented',
  'partially-implemented',
  'planned',
  'not-implemented',
  'not-assessed',
  'not-applicable',
];

// The same words and colours as the assessment pages: one vocabulary for the whole UI.
export { STATUS_COLOR, STATUS_LABEL } from '../assessments/vocabulary.js';

export const STATUS_CHART_COLOR: Record<ResultStatus, string> = STATUS_SWATCH;
