import { defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-os-login',
  title: 'VM instances use OS Login for SSH access',
  description:
    'Checks google_compute_instance and instance templates. Passes when enable-oslogin is true in the ' +
    'instance metadata, or, when the instance does not set it, in project-wide metadata ' +
    '(google_compute_project_metadata or _item) declared in the same configuration for the same project. Fails ' +
    'when it is false, or set nowhere in the configuration: OS Login is off by default.',
  rationale:
    'With OS Login, SSH access to a VM follows IAM: it is granted to identities through roles, removed when the ' +
    'identity or role goes, and can require two-step verification. Keys pasted into metadata instead live on ' +
    'forever, are shared, and give no record of who holds them.',
  severity: 'medium',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.instance', 'gcp.compute.instance-template'],
  remediation: {
    summary:
      'Set enable-oslogin to TRUE in project-wide metadata (or on each instance), grant roles/compute.osLogin or ' +
      'osAdminLogin to the people who need access, and remove SSH keys from metadata.',
    terraform:
      'resource "google_compute_project_metadata_item" "oslogin" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}',
    cli: 'gcloud compute project-info add-metadata --metadata enable-oslogin=TRUE',
  },
  references: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin'],
  evaluate(vm) {
    const own = vm.osLogin;
    const at = { attribute: 'osLogin' };
    if (isUnknown(own)) return unresolved('enable-oslogin in the instance metadata', own, at);
    if (own === true) return pass('OS Login is enabled in the instance metadata', at);
    if (own === false) return fail('the instance metadata turns OS Login off (enable-oslogin is false)', at);
    const project = vm.projectOsLogin;
    if (isUnknown(project)) return unresolved('whether project metadata enables OS Login', project);
    if (project !== undefined) {
      if (isUnknown(project.value)) return unresolved(`enable-oslogin in ${project.address}`, project.value);
      return project.value
        ? pass(`OS Login is enabled by the project metadata of ${project.address}`)
        : fail(`${project.address} turns OS Login off for the project (enable-oslogin is false)`);
    }
    const keys =
      vm.blockProjectSshKeys === true ? '' : '; project-wide SSH keys in metadata are accepted as well';
    return fail(`OS Login is not enabled on the instance or in project metadata (off by default)${keys}`);
  },
});
