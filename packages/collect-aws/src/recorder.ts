import type { SnapshotError } from '@nimbus/scanner';
import { errorInfo, isNotConfigured } from './aws-errors.js';

/** service → region (or `global`) → resource type → raw API items. */
export type SnapshotServices = Record<string, Record<string, Record<string, unknown[]>>>;

/** An API output as the snapshot stores it: without the SDK's request metadata. */
export const stored = <T extends object>(output: T): Omit<T, '$metadata'> => {
  const { $metadata: _, ...rest } = output as T & { $metadata?: unknown };
  return rest;
};

/** Collects items and failures as the calls come back, in any order; `services()` gives them sorted. */
export class SnapshotRecorder {
  readonly #items: SnapshotServices = {};
  readonly #errors: SnapshotError[] = [];

  put(service: string, region: string, type: string, items: readonly unknown[]): void {
    const regions = this.#items[service] ?? {};
    const types = regions[region] ?? {};
    types[type] = [...items];
    regions[region] = types;
    this.#items[service] = regions;
  }

  fail(service: string, region: string, operation: string, err: unknown, resource?: string): void {
    const { code, message } = errorInfo(err);
    this.#errors.push({ service, region, operation, code, message, ...(resource ? { resource } : {}) });
  }

  /** Runs one listing call; a failure is recorded and gives undefined, so the rest of the collection goes on. */
  async list<T>(
    service: string,
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
    service: string,
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
    const sorted: SnapshotServices = {};
    for (const service of Object.keys(this.#items).sort()) {
      const regions = this.#items[service] ?? {};
      sorted[service] = Object.fromEntries(
        Object.keys(regions)
          .sort()
          .map((r) => [r, regions[r] ?? {}]),
      );
    }
    return sorted;
  }

  errors(): SnapshotError[] {
    const key = (e: SnapshotError) => [e.service, e.region, e.operation, e.resource ?? ''].join('\u0000');
    return [...this.#errors].sort((a, b) => key(a).localeCompare(key(b)));
  }
}
