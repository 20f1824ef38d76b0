import type {
  ComputeInstance,
  ComputeInstanceTemplate,
  ComputeNetworkInterface,
  ComputeServiceAccount,
  ProjectMetadataFlag,
  ShieldedVmConfig,
} from '../../model/gcp.js';
import { type Attr, isUnknown, type Unknown, unknown } from '../../model/value.js';
import { partLine, type TfContext } from './adapt-aws-context.js';
import { resourceBase } from './adapt-base.js';
import { metadataFlag, metadataValue, sameProject } from './adapt-google-base.js';
import { TfReference, type TfResource, type TfValue } from './tf-resource.js';
import { asString, block, blocks, bool, get, reference, str, strList, type TfSource } from './tf-values.js';

// google_compute_instance and the instance templates, with the project-wide metadata of the configuration
// (google_compute_project_metadata and google_compute_project_metadata_item) that applies to them.

export const INSTANCE_TEMPLATE_TYPES = [
  'google_compute_instance_template',
  'google_compute_region_instance_template',
] as const;

export const PROJECT_METADATA_TYPES = [
  'google_compute_project_metadata',
  'google_compute_project_metadata_item',
] as const;

const DEFAULT_ACCOUNT = /^\d+-compute@developer\.gserviceaccount\.com$/;
const DEFAULT_ACCOUNT_ID = /^\d+-compute$/;

const LINES: Readonly<Record<string, string>> = {
  'shielded_instance_config.0.enable_secure_boot': 'shieldedVm.secureBoot',
  'shielded_instance_config.0.enable_vtpm': 'shieldedVm.vtpm',
  'shielded_instance_config.0.enable_integrity_monitoring': 'shieldedVm.integrityMonitoring',
  shielded_instance_config: 'shieldedVm',
  metadata: 'osLogin',
  'metadata.enable-oslogin': 'osLogin',
  'metadata.block-project-ssh-keys': 'blockProjectSshKeys',
  'service_account.0.email': 'serviceAccount.email',
  'service_account.0.scopes': 'serviceAccount.scopes',
  service_account: 'serviceAccount',
  network_interface: 'networkInterfaces',
};

const shieldedVm = (values: TfSource): Attr<ShieldedVmConfig> | undefined => {
  const b = block(values, 'shielded_instance_config');
  if (b === undefined || isUnknown(b)) return b;
  return {
    secureBoot: bool(b, 'enable_secure_boot'),
    vtpm: bool(b, 'enable_vtpm'),
    integrityMonitoring: bool(b, 'enable_integrity_monitoring'),
  };
};

/** True when the block is declared at least once; Unknown when a dynamic block cannot be expanded. */
const declares = (source: TfSource, key: string): Attr<boolean> => {
  const list = blocks(source, key);
  return isUnknown(list) ? list : list.length > 0;
};

const networkInterfaces = (r: TfResource): Attr<readonly ComputeNetworkInterface[]> => {
  const list = blocks(r.values, 'network_interface');
  if (isUnknown(list)) return list;
  return list.map((nic, index) => {
    const at = `network_interface.${index}`;
    const line = partLine(r, `${at}.access_config`, `${at}.ipv6_access_config`, at, 'network_interface');
    if (isUnknown(nic)) return { index, externalIpv4: nic, externalIpv6: nic, line };
    return {
      index,
      externalIpv4: declares(nic, 'access_config'),
      externalIpv6: declares(nic, 'ipv6_access_config'),
      line,
    };
  });
};

/** Whether an email argument names the project's default compute service account. */
const namesDefaultAccount = (ctx: TfContext, value: TfValue | undefined): Attr<boolean> => {
  if (value === undefined || value === null) return true;
  if (value instanceof TfReference) {
    const found = ctx.lookup(value.address);
    if (found === undefined) return unknown(`${value.address} is not declared in the scanned configuration`);
    if (isUnknown(found)) return found;
    if (found.type === 'google_compute_default_service_account') return true;
    if (found.type !== 'google_service_account') return unknown(`${found.address} is not a service account`);
    // A created account is never the default one; an existing one is, if its id says so.
    if (found.mode === 'managed') return false;
    const id = str(found.values, 'account_id');
    if (id === undefined || isUnknown(id))
      return id ?? unknown(`${found.address} reads an account the configuration does not name`);
    return DEFAULT_ACCOUNT_ID.test(id) || DEFAULT_ACCOUNT.test(id);
  }
  if (isUnknown(value)) return value;
  const text = asString(value);
  if (text === undefined || isUnknown(text)) return text ?? true;
  return DEFAULT_ACCOUNT.test(text);
};

