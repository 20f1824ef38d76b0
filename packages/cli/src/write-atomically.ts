import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Pieces joined into batches of about `size` characters: one write call per batch rather than per line. */
export function* inBatches(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= size) {
      yield batch.join('');
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/**
 * Writes a temporary file beside `file`, piece by piece (a large snapshot or report is never one string), then
 * renames it over `file`: a reader never sees half a file, and a failure leaves no file behind (the error is
 * thrown again for the caller to word). `mode` applies to a new file, less the umask.
 */
export const writeAtomically = (file: string, pieces: Iterable<string>, mode = 0o666): void => {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'w', mode);
    try {
      for (const batch of inBatches(pieces)) writeSync(fd, batch);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
};
