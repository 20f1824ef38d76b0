/**
 * Values by region and id, in two levels of maps: looking up `eu-west-1` then `vol-0abc` reuses the strings as
 * they came, where a joined `eu-west-1/vol-0abc` key would be built (and hashed) for every lookup of a million.
 * Setting an existing key replaces its value, as in a lookup table.
 */
export class RegionIndex<T> {
  readonly #regions = new Map<string, Map<string, T>>();

  get(region: string, id: string): T | undefined {
    return this.#regions.get(region)?.get(id);
  }

  has(region: string, id: string): boolean {
    return this.#regions.get(region)?.has(id) ?? false;
  }

  set(region: string, id: string, value: T): void {
    const ids = this.#regions.get(region);
    if (ids) ids.set(id, value);
    else this.#regions.set(region, new Map([[id, value]]));
  }
}
