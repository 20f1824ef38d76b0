/** Dates and times for the administration pages, in the user's locale and time zone. */

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export const formatClock = (iso: string) => CLOCK.format(new Date(iso));
export const formatDay = (iso: string | null | undefined) => (iso ? DAY.format(new Date(iso)) : '—');
export const formatTime = (iso: string | null | undefined) => (iso ? TIME.format(new Date(iso)) : '—');

/** A YYYY-MM-DD date typed in a date input, as the ISO timestamp of the start (or end) of that local day. */
export const dayBoundary = (day: string, end: boolean): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};
