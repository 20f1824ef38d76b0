import { type Attr, allOf, defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-shielded-vm',
  title: 'VM instances run as Shielded VMs with secure boot, vTPM and integrity monitoring',
  description:
    'Checks google_compute_instance and instance templates. Passes when shielded_instance_config turns on ' +
    'enable_secure_boot and leaves enable_vtpm and enable_integrity_monitoring on. Secure boot is off unless set; ' +
    'vTPM and integrity monitoring are on unless set to false, so an absent block fails on secure boot alone.',
  rationale:
    'Secure boot refuses boot loaders and kernels that are not signed, and the virtual TPM with integrity ' +
    'monitoring records each boot so that a rootkit or a tampered image shows up as a deviation. Without them a ' +
    'compromised boot chain survives reboots unnoticed.',
  severity: 'medium',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.instance', 'gcp.compute.instance-template'],
  remediation: {
    summary:
      'Use a Shielded VM image and turn on secure boot; keep vTPM and integrity monitoring on (their default).',
    terraform:
      'resource "google_compute_instance" "app" {\n  # ...\n  shielded_instance_config {\n    enable_secure_boot          = true\n    enable_vtpm                 = true\n    enable_integrity_monitoring = true\n  }\n}',
    cli: 'gcloud compute instances update app --zone europe-west1-b --shielded-secure-boot --shielded-vtpm --shielded-integrity-monitoring',
  },
  references: ['https://cloud.google.com/compute/shielded-vm/docs/shielded-vm'],
  evaluate(vm) {
    const config = vm.shieldedVm;
    if (isUnknown(config)) return unresolved('the Shielded VM options', config, { attribute: 'shieldedVm' });
    const options: [string, string, Attr<boolean> | undefined, boolean][] = [
      ['secure boot', 'shieldedVm.secureBoot', config?.secureBoot, false],
      ['vTPM', 'shieldedVm.vtpm', config?.vtpm, true],
      ['integrity monitoring', 'shieldedVm.integrityMonitoring', config?.integrityMonitoring, true],
    ];
    const on = allOf(options, ([, , value, byDefault]) => (isUnknown(value) ? value : (value ?? byDefault)));
    if (on.value === false) {
      const off = options.filter(([, , value, byDefault]) => (value ?? byDefault) === false);
      const names = off.map(([name, , value]) =>
        value === undefined ? `${name} (not set, off by default)` : name,
      );
      return fail(`Shielded VM protections are off: ${names.join(', ')}`, { attribute: on.item[1] });
    }
    if (on.value !== true) return unresolved(on.item[0], on.value, { attribute: on.item[1] });
    return pass('secure boot, vTPM and integrity monitoring are on', { attribute: 'shieldedVm' });
  },
});
