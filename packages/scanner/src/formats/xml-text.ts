/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). They
 * cannot be written even as character references, so they become U+FFFD.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export const REPLACEMENT = '\uFFFD';

/** Replaces what XML 1.0 cannot carry, keeping everything else (emoji, right-to-left text) as it is. */
export const xmlSafe = (value: string): string => value.replace(FORBIDDEN, REPLACEMENT);

/** Text content: `&` and `<` escaped, `>` too so that `]]>` cannot appear, CR kept as a reference. */
export const xmlText = (value: string): string =>
  xmlSafe(value).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );

const ATTR: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** An attribute value for `name="…"`: quotes escaped, and tab, LF, CR as references so parsers keep them. */
export const xmlAttr = (value: string): string =>
  xmlSafe(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c] ?? c);
