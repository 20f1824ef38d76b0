/** Quoted YAML strings: an action inside one is a value, valid YAML, never why a file fails to parse. */
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g;

/**
 * The line of the first Go template action (`{{ ... }}`, as Helm charts write them) that stands outside a
 * comment and outside a quoted string, or undefined when there is none. Such an action is not YAML
 * (`{{- if .Values.rbac.create -}}`, `{{ include "x.labels" . | nindent 4 }}`) and makes the parser report
 * a cascade of errors that say nothing about the real cause. An action may close on a later line (a template
 * comment over several lines).
 */
export const firstTemplateAction = (text: string): number | undefined => {
  const lines = text.split('\n');
  const lastClose = text.lastIndexOf('}}');
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const start = offset;
    offset += line.length + 1;
    if (line.trimStart().startsWith('#')) continue;
    const open = line.replace(QUOTED, (q) => ' '.repeat(q.length)).indexOf('{{');
    if (open >= 0 && lastClose >= start + open + 2) return i + 1;
  }
  return undefined;
};

/** The problem reported, as a warning, for a template: one line instead of the parser's cascade. */
export const TEMPLATE_MESSAGE =
  'Helm or Go template, not YAML: this file was not scanned. Render it first ' +
  '(helm template <chart> > rendered.yaml) and scan the output';
