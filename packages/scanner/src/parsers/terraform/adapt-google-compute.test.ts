import { describe, expect, it } from 'vitest';
import { Unknown } from '../../model/value.js';
import { TfContext } from './adapt-aws-context.js';
import {
  adaptComputeInstance,
  adaptInstanceFromTemplate,
  adaptInstanceTemplate,
  projectFlag,
} from './adapt-google-compute.js';
import { adaptWithContext, reasonOf, tfResourceBuilder } from './test-support.js';
import { type TfObject, TfReference, type TfResource } from './tf-resource.js';

const res = tfResourceBuilder();

const instance = (values: TfObject, others: TfResource[] = [], lines: Record<string, number> = {}) =>
  adaptWithContext(adaptComputeInstance, res('google_compute_instance.web', values, lines), others);

describe('google_compute_instance', () => {
  it('reads Shielded VM options, interfaces, metadata and the service account', () => {
    const vm = instance(
      {
        shielded_instance_config: [{ enable_secure_boot: true, enable_vtpm: 'false' }],
        network_interface: [
          { network: 'default', access_config: [{}] },
          { network: 'other', access_config: [], ipv6_access_config: [{ network_tier: 'PREMIUM' }] },
        ],
        metadata: { 'enable-oslogin': 'TRUE', 'block-project-ssh-keys': 'true' },
        service_account: [{ email: 'app@acme.iam.gserviceaccount.com', scopes: ['cloud-platform'] }],
      },
      [],
      {
        'shielded_instance_config.0.enable_secure_boot': 5,
        'network_interface.1.ipv6_access_config': 12,
        'service_account.0.scopes': 20,
        metadata: 15,
      },
    );
    expect(vm).toMatchObject({
      kind: 'gcp.compute.instance',
      provider: 'gcp',
      address: 'google_compute_instance.web',
      shieldedVm: { secureBoot: true, vtpm: false, integrityMonitoring: undefined },
      networkInterfaces: [
        { index: 0, externalIpv4: true, externalIpv6: false, line: 1 },
        { index: 1, externalIpv4: false, externalIpv6: true, line: 12 },
      ],
      osLogin: true,
      blockProjectSshKeys: true,
      projectOsLogin: undefined,
      serviceAccount: {
        email: 'app@acme.iam.gserviceaccount.com',
        isDefault: false,
        scopes: ['cloud-platform'],
      },
    });
    expect(vm.attributeLines).toEqual({
      'shieldedVm.secureBoot': 5,
      'serviceAccount.scopes': 20,
      osLogin: 15,
    });
  });

  it('leaves unset blocks undefined, so the defaults apply', () => {
    const vm = instance({ network_interface: [{ network: 'default' }] });
    expect(vm.shieldedVm).toBeUndefined();
    expect(vm.serviceAccount).toBeUndefined();
    expect(vm.osLogin).toBeUndefined();
    expect(vm.networkInterfaces).toEqual([{ index: 0, externalIpv4: false, externalIpv6: false, line: 1 }]);
  });

  it('recognizes the default compute service account however it is named', () => {
    const account = (email: TfObject['x'] | undefined, others: TfResource[] = []) =>
      instance({ service_account: [email === undefined ? { scopes: [] } : { email, scopes: [] }] }, others)
        .serviceAccount;
    expect(account(undefined)).toMatchObject({ email: undefined, isDefault: true });
    expect(account('123456789012-compute@developer.gserviceaccount.com')).toMatchObject({ isDefault: true });
    const fromData = account(
      new TfReference('data.google_compute_default_service_account.default', 'email'),
      [res('data.google_compute_default_service_account.default')],
    );
    expect(fromData).toMatchObject({
      email: 'data.google_compute_default_service_account.default',
      isDefault: true,
    });
    expect(
      account(new TfReference('google_service_account.app', 'email'), [res('google_service_account.app')]),
    ).toMatchObject({ email: 'google_service_account.app', isDefault: false });
    expect(
      account(new TfReference('data.google_service_account.x', 'email'), [
        res('data.google_service_account.x', { account_id: '42-compute' }),
      ]),
    ).toMatchObject({ isDefault: true });
  });

  it('cannot tell whether an unresolved or undeclared account is the default one', () => {
    const account = (email: TfObject['x'], others: TfResource[] = []) =>
      instance({ service_account: [{ email, scopes: ['cloud-platform'] }] }, others).serviceAccount;
    const isDefault = (a: ReturnType<typeof account>) =>
      a === undefined || a instanceof Unknown ? a : a.isDefault;
    expect(reasonOf(isDefault(account(new Unknown('var.sa has no value'))))).toBe('var.sa has no value');
    expect(reasonOf(isDefault(account(new TfReference('google_service_account.gone', 'email'))))).toBe(
      'google_service_account.gone is not declared in the scanned configuration',
    );
    expect(
      reasonOf(
        isDefault(
          account(new TfReference('data.google_service_account.x', 'email'), [
            res('data.google_service_account.x'),
          ]),
        ),
      ),
    ).toBe('data.google_service_account.x reads an account the configuration does not name');
    expect(
      reasonOf(
        isDefault(
          account(new TfReference('google_storage_bucket.b', 'name'), [res('google_storage_bucket.b')]),
        ),
      ),
    ).toBe('google_storage_bucket.b is not a service account');
  });

  it('makes everything an unresolved dynamic block would set Unknown', () => {
    const dynamic = new Unknown('dynamic block over an unknown collection');
    const vm = instance({
      network_interface: [{ network: 'default', access_config: dynamic }],
      shielded_instance_config: dynamic,
      service_account: dynamic,
      metadata: dynamic,
    });
    expect(vm.networkInterfaces).toEqual([{ index: 0, externalIpv4: dynamic, externalIpv6: false, line: 1 }]);
    expect(vm.shieldedVm).toBe(dynamic);
    expect(vm.serviceAccount).toBe(dynamic);
    expect(vm.osLogin).toBe(dynamic);
    expect(instance({ network_interface: dynamic }).networkInterfaces).toBe(dynamic);
  });

  it('does not crash on values of the wrong shape', () => {
    const vm = instance({
      network_interface: 'default',
      shielded_instance_config: [42],
      metadata: ['enable-oslogin'],
      service_account: [{ scopes: 'cloud-platform' }],
    });
    const nics = vm.networkInterfaces;
    expect(nics instanceof Unknown ? nics : reasonOf(nics[0]?.externalIpv4)).toBe(
      'network_interface: expected a block, found "default"',
    );
    expect(reasonOf(vm.shieldedVm)).toBe('shielded_instance_config: expected a block, found 42');
    expect(reasonOf(vm.osLogin)).toBe('metadata: expected a map of strings');
    const account = vm.serviceAccount;
    expect(account instanceof Unknown ? account : reasonOf(account?.scopes)).toBe(
      'scopes: expected a list, found "cloud-platform"',
    );
  });
});

