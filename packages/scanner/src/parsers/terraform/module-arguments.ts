import type { InputIssue } from '../../inputs/input-issue.js';
import type { SourceLocation } from '../../model/location.js';
import { nameList } from '../../model/name-list.js';
import type { ModuleCallDecl, ModuleConfig } from './module-config.js';

/**
 * Warnings about a module call's arguments: one the called module declares no variable for, and the variables it
 * requires (no default) that the call does not set. Terraform refuses both; here the first is ignored and the
 * second is unknown. `meta` are the call's own arguments (`source`, `count`, ...).
 */
export const moduleArgumentIssues = (
  call: ModuleCallDecl,
  module: ModuleConfig,
  meta: ReadonlySet<string>,
): InputIssue[] => {
  const issues: InputIssue[] = [];
  const { variables } = module;
  const where = (key: string): SourceLocation => ({
    file: call.location.file,
    line: call.lines?.attributes.get(key) ?? call.location.line,
  });
  for (const key of Object.keys(call.body))
    if (!meta.has(key) && !variables.has(key))
      issues.push({
        level: 'warning',
        location: where(key),
        message: `module "${call.name}" declares no variable "${key}": Terraform refuses the argument, and it is ignored here; check its spelling or the module's version`,
      });
  const missing = [...variables.values()].filter((v) => !v.hasDefault && !Object.hasOwn(call.body, v.name));
  if (missing.length > 0)
    issues.push({
      level: 'warning',
      location: call.location,
      message: `module "${call.name}" requires ${missing.length === 1 ? 'variable' : 'variables'} ${nameList(missing.map((v) => `"${v.name}"`))}, which the call does not set: Terraform refuses it, and ${missing.length === 1 ? 'its value is' : 'their values are'} unknown here`,
    });
  return issues;
};
