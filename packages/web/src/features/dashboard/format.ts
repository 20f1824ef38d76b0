/** Date and number formatting for the dashboard, in the reader's locale. */

export { daysBetween, todayIso } from '../../lib/dates.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A YYYY-MM-DD date for people, e.g. "14 Nov 2026". */
export const formatDate = (date: string): string => {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? date : dateFormat.format(t);
};

/** A 0..1 ratio as a whole percentage, e.g. 0.703 → "70%". */
export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/** "in 3 days", "today", "5 days ago". */
export const relativeDays = (days: number): string => {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
};

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** A timestamp relative to now, e.g. "5 minutes ago". */
export const relativeTime = (iso: string, now: number = Date.now()): string => {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 60) return relativeFormat.format(seconds, 'second');
  if (abs < 3600) return relativeFormat.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relativeFormat.format(Math.round(seconds / 3600), 'hour');
  return relativeFormat.format(Math.round(seconds / 86_400), 'day');
};
