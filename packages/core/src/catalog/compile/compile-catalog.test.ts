import { describe, expect, it } from 'vitest';
import { guidance, miniCatalog, toSources } from '../../../test/mini-catalog.js';
import { formatIssue } from '../../errors/validation-issue.js';
import { compileCatalog } from './compile-catalog.js';

const compile = (patch: Record<string, string | undefined> = {}) => {
  const files = { ...miniCatalog(), ...patch };
  for (const [k, v] of Object.entries(files)) if (v === undefined) delete files[k];
  return compileCatalog(toSources(files as Record<string, string>));
};

const messages = (patch: Record<string, string | undefined>) => compile(patch).issues.map(formatIssue);

describe('compileCatalog', () => {
  it('compiles a valid catalog without issues', () => {
    const { catalog, issues } = compile();
    expect(issues).toEqual([]);
    const cloud = catalog.frameworks.find((f) => f.id === 'cloud:2015')!;
    expect(cloud.controls.map((c) => c.id)).toEqual(['5.1.1', '5.1.2', '6.1.1', 'CLD.6.3.1']);
    const cld = cloud.controls.find((c) => c.id === 'CLD.6.3.1')!;
    expect(cld).toMatchObject({ kind: 'cloud-extended', groupPath: ['6', 'CLD.6.3'], audience: 'both' });
    expect(cld.guidance?.csp).toHaveLength(2);
    const inherited = cloud.controls.find((c) => c.id === '5.1.2')!;
    expect(inherited).toMatchObject({
      kind: 'iso27002',
      verification: 'unverified',
      verificationBasis: 'inferred',
    });
    expect(inherited.guidance).toBeUndefined();
    // The overlay's identity with its base is generated, not written twice.
    const identity = catalog.mappings.find((m) => m.generated)!;
    expect(identity).toMatchObject({ source: 'cloud:2015', target: 'base:2013', provenance: 'published' });
    expect(identity.maps).toHaveLength(3);
  });

  it('reports YAML syntax errors with file and line', () => {
    const issues = compile({ 'mappings/cloud-2015--new-2022.yaml': 'id: [unclosed\nsource: x' }).issues;
    expect(issues[0]).toMatchObject({ code: 'syntax', file: 'mappings/cloud-2015--new-2022.yaml' });
    expect(issues[0]?.line).toBeGreaterThan(0);
  });

  it('reports every schema problem, with its path and line, not just the first', () => {
    const bad = miniCatalog()
      ['frameworks/new-2022.yaml']!.replace("published: '2022-02-15'", 'published: last year')
      .replace('title: The new edition', 'title: The new edition\ncolour: blue');
    const out = messages({ 'frameworks/new-2022.yaml': bad });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^frameworks\/new-2022\.yaml:\d+: published: a date as YYYY-MM-DD$/),
        expect.stringMatching(
          /^frameworks\/new-2022\.yaml(:\d+)?: \(root\): unknown field\(s\) "colour": remove or fix the name$/,
        ),
      ]),
    );
  });

  it('reports duplicate control ids', () => {
    const dup = miniCatalog()['frameworks/new-2022.yaml']!.replace(
      "id: '5.2', title: Roles",
      "id: '5.1', title: Roles",
    );
    expect(messages({ 'frameworks/new-2022.yaml': dup })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('groups[0].controls[1].id: duplicate control id "5.1"'),
      ]),
    );
  });

  it('reports counts that differ from what the file expects', () => {
    const wrong = miniCatalog()['frameworks/base-2013.yaml']!.replace('controls: 3', 'controls: 114');
    expect(messages({ 'frameworks/base-2013.yaml': wrong })).toEqual(
      expect.arrayContaining([expect.stringContaining('expected.controls: expected 114 controls, found 3')]),
    );
  });

  it('reports mapping rows that point at controls or frameworks that do not exist', () => {
    const bad = miniCatalog()
      ['mappings/cloud-2015--new-2022.yaml']!.replace("target: '5.2'", "target: '9.9'")
      .replace('target: new:2022', 'target: new:2022\n');
    const out = messages({
      'mappings/cloud-2015--new-2022.yaml': bad,
      'mappings/x--y.yaml':
        'id: x--y\nsource: nope:1\ntarget: new:2022\nprovenance: derived\nreference: r\nmaps:\n  - { source: a, relation: equal-to, target: b }\n',
    });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringContaining('maps[0].target: "9.9" is not a control of new:2022'),
        expect.stringContaining('mappings/x--y.yaml:2: source: framework "nope:1" is not in the catalog'),
      ]),
    );
  });

  it('reports a complete mapping that leaves a control out', () => {
    const partial = miniCatalog()['mappings/base-2013--new-2022.yaml']!.replace(
      "  - { source: 5.1.2, relation: subset-of, target: '5.1' }\n",
      '',
    );
    expect(messages({ 'mappings/base-2013--new-2022.yaml': partial })).toEqual(
      expect.arrayContaining([expect.stringContaining('have no row: 5.1.2')]),
    );
  });

  it('requires guidance for each party the standard addresses, and only for those', () => {
    const out = messages({
      'frameworks/cloud-2015/guidance/5.1.1.yaml': guidance('5.1.1', ['csp']),
      'frameworks/cloud-2015/guidance/6.1.1.yaml': guidance('6.1.1', ['csp', 'csc']),
      'frameworks/cloud-2015/guidance/CLD.6.3.1.yaml': undefined,
    });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringContaining('5.1.1.yaml: csc: the standard addresses the CSC for 5.1.1 (both)'),
        expect.stringContaining('6.1.1.yaml:'),
        expect.stringContaining('csc: the standard does not address the CSC for 6.1.1 (csp)'),
        expect.stringContaining('guidance/CLD.6.3.1.yaml: csp: the standard addresses the CSP'),
      ]),
    );
  });

  it('reports guidance for a control that does not exist and a misnamed guidance file', () => {
    const out = messages({
      'frameworks/cloud-2015/guidance/7.7.7.yaml': guidance('7.7.7', ['csp']),
      'frameworks/cloud-2015/guidance/wrong-name.yaml': guidance('5.1.2', []),
    });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringContaining('7.7.7.yaml:1: control: "7.7.7" is not a control of cloud:2015'),
        expect.stringContaining('wrong-name.yaml:1: control: file name must be 5.1.2.yaml'),
      ]),
    );
  });

  it('reports a missing base framework and unknown extension parents', () => {
    const overlay = miniCatalog()['frameworks/cloud-2015/framework.yaml']!.replace(
      "clause: '6'",
      "clause: '99'",
    );
    expect(messages({ 'frameworks/cloud-2015/framework.yaml': overlay })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('extension.objectives[0].clause: clause "99" is not in base:2013'),
      ]),
    );
    const orphan = miniCatalog()['frameworks/cloud-2015/framework.yaml']!.replace(
      'base: base:2013',
      'base: gone:1',
    );
    expect(messages({ 'frameworks/cloud-2015/framework.yaml': orphan })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('base: base framework "gone:1" is not in the catalog'),
      ]),
    );
  });

  it('compiles check links and reports controls that do not exist', () => {
    const links =
      'formatVersion: 1\nframework: cloud:2015\nchecks:\n  aws-ec2-imdsv2-required:\n    controls: [CLD.6.3.1, 9.9.9]\n    why: Metadata tokens are part of the hardening baseline.\n';
    const { catalog, issues } = compile({ 'checks/cloud-2015.yaml': links });
    expect(catalog.checkLinks).toEqual([
      expect.objectContaining({
        framework: 'cloud:2015',
        check: 'aws-ec2-imdsv2-required',
        controls: ['CLD.6.3.1', '9.9.9'],
      }),
    ]);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringContaining(
        'checks.aws-ec2-imdsv2-required.controls[1]: "9.9.9" is not a control of cloud:2015',
      ),
    ]);
  });

  it('flags files that are in the wrong place, oversized, or alias bombs', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
    const out = compile({
      'notes/readme.yaml': 'x: 1',
      'mappings/big.yaml': 'x'.repeat(3 * 1024 * 1024),
      'mappings/bomb.yaml': bomb,
    }).issues;
    expect(out.map((i) => [i.file, i.code])).toEqual(
      expect.arrayContaining([
        ['notes/readme.yaml', 'unknown-file'],
        ['mappings/big.yaml', 'syntax'],
        ['mappings/bomb.yaml', 'syntax'],
      ]),
    );
  });
});
