import { describe, expect, it } from 'vitest';
import type { SecurityGroup } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';
import { parseYaml } from '../yaml/parse-yaml.js';
import { childAt, type TreeMap } from '../yaml/tree.js';
import { PropertyReader } from './fields.js';
import { CfnResolver } from './resolver.js';
import { cloudFormationTags, normalizeShortForm } from './tags.js';
import { readTemplate } from './template.js';

// Fn::Transform (AWS::Include above all) yields its content only when a change set is created: wherever it
// stands in the properties, what it yields is Unknown and the reason names the transform.

const INCLUDE = (file: string) =>
  `{ "Fn::Transform": { Name: AWS::Include, Parameters: { Location: s3://cfg/${file} } } }`;

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Included: ${INCLUDE('map.yaml')}
  Partly:
    us-east-1: ${INCLUDE('east.yaml')}
  Plain:
    eu-west-1: { Cidr: 10.0.0.0/8 }
Resources:
  Values:
    Type: Test::Values
    Properties:
      Long: ${INCLUDE('value.yaml')}
      Short: !Transform { Name: AWS::Include, Parameters: { Location: s3://cfg/short.yaml } }
      Macro: { "Fn::Transform": { Name: CompanyDefaults } }
      Beside: { Known: 1, "Fn::Transform": { Name: AWS::Include, Parameters: { Location: s3://cfg/more.yaml } } }
      InMap: !FindInMap [Included, !Ref AWS::Region, Cidr]
      InRegion: !FindInMap [Partly, us-east-1, Cidr]
      Plain: !FindInMap [Plain, !Ref AWS::Region, Cidr]
`;

const setup = () => {
  const { documents, issues } = parseYaml(TEMPLATE, {
    customTags: cloudFormationTags,
    onTag: normalizeShortForm,
  });
  expect(issues).toEqual([]);
  const { template } = readTemplate(documents[0]!.tree as TreeMap);
  const reader = new PropertyReader(new CfnResolver(template));
  const props = childAt(documents[0]!.tree, ['Resources', 'Values', 'Properties']);
  const reason = (key: string) => {
    const value = reader.resolver.resolve(childAt(props, [key]));
    expect(isUnknown(value), key).toBe(true);
    return (value as { reason: string }).reason;
  };
  return { reason };
};

describe('Fn::Transform in properties', () => {
  it('is Unknown as a value, long or short form, naming the include and its location', () => {
    const { reason } = setup();
    expect(reason('Long')).toBe(
      'the content is known only at deploy time: Fn::Transform (AWS::Include of s3://cfg/value.yaml) inserts it',
    );
    expect(reason('Short')).toContain('Fn::Transform (AWS::Include of s3://cfg/short.yaml)');
    expect(reason('Macro')).toBe(
      'the content is known only at deploy time: Fn::Transform (CompanyDefaults) computes it',
    );
  });

  it('makes a mapping Unknown when it sits beside other keys, whose content it extends', () => {
    const { reason } = setup();
    expect(reason('Beside')).toContain('Fn::Transform (AWS::Include of s3://cfg/more.yaml) adds to it');
  });

  it('blames the included mapping in Fn::FindInMap, not the deploy-time key', () => {
    const { reason } = setup();
    expect(reason('InMap')).toBe(
      'mapping Included is known only at deploy time: Fn::Transform (AWS::Include of s3://cfg/map.yaml) inserts it',
    );
    expect(reason('InRegion')).toContain('mapping Partly.us-east-1 is known only at deploy time');
    expect(reason('Plain')).toBe('AWS::Region is known only at deploy time');
  });

  it('leaves the ingress rules of a security group Unknown, addresses included', () => {
    const { resources, issues } = parseInput(
      't.yaml',
      `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Whole:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rules from S3
      SecurityGroupIngress: ${INCLUDE('rules.yaml')}
  OneRule:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: one rule from S3
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 10.0.0.0/8
        - ${INCLUDE('rule.yaml')}
`,
    );
    expect(issues).toEqual([]);
    const [whole, oneRule] = resources as SecurityGroup[];
    expect(whole?.ingress).toHaveLength(1);
    const rule = whole!.ingress[0]!;
    for (const value of [rule.protocol, rule.fromPort, rule.toPort, rule.cidrIpv4, rule.cidrIpv6])
      expect(isUnknown(value) && value.reason).toContain('AWS::Include of s3://cfg/rules.yaml');
    expect(rule.location.line).toBe(7);
    expect(oneRule?.ingress.map((r) => isUnknown(r.cidrIpv4))).toEqual([false, true]);
  });

  it('leaves a resource unchecked when the transform sits among its Properties, saying why', () => {
    const { resources, issues } = parseInput(
      't.yaml',
      `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: the rest comes from S3
      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://cfg/sg.yaml } }
`,
    );
    expect(resources).toEqual([]);
    expect(issues.map((i) => i.message)).toEqual([
      'AWS::EC2::SecurityGroup Sg is not checked: its Properties cannot be resolved (the content is known only at deploy time: Fn::Transform (AWS::Include of s3://cfg/sg.yaml) adds to it)',
    ]);
  });
});
