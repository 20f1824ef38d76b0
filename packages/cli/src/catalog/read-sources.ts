import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NimbusError, type ValidationIssue } from '@nimbus/core';
import { MAX_SOURCE_BYTES, type SourceFile } from '@nimbus/core/compiler';

export interface CatalogSources {
  readonly files: SourceFile[];
  /** Files that were not read: too large, or links (never followed). */
  readonly rejected: ValidationIssue[];
}

/** Reads every YAML file under the catalog folder. Symlinks are not followed; oversized files are not read. */
export const readCatalogSources = (dir: string): CatalogSources => {
  const files: SourceFile[] = [];
  const rejected: ValidationIssue[] = [];
  const walk = (current: string) => {
    let entries: string[];
    try {
      entries = readdirSync(current);
    } catch {
      throw new NimbusError('INVALID_ARGUMENT', `cannot read the catalog folder ${current}`, {
        dir: current,
      });
    }
    for (const name of entries.sort()) {
      const full = join(current, name);
      const path = relative(dir, full).split(sep).join('/');
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) {
        rejected.push({
          code: 'unknown-file',
          file: path,
          path: '',
          message: 'symbolic links are not followed',
        });
      } else if (stat.isDirectory()) {
        walk(full);
      } else if (stat.isFile() && /\.ya?ml$/.test(name)) {
        if (stat.size > MAX_SOURCE_BYTES) {
          const message = `file is ${stat.size} bytes, more than the ${MAX_SOURCE_BYTES} a catalog file may have`;
          rejected.push({ code: 'syntax', file: path, path: '', message });
        } else {
          files.push({ path, text: readFileSync(full, 'utf8') });
        }
      }
    }
  };
  walk(dir);
  return { files, rejected };
};
