import { Unknown, unknown } from '../../model/value.js';
import { type Fn, str } from './function-args.js';
import type { TfValue } from './tf-resource.js';
import { failure } from './values.js';

// Terraform's filesystem functions that only read the path text: Go's filepath.Base, filepath.Dir and
// go-homedir's Expand. Terraform uses the separator of the machine it runs on; these follow Linux and macOS,
// where CI runs Terraform, so a backslash is an ordinary character.

/** Go's filepath.Clean: the shortest path naming the same file, lexically. */
const clean = (path: string): string => {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
};

const basename = (path: string): string => {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
};

const dirname = (path: string): string => clean(path.slice(0, path.lastIndexOf('/') + 1));

const pathexpand = (path: string): TfValue => {
  if (!path.startsWith('~')) return path;
  if (path.length > 1 && path[1] !== '/' && path[1] !== '\\')
    return failure('pathexpand() cannot expand a user-specific home directory');
  return unknown('pathexpand(): the home directory is not known here');
};

const onPath =
  (fn: string, body: (path: string) => TfValue): Fn =>
  ([value]) => {
    const path = str(value, fn);
    return path instanceof Unknown ? path : body(path);
  };

export const PATH_FUNCTIONS: Readonly<Record<string, Fn>> = {
  basename: onPath('basename', basename),
  dirname: onPath('dirname', dirname),
  pathexpand: onPath('pathexpand', pathexpand),
};
