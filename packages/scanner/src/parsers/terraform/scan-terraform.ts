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
// (their resources are reported once, under the calling module's address).

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
    const dir = dirname(resolve(file.path));
    byDir.set(dir, [...(byDir.get(dir) ?? []), resolve(file.path)]);
  }
  const dirs = [...byDir.keys()].sort();
  const cache = new Map<string, Promise<TfFile>>();
  const loads = new Map<string, LoadedTerraform>();
  for (const dir of dirs) loads.set(dir, await loadTerraform(dir, io, { only: byDir.get(dir), cache }));

  const children = new Set(dirs.flatMap((d) => loads.get(d)?.moduleDirs ?? []));
  const roots = dirs.filter((d) => !children.has(d));
  const reached = new Set(roots.flatMap((d) => loads.get(d)?.moduleDirs ?? []));
  // Folders that call each other in a cycle have no root among them: the first one stands for the rest.
  for (const dir of dirs)
    if (!roots.includes(dir) && !reached.has(dir)) {
      roots.push(dir);
      for (const child of loads.get(dir)?.moduleDirs ?? []) reached.add(child);
    }

  const resources: Resource[] = [];
  const issues: InputIssue[] = [];
  for (const dir of roots) {
    const load = loads.get(dir);
    if (!load) continue;
    const adapted = adaptTerraform(load.resources);
    resources.push(...adapted.resources);
    issues.push(...load.issues, ...adapted.issues);
  }
  const broken = new Set(issues.filter((i) => i.level === 'error').map((i) => i.location.file));
  return {
    resources,
    issues,
    files: files.length,
    failed: files.filter((f) => broken.has(f.display)).length,
  };
};
