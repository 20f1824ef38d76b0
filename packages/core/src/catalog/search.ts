import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import type { Catalog } from './catalog.js';
import type { CompiledControl } from './model.js';

export interface SearchHit {
  readonly framework: string;
  readonly control: CompiledControl;
  readonly score: number;
  /** The query terms that matched, and in which fields. */
  readonly matched: Readonly<Record<string, readonly string[]>>;
}

interface SearchDoc {
  key: string;
  framework: string;
  id: string;
  title: string;
  keywords: string;
  summary: string;
  guidance: string;
  evidence: string;
}

const FIELDS = ['id', 'title', 'keywords', 'summary', 'guidance', 'evidence'] as const;
const BOOST = { id: 6, title: 3, keywords: 3, summary: 1.5, guidance: 1, evidence: 0.7 };

const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'or',
  'with',
  'by',
  'is',
  'be',
  'it',
  'as',
]);

/** Lower-cases, drops stop words and stems English words (Porter) so "deleting" finds "deletion". */
export const normalizeTerm = (term: string): string | null => {
  const t = term.toLowerCase();
  if (t.length < 2 || STOP.has(t)) return null;
  return /\d/.test(t) ? t : stemmer(t);
};

/** Query words; a word that looks like a control id ("CLD.12.1.5", "A.12.4.1") stays whole. */
const tokenizeQuery = (text: string): string[] =>
  text
    .split(/\s+/)
    .flatMap((word) => {
      const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '');
      return /\d/.test(bare) && /[.-]/.test(bare) ? [bare] : MiniSearch.getDefault('tokenize')(bare);
    })
    .filter(Boolean);

const toDoc = (framework: string, c: CompiledControl): SearchDoc => {
  const g = c.guidance;
  return {
    key: `${framework} ${c.id}`,
    framework,
    id: c.id,
    title: c.title ?? '',
    keywords: g?.keywords.join(' ') ?? '',
    summary: g?.summary ?? '',
    guidance: [...(g?.csp ?? []), ...(g?.csc ?? [])].map((s) => `${s.do} ${s.show}`).join(' '),
    evidence: [...(g?.evidence ?? []), ...(g?.disclosures ?? [])].join(' '),
  };
};

/** Ranked full-text search over ids, titles, our guidance and keywords. Build once, query many times. */
export class CatalogSearch {
  readonly #index: MiniSearch<SearchDoc>;
  readonly #controls = new Map<string, { framework: string; control: CompiledControl }>();

  constructor(catalog: Catalog, frameworks: readonly string[]) {
    this.#index = new MiniSearch<SearchDoc>({
      idField: 'key',
      fields: [...FIELDS],
      storeFields: [],
      tokenize: (text, field) => (field === 'id' ? [text] : MiniSearch.getDefault('tokenize')(text)),
      processTerm: (term, field) => (field === 'id' ? term.toLowerCase() : normalizeTerm(term)),
      searchOptions: {
        tokenize: tokenizeQuery,
        boost: BOOST,
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    const docs: SearchDoc[] = [];
    for (const id of frameworks) {
      const fw = catalog.framework(id);
      for (const c of fw.controls) {
        const doc = toDoc(fw.id, c);
        docs.push(doc);
        this.#controls.set(doc.key, { framework: fw.id, control: c });
      }
    }
    this.#index.addAll(docs);
  }

  search(query: string, limit = 20): SearchHit[] {
    const text = query.trim();
    if (!text) return [];
    let results = this.#index.search(text);
    if (results.length === 0) results = this.#index.search(text, { combineWith: 'OR' });
    return results.slice(0, limit).flatMap((r) => {
      const entry = this.#controls.get(String(r.id));
      if (!entry) return [];
      const matched: Record<string, string[]> = {};
      for (const [term, fields] of Object.entries(r.match)) {
        for (const f of fields) matched[f] = [...(matched[f] ?? []), term];
      }
      return [{ framework: entry.framework, control: entry.control, score: r.score, matched }];
    });
  }
}
