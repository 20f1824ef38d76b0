/**
 * A number that moves whenever data committed to the database may have changed, so that values read earlier can
 * be reused while it stands still (see read-cache.ts and docs/adr/0005-read-cache.md).
 *
 * - This process's own writes move it as soon as each write statement (or the transaction around it) finishes:
 *   the connection layer calls `bump()` (see connect.ts).
 * - Writes by other processes move it through `watch`: SQLite's `PRAGMA data_version`, which changes when another
 *   connection commits; PostgreSQL's LISTEN/NOTIFY, fed by the triggers of migration 0003.
 * - `read()` is `UNKNOWN` while the other writers cannot be watched (the PostgreSQL listener is not connected):
 *   nothing may be reused then.
 */
export interface ChangeClock {
  read(): number;
  bump(): void;
  close(): Promise<void>;
}

export const UNKNOWN = -1;

/** How a clock learns of other processes' writes. */
export interface ChangeWatch {
  /** Whether other writers are watched right now; false turns reuse off. */
  ready(): boolean;
  /** Called on every read: returns true when another writer committed since the last call. */
  poll(): boolean;
  close(): Promise<void>;
}

export const changeClock = (watch: ChangeWatch): ChangeClock => {
  let tick = 0;
  return {
    read: () => {
      if (!watch.ready()) return UNKNOWN;
      if (watch.poll()) tick++;
      return tick;
    },
    bump: () => {
      tick++;
    },
    close: () => watch.close(),
  };
};

/**
 * SQLite: `data_version` changes when any other connection (another process, the CLI) commits to the file. Asking
 * costs a read lock on the file, so it is asked once per turn of the event loop: every request that starts after
 * another process's commit sees it, and the reads of one turn (one request's, usually) share the answer.
 */
export const sqliteDataVersionWatch = (dataVersion: () => number): ChangeWatch => {
  let last = dataVersion();
  let asked = false;
  const nextTurn = () => {
    asked = false;
  };
  return {
    ready: () => true,
    poll: () => {
      if (asked) return false;
      asked = true;
      setImmediate(nextTurn).unref();
      const now = dataVersion();
      if (now === last) return false;
      last = now;
      return true;
    },
    close: async () => {},
  };
};
