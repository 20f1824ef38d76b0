import { NimbusError } from '../errors/nimbus-error.js';
import { MappingIndex, type MappingLink } from './mapping-links.js';
import type { CompiledCatalog, CompiledControl, CompiledFramework, CompiledGroup } from './model.js';
import { compareIds } from './sort-id.js';
import { suggest } from './suggest.js';
import type { Audience, ControlKind, Ownership, Party, ServiceModel } from './vocabulary.js';

export const DEFAULT_FRAMEWORK = 'iso27017:2015';

export interface ControlFilter {
  readonly kind?: ControlKind;
  /** Controls whose cloud guidance addresses this party; `both` means controls that address both parties. */
  readonly guidance?: Party | 'both';
  /** Controls with a default ownership for this service model (optionally only those with `owner`). */
  readonly serviceModel?: ServiceModel;
  readonly owner?: Ownership;
}

export interface GroupRef {
  readonly id: string;
  readonly kind: string;
  readonly title?: string;
}

const audienceMatches = (audience: Audience | undefined, wanted: Party | 'both'): boolean =>
  wanted === 'both' ? audience === 'both' : audience === wanted || audience === 'both';

/** The queryable catalog: frameworks, controls and mappings, indexed once at load. No I/O. */
export class Catalog {
  readonly frameworks: readonly CompiledFramework[];
  readonly #frameworks = new Map<string, CompiledFramework>();
  readonly #controls = new Map<string, Map<string, CompiledControl>>();
  readonly #groups = new Map<string, Map<string, CompiledGroup>>();
  readonly #mappings: MappingIndex;
  readonly #compiled: CompiledCatalog;

  constructor(compiled: CompiledCatalog) {
    this.#compiled = compiled;
    this.frameworks = compiled.frameworks;
    for (const fw of compiled.frameworks) {
      this.#frameworks.set(fw.id, fw);
      const byId = new Map<string, CompiledControl>();
      for (const c of fw.controls) {
        byId.set(c.id, c);
        byId.set(c.id.toLowerCase(), c);
      }
      this.#controls.set(fw.id, byId);
      const groups = new Map<string, CompiledGroup>();
      const walk = (list: readonly CompiledGroup[]) => {
        for (const g of list) {
          groups.set(g.id, g);
          walk(g.groups);
        }
      };
      walk(fw.groups);
      this.#groups.set(fw.id, groups);
    }
    this.#mappings = new MappingIndex(compiled.mappings);
  }

  get compiled(): CompiledCatalog {
    return this.#compiled;
  }

  /** Finds a framework by id; a name without version ("iso27017") is accepted when only one version exists. */
  framework(id: string = DEFAULT_FRAMEWORK): CompiledFramework {
    const wanted = id.trim().toLowerCase();
    const fw = this.#frameworks.get(wanted);
    if (fw) return fw;
    if (!wanted.includes(':')) {
      const versions = this.frameworks.filter((f) => f.id.startsWith(`${wanted}:`));
      if (versions.length === 1) return versions[0]!;
    }
    const known = [...this.#frameworks.keys()];
    throw new NimbusError('FRAMEWORK_NOT_FOUND', `unknown framework "${id}"`, {
      framework: id,
      suggestions: suggest(id, known),
      known,
    });
  }

  /** Finds a control by id, forgiving case and the "A." prefix of ISO/IEC 27001 Annex A references. */
  findControl(id: string, frameworkId: string = DEFAULT_FRAMEWORK): CompiledControl | undefined {
    const byId = this.#controls.get(this.framework(frameworkId).id)!;
    const trimmed = id.trim();
    const variants = [trimmed, trimmed.toLowerCase(), trimmed.replace(/^a\./i, ''), `A.${trimmed}`];
    for (const v of variants) {
      const hit = byId.get(v) ?? byId.get(v.toLowerCase());
      if (hit) return hit;
    }
    return undefined;
  }

  control(id: string, frameworkId: string = DEFAULT_FRAMEWORK): CompiledControl {
    const hit = this.findControl(id, frameworkId);
    if (hit) return hit;
    const fw = this.framework(frameworkId);
    const inOthers = this.frameworks
      .filter((f) => f.id !== fw.id && this.findControl(id, f.id))
      .map((f) => f.id);
    throw new NimbusError('CONTROL_NOT_FOUND', `no control "${id}" in ${fw.id}`, {
      control: id,
      framework: fw.id,
      suggestions: suggest(
        id,
        fw.controls.map((c) => c.id),
      ),
      inOtherFrameworks: inOthers,
    });
  }

  /** The enclosing groups of a control, outermost first, with their titles. */
  groupsOf(control: CompiledControl, frameworkId: string = DEFAULT_FRAMEWORK): GroupRef[] {
    const groups = this.#groups.get(this.framework(frameworkId).id)!;
    return control.groupPath.map((id) => {
      const g = groups.get(id);
      return { id, kind: g?.kind ?? 'group', ...(g?.title ? { title: g.title } : {}) };
    });
  }

  list(frameworkId: string = DEFAULT_FRAMEWORK, filter: ControlFilter = {}): CompiledControl[] {
    return this.framework(frameworkId).controls.filter((c) => {
      if (filter.kind && c.kind !== filter.kind) return false;
      if (filter.guidance && !audienceMatches(c.audience, filter.guidance)) return false;
      if (filter.serviceModel) {
        const owner = c.guidance?.ownership[filter.serviceModel];
        if (!owner) return false;
        if (filter.owner && owner !== filter.owner) return false;
      }
      return true;
    });
  }

  /** Every mapping of a control, both directions, direct and composed through an equal-to step. */
  mappingsOf(controlId: string, frameworkId: string = DEFAULT_FRAMEWORK): MappingLink[] {
    const control = this.control(controlId, frameworkId);
    return this.#mappings.links(this.framework(frameworkId).id, control.id);
  }

  /** The scanner checks that give evidence for a control, with why. */
  checksOf(controlId: string, frameworkId: string = DEFAULT_FRAMEWORK): { check: string; why: string }[] {
    const fw = this.framework(frameworkId);
    const id = this.control(controlId, fw.id).id;
    return this.#compiled.checkLinks
      .filter((l) => l.framework === fw.id && l.controls.includes(id))
      .map((l) => ({ check: l.check, why: l.why }));
  }

  /** The controls of framework `to` that correspond to `controlId` of framework `from`. */
  map(controlId: string, from: string, to: string): MappingLink[] {
    const source = this.framework(from);
    const target = this.framework(to);
    if (!this.#mappings.connects(source.id, target.id, this.#compiled.mappings)) {
      throw new NimbusError(
        'MAPPING_NOT_FOUND',
        `the catalog has no mapping between ${source.id} and ${target.id}`,
        {
          from: source.id,
          to: target.id,
          reachable: this.#compiled.mappings
            .flatMap((m) => (m.source === source.id ? [m.target] : m.target === source.id ? [m.source] : []))
            .filter((v, i, all) => all.indexOf(v) === i),
        },
      );
    }
    return this.mappingsOf(controlId, source.id)
      .filter((l) => l.framework === target.id)
      .sort((a, b) => compareIds(a.control, b.control));
  }
}
