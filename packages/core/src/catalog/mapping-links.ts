import type { CompiledMappingSet } from './model.js';
import { inverseRelation, type Provenance, type Relation } from './vocabulary.js';

/** A relation from one control to a control of another framework, seen from the first control. */
export interface MappingLink {
  readonly framework: string;
  readonly control: string;
  readonly relation: Relation;
  readonly provenance: Provenance;
  readonly reference: string;
  readonly mapping: string;
  /** Set when the link was composed through an equal-to step in this framework. */
  readonly via?: string;
}

const key = (framework: string, control: string) => `${framework}\u0000${control}`;

/** Indexes mapping sets so a control's direct links in both directions are found without a scan. */
export class MappingIndex {
  readonly #links = new Map<string, MappingLink[]>();

  constructor(sets: readonly CompiledMappingSet[]) {
    for (const set of sets) {
      for (const row of set.maps) {
        const base = { provenance: set.provenance, reference: set.reference, mapping: set.id };
        this.#push(key(set.source, row.source), {
          ...base,
          framework: set.target,
          control: row.target,
          relation: row.relation,
        });
        this.#push(key(set.target, row.target), {
          ...base,
          framework: set.source,
          control: row.source,
          relation: inverseRelation(row.relation),
        });
      }
    }
  }

  #push(k: string, link: MappingLink) {
    const list = this.#links.get(k);
    if (list) list.push(link);
    else this.#links.set(k, [link]);
  }

  direct(framework: string, control: string): readonly MappingLink[] {
    return this.#links.get(key(framework, control)) ?? [];
  }

  /**
   * Direct links plus links one step further through an equal-to relation (equal-to composed with R is R), so a
   * 27017 control reaches 27002:2022 through the 27002:2013 control it adopts, without restating that table.
   */
  links(framework: string, control: string): MappingLink[] {
    const direct = this.direct(framework, control);
    const seen = new Set(direct.map((l) => key(l.framework, l.control)));
    seen.add(key(framework, control));
    const result = [...direct];
    for (const first of direct) {
      for (const second of this.direct(first.framework, first.control)) {
        if (first.relation !== 'equal-to' && second.relation !== 'equal-to') continue;
        const k = key(second.framework, second.control);
        if (seen.has(k)) continue;
        seen.add(k);
        result.push({
          framework: second.framework,
          control: second.control,
          relation: first.relation === 'equal-to' ? second.relation : first.relation,
          provenance:
            first.provenance === 'derived' || second.provenance === 'derived' ? 'derived' : 'published',
          reference:
            first.reference === second.reference
              ? first.reference
              : `${first.reference}; ${second.reference}`,
          mapping: `${first.mapping} + ${second.mapping}`,
          via: first.framework,
        });
      }
    }
    return result;
  }

  /** Whether any link (direct or composed) can join the two frameworks at all. */
  connects(from: string, to: string, sets: readonly CompiledMappingSet[]): boolean {
    const neighbours = (fw: string) =>
      sets.flatMap((s) => (s.source === fw ? [s.target] : s.target === fw ? [s.source] : []));
    const first = neighbours(from);
    return first.includes(to) || first.some((mid) => neighbours(mid).includes(to));
  }
}
