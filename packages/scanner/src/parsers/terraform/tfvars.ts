import type { InputIssue } from '../../inputs/input-issue.js';
import { type ParseHclOptions, parseHcl, parseTfJson } from './hcl.js';
import { EMPTY_SCOPE, evalRaw, literalRaw } from './raw-values.js';
import type { TfValue } from './tf-resource.js';

// Variable values from the root module's tfvars files, which Terraform reads without being told to.

const isAutoTfvars = (name: string) => /\.auto\.tfvars(\.json)?$/.test(name);

/** The tfvars files among a folder's file names, in Terraform's order: later files override earlier ones. */
export const tfvarsOrder = (names: readonly string[]): string[] => [
  ...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)),
  ...names.filter(isAutoTfvars).sort(),
];

export interface Tfvars {
  readonly values: ReadonlyMap<string, TfValue>;
  readonly issues: readonly InputIssue[];
}

/**
 * The values of one tfvars file: HCL attributes (constant expressions, evaluated) or a JSON object (taken
 * literally). Never throws: a file that does not parse gives an `error` issue and no values. `options` apply
 * to HCL files (the parse time limit).
 */
export const readTfvars = async (
  file: string,
  text: string,
  options: ParseHclOptions = {},
): Promise<Tfvars> => {
  const json = file.toLowerCase().endsWith('.json');
  const parsed = json ? parseTfJson(file, text) : await parseHcl(file, text, options);
  const values = new Map<string, TfValue>();
  if (parsed.issues.some((i) => i.level === 'error')) return { values, issues: parsed.issues };
  for (const [name, raw] of Object.entries(parsed.body))
    values.set(name, json ? literalRaw(raw) : evalRaw(raw, EMPTY_SCOPE));
  return { values, issues: parsed.issues };
};
