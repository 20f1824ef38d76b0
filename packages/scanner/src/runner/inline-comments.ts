import type { InputIssue } from '../inputs/input-issue.js';
import { looksLikeSnapshotJson } from '../inputs/read-input.js';
import type { TerraformIo } from '../parsers/terraform/load-module.js';
import { findInlineIgnores, type InlineIgnore } from '../suppressions/inline.js';
import type { ScanResult } from './result.js';

type FileComments = ReturnType<typeof findInlineIgnores>;

/**
 * The `nimbus:ignore` comments of the files a scan reads, noted while each file's text is in hand (the per-file
 * inputs as the runner reads them, Terraform files as the loader reads them), so that no file is read a second
 * time for its comments. Only files that have comments, valid or not, are kept: the texts themselves are not.
 */
export class InlineComments {
  readonly #byFile = new Map<string, FileComments>();

  /** Notes the comments of one file, under the name its results give it. */
  note(file: string, text: string): void {
    // JSON has no comments: a JSON snapshot (up to 1 GB) is not searched for them.
    if (looksLikeSnapshotJson(text)) return;
    const found = findInlineIgnores(text);
    if (found.ignores.length > 0 || found.invalid.length > 0) this.#byFile.set(file, found);
  }

  /** A Terraform reader that reads as `io` does and notes the comments of every file it reads. */
  watch(io: TerraformIo): TerraformIo {
    return {
      readFile: async (path) => {
        const read = await io.readFile(path);
        if ('text' in read) this.note(io.display(path), read.text);
        return read;
      },
      listTf: (dir) => io.listTf(dir),
      display: (path) => io.display(path),
      ...(io.readTextSync ? { readTextSync: io.readTextSync.bind(io) } : {}),
      ...(io.realPath ? { realPath: io.realPath.bind(io) } : {}),
      ...(io.listFilesSync ? { listFilesSync: io.listFilesSync.bind(io) } : {}),
    };
  }

  /**
   * The comments of the files that have a failed or unknown result about a resource (only those can be
   * suppressed), and a warning for each malformed comment in them.
   */
  forResults(results: readonly ScanResult[]): {
    inline: Map<string, InlineIgnore[]>;
    warnings: InputIssue[];
  } {
    const inline = new Map<string, InlineIgnore[]>();
    const warnings: InputIssue[] = [];
    if (this.#byFile.size === 0) return { inline, warnings };
    const files = new Set(
      results
        .filter((r) => (r.status === 'fail' || r.status === 'unknown') && r.resource)
        .map((r) => r.location.file),
    );
    for (const file of files) {
      const found = this.#byFile.get(file);
      if (!found) continue;
      if (found.ignores.length > 0) inline.set(file, found.ignores);
      for (const i of found.invalid)
        warnings.push({ level: 'warning', location: { file, line: i.line }, message: i.problem });
    }
    return { inline, warnings };
  }
}
