import type { ResultStatus } from '@nimbus/core';

/** Statuses from done to not started, the order used in charts, legends and filters. */
export const STATUS_ORDER: readonly ResultStatus[] = [
  'implemented',
  'partially-implemented',
  'planned',
  'not-implemented',
  'not-assessed',
  'not-applicable',
];

export const STATUS_LABEL: Record<ResultStatus, string> = {
  implemented: 'Implemented',
  'partially-implemented': 'Partially implemented',
  planned: 'Planned',
  'not-implemented': 'Not implemented',
  'not-assessed': 'Not assessed',
  'not-applicable': 'Not applicable',
};

/** Mantine base colors per status; the label is always shown too, so color is never the only signal. */
export const STATUS_COLOR: Record<ResultStatus, string> = {
  implemented: 'teal',
  'partially-implemented': 'yellow',
  planned: 'blue',
  'not-implemented': 'red',
  'not-assessed': 'gray',
  'not-applicable': 'violet',
};

/** Chart fill per status (a shade that reads on white). */
export const STATUS_CHART_COLOR: Record<ResultStatus, string> = {
  implemented: 'teal.6',
  'partially-implemented': 'yellow.5',
  planned: 'blue.5',
  'not-implemented': 'red.6',
  'not-assessed': 'gray.4',
  'not-applicable': 'violet.4',
};
