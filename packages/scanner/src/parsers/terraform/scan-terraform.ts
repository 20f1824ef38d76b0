import { dirname, resolve } from 'node:path';
import type { CollectedFile } from '../../inputs/collect-inputs.js';
import type { InputIssue } from '../../inputs/input-issue.js';
import type { Resource } from '../../model/resource.js';
import { adaptTerraform } from './adapt-terraform.js';
import type { TfFile } from './hcl.js';
import {
  isTfFile,
  type LoadedTerraform,
  loadTerraform,
  nodeTerraformIo,
  type TerraformIo,
} from './load-module.js';

// The Terraform part of a scan: the collected `.tf`, `.tf.json` and tfvars files, grouped by folder, each
// folder loaded as a root module, except folders that another scanned root loads as one of its local modules
// (their resources are reported once, under the calling module's address). Folders are loaded in path order,
// each once: a folder that an earlier one has already loaded as a child module is not loaded as a root too.
// So of folders that call each other in a cycle, the first stands for the rest.

/** Files read as Terraform configuration rather than as YAML or JSON documents. */
export const isTerraformInput = (path: string): boolean => /\.(tf|tf\.json|tfvars|tfvars\.json)$/i.test(path);

export interface ScannedTerraform {
  readonly resources: readonly Resource[];
  readonly issues: readonly InputIssue[];
  /** Collected Terraform files (configuration and tfvars). */
  readonly files: number;
  /** Collected Terraform files with an `error` issue. */
  readonly failed: number;
}

/** Loads every folder of the given files; `io` defaults to the file system. */
export const scanTerraform = async (
  files: readonly CollectedFile[],
  cwd: string,
  io: TerraformIo = nodeTerraformIo(cwd),
): Promise<ScannedTerraform> => {
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    if (!isTfFile(file.path)) continue;
    const path = resolve(file.path);
    const dir = dirname(path);
    const paths = byDir.get(dir);
    if (paths) paths.push(path);
    else byDir.set(dir, [path]);
  }
  const dirs = [...byDir.keys()].sort();
  const cache = new Map<string, Promise<TfFile>>();
  const loads = new Map<string, LoadedTerraform>();
  const load = async (dir: string): Promise<LoadedTerraform> => {
    const loaded = loads.get(dir) ?? (await loadTerraform(dir, io, { only: byDir.get(dir), cache }));
    loads.set(dir, loaded);
    return loaded;
  };
  // Every folder some loaded folder loads as a child module, as the loads go.
  const children = new Set<string>();
  for (const dir of dirs) {
    if (children.has(dir)) continue;
    for (const child of (await load(dir)).moduleDirs) children.add(child);
  }

  const roots = [...loads.keys()].filter((d) => !children.has(d));
  const reached = new Set([...roots, ...roots.flatMap((d) => loads.get(d)?.moduleDirs ?? [])]);
  // A folder that no root reaches after all (past the loader's nesting or module count limits) is a root too.
  for (const dir of dirs)
    if (!reached.has(dir)) {
      roots.push(dir);
      reached.add(dir);
      for (const child of (await load(dir)).moduleDirs) reached.add(child);
    }

  const resources: Resource[] = [];
  const issues: InputIssue[] = [];
  for (const dir of roots) {
    const loaded = loads.get(dir);
    if (!loaded) continue;
    const adapted = adaptTerraform(loaded.resources);
    resources.push(...adapted.resources);
    issues.push(...loaded.issues, ...adapted.issues);
  }
  const broken = new Set(issues.filter((i) => i.level === 'error').map((i) => i.location.file));
  return {
    resources,
    issues,
    files: files.length,
    failed: files.filter((f) => broken.has(f.display)).length,
  };
};
