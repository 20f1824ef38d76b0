import type { SourceFile } from '../src/compiler.js';

/** A tiny but complete catalog (base, overlay with guidance, second framework, mapping) for compiler tests. */
export const miniCatalog = (): Record<string, string> => ({
  'frameworks/base-2013.yaml': `
id: base:2013
name: Base 2013
title: A base code of practice
publisher: Test
published: '2013-10-01'
expected: { controls: 3 }
levels: [clause, objective, control]
groups:
  - id: '5'
    kind: clause
    title: Policies
    groups:
      - id: '5.1'
        kind: objective
        title: Direction
        controls:
          - { id: 5.1.1, title: Policies for security }
          - { id: 5.1.2, title: Review of policies }
  - id: '6'
    kind: clause
    title: Organization
    groups:
      - id: '6.1'
        kind: objective
        title: Internal organization
        controls:
          - { id: 6.1.1, title: Roles }
`,
  'frameworks/new-2022.yaml': `
id: new:2022
name: New 2022
title: The new edition
publisher: Test
published: '2022-02-15'
expected: { controls: 2 }
levels: [theme, control]
groups:
  - id: '5'
    kind: theme
    title: Organizational
    controls:
      - { id: '5.1', title: Policies }
      - { id: '5.2', title: Roles }
`,
  'frameworks/cloud-2015/framework.yaml': `
id: cloud:2015
name: Cloud 2015
title: Cloud extension
publisher: Test
published: '2015-12-15'
base: base:2013
expected: { controls: 4, cloudExtended: 1, cloudGuidance: 2 }
extension:
  objectives:
    - { id: CLD.6.3, clause: '6', title: Relationship }
  controls:
    - { id: CLD.6.3.1, title: Shared roles, objective: CLD.6.3, addresses: both, verification: confirmed }
cloud:
  5.1.1: { addresses: both, verification: confirmed }
  5.1.2: { addresses: none, verification: unverified, basis: inferred }
  6.1.1: { addresses: csp, verification: confirmed }
`,
  'frameworks/cloud-2015/guidance/5.1.1.yaml': guidance('5.1.1', ['csp', 'csc']),
  'frameworks/cloud-2015/guidance/6.1.1.yaml': guidance('6.1.1', ['csp']),
  'frameworks/cloud-2015/guidance/CLD.6.3.1.yaml': guidance('CLD.6.3.1', ['csp', 'csc']),
  'mappings/base-2013--new-2022.yaml': `
id: base-2013--new-2022
source: base:2013
target: new:2022
provenance: published
complete: true
reference: Test annex
maps:
  - { source: 5.1.1, relation: subset-of, target: '5.1' }
  - { source: 5.1.2, relation: subset-of, target: '5.1' }
  - { source: 6.1.1, relation: equal-to, target: '5.2' }
`,
  'mappings/cloud-2015--new-2022.yaml': `
id: cloud-2015--new-2022
source: cloud:2015
target: new:2022
provenance: derived
reference: Derived by test
maps:
  - { source: CLD.6.3.1, relation: intersects-with, target: '5.2' }
`,
});

export function guidance(id: string, parties: readonly ('csp' | 'csc')[]): string {
  const statements = (who: string) => `
${who}:
  - do: Keep a written record of who does what for ${id}.
    show: The record exists and is reviewed.
  - do: Review the arrangement for ${id} every year.
    show: Review minutes with dates.`;
  return `control: '${id}'
summary: What ${id} asks of provider and customer in plain words.
keywords: [tenant, incident response, hypervisor]
${parties.map(statements).join('\n')}
evidence: [Responsibility matrix]
disclosures: [Security contacts]
ownership: { iaas: shared, paas: shared, saas: csp-owned }
`;
}

export const toSources = (files: Record<string, string>): SourceFile[] =>
  Object.entries(files).map(([path, text]) => ({ path, text }));
