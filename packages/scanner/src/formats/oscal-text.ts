import { pathToFileURL } from 'node:url';

/** Lone surrogates (half of an emoji cut in two) become U+FFFD, so the text encodes as UTF-8 and as a URI. */
export const wellFormed = (text: string): string => text.replace(/\p{Cs}/gu, '\uFFFD');

/**
 * OSCAL strings and markup lines are one line without leading or trailing blanks: line breaks and runs of
 * blanks become one space. An empty result stays empty (the caller leaves the field out).
 */
export const oneLine = (text: string): string => wellFormed(text).replace(/\s+/g, ' ').trim();

/**
 * Untrusted text inside an OSCAL markup field (Markdown): backslash-escapes what could open HTML, a link,
 * emphasis or code, so a resource named `<script>` stays text for every renderer.
 */
export const markdownText = (text: string): string => wellFormed(text).replace(/[\\`*_[\]<>&]/g, '\\$&');

/** A single markup line: one line, escaped; `fallback` when nothing is left. */
export const markupLine = (text: string, fallback: string): string => markdownText(oneLine(text)) || fallback;

/** A scanned path as a URI reference: relative paths segment by segment, absolute ones as `file:` URLs. */
export const pathHref = (file: string): string =>
  file.startsWith('/')
    ? pathToFileURL(wellFormed(file)).href
    : wellFormed(file).split('/').map(encodeURIComponent).join('/');
