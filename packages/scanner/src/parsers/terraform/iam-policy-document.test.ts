import { describe, expect, it } from 'vitest';
import { isUnknown, Unknown, unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import { evaluate, LazyObject, type Scope } from './evaluate.js';
import { parseExpression } from './expressions.js';
import { documentStatements, policyStatements, textStatements } from './iam-policy-document.js';
import { tfResourceBuilder } from './test-support.js';
import { TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { EvalFailure, TfJsonText } from './values.js';

const res = tfResourceBuilder();

const json = (doc: string) => new TfReference(`data.aws_iam_policy_document.${doc}`, 'json');

const USER = res('aws_iam_policy.p');

/** The statements `policy` gives in a configuration of `others` (the policy resource is added). */
const statementsOf = (policy: TfValue, others: TfResource[] = [], line = 3) =>
  policyStatements(new TfContext([USER, ...others]), USER, policy, line);

const known = <T>(value: T | Unknown): T => {
  if (isUnknown(value)) throw new Error(`unexpected Unknown: ${value.reason}`);
  return value;
};

describe('jsonencode in the resolver', () => {
  const missing = unknown('aws_s3_bucket.b.arn is known only after apply');
  const scope: Scope = {
    root: (name) =>
      name === 'var'
        ? new LazyObject(
            'var',
            (k) => (k === 'arn' ? missing : k === 'tags' ? { a: 'b' } : undefined),
            () => null,
          )
        : undefined,
  };
  const ev = (expr: string) => evaluate(parseExpression(expr), scope);

  it('keeps the structure of a document with unknown parts, while the text stays unknown', () => {
    const encoded = ev(
      'jsonencode({Statement = [{Effect = "Allow", Action = "s3:GetObject", Resource = var.arn}]})',
    );
    expect(encoded).toBeInstanceOf(Unknown);
    expect(encoded).toBeInstanceOf(TfJsonText);
    expect((encoded as TfJsonText).reason).toBe(missing.reason);
    expect((encoded as TfJsonText).value).toEqual({
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: missing }],
    });
  });

  it('gives plain text when every part is known, and a plain Unknown once the text is transformed', () => {
    expect(ev('jsonencode({Effect = "Allow"})')).toBe('{"Effect":"Allow"}');
    const lowered = ev('lower(jsonencode({a = var.arn}))');
    expect(lowered).toBeInstanceOf(Unknown);
    expect(lowered).not.toBeInstanceOf(TfJsonText);
    expect(ev('jsonencode(var.arn)')).not.toBeInstanceOf(TfJsonText);
    expect(ev('jsonencode({a = var.tags.missing})')).toBeInstanceOf(EvalFailure);
  });
});

