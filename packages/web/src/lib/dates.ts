/**
 * Calendar days as the server counts them. Due dates, overdue results and evidence expiry are compared with the
 * UTC day on the server (derived progress, the assessment's ETag), so every page compares with the same day:
 * never the browser's local one, which differs between local and UTC midnight.
 */

/** Today as YYYY-MM-DD in UTC. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
