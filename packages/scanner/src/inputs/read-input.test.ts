import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikePlanJson, looksLikeSnapshotJson, MAX_INPUT_BYTES, readInput } from './read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'nimbus-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `bytes` bytes: `head`, then `fill` repeated, then `tail`. */
const file = (name: string, head: string, bytes: number, fill = ' ', tail = '}') => {
  const path = join(dir, name);
  const body = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const count = Math.ceil((bytes - body) / Buffer.byteLength(fill));
  writeFileSync(path, `${head}${fill.repeat(count)}${tail}`);
  return path;
};

const SNAPSHOT_HEAD = '{\n  "nimbusSnapshot": 1, "pad": "';
const BIG = MAX_INPUT_BYTES + 1024 * 1024;

describe('readInput', () => {
  it('recognizes a snapshot by its first key, as nimbus collect writes it', () => {
    expect(looksLikeSnapshotJson('{"nimbusSnapshot": 1}')).toBe(true);
    expect(looksLikeSnapshotJson('\uFEFF  {\n  "nimbusSnapshot" :1')).toBe(true);
    expect(looksLikeSnapshotJson('{"provider": "aws", "nimbusSnapshot": 1}')).toBe(false);
    expect(looksLikeSnapshotJson('nimbusSnapshot: 1')).toBe(false);
  });

  it('keeps the 5 MB limit for every file unless asked for large snapshots', async () => {
    const snapshot = file('big-snapshot.json', SNAPSHOT_HEAD, BIG, 'x', '"}');
    expect(await readInput(snapshot)).toEqual({
      problem: 'file is 6.0 MB, over the 5 MB limit: not scanned',
    });
    const read = await readInput(snapshot, { largeSnapshots: true });
    expect('text' in read && read.text.length).toBe(BIG);
  });

  it('keeps the 5 MB limit for large files that are not snapshots', async () => {
    const other = file('big-template.json', '{"Resources": "', BIG, 'x', '"}');
    expect(await readInput(other, { largeSnapshots: true })).toEqual({
      problem: 'file is 6.0 MB, over the 5 MB limit: not scanned',
    });
    const yaml = file('big.yaml', 'nimbusSnapshot: 1\npad: ', BIG, 'x', '\n');
    expect(await readInput(yaml, { largeSnapshots: true })).toMatchObject({ problem: /over the 5 MB limit/ });
  });

  it('reads a Terraform plan in JSON over 5 MB, up to the plan limit, and says what to do past it', async () => {
    expect(looksLikePlanJson('{"format_version":"1.2","terraform_version":"1.9.0"')).toBe(true);
    expect(looksLikePlanJson('{"terraform_version":"1.9.0","format_version":"1.2"')).toBe(false);
    const plan = file('big-plan.json', '{"format_version":"1.2","pad":"', BIG, 'x', '"}');
    expect(await readInput(plan)).toEqual({ problem: 'file is 6.0 MB, over the 5 MB limit: not scanned' });
    const read = await readInput(plan, { largeSnapshots: true });
    expect('text' in read && read.text.length).toBe(BIG);
    expect(await readInput(plan, { largeSnapshots: true, maxPlanBytes: MAX_INPUT_BYTES + 10 })).toEqual({
      problem:
        'Terraform plan is 6.0 MB, over the 5.0 MB limit: not scanned; scan the configuration (the .tf files) instead, or plan modules separately',
    });
  });

  it('reads Kubernetes manifests over 5 MB, up to the manifest limit, and says what to do past it', async () => {
    const bundle = file(
      'bundle.yaml',
      '# an operator bundle\napiVersion: v1\nkind: Namespace\n---\n',
      BIG,
      '# x\n',
      '\n',
    );
    const read = await readInput(bundle, { largeSnapshots: true });
    expect('text' in read && read.text.length).toBeGreaterThanOrEqual(BIG);
    expect(await readInput(bundle, { largeSnapshots: true, maxManifestBytes: MAX_INPUT_BYTES + 10 })).toEqual(
      {
        problem: 'manifest file is 6.0 MB, over the 5.0 MB limit: not scanned; split it into several files',
      },
    );
  });

  it('refuses a snapshot over the snapshot limit, saying how to split it', async () => {
    const snapshot = file('too-big-snapshot.json', SNAPSHOT_HEAD, BIG, 'x', '"}');
    expect(
      await readInput(snapshot, { largeSnapshots: true, maxSnapshotBytes: MAX_INPUT_BYTES + 10 }),
    ).toEqual({
      problem:
        'snapshot is 6.0 MB, over the 5.0 MB limit: not scanned; collect fewer regions per snapshot (--regions)',
    });
  });

  it('refuses, before decoding, text longer than one string can hold, counting characters rather than bytes', async () => {
    const ascii = file('long.json', SNAPSHOT_HEAD, BIG, 'x', '"}');
    expect(await readInput(ascii, { largeSnapshots: true, maxStringLength: MAX_INPUT_BYTES })).toMatchObject({
      problem: /more than one string can hold here \(5\.0 MB of characters\): not scanned/,
    });
    // Two bytes per character: half as many characters as bytes, which fits.
    const accented = file('accented.json', SNAPSHOT_HEAD, BIG, 'é', '"}');
    const read = await readInput(accented, { largeSnapshots: true, maxStringLength: MAX_INPUT_BYTES });
    expect('text' in read && read.text.startsWith(SNAPSHOT_HEAD)).toBe(true);
  });

  it('still refuses binary and invalid UTF-8 content in a large snapshot, and missing files', async () => {
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.concat([Buffer.from(SNAPSHOT_HEAD), Buffer.alloc(BIG, 0)]));
    expect(await readInput(binary, { largeSnapshots: true })).toEqual({
      problem: 'binary file: not scanned',
    });
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from(SNAPSHOT_HEAD), Buffer.alloc(BIG, 0xe9), Buffer.from('"}')]),
    );
    expect(await readInput(latin1, { largeSnapshots: true })).toEqual({
      problem: 'not UTF-8 text: not scanned',
    });
    expect(await readInput(join(dir, 'missing.json'), { largeSnapshots: true })).toEqual({
      problem: 'cannot read: ENOENT',
    });
  });

  it('drops a byte order mark', async () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\uFEFF{"a": 1}');
    expect(await readInput(path)).toEqual({ text: '{"a": 1}' });
  });
});
