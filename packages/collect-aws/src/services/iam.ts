import {
  GetGroupPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  type IAMClient,
  paginateListGroupPolicies,
  paginateListGroups,
  paginateListPolicies,
  paginateListRolePolicies,
  paginateListRoles,
  paginateListUserPolicies,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import { decodePolicyDocument, GLOBAL_REGION, isUnknown } from '@nimbus/scanner';
import type { CollectContext } from '../context.js';
import { compact, gather } from '../pages.js';
import { mapLimit } from '../pool.js';

/** Roles, users and groups read for inline policies, all kinds together; past it the rest is recorded as an error. */
export const MAX_PRINCIPALS = 5000;

/**
 * IAM's API returns policy documents URL-encoded; the snapshot stores their JSON text, decoded as the scanner
 * decodes them. A document the scanner cannot decode is stored as AWS sent it: the scan reports it unknown.
 */
const documentText = (document: string): string => {
  const text = decodePolicyDocument(document);
  return isUnknown(text) ? document : text;
};

type PrincipalType = 'role' | 'user' | 'group';

interface Principal {
  readonly type: PrincipalType;
  readonly name: string;
  readonly arn: string;
}

/** The listing, paging and per-policy calls of one kind of principal. */
const KINDS: readonly {
  type: PrincipalType;
  list: string;
  listPolicies: string;
  get: string;
  principals: (client: IAMClient) => AsyncIterable<Principal[]>;
  names: (client: IAMClient, name: string) => Promise<string[]>;
  document: (client: IAMClient, name: string, policy: string) => Promise<{ PolicyDocument?: string }>;
}[] = [
  {
    type: 'role',
    list: 'ListRoles',
    listPolicies: 'ListRolePolicies',
    get: 'GetRolePolicy',
    principals: (client) => pagesOf(paginateListRoles({ client }, {}), (p) => p.Roles, 'role'),
    names: (client, name) =>
      gather(paginateListRolePolicies({ client }, { RoleName: name }), (p) => p.PolicyNames),
    document: (client, name, policy) =>
      client.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policy })),
  },
  {
    type: 'user',
    list: 'ListUsers',
    listPolicies: 'ListUserPolicies',
    get: 'GetUserPolicy',
    principals: (client) => pagesOf(paginateListUsers({ client }, {}), (p) => p.Users, 'user'),
    names: (client, name) =>
      gather(paginateListUserPolicies({ client }, { UserName: name }), (p) => p.PolicyNames),
    document: (client, name, policy) =>
      client.send(new GetUserPolicyCommand({ UserName: name, PolicyName: policy })),
  },
  {
    type: 'group',
    list: 'ListGroups',
    listPolicies: 'ListGroupPolicies',
    get: 'GetGroupPolicy',
    principals: (client) => pagesOf(paginateListGroups({ client }, {}), (p) => p.Groups, 'group'),
    names: (client, name) =>
      gather(paginateListGroupPolicies({ client }, { GroupName: name }), (p) => p.PolicyNames),
    document: (client, name, policy) =>
      client.send(new GetGroupPolicyCommand({ GroupName: name, PolicyName: policy })),
  },
];

type Named = { RoleName?: string; UserName?: string; GroupName?: string; Arn?: string };

async function* pagesOf<P>(
  pages: AsyncIterable<P>,
  pick: (page: P) => readonly Named[] | undefined,
  type: PrincipalType,
): AsyncIterable<Principal[]> {
  for await (const page of pages)
    yield (pick(page) ?? []).flatMap((p) => {
      const name = p.RoleName ?? p.UserName ?? p.GroupName;
      return name && p.Arn ? [{ type, name, arn: p.Arn }] : [];
    });
}

const limitReached = () =>
  Object.assign(
    new Error(
      `more than ${MAX_PRINCIPALS} roles, users and groups: the inline policies of the rest were not collected`,
    ),
    { name: 'PrincipalLimitReached' },
  );

/** Customer managed policies with the document of their default version. */
const collectManaged = async (ctx: CollectContext, client: IAMClient): Promise<void> => {
  const policies = await ctx.recorder.list('iam', GLOBAL_REGION, 'ListPolicies', () =>
    gather(paginateListPolicies({ client }, { Scope: 'Local' }), (p) => p.Policies),
  );
  if (!policies) return;
  const items = await mapLimit(policies, ctx.perResourceConcurrency, async (policy) => {
    const { Arn: arn, DefaultVersionId: version } = policy;
    if (!arn || !version) return policy;
    const got = await ctx.recorder.companion('iam', GLOBAL_REGION, 'GetPolicyVersion', arn, () =>
      client.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version })),
    );
    const document = got?.PolicyVersion?.Document;
    const decoded =
      got && document !== undefined
        ? { ...got, PolicyVersion: { ...got.PolicyVersion, Document: documentText(document) } }
        : got;
    return compact({ ...policy, GetPolicyVersion: decoded ?? undefined });
  });
  ctx.recorder.put('iam', GLOBAL_REGION, 'policies', items);
};

/** The inline policies of roles, users and groups, at most MAX_PRINCIPALS of them in all. */
const collectInline = async (ctx: CollectContext, client: IAMClient): Promise<void> => {
  const items: unknown[] = [];
  let seen = 0;
  for (const kind of KINDS) {
    const principals: Principal[] = [];
    await ctx.recorder.list('iam', GLOBAL_REGION, kind.list, async () => {
      for await (const page of kind.principals(client)) {
        const room = MAX_PRINCIPALS - seen;
        principals.push(...page.slice(0, room));
        seen += Math.min(room, page.length);
        if (page.length > room) throw limitReached();
      }
      return true;
    });
    const found = await mapLimit(principals, ctx.perResourceConcurrency, async (p) => {
      const names = await ctx.recorder.companion(
        'iam',
        GLOBAL_REGION,
        kind.listPolicies,
        p.arn,
        async () => ({
          names: await kind.names(client, p.name),
        }),
      );
      return mapLimit(names?.names ?? [], ctx.perResourceConcurrency, async (policy) => {
        const resource = `${p.arn} policy ${policy}`;
        const got = await ctx.recorder.companion('iam', GLOBAL_REGION, kind.get, resource, () =>
          kind.document(client, p.name, policy),
        );
        return compact({
          PrincipalType: p.type,
          PrincipalName: p.name,
          PrincipalArn: p.arn,
          PolicyName: policy,
          PolicyDocument: got?.PolicyDocument === undefined ? undefined : documentText(got.PolicyDocument),
        });
      });
    });
    items.push(...found.flat());
  }
  ctx.recorder.put('iam', GLOBAL_REGION, 'inlinePolicies', items);
};

/** IAM is account-wide: listed once, under the region key GLOBAL_REGION. */
export const collectIam = async (ctx: CollectContext): Promise<void> => {
  // Any region of the account's partition reaches IAM's endpoint.
  const client = ctx.clients.iam(ctx.regions[0] ?? 'us-east-1');
  await collectManaged(ctx, client);
  await collectInline(ctx, client);
};
