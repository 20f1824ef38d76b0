import type { SnapshotError, SnapshotResourceType, SnapshotService } from '@nimbus/scanner';
import { errorInfo, isNotConfigured } from './aws-errors.js';

/**
 * service → region (or GLOBAL_REGION) → resource type → raw API items, with the services and resource types of
 * the scanner's snapshot format. The items are the SDK's outputs as they came: the scanner validates them when it
 * reads the snapshot.
 */
export type SnapshotServices = {
  [S in SnapshotService]?: Record<string, { [T in SnapshotResourceType<S>]?: unknown[] }>;
};

type Items = Record<string, Record<string, Record<string, unknown[]>>>;

/** An API output as the snapshot stores it: without the SDK's request metadata. */
export const stored = <T extends object>(output: T): Omit<T, '$metadata'> => {
  const { $metadata: _, ...rest } = output as T & { $metadata?: unknown };
  return rest;
};

/** Collects items and failures as the calls come back, in any order; `services()` gives them sorted. */
export class SnapshotRecorder {
  readonly #items: Items = {};
  readonly #errors: SnapshotError[] = [];

  put<S extends SnapshotService>(
    service: S,
    region: string,
    type: SnapshotResourceType<S>,
    items: readonly unknown[],
  ): void {
    const regions = this.#items[service] ?? {};
    const types = regions[region] ?? {};
    types[type] = [...items];
    regions[region] = types;
    this.#items[service] = regions;
  }

  fail(service: SnapshotService, region: string, operation: string, err: unknown, resource?: string): void {
    const { code, message } = errorInfo(err);
    this.#errors.push({ service, region, operation, code, message, ...(resource ? { resource } : {}) });
  }

  /** Runs one listing call; a failure is recorded and gives undefined, so the rest of the collection goes on. */
  async list<T>(
    service: SnapshotService,
    region: string,
    operation: string,
    fn: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      this.fail(service, region, operation, err);
      return undefined;
    }
  }

  /**
   * Runs one call about one resource: its output (without metadata), `null` when AWS answers that the resource
   * has no such configuration (or one of the `alsoNotConfigured` codes), or undefined when the call failed
   * (recorded).
   */
  async companion<T extends object>(
    service: SnapshotService,
    region: string,
    operation: string,
    resource: string,
    fn: () => Promise<T>,
    alsoNotConfigured: readonly string[] = [],
  ): Promise<Omit<T, '$metadata'> | null | undefined> {
    try {
      return stored(await fn());
    } catch (err) {
      if (isNotConfigured(err) || alsoNotConfigured.includes(errorInfo(err).code)) return null;
      this.fail(service, region, operation, err, resource);
      return undefined;
    }
  }

  services(): SnapshotServices {
    const sorted: Items = {};
    for (const service of Object.keys(this.#items).sort()) {
      const regions = this.#items[service] ?? {};
      sorted[service] = Object.fromEntries(
        Object.keys(regions)
          .sort()
          .map((r) => [r, regions[r] ?? {}]),
      );
    }
    // `put` only takes the format's services and resource types.
    return sorted as SnapshotServices;
  }

  errors(): SnapshotError[] {
    const key = (e: SnapshotError) => [e.service, e.region, e.operation, e.resource ?? ''].join('\u0000');
    return [...this.#errors].sort((a, b) => key(a).localeCompare(key(b)));
  }
}
