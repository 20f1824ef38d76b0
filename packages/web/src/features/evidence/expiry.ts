import type { ExpiryState } from '../../api/types.js';
import { daysBetween } from './format.js';

/** Evidence whose validity ends within this many days is "expiring" (the server uses the same rule). */
export const EXPIRING_DAYS = 30;

/** The state of a validity end date on a given day, as the server computes it. */
export const expiryState = (validUntil: string | null, today: string): ExpiryState => {
  if (!validUntil) return 'none';
  const left = daysBetween(today, validUntil);
  if (left < 0) return 'expired';
  return left <= EXPIRING_DAYS ? 'expiring' : 'valid';
};

export interface ExpiryBadgeInfo {
  readonly state: ExpiryState;
  /** Short text on the badge: never color alone. */
  readonly label: string;
  readonly color: string;
  /** A sentence for a tooltip or screen reader. */
  readonly description: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the expiry badge says. The server's state wins when given (it knows its "today"); the day count is
 * computed here for the wording.
 */
export const expiryBadge = (
  validUntil: string | null,
  today: string,
  serverState?: ExpiryState,
): ExpiryBadgeInfo => {
  const state = serverState ?? expiryState(validUntil, today);
  const left = validUntil ? daysBetween(today, validUntil) : null;
  switch (state) {
    case 'none':
      return {
        state,
        label: 'No end date',
        color: 'gray',
        description: 'This evidence has no validity end date.',
      };
    case 'valid':
      return {
        state,
        label: 'Valid',
        color: 'green',
        description: left !== null ? `Valid for ${plural(left, 'more day')}.` : 'Valid.',
      };
    case 'expiring':
      return {
        state,
        label: left === null || left <= 0 ? 'Expires today' : `${plural(left, 'day')} left`,
        color: 'orange',
        description:
          left !== null && left > 0
            ? `Expires in ${plural(left, 'day')} (within ${EXPIRING_DAYS}): collect a fresh copy soon.`
            : 'Expires today: collect a fresh copy now.',
      };
    case 'expired':
      return {
        state,
        label: 'Expired',
        color: 'red',
        description:
          left !== null && left < 0
            ? `Expired ${plural(-left, 'day')} ago: replace it before an audit relies on it.`
            : 'Expired: replace it before an audit relies on it.',
      };
  }
};
