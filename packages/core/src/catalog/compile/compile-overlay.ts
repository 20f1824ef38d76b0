import type { CompiledControl, CompiledFramework, CompiledGroup, ControlGuidance } from '../model.js';
import type { OverlayFrameworkFile } from '../schemas/framework-file.js';
import type { GuidanceFile } from '../schemas/guidance-file.js';
import { addressesParty, PARTIES } from '../vocabulary.js';
import type { IssueSink, ParsedSource } from './parse-source.js';

export interface OverlayInput {
  readonly framework: ParsedSource<OverlayFrameworkFile>;
  readonly guidance: readonly ParsedSource<GuidanceFile>[];
}

const toGuidance = ({ control: _control, ...rest }: GuidanceFile): ControlGuidance => rest;

const insertInto = (
  groups: readonly CompiledGroup[],
  parentId: string,
  change: (group: CompiledGroup) => CompiledGroup,
): { groups: CompiledGroup[]; found: boolean } => {
  let found = false;
  const next = groups.map((group) => {
    if (group.id === parentId) {
      found = true;
      return change(group);
    }
    const inner = insertInto(group.groups, parentId, change);
    if (inner.found) found = true;
    return inner.found ? { ...group, groups: inner.groups } : group;
  });
  return { groups: next, found };
};

/**
 * Builds a framework that extends a base (ISO/IEC 27017 on ISO/IEC 27002:2013): inherits the base tree, adds the
 * extension objectives and controls, and attaches the audience, verification status and our guidance.
 */
