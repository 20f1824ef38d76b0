import { isReadKind, kindLabel } from './api-groups.js';

// Large Kubernetes bundles (an operator's install.yaml, prometheus-operator's bundle) are mostly documents no
// check reads: CustomResourceDefinitions alone make up most of their megabytes. Parsing every node of them is
// most of a scan's time and memory. A bundle is skimmed instead: it is split at its document markers, each
// document's top-level `kind` and `apiVersion` are read from its lines, and the documents of kinds no check reads
// are blanked (their lines kept, so that every line number stays right) before the YAML parser sees the text.
// They are still named in the "not checked" warning. The price: a syntax error inside a blanked document is not
// reported, which is why only texts from SKIM_MIN_CHARS are skimmed.

/** Texts from this size that look like Kubernetes manifests are skimmed (see the file comment). */
export const SKIM_MIN_CHARS = 1024 * 1024;

/** A document marker on a line of its own: `---` (a start) or `...` (an end), nothing after it but a comment. */
const MARKER = /^(?:---|\.\.\.)[ \t]*(?:#.*)?$/;
/** A marker line followed by content (`--- !tag` or `--- |`): such a text is not skimmed. */
const MARKER_WITH_CONTENT = /^---[ \t]+[^#\s]/;
const TOP_KIND = /^kind:[ \t]*["']?([A-Za-z][A-Za-z0-9]*)["']?[ \t]*(?:#.*)?$/;
const TOP_API_VERSION = /^apiVersion:[ \t]*["']?([A-Za-z0-9.\-/]+)["']?[ \t]*(?:#.*)?$/;

/** True when the start of a text has a top-level `apiVersion:` or `kind:` line, as Kubernetes manifests do. */
export const looksLikeManifests = (text: string): boolean =>
  /^(?:apiVersion|kind):[ \t]*\S/m.test(text.slice(0, 64 * 1024));

/** An object of a blanked document, for the "not checked" warning. */
export interface SkimmedObject {
  readonly type: string;
  readonly file: string;
  readonly line: number;
}

export interface Skimmed {
  /** The text with the documents of unread kinds blanked: as many lines as before. */
  readonly text: string;
  readonly skipped: readonly SkimmedObject[];
  /** Characters of the documents kept (those the parser still reads). */
  readonly keptChars: number;
}

/**
 * The text with every document of a kind the adapter does not read blanked (see the file comment), or undefined
 * when the text cannot be split safely (a marker line with content after it) or has nothing to blank. A document
 * whose kind cannot be read from its lines (`List`, a kind written as a flow mapping) is kept whole.
 */
export const skimManifests = (text: string, file: string): Skimmed | undefined => {
  const lines = text.split('\n');
  const skipped: SkimmedObject[] = [];
  let blanked = 0;
  let start = 0;
  const blank = (from: number, to: number) => {
    let kind: string | undefined;
    let apiVersion = '';
    let kindLine = from;
    for (let i = from; i < to; i++) {
      const line = (lines[i] as string).replace(/\r$/, '');
      const k = TOP_KIND.exec(line);
      if (k && kind === undefined) {
        kind = k[1];
        kindLine = i;
      }
      const v = TOP_API_VERSION.exec(line);
      if (v && !apiVersion) apiVersion = v[1] as string;
    }
    if (kind === undefined || kind.endsWith('List') || isReadKind(apiVersion, kind)) return;
    skipped.push({ type: kindLabel(apiVersion, kind), file, line: kindLine + 1 });
    for (let i = from; i < to; i++) {
      blanked += (lines[i] as string).length;
      lines[i] = '';
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (MARKER_WITH_CONTENT.test(line)) return undefined;
    if (!MARKER.test(line)) continue;
    blank(start, i);
    start = i + 1;
  }
  blank(start, lines.length);
  return skipped.length === 0
    ? undefined
    : { text: lines.join('\n'), skipped, keptChars: text.length - blanked };
};
