import type { RoleDefinition } from '../../model/azure.js';
import { type Attr, isUnknown } from '../../model/value.js';
import { resourceBase } from './adapt-base.js';
import type { TfResource } from './tf-resource.js';
import { blocks, str, strList, type TfSource } from './tf-values.js';

// azurerm_role_definition: a custom role's permissions, every `permissions` block together (Azure grants their
// union), for the checks that look for owner-like custom roles.

/** One list of every permissions block, or the first Unknown among them. */
const permissionList = (r: TfResource, key: string): Attr<readonly Attr<string>[]> => {
  const all = blocks(r.values, 'permissions');
  if (isUnknown(all)) return all;
  const out: Attr<string>[] = [];
  for (const permissions of all) {
    if (isUnknown(permissions)) return permissions;
    const items = strList(permissions as TfSource, key);
    if (items === undefined) continue;
    if (isUnknown(items)) return items;
    out.push(...items);
  }
  return out;
};

export const adaptRoleDefinition = (r: TfResource): RoleDefinition => ({
  ...resourceBase('azure', r, 'azure.authorization.role-definition', {
    'permissions.0.actions': 'actions',
    'permissions.0.not_actions': 'notActions',
    permissions: 'actions',
    assignable_scopes: 'assignableScopes',
    scope: 'scope',
  }),
  actions: permissionList(r, 'actions'),
  notActions: permissionList(r, 'not_actions'),
  assignableScopes: strList(r.values, 'assignable_scopes'),
  scope: str(r.values, 'scope'),
});
