import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { NimbusError } from '@nimbus/core';
import type { InputIssue } from './input-issue.js';

/**
 * Extensions picked up when walking a folder; a file named explicitly is read whatever its name. YAML and JSON
 * documents (`.template` for CloudFormation) are read one by one; Terraform files (`.tf`, `.tfvars` and their
 * JSON forms `.tf.json`, `.tfvars.json`, matched by `.json`) are read by folder, one module per folder.
 */
export const SCANNED_EXTENSIONS = ['.yaml', '.yml', '.json', '.template', '.tf', '.tfvars'] as const;

/** A walk stops (with a warning) past this many files. */
export const MAX_INPUT_FILES = 20_000;

export interface CollectedFile {
  readonly path: string;
  /** As shown in results: relative to the working directory when inside it, with `/` separators. */
  readonly display: string;
}

export interface CollectedInputs {
  readonly files: readonly CollectedFile[];
  readonly issues: readonly InputIssue[];
}

export const displayPath = (path: string, cwd: string): string => {
  const rel = relative(cwd, path);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (inside ? rel : path).split(sep).join('/');
};

const scanned = (name: string) => SCANNED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * The files to scan under the given paths. Folders are walked in name order; hidden entries and
 * `node_modules` are skipped; symbolic links are never followed (each is reported); the `templates/` folder of
 * a Helm chart is skipped with a warning, since it is not YAML until rendered. A path that does not exist is
 * a usage error.
 */
export const collectInputs = async (paths: readonly string[], cwd: string): Promise<CollectedInputs> => {
  const files: CollectedFile[] = [];
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const warn = (path: string, message: string) =>
    issues.push({ level: 'warning', location: { file: displayPath(path, cwd), line: 1 }, message });
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (files.length === MAX_INPUT_FILES)
      warn(path, `more than ${MAX_INPUT_FILES} files: the rest are not scanned`);
    if (files.length >= MAX_INPUT_FILES) return;
    files.push({ path, display: displayPath(path, cwd) });
  };

  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      issues.push({
        level: 'error',
        location: { file: displayPath(dir, cwd), line: 1 },
        message: `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const helmChart = entries.some((e) => e.isFile() && e.name === 'Chart.yaml');
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isSymbolicLink()) warn(full, 'symbolic link not followed');
      else if (entry.isDirectory()) {
        if (helmChart && entry.name === 'templates')
          warn(full, 'Helm chart templates are not scanned: scan the output of `helm template` instead');
        else await walk(full);
      } else if (entry.isFile() && scanned(entry.name)) add(full);
    }
  };

  const missing: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info: Awaited<ReturnType<typeof lstat>>;
    try {
      info = await lstat(path);
    } catch {
      missing.push(given);
      continue;
    }
    if (info.isSymbolicLink()) warn(path, 'symbolic link not followed');
    else if (info.isDirectory()) await walk(path);
    else add(path);
  }
  if (missing.length > 0)
    throw new NimbusError('INVALID_ARGUMENT', `no such file or folder: ${missing.join(', ')}`, {
      paths: missing,
    });
  return { files, issues };
};
