/**
 * From this many items, a snapshot is written with one item per line (see snapshotText). Below it, indented as a
 * whole: small accounts read well, and a finding points at the line of the very field.
 */
export const ITEMS_PER_LINE_FROM = 5000;

type Lists = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>>>>;

/** Any snapshot: its envelope keys (marker first) and `services.<service>.<region>.<type>` item lists. */
export interface SnapshotDocument {
  readonly services: Lists;
  readonly [key: string]: unknown;
}

const countItems = (services: Lists): number => {
  let n = 0;
  for (const regions of Object.values(services))
    for (const types of Object.values(regions)) for (const list of Object.values(types)) n += list.length;
  return n;
};

/** JSON.stringify(value, null, 2), for a value that starts at `depth` levels of two spaces. */
const indented = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

const key = (name: string) => JSON.stringify(name);

/** The `services` tree indented down to the item lists, each item compact on its own line. */
function* servicesText(services: Lists): Generator<string> {
  const serviceNames = Object.keys(services);
  if (serviceNames.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [s, service] of serviceNames.entries()) {
    const regions = services[service] ?? {};
    yield `    ${key(service)}: {`;
    for (const [r, region] of Object.keys(regions).entries()) {
      const types = regions[region] ?? {};
      yield `${r ? ',' : ''}\n      ${key(region)}: {`;
      for (const [t, type] of Object.keys(types).entries()) {
        const items = types[type] ?? [];
        yield `${t ? ',' : ''}\n        ${key(type)}: [`;
        // One string per item: a million-item account never becomes a single string of its whole text.
        for (const [i, item] of items.entries()) yield `${i ? ',' : ''}\n          ${JSON.stringify(item)}`;
        yield items.length ? '\n        ]' : ']';
      }
      yield Object.keys(types).length ? '\n      }' : '}';
    }
    yield `${Object.keys(regions).length ? '\n    }' : '}'}${s < serviceNames.length - 1 ? ',\n' : '\n'}`;
  }
  yield '  }';
}

/**
 * The text of a snapshot as `nimbus collect` writes it, in pieces to write one after the other. Small snapshots
 * are indented as a whole. From `itemsPerLineFrom` items, the envelope and the services tree stay indented but
 * each item is written compact on a line of its own: a large account's file is about half the size, its text
 * stays within what one JavaScript string can hold, and the scanner reads it item by item with each item's line.
 * The keys keep their order (the format marker first), so `JSON.parse` of the text gives the snapshot back.
 */
export function* snapshotText(
  snapshot: SnapshotDocument,
  options: { readonly itemsPerLineFrom?: number } = {},
): Generator<string> {
  if (countItems(snapshot.services) < (options.itemsPerLineFrom ?? ITEMS_PER_LINE_FROM)) {
    yield `${JSON.stringify(snapshot, null, 2)}\n`;
    return;
  }
  const keys = Object.keys(snapshot).filter((name) => snapshot[name] !== undefined);
  yield '{\n';
  for (const [k, name] of keys.entries()) {
    yield `  ${key(name)}: `;
    if (name === 'services') yield* servicesText(snapshot.services);
    else yield indented(snapshot[name], 1);
    yield k < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}
