import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { adaptRoleDefinition } from './adapt-azure-authorization.js';
import { tfResourceBuilder } from './test-support.js';

const res = tfResourceBuilder();

describe('azurerm_role_definition', () => {
  it('joins the actions and not_actions of every permissions block, with the scopes', () => {
    const role = adaptRoleDefinition(
      res(
        'azurerm_role_definition.ops',
        {
          scope: '/subscriptions/1',
          permissions: [
            { actions: ['Microsoft.Compute/*/read'], not_actions: [] },
            { actions: ['*'], not_actions: ['Microsoft.Authorization/*/Write'] },
          ],
          assignable_scopes: ['/subscriptions/1'],
        },
        { 'permissions.0.actions': 7 },
      ),
    );
    expect(role).toMatchObject({
      kind: 'azure.authorization.role-definition',
      actions: ['Microsoft.Compute/*/read', '*'],
      notActions: ['Microsoft.Authorization/*/Write'],
      assignableScopes: ['/subscriptions/1'],
      scope: '/subscriptions/1',
      attributeLines: { actions: 7 },
    });
  });

  it('keeps unresolved permissions unknown', () => {
    const later = new Unknown('var.actions has no value');
    const role = adaptRoleDefinition(res('azurerm_role_definition.x', { permissions: [{ actions: later }] }));
    expect(role.actions).toBe(later);
    expect(role.notActions).toEqual([]);
  });
});