describe('documentStatements and textStatements', () => {
  it('reads a statement list, with single strings standing for lists of one', () => {
    const statements = known(
      textStatements(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*'] },
            { Effect: 'Deny', NotAction: ['iam:*'], NotResource: '*', Condition: { Bool: {} } },
          ],
        }),
        7,
      ),
    );
    expect(statements).toEqual([
      {
        sid: 'Read',
        effect: 'Allow',
        actions: ['s3:GetObject'],
        notActions: undefined,
        resources: ['arn:aws:s3:::a/*'],
        notResources: undefined,
        conditional: false,
        line: 7,
      },
      {
        sid: undefined,
        effect: 'Deny',
        actions: undefined,
        notActions: ['iam:*'],
        resources: undefined,
        notResources: ['*'],
        conditional: true,
        line: 7,
      },
    ]);
  });

  it('reads a single statement object and a document without statements', () => {
    expect(
      known(documentStatements({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }, 2)),
    ).toMatchObject([{ effect: 'Allow', actions: ['*'], resources: ['*'], line: 2 }]);
    expect(documentStatements({ Version: '2012-10-17' }, 2)).toEqual([]);
  });

  it('keeps unknown parts Unknown, at the level they are unknown', () => {
    const why = unknown('var.actions has no value');
    expect(documentStatements({ Statement: why }, 1)).toBe(why);
    const [s] = known(
      documentStatements({ Statement: [{ Effect: 'Allow', Action: why, Resource: ['*', why] }] }, 1),
    );
    expect(s?.actions).toBe(why);
    expect(s?.resources).toEqual(['*', why]);
    const [whole] = known(documentStatements({ Statement: [why] }, 4));
    expect(whole).toEqual({ effect: why, conditional: false, line: 4 });
  });

  it('turns documents that are not policies into Unknowns that say why', () => {
    const reason = (value: unknown) => (isUnknown(value) ? value.reason : 'known');
    expect(reason(textStatements('{"Statement": [', 1))).toBe(
      'the policy document is a string that is not valid JSON',
    );
    expect(reason(textStatements('  ', 1))).toBe('the policy document is empty');
    expect(reason(textStatements('["a"]', 1))).toBe('the policy document is not a JSON object');
    expect(reason(documentStatements('text', 1))).toBe('the policy document is not a JSON object');
    expect(reason(documentStatements({ Statement: 'x' }, 1))).toBe(
      'the Statement is neither a statement nor a list of statements',
    );
    const [notObject] = known(documentStatements({ Statement: ['x'] }, 1));
    expect(reason(notObject?.effect)).toBe('a statement is not a JSON object');
    const [objectAction] = known(
      documentStatements({ Statement: [{ Effect: 'Allow', Action: { a: 1 } }] }, 1),
    );
    expect(reason(objectAction?.actions)).toBe('expected a list of strings, found an object');
  });
});

