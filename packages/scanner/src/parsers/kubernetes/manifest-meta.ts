import { type Attr, isUnknown, unknown } from '../../model/value.js';
import { child, scalarString, type TreeNode } from '../yaml/tree.js';
import { ManifestReader } from './values.js';

/** What every adapted object starts from: its kind, name, namespace, file and line. */
export interface Meta {
  readonly kind: string;
  readonly name: string;
  readonly namespace: Attr<string>;
  readonly line: number;
  readonly file: string;
}

const NO_NAMESPACE = unknown(
  'metadata.namespace is not set: the namespace is chosen when the manifest is applied',
);

export const meta = (tree: TreeNode, file: string): Meta => {
  const r = new ManifestReader();
  const metadata = r.at(tree, 'metadata');
  const name = r.str(r.at(metadata, 'name'));
  const namespace = r.str(r.at(metadata, 'namespace'));
  return {
    kind: scalarString(child(tree, 'kind')) ?? '',
    name: name === undefined ? '(unnamed)' : isUnknown(name) ? '(placeholder)' : name,
    namespace: namespace ?? NO_NAMESPACE,
    line: tree.line,
    file,
  };
};

const addressOf = (m: Meta, namespaced: boolean) =>
  namespaced && !isUnknown(m.namespace) ? `${m.kind}/${m.namespace}/${m.name}` : `${m.kind}/${m.name}`;

/** The fields every Kubernetes resource of the model carries. */
export const base = <K extends string>(
  kind: K,
  m: Meta,
  namespaced: boolean,
  lines: Record<string, number>,
) => ({
  kind,
  provider: 'kubernetes' as const,
  address: addressOf(m, namespaced),
  location: { file: m.file, line: m.line },
  attributeLines: lines,
});
