import { Unknown, unknown } from '../../model/value.js';
import { globToRegExp } from '../../suppressions/glob.js';
import { LazyObject, type Scope, type Value } from './eval-values.js';
import type { Expr } from './expr-ast.js';
import { parseTemplate } from './expressions.js';
import type { TfValue } from './tf-resource.js';
import { derived, EvalFailure, isObject, toText } from './values.js';

// Terraform's functions that read files of the configuration: `file`, `templatefile` and `fileexists`. IAM
// policies and user data are often kept in files (`file("${path.module}/policy.json")`). The resolver gives the
// scope a reader under a name no expression can write (FILES_ROOT); it reads only files of the scanned
// configuration, with the limits of other inputs. Without a reader the functions stay unevaluated.

/** The root name under which a scope offers the reader: not an HCL identifier, so never written in a file. */
export const FILES_ROOT = '\u0000files';

export const FILE_FUNCTIONS = new Set(['file', 'templatefile', 'fileexists', 'fileset']);

/** A reader of the configuration's files by path, as the resolver offers it: text, or why it cannot be read. */
export type ReadConfigFile = (path: string) => string | Unknown;

/** The files under a folder of the configuration, as paths relative to it (`fileset`), or why they cannot be listed. */
export type ListConfigFiles = (dir: string) => readonly string[] | Unknown;

/** The reader as a scope value: a namespace whose keys are paths, which also lists folders. */
export class ConfigFiles extends LazyObject {
  readonly list: ListConfigFiles;
  constructor(read: ReadConfigFile, list: ListConfigFiles) {
    super('files', read, () => unknown('the files of the configuration are not a value'));
    this.list = list;
  }
}

export const fileReader = (read: ReadConfigFile, list: ListConfigFiles): ConfigFiles =>
  new ConfigFiles(read, list);

/** Terraform's fileset patterns, as far as this reads them: `*`, `**`, `?`; classes and alternatives are not read. */
const filesetPattern = (pattern: string): RegExp | undefined =>
  /[[\]{}]/.test(pattern) ? undefined : globToRegExp(pattern.replace(/^\.\//, ''), { paths: true });

/**
 * A call of one of FILE_FUNCTIONS on evaluated arguments. `evaluateTemplate` evaluates a parsed template over a
 * scope (the evaluator's, passed in to keep this file below it).
 */
export const callFileFunction = (
  name: string,
  args: readonly TfValue[],
  scope: Scope,
  evaluateTemplate: (expr: Expr, scope: Scope) => TfValue,
): TfValue => {
  const reader = scope.root(FILES_ROOT);
  if (!(reader instanceof ConfigFiles)) return unknown(`function ${name}() is not evaluated`);
  const [pathArg, vars] = args;
  const path = toText(pathArg ?? null);
  if (path instanceof Unknown) return derived(path);
  if (name === 'fileset') {
    const pattern = toText(vars ?? null);
    if (pattern instanceof Unknown) return derived(pattern);
    const test = filesetPattern(pattern);
    if (!test) return unknown(`fileset() pattern "${pattern}" uses [ ] or { }, which are not read here`);
    const files = reader.list(path);
    return files instanceof Unknown ? files : files.filter((f) => test.test(f)).sort();
  }
  const content = reader.get(path) as string | Unknown;
  if (name === 'fileexists')
    return content instanceof EvalFailure ? false : content instanceof Unknown ? content : true;
  if (content instanceof Unknown || name === 'file') return content;
  // templatefile: the template sees the variables it is given (and the functions), nothing of the module.
  if (vars instanceof Unknown) return derived(vars);
  if (!isObject(vars)) return unknown('templatefile() needs an object of variables');
  const own: Scope = {
    root: (key): Value | undefined =>
      key === FILES_ROOT ? reader : Object.hasOwn(vars, key) ? vars[key] : undefined,
  };
  return evaluateTemplate(parseTemplate(content), own);
};
