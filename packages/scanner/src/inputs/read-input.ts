import { readFile, stat } from 'node:fs/promises';

/** Larger files are not parsed: real templates and manifests are far smaller, and parsing is the budget. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type ReadOutcome = { readonly text: string } | { readonly problem: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text, refusing files that are too large, binary or not UTF-8. */
export const readInput = async (path: string): Promise<ReadOutcome> => {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    return { problem: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  if (size > MAX_INPUT_BYTES)
    return { problem: `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: not scanned` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { problem: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary file: not scanned' };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not UTF-8 text: not scanned' };
  }
};
