import { type Tags, YAMLMap, YAMLSeq } from 'yaml';
import type { TreeNode } from '../yaml/tree.js';

/** CloudFormation's short-form intrinsic functions, as YAML tags (`!Ref`, `!GetAtt`, `!If`, ...). */
const SHORT_FORMS = [
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Length',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
] as const;

const SHORT_FORM_SET = new Set<string>(SHORT_FORMS);

/** Tags for the `yaml` parser: each short form in scalar, sequence and mapping position parses, unchanged. */
export const cloudFormationTags: Tags = SHORT_FORMS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, nodeClass: YAMLSeq, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, nodeClass: YAMLMap, resolve: (value: unknown) => value },
]) as Tags;

/** The long-form key of a short form: `Ref`, `Condition`, else `Fn::<Name>`. */
const longForm = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

/**
 * Rewrites a tagged node into the long form that JSON templates use, so one resolver reads both:
 * `!Ref X` is `{Ref: X}`, `!GetAtt A.B` is `{"Fn::GetAtt": [A, B]}`. Unknown tags keep their plain value.
 */
export const normalizeShortForm = (tag: string, node: TreeNode): TreeNode => {
  const name = tag.slice(1);
  if (!SHORT_FORM_SET.has(name)) return node;
  let value = node;
  if (name === 'GetAtt' && node.type === 'scalar' && typeof node.value === 'string') {
    const dot = node.value.indexOf('.');
    const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)];
    value = {
      type: 'seq',
      line: node.line,
      items: parts.map((p) => ({ type: 'scalar' as const, line: node.line, value: p })),
    };
  }
  return {
    type: 'map',
    line: node.line,
    entries: new Map([[longForm(name), { keyLine: node.line, value }]]),
  };
};
