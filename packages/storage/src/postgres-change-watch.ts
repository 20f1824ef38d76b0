import pg from 'pg';
import type { ChangeWatch } from './change-clock.js';

/** The channel the triggers of migration 0003 notify on every committed change to a Nimbus table. */
export const CHANGE_CHANNEL = 'nimbus_changes';

const RETRY_MS = [250, 1000, 5000, 15000];

/**
 * Watches other processes' writes to a PostgreSQL database with LISTEN on its own connection, opened on first use.
 * While that connection is not listening (starting, lost, reconnecting) the watch is not ready, so nothing is
 * reused; each (re)connection counts as a change, so whatever was kept before a gap is dropped.
 */
export const postgresChangeWatch = (
  connectionString: string,
  onError?: (err: Error) => void,
): ChangeWatch => {
  let client: pg.Client | undefined;
  let listening = false;
  let changed = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const lost = (err?: Error) => {
    if (err) onError?.(err);
    listening = false;
    const old = client;
    client = undefined;
    old?.removeAllListeners();
    old?.on('error', () => {});
    void old?.end().catch(() => {});
    if (closed || retry) return;
    retry = setTimeout(
      () => {
        retry = undefined;
        start();
      },
      RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)],
    );
    retry.unref();
  };

  const start = () => {
    if (closed || client) return;
    const c = new pg.Client({ connectionString, keepAlive: true });
    client = c;
    c.on('error', (err) => lost(err));
    c.on('end', () => client === c && lost());
    c.on('notification', (n) => {
      if (n.channel === CHANGE_CHANNEL) changed = true;
    });
    c.connect()
      .then(() => c.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(() => {
        if (client !== c) return;
        failures = 0;
        changed = true;
        listening = true;
      })
      .catch((err: Error) => client === c && lost(err));
  };

  return {
    ready: () => {
      if (!client && !retry) start();
      return listening;
    },
    poll: () => {
      if (!changed) return false;
      changed = false;
      return true;
    },
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      listening = false;
      const c = client;
      client = undefined;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
};