describe('policyStatements', () => {
  it('reads JSON text, jsonencode results and documents the resolver left as objects', () => {
    const text = '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}';
    expect(known(statementsOf(text))).toMatchObject([{ effect: 'Allow', actions: ['*'], line: 3 }]);
    const partial = new TfJsonText('arn unknown', {
      Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: unknown('arn unknown') }],
    });
    expect(known(statementsOf(partial))).toMatchObject([{ actions: ['s3:PutObject'] }]);
    expect(known(statementsOf({ Statement: [] }))).toEqual([]);
  });

  it('has no document to read when the policy is not set, and passes other Unknowns on', () => {
    expect(isUnknown(statementsOf(null))).toBe(true);
    expect(isUnknown(statementsOf(''))).toBe(true);
    const why = unknown('templatefile() is not evaluated');
    expect(statementsOf(why)).toBe(why);
    const other = new TfReference('aws_iam_policy.base', 'policy');
    expect(statementsOf(other)).toBe(other);
    // A document data source the configuration does not declare.
    expect(statementsOf(json('absent'))).toEqual(json('absent'));
  });

  it("resolves a data source's statement blocks, with the data source's defaults", () => {
    const doc = res(
      'data.aws_iam_policy_document.d',
      {
        statement: [
          { sid: 'Read', actions: ['s3:GetObject'], resources: [new TfReference('aws_s3_bucket.b', 'arn')] },
          {
            effect: 'Deny',
            actions: ['*'],
            resources: ['*'],
            not_actions: [],
            condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
          },
        ],
      },
      { 'statement.0': 12, 'statement.1': 16 },
    );
    const statements = known(statementsOf(json('d'), [doc]));
    expect(statements).toEqual([
      {
        sid: 'Read',
        effect: 'Allow',
        actions: ['s3:GetObject'],
        notActions: undefined,
        resources: [new TfReference('aws_s3_bucket.b', 'arn')],
        notResources: undefined,
        conditional: false,
        line: 12,
      },
      {
        sid: undefined,
        effect: 'Deny',
        actions: ['*'],
        notActions: undefined,
        resources: ['*'],
        notResources: undefined,
        conditional: true,
        line: 16,
      },
    ]);
    // In another file its lines would point into the wrong file: statements sit on the policy's line.
    const elsewhere = { ...doc, location: { file: 'iam.tf', line: 1 } };
    expect(known(statementsOf(json('d'), [elsewhere])).map((s) => s.line)).toEqual([3, 3]);
  });

  it("prefers a plan's rendered json, and reads unresolved statements as Unknown", () => {
    const rendered = res('data.aws_iam_policy_document.d', {
      json: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
      statement: [{ actions: ['s3:GetObject'] }],
    });
    expect(known(statementsOf(json('d'), [rendered]))).toMatchObject([{ actions: ['*'], line: 3 }]);
    const dynamic = unknown('dynamic "statement" over an unknown collection');
    expect(statementsOf(json('d'), [res('data.aws_iam_policy_document.d', { statement: dynamic })])).toBe(
      dynamic,
    );
    const [one] = known(
      statementsOf(json('d'), [res('data.aws_iam_policy_document.d', { statement: [dynamic] })]),
    );
    expect(one?.effect).toBe(dynamic);
  });

  it('gives Unknown when the reference does not say which instance of a repeated data source it reads', () => {
    const a = res('data.aws_iam_policy_document.d[0]', { statement: [] });
    const b = res('data.aws_iam_policy_document.d[1]', { statement: [] });
    const result = statementsOf(json('d'), [a, b]);
    expect(isUnknown(result) && result.reason).toMatch(/has 2 instances/);
  });

  it('merges source and override documents by statement id, as the data source does', () => {
    const base = res('data.aws_iam_policy_document.base', {
      statement: [
        { sid: 'Shared', actions: ['s3:*'], resources: ['*'] },
        { sid: 'Logs', actions: ['logs:PutLogEvents'], resources: ['*'] },
      ],
    });
    const doc = res('data.aws_iam_policy_document.d', {
      source_policy_documents: [json('base')],
      statement: [{ sid: 'Shared', actions: ['s3:GetObject'], resources: ['*'] }],
      override_policy_documents: [
        '{"Statement": [{"Sid": "Logs", "Effect": "Deny", "Action": "*", "Resource": "*"}]}',
      ],
      override_json: '{"Statement": {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "*"}}',
    });
    const statements = known(statementsOf(json('d'), [base, doc]));
    expect(statements.map((s) => [s.sid, s.effect, s.actions])).toEqual([
      ['Shared', 'Allow', ['s3:GetObject']],
      ['Logs', 'Deny', ['*']],
      [undefined, 'Allow', ['sqs:SendMessage']],
    ]);
  });

  it('gives Unknown when a merged document cannot be read or ids cannot be compared', () => {
    const why = unknown('var.docs has no value');
    const unresolvedList = res('data.aws_iam_policy_document.d', { source_policy_documents: why });
    expect(isUnknown(statementsOf(json('d'), [unresolvedList]))).toBe(true);
    const unresolvedItem = res('data.aws_iam_policy_document.d', { override_policy_documents: [why] });
    const item = statementsOf(json('d'), [unresolvedItem]);
    expect(isUnknown(item) && item.reason).toMatch(
      /override_policy_documents of data.aws_iam_policy_document.d/,
    );
    const unknownSid = res('data.aws_iam_policy_document.d', {
      source_policy_documents: [
        '{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}]}',
      ],
      statement: [{ sid: why, actions: ['s3:GetObject'] }],
    });
    const sid = statementsOf(json('d'), [unknownSid]);
    expect(isUnknown(sid) && sid.reason).toMatch(/statement id is unknown/);
  });

  it('stops following documents that name each other', () => {
    const a = res('data.aws_iam_policy_document.a', { source_policy_documents: [json('b')] });
    const b = res('data.aws_iam_policy_document.b', { source_policy_documents: [json('a')] });
    const result = statementsOf(json('a'), [a, b]);
    expect(isUnknown(result) && result.reason).toMatch(/more than 8 deep/);
  });
});
