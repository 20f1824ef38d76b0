/** A catalog data file as read by an adapter: its path relative to the catalog folder and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export type SourceRole =
  | { readonly kind: 'framework' }
  | { readonly kind: 'overlay'; readonly folder: string }
  | { readonly kind: 'guidance'; readonly folder: string; readonly controlId: string }
  | { readonly kind: 'mapping' }
  | { readonly kind: 'checks' }
  | { readonly kind: 'unknown' };

/** Largest data file the compiler accepts; the biggest real one is a few dozen kilobytes. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Tells what a catalog file is from where it sits: the folder layout is the contract (see CONTRIBUTING.md). */
export const classifySource = (path: string): SourceRole => {
  const parts = path.split('/');
  if (!/\.ya?ml$/.test(path)) return { kind: 'unknown' };
  if (parts[0] === 'mappings' && parts.length === 2) return { kind: 'mapping' };
  if (parts[0] === 'checks' && parts.length === 2) return { kind: 'checks' };
  if (parts[0] !== 'frameworks') return { kind: 'unknown' };
  if (parts.length === 2) return { kind: 'framework' };
  if (parts.length === 3 && /^framework\.ya?ml$/.test(parts[2]!))
    return { kind: 'overlay', folder: parts[1]! };
  if (parts.length === 4 && parts[2] === 'guidance') {
    return { kind: 'guidance', folder: parts[1]!, controlId: parts[3]!.replace(/\.ya?ml$/, '') };
  }
  return { kind: 'unknown' };
};