const serviceAccount = (ctx: TfContext, r: TfResource): Attr<ComputeServiceAccount> | undefined => {
  const b = block(r.values, 'service_account');
  if (b === undefined || isUnknown(b)) return b;
  return {
    email: reference(b, 'email'),
    isDefault: namesDefaultAccount(ctx, get(b, 'email')),
    scopes: strList(b, 'scopes'),
    line: partLine(r, 'service_account.0', 'service_account'),
  };
};

/** The value a project-wide metadata resource gives `key`: undefined when it does not set it. */
const projectValue = (r: TfResource, key: string): Attr<boolean> | undefined => {
  if (r.type === 'google_compute_project_metadata') return metadataFlag(metadataValue(r.values, key));
  const own = str(r.values, 'key');
  if (own === undefined) return undefined;
  if (isUnknown(own)) return unknown(`the key of ${r.address} cannot be resolved: ${own.reason}`);
  return own === key ? metadataFlag(get(r.values, 'value')) : undefined;
};

/**
 * `key` as the project-wide metadata of the configuration sets it for `target`'s project: the first resource
 * known to apply; else an Unknown when one sets it but may be for another project.
 */
export const projectFlag = (
  ctx: TfContext,
  target: TfResource,
  key: string,
): Attr<ProjectMetadataFlag> | undefined => {
  let unresolved: Unknown | undefined;
  for (const r of ctx.ofType(...PROJECT_METADATA_TYPES)) {
    const value = projectValue(r, key);
    if (value === undefined) continue;
    const same = sameProject(r, target);
    if (same === true) return { value, address: r.address };
    if (isUnknown(same)) unresolved ??= unknown(`${r.address} sets ${key}, but ${same.reason}`);
  }
  return unresolved;
};

const common = (ctx: TfContext, r: TfResource) => ({
  shieldedVm: shieldedVm(r.values),
  networkInterfaces: networkInterfaces(r),
  osLogin: metadataFlag(metadataValue(r.values, 'enable-oslogin')),
  blockProjectSshKeys: metadataFlag(metadataValue(r.values, 'block-project-ssh-keys')),
  projectOsLogin: projectFlag(ctx, r, 'enable-oslogin'),
  serviceAccount: serviceAccount(ctx, r),
});

export const adaptComputeInstance = (r: TfResource, ctx: TfContext): ComputeInstance => ({
  ...resourceBase('gcp', r, 'gcp.compute.instance', LINES),
  ...common(ctx, r),
});

export const adaptInstanceTemplate = (r: TfResource, ctx: TfContext): ComputeInstanceTemplate => ({
  ...resourceBase('gcp', r, 'gcp.compute.instance-template', LINES),
  ...common(ctx, r),
});

/** The arguments of an instance that its template also sets, and that the model reads. */
const TEMPLATE_ARGUMENTS = [
  'shielded_instance_config',
  'network_interface',
  'metadata',
  'service_account',
  'project',
];

/**
 * google_compute_instance_from_template: an instance made from `source_instance_template`, whose own arguments
 * replace the template's (a `network_interface` of its own replaces all of the template's, an `access_config`
 * included). The template's settings are read when the template is in the configuration; otherwise the settings
 * the instance does not set itself are unknown, named after the template.
 */
export const adaptInstanceFromTemplate = (r: TfResource, ctx: TfContext): ComputeInstance => {
  const source = get(r.values, 'source_instance_template');
  const template = ctx.target(source, INSTANCE_TEMPLATE_TYPES, [
    'self_link',
    'self_link_unique',
    'id',
    'name',
  ]);
  let inherited: Record<string, TfValue>;
  if (template !== undefined && !isUnknown(template)) inherited = { ...template.values };
  else {
    const why = unknown(
      `the instance takes it from its template, ${template === undefined ? 'which it does not name' : `which cannot be read: ${template.reason}`}`,
    );
    inherited = Object.fromEntries(TEMPLATE_ARGUMENTS.map((k) => [k, why]));
  }
  const merged: TfResource = { ...r, values: { ...inherited, ...r.values } };
  return adaptComputeInstance(merged, ctx);
};
