import { constants } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';

/** Larger files are not parsed: real templates and manifests are far smaller, and parsing is the budget. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/**
 * Snapshots of large accounts (JSON that starts with `"nimbusSnapshot"`, as `nimbus collect` writes them) may be
 * this large. A JavaScript string holds at most about 512 million characters: a larger file of plain ASCII is
 * refused when it is decoded, with a message saying so.
 */
export const MAX_SNAPSHOT_BYTES = 1024 * 1024 * 1024;

/**
 * Terraform plans in JSON (`terraform show -json`, whose first key is `format_version`) may be this large: a plan
 * holds every resource three or four times (planned values, changes, prior state, configuration), and that of a
 * few thousand resources passes 5 MB. They are read as strict JSON (parsers/json/json-tree.ts); a scan holds
 * about 20 times a plan's size at its peak (a 29 MB plan of 30,000 resources: 560 MB), so this keeps one well
 * under 2 GB whatever the plan's shape.
 */
export const MAX_PLAN_BYTES = 40 * 1024 * 1024;

/**
 * YAML files that start like Kubernetes manifests (a top-level `apiVersion:` or `kind:` line within their first
 * 64 KB) may be this large: operator bundles pass 5 MB, mostly with CustomResourceDefinitions, which the parser
 * skips (parsers/kubernetes/manifest-skim.ts).
 */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export type ReadOutcome = { readonly text: string } | { readonly problem: string };

export interface ReadInputOptions {
  /**
   * Accept JSON snapshots up to MAX_SNAPSHOT_BYTES and JSON Terraform plans up to MAX_PLAN_BYTES (what `scan`
   * reads); other files keep MAX_INPUT_BYTES.
   */
  readonly largeSnapshots?: boolean;
  /** Overrides MAX_SNAPSHOT_BYTES (tests). */
  readonly maxSnapshotBytes?: number;
  /** Overrides MAX_PLAN_BYTES (tests). */
  readonly maxPlanBytes?: number;
  /** Overrides MAX_MANIFEST_BYTES (tests). */
  readonly maxManifestBytes?: number;
  /** Overrides the longest string the runtime can build (tests). */
  readonly maxStringLength?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** How much of a large file is read to recognize it: a manifest may open with a long license comment. */
const HEAD_BYTES = 64 * 1024;

/** The start of a snapshot as `nimbus collect` writes it: the marker is the first key of the top object. */
const SNAPSHOT_HEAD = /^\uFEFF?\s*\{\s*"nimbusSnapshot"\s*:/;

/** True when a text (or its first bytes, as text) starts the way a JSON snapshot starts. */
export const looksLikeSnapshotJson = (head: string): boolean => SNAPSHOT_HEAD.test(head.slice(0, 4096));

/** The start of `terraform show -json` output: `format_version` is the first key it writes. */
const PLAN_HEAD = /^\uFEFF?\s*\{\s*"format_version"\s*:/;

/** True when a text (or its first bytes) starts the way a JSON Terraform plan starts. */
export const looksLikePlanJson = (head: string): boolean => PLAN_HEAD.test(head.slice(0, 4096));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const failure = (err: unknown) => ({
  problem: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
});

/** A head of a text whose top-level `apiVersion:` or `kind:` lines say it holds Kubernetes manifests. */
export const looksLikeManifestYaml = (head: string): boolean => /^(?:apiVersion|kind):[ \t]*\S/m.test(head);

/** The first bytes of a file, as text (undecodable bytes replaced): enough to recognize a snapshot. */
const readHead = async (path: string): Promise<string> => {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(HEAD_BYTES), position: 0 });
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
};

/**
 * Reads a file as UTF-8 text, refusing files that are too large, binary or not UTF-8. With `largeSnapshots`, a
 * file over MAX_INPUT_BYTES is still read when it starts like a JSON snapshot.
 */
export const readInput = async (path: string, options: ReadInputOptions = {}): Promise<ReadOutcome> => {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    return failure(err);
  }
  if (size > MAX_INPUT_BYTES) {
    let head = '';
    if (options.largeSnapshots)
      try {
        head = await readHead(path);
      } catch (err) {
        return failure(err);
      }
    if (looksLikeSnapshotJson(head)) {
      const limit = options.maxSnapshotBytes ?? MAX_SNAPSHOT_BYTES;
      if (size > limit)
        return {
          problem: `snapshot is ${mb(size)}, over the ${mb(limit)} limit: not scanned; collect fewer regions per snapshot (--regions)`,
        };
    } else if (looksLikePlanJson(head)) {
      const limit = options.maxPlanBytes ?? MAX_PLAN_BYTES;
      if (size > limit)
        return {
          problem: `Terraform plan is ${mb(size)}, over the ${mb(limit)} limit: not scanned; scan the configuration (the .tf files) instead, or plan modules separately`,
        };
    } else if (looksLikeManifestYaml(head)) {
      const limit = options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
      if (size > limit)
        return {
          problem: `manifest file is ${mb(size)}, over the ${mb(limit)} limit: not scanned; split it into several files`,
        };
    } else return { problem: `file is ${mb(size)}, over the 5 MB limit: not scanned` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return failure(err);
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary file: not scanned' };
  // A string of more characters than the runtime allows cannot be built: UTF-8 takes at least one byte each.
  const maxString = options.maxStringLength ?? constants.MAX_STRING_LENGTH;
  if (bytes.length > maxString) {
    let chars = 0;
    // Continuation bytes (10xxxxxx) do not start a character; 4-byte characters take two UTF-16 units.
    for (const b of bytes) if ((b & 0xc0) !== 0x80) chars += b >= 0xf0 ? 2 : 1;
    if (chars > maxString)
      return {
        problem: `file is ${mb(size)} of text, more than one string can hold here (${mb(maxString)} of characters): not scanned; collect fewer regions per snapshot (--regions)`,
      };
  }
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not UTF-8 text: not scanned' };
  }
};