describe('project-wide metadata', () => {
  const item = (name: string, values: TfObject) =>
    res(`google_compute_project_metadata_item.${name}`, values);

  it('applies enable-oslogin of project metadata of the same project', () => {
    const whole = res('google_compute_project_metadata.default', { metadata: { 'enable-oslogin': 'TRUE' } });
    expect(instance({}, [whole]).projectOsLogin).toEqual({
      value: true,
      address: 'google_compute_project_metadata.default',
    });
    expect(
      instance({}, [
        item('a', { key: 'other', value: 'x' }),
        item('b', { key: 'enable-oslogin', value: '0' }),
      ]).projectOsLogin,
    ).toEqual({
      value: false,
      address: 'google_compute_project_metadata_item.b',
    });
  });

  it('ignores metadata of another project, and cannot tell for a project it cannot match', () => {
    const other = item('other', { key: 'enable-oslogin', value: 'TRUE', project: 'acme-dev' });
    expect(instance({ project: 'acme-prod' }, [other]).projectOsLogin).toBeUndefined();
    expect(reasonOf(instance({}, [other]).projectOsLogin)).toBe(
      `google_compute_project_metadata_item.other sets enable-oslogin, but google_compute_instance.web uses the provider's default project, which may or may not be "acme-dev"`,
    );
    const unresolvedKey = item('k', { key: new Unknown('var.key has no value'), value: 'TRUE' });
    const flag = instance({}, [unresolvedKey]).projectOsLogin;
    expect(flag instanceof Unknown ? flag : reasonOf(flag?.value)).toBe(
      'the key of google_compute_project_metadata_item.k cannot be resolved: var.key has no value',
    );
  });

  it('prefers metadata known to apply over metadata that may apply', () => {
    const maybe = item('maybe', { key: 'enable-oslogin', value: 'FALSE', project: 'acme-prod' });
    const sure = item('sure', { key: 'enable-oslogin', value: 'TRUE' });
    const target = res('google_compute_instance.web');
    expect(projectFlag(new TfContext([maybe, sure, target]), target, 'enable-oslogin')).toEqual({
      value: true,
      address: 'google_compute_project_metadata_item.sure',
    });
  });
});

describe('instance templates', () => {
  it('adapt like instances, under their own kind', () => {
    const r = res('google_compute_region_instance_template.workers', {
      network_interface: [{ network: 'default', access_config: [{}] }],
      metadata: { 'enable-oslogin': 'FALSE' },
    });
    expect(adaptInstanceTemplate(r, new TfContext([r]))).toMatchObject({
      kind: 'gcp.compute.instance-template',
      networkInterfaces: [{ externalIpv4: true }],
      osLogin: false,
    });
  });
});

describe('google_compute_instance_from_template', () => {
  const template = res('google_compute_instance_template.base', {
    shielded_instance_config: [
      { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true },
    ],
    network_interface: [{ network: 'default' }],
    metadata: { 'enable-oslogin': 'true' },
  });

  it("takes the template's settings, replaced by those the instance sets itself", () => {
    const vm = adaptWithContext(
      adaptInstanceFromTemplate,
      res('google_compute_instance_from_template.web[0]', {
        source_instance_template: new TfReference('google_compute_instance_template.base', 'self_link'),
        // An interface of its own replaces the template's, with an external address here.
        network_interface: [{ network: 'default', access_config: [{ network_tier: 'PREMIUM' }] }],
      }),
      [template],
    );
    expect(vm).toMatchObject({
      kind: 'gcp.compute.instance',
      address: 'google_compute_instance_from_template.web[0]',
      shieldedVm: { secureBoot: true, vtpm: true, integrityMonitoring: true },
      networkInterfaces: [{ index: 0, externalIpv4: true, externalIpv6: false }],
      osLogin: true,
    });
  });

  it('leaves what the instance does not set unknown when its template is not in the configuration', () => {
    const vm = adaptWithContext(
      adaptInstanceFromTemplate,
      res('google_compute_instance_from_template.web', {
        source_instance_template: 'projects/acme/global/instanceTemplates/base',
        metadata: { 'enable-oslogin': 'false' },
      }),
    );
    expect(vm.osLogin).toBe(false);
    expect(reasonOf(vm.shieldedVm)).toBe(
      'the instance takes it from its template, which cannot be read: ' +
        '"projects/acme/global/instanceTemplates/base" is not declared in the scanned configuration',
    );
    expect(vm.networkInterfaces).toBeInstanceOf(Unknown);
  });
});
