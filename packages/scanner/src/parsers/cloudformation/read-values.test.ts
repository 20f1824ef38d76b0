import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../model/value.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import type { TreeMap } from '../yaml/tree.js';
import { PropertyReader } from './fields.js';
import { readReference, readStringList } from './read-values.js';
import { CfnResolver } from './resolver.js';
import { cloudFormationTags, normalizeShortForm } from './tags.js';
import { readTemplate } from './template.js';

/** A reader over the template and the Properties of its resource `R`. */
const setup = (props: string, extra = '') => {
  const text = `${extra}Resources:\n  Key:\n    Type: AWS::KMS::Key\n  R:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n${props.replace(/^/gm, '      ')}\n`;
  const { documents } = parseYaml(text, { customTags: cloudFormationTags, onTag: normalizeShortForm });
  const { template } = readTemplate(documents[0]?.tree as TreeMap);
  const r = new PropertyReader(new CfnResolver(template));
  const props_ = r.map(template.resources.find((x) => x.logicalId === 'R')?.properties) as TreeMap;
  return { r, at: (key: string) => r.at(props_, key) };
};

const PARAMS =
  'Parameters:\n  NoDefault: { Type: String }\n  WithDefault: { Type: String, Default: alias/logs }\n  Empty: { Type: String, Default: "" }\nConditions:\n  C: !Equals [!Ref NoDefault, x]\n';

describe('readReference', () => {
  it('gives literals, template resources and deploy-time values as set', () => {
    const { r, at } = setup(
      'A: alias/cloudtrail\nB: !GetAtt Key.Arn\nC: !Ref Key\nD: !Sub arn:aws:kms:$' +
        '{AWS::Region}:alias/x\nE: !ImportValue shared-key\nF: !Ref WithDefault\nG: !Ref AWS::AccountId',
      PARAMS,
    );
    expect(readReference(r, at('A'))).toBe('alias/cloudtrail');
    expect(readReference(r, at('B'))).toBe('AWS::KMS::Key Key');
    expect(readReference(r, at('C'))).toBe('AWS::KMS::Key Key');
    expect(readReference(r, at('D'))).toBe('Fn::Sub (known at deploy time)');
    expect(readReference(r, at('E'))).toBe('Fn::ImportValue (known at deploy time)');
    expect(readReference(r, at('F'))).toBe('alias/logs');
    expect(readReference(r, at('G'))).toBe('AWS::AccountId (known at deploy time)');
  });

  it('treats missing, empty and AWS::NoValue as not set, and deploy-time choices as Unknown', () => {
    const { r, at } = setup(
      'A: ""\nB: !Ref AWS::NoValue\nC: !Ref Empty\nD: !Ref NoDefault\nE: !If [C, alias/x, !Ref AWS::NoValue]\nF: [a, b]',
      PARAMS,
    );
    expect(readReference(r, at('missing'))).toBeUndefined();
    expect(readReference(r, at('A'))).toBeUndefined();
    expect(readReference(r, at('B'))).toBeUndefined();
    expect(readReference(r, at('C'))).toBeUndefined();
    expect(readReference(r, at('D'))).toMatchObject({
      reason: expect.stringContaining('NoDefault has no default'),
    });
    expect(readReference(r, at('E'))).toMatchObject({ reason: expect.stringContaining('condition C') });
    expect(readReference(r, at('F'))).toMatchObject({ reason: 'expected a single value, found a list' });
  });
});

describe('readStringList', () => {
  it('reads lists and single strings, drops removed items, and keeps unresolved items as Unknown', () => {
    const { r, at } = setup(
      'A: [api, audit]\nB: "*"\nC: [x, !Ref AWS::NoValue, !Ref NoDefault]\nD: !Ref NoDefault\nE: { not: a list }',
      PARAMS,
    );
    expect(readStringList(r, at('A'))).toEqual(['api', 'audit']);
    expect(readStringList(r, at('B'))).toEqual(['*']);
    const c = readStringList(r, at('C'));
    expect(Array.isArray(c) && c.length === 2 && c[0] === 'x' && isUnknown(c[1])).toBe(true);
    expect(isUnknown(readStringList(r, at('D')))).toBe(true);
    expect(readStringList(r, at('E'))).toMatchObject({ reason: 'expected a list, found a mapping' });
    expect(readStringList(r, at('missing'))).toBeUndefined();
  });
});
