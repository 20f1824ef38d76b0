import { describe, expect, it } from 'vitest';
import type { IamPolicy } from '../../model/aws.js';
import { isUnknown } from '../../model/value.js';
import { parseInput } from '../parse-input.js';

const parse = (resources: string, head = '') =>
  parseInput('t.yaml', `AWSTemplateFormatVersion: "2010-09-09"\n${head}Resources:\n${resources}`)
    .resources as IamPolicy[];

describe('IAM policies', () => {
  it('reads a managed policy: statements as a list, with Action and Resource as strings or lists', () => {
    const [p] = parse(
      [
        '  P:',
        '    Type: AWS::IAM::ManagedPolicy',
        '    Properties:',
        '      ManagedPolicyName: deploy',
        '      PolicyDocument:',
        '        Version: "2012-10-17"',
        '        Statement:',
        '          - Sid: One',
        '            Effect: Allow',
        '            Action: "*"',
        '            Resource: ["*"]',
        '            Condition: { Bool: { aws:MultiFactorAuthPresent: "true" } }',
        '          - Effect: Deny',
        '            NotAction: [iam:*]',
        '            NotResource: arn:aws:iam::1:role/x',
        '',
      ].join('\n'),
    );
    expect(p).toMatchObject({ kind: 'aws.iam.policy', policyType: 'managed', name: 'deploy' });
    expect(p?.statements).toEqual([
      {
        sid: 'One',
        effect: 'Allow',
        actions: ['*'],
        notActions: undefined,
        resources: ['*'],
        notResources: undefined,
        conditional: true,
        line: 10,
      },
      expect.objectContaining({
        effect: 'Deny',
        notActions: ['iam:*'],
        notResources: ['arn:aws:iam::1:role/x'],
        line: 15,
      }),
    ]);
    expect(p?.attributeLines.statements).toBe(7);
  });

  it('gives each inline policy of a role, user or group its own resource and line, and reads JSON-string documents', () => {
    const policies = parse(
      [
        '  Ops:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      Policies:',
        '        - PolicyName: read',
        '          PolicyDocument: \'{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}\'',
        '        - PolicyName: admin',
        '          PolicyDocument: { Statement: [{ Effect: Allow, Action: "*", Resource: "*" }] }',
        '  Dev:',
        '    Type: AWS::IAM::User',
        '  Team:',
        '    Type: AWS::IAM::Group',
        '    Properties:',
        '      Policies: !Ref TeamPolicies',
        '',
      ].join('\n'),
      'Parameters:\n  TeamPolicies: { Type: String }\n',
    );
    expect(policies.map((p) => [p.address, p.location.line, p.policyType])).toEqual([
      ['AWS::IAM::Role Ops policy read', 9, 'inline'],
      ['AWS::IAM::Role Ops policy admin', 11, 'inline'],
      ['AWS::IAM::Group Team', 15, 'inline'],
    ]);
    expect(policies[0]?.statements).toEqual([
      expect.objectContaining({ actions: ['s3:GetObject'], line: 10 }),
    ]);
    expect(policies[1]?.statements).toEqual([expect.objectContaining({ actions: ['*'], resources: ['*'] })]);
    expect(isUnknown(policies[2]?.statements)).toBe(true);
  });

  it('makes documents that cannot be read Unknown, with the reason, and never throws', () => {
    const policies = parse(
      [
        '  NotJson:',
        '    Type: AWS::IAM::Policy',
        '    Properties: { PolicyName: a, PolicyDocument: "{not json" }',
        '  Missing:',
        '    Type: AWS::IAM::Policy',
        '    Properties: { PolicyName: b }',
        '  Imported:',
        '    Type: AWS::IAM::ManagedPolicy',
        '    Properties: { PolicyDocument: !ImportValue shared-policy }',
        '  OddStatement:',
        '    Type: AWS::IAM::ManagedPolicy',
        '    Properties: { PolicyDocument: { Statement: [just-a-string, null] } }',
        '  JsonArray:',
        '    Type: AWS::IAM::ManagedPolicy',
        '    Properties: { PolicyDocument: "[1, 2]" }',
        '',
      ].join('\n'),
    );
    expect(
      policies.map((p) => (isUnknown(p.statements) ? p.statements.reason : p.statements.length)),
    ).toEqual([
      'the policy document is a string that is not valid JSON',
      'the policy has no document',
      'Fn::ImportValue is evaluated only at deploy time',
      2,
      'the policy document is not a JSON object',
    ]);
    const odd = policies[3]?.statements;
    expect(Array.isArray(odd) && odd.every((s) => isUnknown(s.effect))).toBe(true);
  });
});