export const compileOverlay = (
  { framework, guidance }: OverlayInput,
  base: CompiledFramework | undefined,
  sink: IssueSink,
): CompiledFramework | undefined => {
  const { data, file, lineOf } = framework;
  if (!base) {
    sink.add(
      file,
      'base',
      'dangling-reference',
      `base framework "${data.base}" is not in the catalog`,
      lineOf(['base']),
    );
    return undefined;
  }
  const baseIds = new Set(base.controls.map((c) => c.id));
  for (const id of Object.keys(data.cloud)) {
    if (!baseIds.has(id)) {
      sink.add(
        file,
        ['cloud', id],
        'dangling-reference',
        `"${id}" is not a control of ${base.id}`,
        lineOf(['cloud', id]),
      );
    }
  }

  const guidanceById = new Map<string, ParsedSource<GuidanceFile>>();
  for (const g of guidance) {
    const expectedName = `${g.data.control}.yaml`;
    if (!g.file.endsWith(`/${expectedName}`)) {
      sink.add(g.file, 'control', 'schema', `file name must be ${expectedName}`, g.lineOf(['control']));
    }
    guidanceById.set(g.data.control, g);
  }

  const controls: CompiledControl[] = [];
  const attach = (
    id: string,
    title: string | undefined,
    kind: CompiledControl['kind'],
    groupPath: readonly string[],
    entry: OverlayFrameworkFile['cloud'][string] | undefined,
    where: { file: string; path: (string | number)[] },
  ) => {
    if (!entry) {
      sink.add(where.file, where.path, 'dangling-reference', `no cloud audience given for control "${id}"`);
      return;
    }
    const g = guidanceById.get(id);
    guidanceById.delete(id);
    for (const party of PARTIES) {
      const wanted = addressesParty(entry.addresses, party);
      const has = Boolean(g?.data[party]?.length);
      if (wanted && !has) {
        sink.add(
          g?.file ?? `frameworks/${file.split('/')[1]}/guidance/${id}.yaml`,
          party,
          'guidance-mismatch',
          `the standard addresses the ${party.toUpperCase()} for ${id} (${entry.addresses}): write guidance for it`,
        );
      }
      if (!wanted && g?.data[party]) {
        sink.add(
          g.file,
          party,
          'guidance-mismatch',
          `the standard does not address the ${party.toUpperCase()} for ${id} (${entry.addresses}): remove this section`,
          g.lineOf([party]),
        );
      }
    }
    controls.push({
      id,
      ...(title ? { title } : {}),
      kind,
      groupPath,
      verification: entry.verification,
      ...(entry.basis ? { verificationBasis: entry.basis } : {}),
      audience: entry.addresses,
      ...(g ? { guidance: toGuidance(g.data) } : {}),
    });
  };

  for (const c of base.controls) {
    attach(c.id, c.title, 'iso27002', c.groupPath, data.cloud[c.id], { file, path: ['cloud'] });
  }

  let groups: CompiledGroup[] = [...base.groups];
  const groupPaths = new Map<string, string[]>();
  const indexPaths = (list: readonly CompiledGroup[], ancestors: string[]) => {
    for (const g of list) {
      groupPaths.set(g.id, [...ancestors, g.id]);
      indexPaths(g.groups, [...ancestors, g.id]);
    }
  };
  indexPaths(groups, []);

  data.extension.objectives.forEach((objective, i) => {
    const result = insertInto(groups, objective.clause, (clause) => ({
      ...clause,
      groups: [
        ...clause.groups,
        { id: objective.id, kind: 'objective', title: objective.title, groups: [], controls: [] },
      ],
    }));
    if (!result.found) {
      const path = ['extension', 'objectives', i, 'clause'];
      sink.add(
        file,
        path,
        'dangling-reference',
        `clause "${objective.clause}" is not in ${base.id}`,
        lineOf(path),
      );
    }
    groups = result.groups;
    const clausePath = groupPaths.get(objective.clause) ?? [objective.clause];
    groupPaths.set(objective.id, [...clausePath, objective.id]);
  });

  data.extension.controls.forEach((control, i) => {
    const path = ['extension', 'controls', i];
    if (baseIds.has(control.id)) {
      sink.add(
        file,
        [...path, 'id'],
        'duplicate-id',
        `"${control.id}" is already a control of ${base.id}`,
        lineOf(path),
      );
    }
    const result = insertInto(groups, control.objective, (objective) => ({
      ...objective,
      controls: [...objective.controls, control.id],
    }));
    if (!result.found) {
      sink.add(
        file,
        [...path, 'objective'],
        'dangling-reference',
        `objective "${control.objective}" does not exist`,
      );
      return;
    }
    groups = result.groups;
    const entry = { addresses: control.addresses, verification: control.verification };
    attach(control.id, control.title, 'cloud-extended', groupPaths.get(control.objective) ?? [], entry, {
      file,
      path,
    });
  });

  for (const [id, g] of guidanceById) {
    sink.add(
      g.file,
      'control',
      'dangling-reference',
      `"${id}" is not a control of ${data.id}`,
      g.lineOf(['control']),
    );
  }

  const counts = {
    controls: controls.length,
    cloudExtended: controls.filter((c) => c.kind === 'cloud-extended').length,
    cloudGuidance: controls.filter(
      (c) =>
        c.kind === 'iso27002' && (addressesParty(c.audience, 'csp') || addressesParty(c.audience, 'csc')),
    ).length,
  };
  for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
    if (counts[key] !== data.expected[key]) {
      sink.add(
        file,
        ['expected', key],
        'count-mismatch',
        `expected ${data.expected[key]}, found ${counts[key]}`,
        lineOf(['expected', key]),
      );
    }
  }

  // Order controls as the tree lists them, so every listing follows the standard's numbering.
  const byId = new Map(controls.map((c) => [c.id, c]));
  const ordered: CompiledControl[] = [];
  const collect = (list: readonly CompiledGroup[]) => {
    for (const g of list) {
      for (const id of g.controls) {
        const c = byId.get(id);
        if (c) ordered.push(c);
      }
      collect(g.groups);
    }
  };
  collect(groups);

  return {
    id: data.id,
    name: data.name,
    title: data.title,
    publisher: data.publisher,
    published: data.published,
    base: data.base,
    referenceOnly: false,
    groups,
    controls: ordered,
  };
};
