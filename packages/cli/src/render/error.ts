import type { NimbusError } from '@nimbus/core';

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** One error for a person (what went wrong and how to fix it) or, with --json, for a program. */
export const renderError = (err: NimbusError, json: boolean): string => {
  if (json) return JSON.stringify({ error: { code: err.code, message: err.message, details: err.details } });
  const lines = [`nimbus: ${err.message}`];
  const suggestions = list(err.details.suggestions);
  if (suggestions.length) lines.push(`Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`);
  const others = list(err.details.inOtherFrameworks);
  if (others.length) lines.push(`That id exists in ${others.join(', ')}: pass --framework ${others[0]}.`);
  const known = list(err.details.known);
  if (known.length && !suggestions.length) lines.push(`Known frameworks: ${known.join(', ')}.`);
  const reachable = list(err.details.reachable);
  if (err.code === 'MAPPING_NOT_FOUND') {
    lines.push(
      reachable.length ? `Mappings exist to: ${reachable.join(', ')}.` : 'That framework has no mappings.',
    );
  }
  return lines.join('\n');
};
