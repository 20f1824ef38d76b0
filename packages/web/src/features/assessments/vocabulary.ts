import type { MantineColor } from '@mantine/core';
import type { Perspective, ResultStatus } from '@nimbus/core';

/** Result statuses in workflow order, with the words and colours the UI uses for them. */
export const STATUSES: readonly ResultStatus[] = [
  'not-assessed',
  'planned',
  'partially-implemented',
  'implemented',
  'not-implemented',
  'not-applicable',
];

export const STATUS_LABEL: Record<ResultStatus, string> = {
  'not-assessed': 'Not assessed',
  planned: 'Planned',
  'partially-implemented': 'Partially implemented',
  implemented: 'Implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
};

export const STATUS_COLOR: Record<ResultStatus, MantineColor> = {
  'not-assessed': 'gray',
  planned: 'indigo',
  'partially-implemented': 'yellow',
  implemented: 'teal',
  'not-implemented': 'red',
  'not-applicable': 'dark',
};

/** Solid shades for bars and legend swatches (the theme's filled shade 8 makes gray and dark look alike). */
export const STATUS_SWATCH: Record<ResultStatus, string> = {
  'not-assessed': 'gray.4',
  planned: 'indigo.4',
  'partially-implemented': 'yellow.5',
  implemented: 'teal.7',
  'not-implemented': 'red.7',
  'not-applicable': 'dark.2',
};

/** `gray.4` as a CSS value. */
export const swatchVar = (swatch: string) => `var(--mantine-color-${swatch.replace('.', '-')})`;

/** Statuses an applicable control can take (not-applicable comes from excluding it). */
export const APPLICABLE_STATUSES = STATUSES.filter((s) => s !== 'not-applicable');

export const statusOptions = (statuses: readonly ResultStatus[] = APPLICABLE_STATUSES) =>
  statuses.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

export const PERSPECTIVE_LABEL: Record<Perspective, string> = {
  csp: 'Cloud service provider',
  csc: 'Cloud service customer',
  both: 'Provider and customer',
};

export const PERSPECTIVE_SHORT: Record<Perspective, string> = { csp: 'CSP', csc: 'CSC', both: 'CSP + CSC' };

export const PERSPECTIVE_HELP: Record<Perspective, string> = {
  csp: 'You operate the cloud service. Assess the guidance written for providers and the CLD controls you run.',
  csc: 'You use cloud services. Assess the guidance for customers: what you configure, contract and monitor.',
  both: 'You provide a cloud service and also rely on others (for example, a SaaS on a public cloud).',
};

/** A share 0..1 as a whole percentage. */
export const percent = (ratio: number) => Math.round(ratio * 100);

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "26 Feb 2027" for a YYYY-MM-DD date (or an ISO timestamp's date). */
export const formatDate = (date: string | null | undefined) =>
  date ? DATE.format(new Date(`${date.slice(0, 10)}T00:00:00Z`)) : '';

export const formatDateTime = (iso: string) => DATE_TIME.format(new Date(iso));

export { daysBetween, todayIso } from '../../lib/dates.js';

/** Overdue as the server counts it: an applicable control past its due date and not implemented. */
export const isOverdue = (
  r: { applicable: boolean; status: ResultStatus; dueDate: string | null },
  today: string,
) => Boolean(r.applicable && r.dueDate && r.dueDate < today && r.status !== 'implemented');
