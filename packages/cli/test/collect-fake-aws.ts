import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for the AWS endpoints, on the loopback interface, for running the real `nimbus collect aws`
// binary end to end: the SDK is pointed at it with AWS_ENDPOINT_URL and speaks its real protocols (EC2 query,
// AWS query, JSON 1.1, REST-XML). It answers one small account: an instance, an open security group, a bucket
// without a public access block, and a refused DescribeFlowLogs.

export const FAKE_ACCOUNT = '123456789012';

interface Answer {
  readonly status?: number;
  readonly type: string;
  readonly body: string;
}

const xml = (body: string, status = 200): Answer => ({ status, type: 'text/xml', body });
const json = (body: unknown, status = 200): Answer => ({
  status,
  type: 'application/x-amz-json-1.1',
  body: JSON.stringify(body),
});

const EC2: Readonly<Record<string, string>> = {
  DescribeInstances:
    '<reservationSet><item><reservationId>r-1</reservationId><instancesSet><item>' +
    '<instanceId>i-0abc</instanceId><instanceState><code>16</code><name>running</name></instanceState>' +
    '<metadataOptions><httpTokens>optional</httpTokens><httpEndpoint>enabled</httpEndpoint></metadataOptions>' +
    '</item></instancesSet></item></reservationSet>',
  DescribeInstanceAttribute:
    '<instanceId>i-0abc</instanceId><disableApiTermination><value>true</value></disableApiTermination>',
  DescribeSecurityGroups:
    '<securityGroupInfo><item><groupId>sg-0abc</groupId><groupName>web</groupName><ipPermissions><item>' +
    '<ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort>' +
    '<ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges></item></ipPermissions></item></securityGroupInfo>',
  DescribeVpcs: '<vpcSet><item><vpcId>vpc-0abc</vpcId><isDefault>false</isDefault></item></vpcSet>',
};

/** `count` VPCs (vpc-00001, ...) for a large account; the small account's one otherwise. */
const vpcSet = (count: number) =>
  `<vpcSet>${Array.from(
    { length: count },
    (_, i) => `<item><vpcId>vpc-${String(i + 1).padStart(5, '0')}</vpcId><isDefault>false</isDefault></item>`,
  ).join('')}</vpcSet>`;

const ec2 = (action: string, options: FakeAwsOptions): Answer =>
  action === 'DescribeFlowLogs'
    ? xml(
        '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform ' +
          'this operation.</Message></Error></Errors><RequestID>req-1</RequestID></Response>',
        403,
      )
    : xml(
        `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>req-1</requestId>` +
          `${action === 'DescribeVpcs' && options.vpcs ? vpcSet(options.vpcs) : (EC2[action] ?? '')}</${action}Response>`,
      );

/** STS and RDS speak the AWS query protocol: `<XResponse><XResult>...</XResult></XResponse>`. */
const query = (action: string): Answer => {
  const result =
    action === 'GetCallerIdentity'
      ? `<Account>${FAKE_ACCOUNT}</Account><Arn>arn:aws:iam::${FAKE_ACCOUNT}:user/ci</Arn><UserId>AIDAEXAMPLE</UserId>`
      : '';
  return xml(
    `<${action}Response><${action}Result>${result}</${action}Result>` +
      `<ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`,
  );
};

const JSON_ANSWERS: Readonly<Record<string, unknown>> = {
  DescribeTrails: { trailList: [] },
  ListKeys: { Keys: [], Truncated: false },
};

const s3Error = (code: string, message: string) =>
  xml(`<Error><Code>${code}</Code><Message>${message}</Message><RequestId>req-1</RequestId></Error>`, 404);

const s3 = (url: URL): Answer => {
  if (url.pathname === '/')
    return xml(
      '<ListAllMyBucketsResult><Owner><ID>owner</ID></Owner><Buckets><Bucket><Name>exposed</Name>' +
        '<CreationDate>2020-01-01T00:00:00.000Z</CreationDate><BucketRegion>eu-west-1</BucketRegion></Bucket>' +
        '</Buckets></ListAllMyBucketsResult>',
    );
  if (url.searchParams.has('publicAccessBlock'))
    return s3Error(
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found',
    );
  if (url.searchParams.has('lifecycle'))
    return s3Error('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
  if (url.searchParams.has('encryption'))
    return xml(
      '<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256' +
        '</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>',
    );
  if (url.searchParams.has('versioning')) return xml('<VersioningConfiguration/>');
  return s3Error('NotImplemented', `the fake does not answer ${url.pathname}${url.search}`);
};

const RDS_ACTIONS = new Set(['DescribeDBInstances', 'DescribeDBClusters']);

/** IAM speaks the AWS query protocol too; the fake account has no policies, roles, users or groups. */
const IAM_ACTIONS = new Set(['ListPolicies', 'ListRoles', 'ListUsers', 'ListGroups']);

/** GuardDuty and EKS speak REST-JSON: the fake account has no detector and no cluster. */
const REST_JSON_ANSWERS: Readonly<Record<string, unknown>> = {
  '/detector': { detectorIds: [] },
  '/clusters': { clusters: [] },
};

const answer = (req: IncomingMessage, body: string, options: FakeAwsOptions): Answer => {
  const url = new URL(req.url ?? '/', 'http://fake');
  const target = req.headers['x-amz-target'];
  if (typeof target === 'string') {
    const operation = target.split('.').pop() ?? '';
    return json(JSON_ANSWERS[operation] ?? {});
  }
  const action = new URLSearchParams(body).get('Action');
  if (req.method === 'POST' && action) {
    if (action === 'GetCallerIdentity' || RDS_ACTIONS.has(action) || IAM_ACTIONS.has(action))
      return query(action);
    return ec2(action, options);
  }
  const rest = REST_JSON_ANSWERS[url.pathname];
  if (req.method === 'GET' && rest) return { type: 'application/json', body: JSON.stringify(rest) };
  return s3(url);
};

export interface FakeAwsOptions {
  /** Answer DescribeVpcs with this many VPCs: an account large enough to be written one item per line. */
  readonly vpcs?: number;
}

export interface FakeAws {
  readonly url: string;
  /** Operations asked, in order (`DescribeInstances`, `GET /exposed?versioning`). */
  readonly requests: string[];
  close(): Promise<void>;
}

export const startFakeAws = async (options: FakeAwsOptions = {}): Promise<FakeAws> => {
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.headers['x-amz-target'];
      requests.push(
        typeof target === 'string'
          ? (target.split('.').pop() ?? '')
          : (new URLSearchParams(body).get('Action') ?? `${req.method} ${req.url}`),
      );
      const a = answer(req, body, options);
      res.writeHead(a.status ?? 200, { 'content-type': a.type, 'x-amzn-requestid': 'req-1' });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
