import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../model/value.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { childAt, type TreeMap } from '../yaml/tree.js';
import { PropertyReader } from './fields.js';
import { CfnResolver, isResourceRef, NO_VALUE } from './resolver.js';
import { cloudFormationTags, normalizeShortForm } from './tags.js';
import { readTemplate } from './template.js';

const TEMPLATE = `
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: { Type: String, Default: prod }
  Port: { Type: Number, Default: 443 }
  Secret: { Type: String }
Mappings:
  Sizes:
    prod: { Disk: 100 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Either: !Or [!Condition IsDev, !Equals [!Ref Secret, x]]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Values:
    Type: Test::Values
    Properties:
      Ref: !Ref Env
      Num: !Ref Port
      Pseudo: !Ref AWS::Region
      Missing: !Ref Secret
      ToBucket: !Ref Bucket
      Att: !GetAtt Bucket.Arn
      Sub: !Sub "\${Env}-data-\${!Literal}"
      SubUnknown: !Sub "\${AWS::AccountId}-data"
      SubVars: !Sub ["\${A}-\${Env}", { A: alpha }]
      Join: !Join ["-", [a, !Ref Env, c]]
      IfTrue: !If [IsProd, yes-prod, no-prod]
      IfFalse: !If [IsDev, dev, !Ref AWS::NoValue]
      IfUnknown: !If [Either, one, two]
      IfSame: !If [Either, same, same]
      Map: !FindInMap [Sizes, !Ref Env, Disk]
      Select: !Select [1, [x, y, z]]
      Import: !ImportValue shared-vpc
      LongForm: { "Fn::Join": ["", ["long", { "Ref": "Env" }]] }
      Bool: "True"
      NotBool: maybe
`;

const setup = () => {
  const { documents, issues } = parseYaml(TEMPLATE, {
    customTags: cloudFormationTags,
    onTag: normalizeShortForm,
  });
  expect(issues).toEqual([]);
  const { template } = readTemplate(documents[0]!.tree as TreeMap);
  const resolver = new CfnResolver(template);
  const props = childAt(documents[0]!.tree, ['Resources', 'Values', 'Properties']);
  const get = (key: string) => childAt(props, [key]);
  return { resolver, get, reader: new PropertyReader(resolver) };
};

describe('CloudFormation intrinsic functions', () => {
  it('parses every short-form tag without error and resolves parameters to their defaults', () => {
    const { reader, get } = setup();
    expect(reader.str(get('Ref'))).toBe('prod');
    expect(reader.num(get('Num'))).toBe(443);
    expect(reader.str(get('Sub'))).toBe(`prod-data-$${'{'}Literal}`);
    expect(reader.str(get('SubVars'))).toBe('alpha-prod');
    expect(reader.str(get('Join'))).toBe('a-prod-c');
    expect(reader.str(get('LongForm'))).toBe('longprod');
    expect(reader.num(get('Map'))).toBe(100);
    expect(reader.str(get('Select'))).toBe('y');
    expect(reader.bool(get('Bool'))).toBe(true);
  });

  it('evaluates conditions over the defaults and picks the branch; AWS::NoValue removes the value', () => {
    const { reader, resolver, get } = setup();
    expect(reader.str(get('IfTrue'))).toBe('yes-prod');
    expect(resolver.resolve(get('IfFalse'))).toBe(NO_VALUE);
    expect(reader.str(get('IfFalse'))).toBeUndefined();
    expect(reader.str(get('IfSame'))).toBe('same');
  });

  it('leaves what is known only at deploy time Unknown, with a reason', () => {
    const { reader, get } = setup();
    const reason = (key: string) => {
      const v = reader.str(get(key));
      expect(isUnknown(v), key).toBe(true);
      return (v as { reason: string }).reason;
    };
    expect(reason('Pseudo')).toContain('AWS::Region');
    expect(reason('Missing')).toContain('parameter Secret has no default');
    expect(reason('SubUnknown')).toContain('AWS::AccountId');
    expect(reason('IfUnknown')).toContain('condition Either');
    expect(reason('Import')).toContain('Fn::ImportValue');
    expect(reason('ToBucket')).toContain('known only after deployment');
    expect(isUnknown(reader.bool(get('NotBool')))).toBe(true);
  });

  it('resolves references to resources of the template', () => {
    const { resolver, get, reader } = setup();
    const ref = resolver.resolve(get('ToBucket'));
    expect(isResourceRef(ref) && ref.ref.logicalId).toBe('Bucket');
    const att = resolver.resolve(get('Att'));
    expect(isResourceRef(att) && att.attribute).toBe('Arn');
    expect(reader.resourceRef(get('ToBucket'))).toMatchObject({
      logicalId: 'Bucket',
      type: 'AWS::S3::Bucket',
    });
    expect(isUnknown(reader.resourceRef(get('Ref')))).toBe(true);
  });

  it('survives self-referencing conditions', () => {
    const { documents } = parseYaml(
      'Conditions:\n  A: !Condition B\n  B: !Condition A\nResources:\n  X: { Type: AWS::S3::Bucket }\n',
      { customTags: cloudFormationTags, onTag: normalizeShortForm },
    );
    const resolver = new CfnResolver(readTemplate(documents[0]!.tree as TreeMap).template);
    expect(isUnknown(resolver.condition('A'))).toBe(true);
  });
});
