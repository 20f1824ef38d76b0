import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../parsers/parse-input.js';
import { ITEMS_PER_LINE_FROM, type SnapshotDocument, snapshotText } from './snapshot-text.js';

const fixture = (): SnapshotDocument =>
  JSON.parse(readFileSync(new URL('../parsers/snapshot/fixtures/account.json', import.meta.url), 'utf8'));

const text = (doc: SnapshotDocument, itemsPerLineFrom?: number) =>
  [...snapshotText(doc, itemsPerLineFrom === undefined ? {} : { itemsPerLineFrom })].join('');

const itemCount = (doc: SnapshotDocument) =>
  Object.values(doc.services)
    .flatMap((regions) => Object.values(regions))
    .flatMap((types) => Object.values(types))
    .reduce((n, list) => n + list.length, 0);

describe('snapshotText', () => {
  it('indents a small snapshot as a whole', () => {
    const doc = fixture();
    expect(itemCount(doc)).toBeLessThan(ITEMS_PER_LINE_FROM);
    expect(text(doc)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('writes each item of a large one compact on its own line, and JSON.parse gives the snapshot back', () => {
    const doc = fixture();
    const written = text(doc, 1);
    expect(JSON.parse(written)).toEqual(doc);
    expect(written.startsWith('{\n  "nimbusSnapshot": 1,\n')).toBe(true);
    const items = Object.values(doc.services)
      .flatMap((regions) => Object.values(regions))
      .flatMap((types) => Object.values(types))
      .flat();
    const lines = written.split('\n').map((l) => l.trim().replace(/,$/, ''));
    for (const item of items) expect(lines).toContain(JSON.stringify(item));
    expect(written.length).toBeLessThan(JSON.stringify(doc, null, 2).length);
  });

  it('gives the scanner the same resources, each located at the line of its item', () => {
    const doc = fixture();
    const small = parseInput('snap.json', text(doc));
    const written = text(doc, 1);
    const large = parseInput('snap.json', written, { fastJsonMinChars: 0 });
    const said = (issues: typeof small.issues) => issues.map((i) => [i.level, i.message]);
    expect(said(large.issues)).toEqual(said(small.issues));
    expect(large.resources.map((r) => r.address)).toEqual(small.resources.map((r) => r.address));
    const lines = written.split('\n');
    for (const r of large.resources) {
      const line = lines[r.location.line - 1] ?? '';
      expect(line.trim().startsWith('{'), `${r.address} at line ${r.location.line}: ${line}`).toBe(true);
    }
  });

  it('writes empty services, regions and lists, and leaves out undefined envelope keys, as JSON does', () => {
    const doc = {
      nimbusSnapshot: 1,
      note: undefined,
      services: { s3: {}, ec2: { 'eu-west-1': {}, 'eu-west-2': { vpcs: [] } } },
      errors: [],
    } as unknown as SnapshotDocument;
    expect(JSON.parse(text(doc, 0))).toEqual(JSON.parse(JSON.stringify(doc)));
    const none = { nimbusSnapshot: 1, services: {} } as unknown as SnapshotDocument;
    expect(JSON.parse(text(none, 0))).toEqual(none);
  });
});
