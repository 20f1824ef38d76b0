import { NimbusError } from '@nimbus/core';
import { clearFailures, type Executor, getFailures, recordFailure } from '@nimbus/storage';

/** At most this many failed logins per account, and per client IP, in one window. */
export const LOGIN_LIMITS = { perAccount: 5, perIp: 20, windowMinutes: 15 } as const;

const keys = (email: string, ip: string | null) => [
  { key: `account:${email.toLowerCase()}`, limit: LOGIN_LIMITS.perAccount },
  ...(ip ? [{ key: `ip:${ip}`, limit: LOGIN_LIMITS.perIp }] : []),
];

const windowStart = (now: Date) =>
  new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();

/** Throws RATE_LIMITED (with the seconds to wait) when the account or the IP used up its attempts. */
export const assertNotThrottled = async (db: Executor, email: string, ip: string | null, now: Date) => {
  for (const { key, limit } of keys(email, ip)) {
    const f = await getFailures(db, key);
    if (f && f.window_start >= windowStart(now) && f.count >= limit) {
      const retryAfter = Math.max(
        1,
        Math.ceil((Date.parse(f.window_start) + LOGIN_LIMITS.windowMinutes * 60_000 - now.getTime()) / 1000),
      );
      throw new NimbusError('RATE_LIMITED', `too many failed sign-ins; try again in ${retryAfter} seconds`, {
        retryAfter,
      });
    }
  }
};

export const noteFailedLogin = async (db: Executor, email: string, ip: string | null, now: Date) => {
  for (const { key } of keys(email, ip)) await recordFailure(db, key, now.toISOString(), windowStart(now));
};

export const noteSuccessfulLogin = async (db: Executor, email: string) => {
  await clearFailures(db, `account:${email.toLowerCase()}`);
};
