import { xmlSafe } from '../xml-text.js';

/** Markup that is already safe: built by `html` below or by `raw` on a constant. Never from scan data. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attributes alike; control characters become U+FFFD. */
export const escapeHtml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Marks a constant (CSS, the script, a static fragment) as markup. Never pass scan data. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

const render = (value: Value): string => {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
};

/**
 * The only way markup is built: every interpolated value is escaped unless it is itself `SafeHtml`, arrays are
 * joined, and `null`, `undefined` and booleans render as nothing (for `${cond && html`…`}`).
 */
export const html = (strings: TemplateStringsArray, ...values: readonly Value[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
