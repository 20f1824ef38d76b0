import { readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../inputs/collect-inputs.js';
import type { InputIssue } from '../../inputs/input-issue.js';
import { type ReadOutcome, readInput } from '../../inputs/read-input.js';
import {
  configFileLister,
  configFileReader,
  listFilesSync,
  readConfigFileSync,
  realPathOf,
} from './config-files.js';
import { parseTfFile, type TfFile } from './hcl.js';
import { buildModuleConfig } from './module-config.js';
import { type LoadedModule, resolveConfiguration } from './resolver.js';
import type { TfResource, TfValue } from './tf-resource.js';
import { readTfvars, tfvarsOrder } from './tfvars.js';

// Loads a Terraform configuration from a folder: its `.tf` and `.tf.json` files as the root module, the local
// modules it calls (recursively), and the root's tfvars files; then resolves it into resource instances.

/** The file system as the loader sees it: replaceable in tests. */
export interface TerraformIo {
  /** A file's text, or why it cannot be read (too large, binary, not UTF-8). */
  readFile(path: string): Promise<ReadOutcome>;
  /** The names of the files of a folder; rejects when the folder cannot be read. */
  listTf(dir: string): Promise<string[]>;
  /** A path as shown in results. */
  display(path: string): string;
  /** A file's text read at once, for `file()` and `templatefile()` (see config-files.ts); without it they are not evaluated. */
  readTextSync?(path: string): ReadOutcome;
  /** A path with its symbolic links resolved (the path itself when there are none). */
  realPath?(path: string): string;
  /** The files under a folder, recursively, relative to it, for `fileset()`. */
  listFilesSync?(dir: string): readonly string[] | { readonly problem: string };
}

export interface LoadOptions {
  /** Read only these files of the root folder (paths); its tfvars files are read whatever this says. */
  readonly only?: readonly string[];
  /** Parsed files by path, shared between loads so that a module loaded twice is parsed once. */
  readonly cache?: Map<string, Promise<TfFile>>;
  /** The time limit for parsing one `.tf` file, in milliseconds; default `NIMBUS_SCAN_FILE_TIMEOUT_MS`, else 10 s. */
  readonly fileTimeoutMs?: number;
}

export interface LoadedTerraform {
  readonly resources: readonly TfResource[];
  readonly issues: readonly InputIssue[];
  /** Folders loaded as child modules. */
  readonly moduleDirs: readonly string[];
  /** Every file read, root and child modules, with tfvars files. */
  readonly files: readonly string[];
}

/** Modules nested within one another past this depth are not loaded. */
export const MAX_MODULE_DEPTH = 10;

/** Module folders one configuration may load. */
export const MAX_MODULES = 200;

/** How many of a folder's files are read and parsed ahead of the one being taken. */
const PARSE_AHEAD = 8;

export const isTfFile = (name: string): boolean => /\.tf(\.json)?$/i.test(name);

const isLocalSource = (source: string) => /^\.\.?([/\\]|$)/.test(source);

/** The file system through `readInput` (size, binary and UTF-8 limits) and `readdir`. */
export const nodeTerraformIo = (cwd: string): TerraformIo => ({
  readFile: readInput,
  listTf: async (dir) =>
    (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort(),
  display: (path) => displayPath(path, cwd),
  readTextSync: readConfigFileSync,
  realPath: realPathOf,
  listFilesSync,
});

class Loader {
  readonly issues: InputIssue[] = [];
  readonly moduleDirs = new Set<string>();
  readonly files = new Set<string>();
  readonly #io: TerraformIo;
  readonly #cache: Map<string, Promise<TfFile>>;
  readonly #rootDir: string;
  readonly #timeoutMs: number | undefined;
  /** Folder listings by path: a folder that several module calls name is listed once. */
  readonly #listings = new Map<string, Promise<readonly string[] | string>>();
  #modules = 0;

  constructor(io: TerraformIo, rootDir: string, cache: Map<string, Promise<TfFile>>, timeoutMs?: number) {
    this.#io = io;
    this.#rootDir = rootDir;
    this.#cache = cache;
    this.#timeoutMs = timeoutMs;
  }

  /** The names of a folder's files, or why the folder cannot be read. */
  names(dir: string): Promise<readonly string[] | string> {
    let listing = this.#listings.get(dir);
    if (!listing) {
      listing = this.#list(dir);
      this.#listings.set(dir, listing);
    }
    return listing;
  }

  async #list(dir: string): Promise<readonly string[] | string> {
    try {
      return await this.#io.listTf(dir);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err));
    }
  }

  /** A file's text; undefined (with an `error` issue) when it cannot be read. */
  async text(path: string): Promise<string | undefined> {
    const read = await this.#read(path);
    if ('text' in read) return read.text;
    this.issues.push(read.issue);
    return undefined;
  }

  async #read(path: string): Promise<{ text: string } | { issue: InputIssue }> {
    this.files.add(path);
    const read = await this.#io.readFile(path);
    if ('text' in read) return read;
    return {
      issue: { level: 'error', location: { file: this.#io.display(path), line: 1 }, message: read.problem },
    };
  }

  /** A parsed file; one that cannot be read is an empty file with the reason as its issue. */
  #parse(path: string): Promise<TfFile> {
    this.files.add(path);
    let parsed = this.#cache.get(path);
    if (!parsed) {
      const file = this.#io.display(path);
      parsed = this.#read(path).then((read) =>
        'text' in read
          ? parseTfFile(file, read.text, { timeoutMs: this.#timeoutMs })
          : { file, body: {}, blocks: [], json: false, issues: [read.issue], parseMs: 0 },
      );
      this.#cache.set(path, parsed);
    }
    return parsed;
  }

  async module(dir: string, names: readonly string[], chain: readonly string[]): Promise<LoadedModule> {
    this.#modules++;
    const files: TfFile[] = [];
    // Parses run ahead of the file being taken, a few at a time, so that the pool's workers parse side by side;
    // files are still taken (and their problems listed) in name order.
    const paths = names.filter(isTfFile).map((name) => join(dir, name));
    const ahead = paths.slice(0, PARSE_AHEAD).map((path) => this.#parse(path));
    for (let i = 0; i < paths.length; i++) {
      const next = paths[i + PARSE_AHEAD];
      if (next !== undefined) ahead.push(this.#parse(next));
      const file = await ahead[i]!;
      files.push(file);
      this.issues.push(...file.issues);
    }
    const config = buildModuleConfig(files);
    this.issues.push(...config.issues);
    const children = new Map<string, LoadedModule>();
    const skipped = new Map<string, string>();
    for (const call of config.calls) {
      const skip = (reason: string, message: string) => {
        skipped.set(call.name, reason);
        this.issues.push({
          level: 'warning',
          location: call.location,
          message: `module "${call.name}": ${message}`,
        });
      };
      const source = call.body.source;
      if (typeof source !== 'string') {
        skip('no source', 'has no literal source: not scanned');
        continue;
      }
      if (!isLocalSource(source)) {
        skip('remote module', `not scanned: remote module (source "${source}")`);
        continue;
      }
      const childDir = resolve(dir, source);
      if (chain.includes(childDir)) {
        skip(
          'module cycle',
          `source "${source}" leads back to a module that calls it (a cycle): not loaded again`,
        );
        continue;
      }
      if (chain.length > MAX_MODULE_DEPTH) {
        skip('too deep', `more than ${MAX_MODULE_DEPTH} modules nested within one another: not loaded`);
        continue;
      }
      if (this.#modules >= MAX_MODULES) {
        skip('too many modules', `more than ${MAX_MODULES} modules in one configuration: not loaded`);
        continue;
      }
      const childNames = await this.names(childDir);
      if (typeof childNames === 'string') {
        skip('folder not readable', `cannot read the folder of source "${source}": ${childNames}`);
        continue;
      }
      if (!childNames.some(isTfFile)) {
        skip('no Terraform files', `no Terraform files in the folder of source "${source}"`);
        continue;
      }
      this.moduleDirs.add(childDir);
      children.set(call.name, await this.module(childDir, childNames, [...chain, childDir]));
    }
    const pathModule = relative(this.#rootDir, dir).split(sep).join('/') || '.';
    return { config, pathModule, children, skipped };
  }
}

/**
 * Loads and resolves the Terraform configuration whose root module is `rootDir`. Never throws for bad input:
 * unreadable or unparsable files are `error` issues (the rest of the module is still loaded), remote modules
 * and module cycles are `warning` issues.
 */
export const loadTerraform = async (
  rootDir: string,
  io: TerraformIo,
  options: LoadOptions = {},
): Promise<LoadedTerraform> => {
  const dir = resolve(rootDir);
  const loader = new Loader(io, dir, options.cache ?? new Map(), options.fileTimeoutMs);
  const listed = await loader.names(dir);
  if (typeof listed === 'string') {
    const issue: InputIssue = {
      level: 'error',
      location: { file: io.display(dir), line: 1 },
      message: `cannot read folder: ${listed}`,
    };
    return { resources: [], issues: [issue], moduleDirs: [], files: [] };
  }
  const only = options.only && new Set(options.only.map((p) => resolve(p)));
  const names = only ? listed.filter((n) => only.has(join(dir, n))) : listed;
  const root = await loader.module(dir, names, [dir]);
  const inputs = new Map<string, TfValue>();
  for (const name of tfvarsOrder(listed)) {
    const path = join(dir, name);
    const text = await loader.text(path);
    if (text === undefined) continue;
    const tfvars = await readTfvars(io.display(path), text, { timeoutMs: options.fileTimeoutMs });
    loader.issues.push(...tfvars.issues);
    for (const [key, value] of tfvars.values) inputs.set(key, value);
  }
  const { readTextSync, realPath, listFilesSync: list } = io;
  const fileIo = readTextSync && {
    readTextSync: (p: string) => readTextSync.call(io, p),
    realPath: (p: string) => realPath?.call(io, p) ?? p,
    ...(list ? { listFilesSync: (d: string) => list.call(io, d) } : {}),
  };
  const folders = () => [dir, ...loader.moduleDirs];
  const resolved = resolveConfiguration(
    root,
    inputs,
    fileIo && configFileReader(fileIo, dir, folders),
    fileIo && configFileLister(fileIo, dir, folders),
  );
  const seen = new Set<string>();
  const issues = [...loader.issues, ...resolved.issues].filter((i) => {
    const key = `${i.level}\0${i.location.file}\0${i.location.line}\0${i.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return {
    resources: resolved.resources,
    issues,
    moduleDirs: [...loader.moduleDirs],
    files: [...loader.files],
  };
};
