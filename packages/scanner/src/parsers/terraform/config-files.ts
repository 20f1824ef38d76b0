import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ReadOutcome } from '../../inputs/read-input.js';
import { type Unknown, unknown } from '../../model/value.js';
import type { ListConfigFiles, ReadConfigFile } from './file-functions.js';
import { failure } from './values.js';

// The files `file()` and `templatefile()` may read: those of the scanned configuration only (its root folder and
// the folders of the local modules it loads), never through a symbolic link, at most MAX_CONFIG_FILE_BYTES of
// UTF-8 text. A scan in CI must not read the runner's other files because a configuration names them.

/** Files read by `file()` or `templatefile()` are at most this large (policies, scripts, templates). */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as text synchronously with the limits above; `{ problem }` says why not (`ENOENT` when missing). */
export const readConfigFileSync = (path: string): ReadOutcome => {
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { problem: 'a symbolic link: not followed' };
    if (!stat.isFile()) return { problem: 'not a file' };
    if (stat.size > MAX_CONFIG_FILE_BYTES)
      return {
        problem: `${stat.size} bytes, over the ${MAX_CONFIG_FILE_BYTES} limit of files read by functions`,
      };
    const bytes = readFileSync(path);
    if (bytes.subarray(0, 8192).includes(0)) return { problem: 'a binary file' };
    return { text: decoder.decode(bytes) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code ?? (err instanceof Error ? err.message : String(err)) };
  }
};

/** The real path of a file or folder (symbolic links resolved), or the path itself when it does not exist. */
export const realPathOf = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** Files `fileset()` lists under one folder, at most: past it the list is unknown. */
export const MAX_LISTED_FILES = 10_000;

/** The files under a folder, recursively, as paths relative to it; symbolic links are not followed. */
export const listFilesSync = (dir: string): readonly string[] | { readonly problem: string } => {
  try {
    const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
    const files: string[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      if (files.length >= MAX_LISTED_FILES) return { problem: `more than ${MAX_LISTED_FILES} files` };
      files.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
    return files;
  } catch (err) {
    return { problem: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
};

export interface ConfigFileIo {
  readTextSync(path: string): ReadOutcome;
  realPath(path: string): string;
  listFilesSync?(dir: string): readonly string[] | { readonly problem: string };
}

const within = (path: string, dir: string) =>
  path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * The reader `file()` and `templatefile()` use: paths relative to the root module's folder (as Terraform reads them
 * from its working directory), read once each. `folders` are the root's and its local modules' (absolute).
 */
export const configFileReader = (
  io: ConfigFileIo,
  rootDir: string,
  folders: () => readonly string[],
): ReadConfigFile => {
  const cache = new Map<string, string | Unknown>();
  return (path) => {
    const absolute = isAbsolute(path) ? path : resolve(rootDir, path);
    const known = cache.get(absolute);
    if (known !== undefined) return known;
    const real = io.realPath(absolute);
    let result: string | Unknown;
    if (!folders().some((dir) => within(real, io.realPath(dir))))
      result = unknown(`${path} is outside the scanned configuration: it is not read`);
    else {
      const read = io.readTextSync(absolute);
      if ('text' in read) result = read.text;
      // A missing file is an error Terraform reports, which try() and fileexists() see.
      else if (read.problem === 'ENOENT') result = failure(`no file ${path}`);
      else result = unknown(`${path} cannot be read: ${read.problem}`);
    }
    cache.set(absolute, result);
    return result;
  };
};

/** The lister `fileset()` uses: folders of the scanned configuration only, as configFileReader reads files. */
export const configFileLister = (
  io: ConfigFileIo,
  rootDir: string,
  folders: () => readonly string[],
): ListConfigFiles => {
  const cache = new Map<string, readonly string[] | Unknown>();
  return (dir) => {
    const absolute = isAbsolute(dir) ? dir : resolve(rootDir, dir);
    const known = cache.get(absolute);
    if (known !== undefined) return known;
    let result: readonly string[] | Unknown;
    const real = io.realPath(absolute);
    if (!folders().some((f) => within(real, io.realPath(f))))
      result = unknown(`${dir} is outside the scanned configuration: its files are not listed`);
    else if (!io.listFilesSync) result = unknown('fileset() is not evaluated here');
    else {
      const listed = io.listFilesSync(absolute);
      result =
        'problem' in listed ? unknown(`the files of ${dir} cannot be listed: ${listed.problem}`) : listed;
    }
    cache.set(absolute, result);
    return result;
  };
};
