import { describe, expect, it } from 'vitest';
import { firstTemplateAction } from './go-template.js';

describe('firstTemplateAction', () => {
  it('finds the first action outside comments and quoted strings, at its line', () => {
    expect(firstTemplateAction('{{- if .Values.rbac.create -}}\nkind: Role\n{{- end }}\n')).toBe(1);
    expect(firstTemplateAction('a: 1\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\n')).toBe(3);
    expect(
      firstTemplateAction('# {{ not this }}\nb: "{{ nor this }}"\nc: \'{{ nor }}\'\nd: {{ .Values.d }}\n'),
    ).toBe(4);
    expect(firstTemplateAction('{{/* a comment\n   over two lines */}}\na: 1\n')).toBe(1);
  });

  it('finds none in plain YAML, in quoted placeholders, or in a {{ that never closes', () => {
    expect(firstTemplateAction('a: 1\nb: [x, y]\n')).toBeUndefined();
    expect(firstTemplateAction('image: "{{ .Values.image }}:{{ .Values.tag }}"\n')).toBeUndefined();
    expect(firstTemplateAction('a: {{\n')).toBeUndefined();
  });
});
