import { anyOf, defineCheck, fail, isUnknown, nameList, pass, unresolved } from '../../kit.js';

/** Scopes as text, for messages: the assignable scopes, else the role's own scope. */
const scopesOf = (scopes: readonly unknown[] | undefined, scope: unknown): string => {
  const known = (scopes ?? [scope]).filter((s): s is string => typeof s === 'string');
  return known.length > 0 ? nameList(known) : 'its scope';
};

export const check = defineCheck(import.meta.url, {
  id: 'azure-no-custom-owner-roles',
  title: 'Custom roles do not grant every action',
  description:
    'Reads the permissions of azurerm_role_definition custom roles (every permissions block together). Fails ' +
    'when the actions include `*`, which makes the role an owner of everything in its assignable scopes, ' +
    'whatever not_actions removes from it (a role that removes only a few actions still administers the rest). ' +
    'Passes when every action is named.',
  rationale:
    'A custom role that allows every action is an owner role under another name: it escapes the reviews that ' +
    'assignments of the built-in Owner role get, and whoever holds it can grant themselves access to every ' +
    'resource and its data. Administrative rights should come from the few built-in roles that are monitored, ' +
    'assigned just in time.',
  severity: 'high',
  provider: 'azure',
  service: 'authorization',
  resourceKinds: ['azure.authorization.role-definition'],
  remediation: {
    summary:
      'List the actions the role needs instead of `*`, or use a built-in role; give owner rights only through the built-in Owner role with Privileged Identity Management.',
    terraform:
      'resource "azurerm_role_definition" "deployer" {\n  name  = "deployer"\n  scope = data.azurerm_subscription.current.id\n  permissions {\n    actions = [\n      "Microsoft.Resources/deployments/*",\n      "Microsoft.Web/sites/write",\n    ]\n  }\n  assignable_scopes = [data.azurerm_subscription.current.id]\n}',
    cli: 'az role definition update --role-definition deployer.json  # with the actions listed, not "*"',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-definitions',
  ],
  evaluate(role) {
    const at = { attribute: 'actions' };
    const { actions, notActions } = role;
    if (isUnknown(actions)) return unresolved('the actions of the role', actions, at);
    const every = anyOf(actions, (a) => a.trim() === '*');
    if (isUnknown(every.value)) return unresolved('whether the role grants every action', every.value, at);
    if (every.value === false) return pass('the role names the actions it grants', at);
    const scopes = scopesOf(isUnknown(role.assignableScopes) ? undefined : role.assignableScopes, role.scope);
    const removed =
      !isUnknown(notActions) && notActions.length > 0 ? `, less ${notActions.length} not_actions` : '';
    return fail(`the role grants every action (*${removed}) at ${scopes}`, at);
  },
});
