import { defineCheck, fail, hasFullScope, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-compute-no-default-service-account-full-scope',
  title: 'VM instances do not run as the default service account with full API access',
  description:
    'Checks the service_account block of google_compute_instance and instance templates. Fails when the VM runs ' +
    'as the default compute service account (email not set, written as <number>-compute@developer.gserviceaccount.com, ' +
    'or read from google_compute_default_service_account) with the cloud-platform scope. Passes for a dedicated ' +
    'account, for the default account with narrower scopes, and for a VM without a service account.',
  rationale:
    'The default compute account usually holds the Editor role on the whole project. With the cloud-platform scope, ' +
    'anyone who gets code running on the VM can read its metadata server token and modify almost every resource ' +
    'of the project. A dedicated account with only the roles the workload needs limits that reach.',
  severity: 'high',
  provider: 'gcp',
  service: 'compute',
  resourceKinds: ['gcp.compute.instance', 'gcp.compute.instance-template'],
  remediation: {
    summary:
      'Create a service account for the workload, grant it only the roles it needs, and run the VM as that account.',
    terraform:
      'resource "google_service_account" "app" {\n  account_id = "app-vm"\n}\n\nresource "google_compute_instance" "app" {\n  # ...\n  service_account {\n    email  = google_service_account.app.email\n    scopes = ["cloud-platform"]\n  }\n}',
    cli: 'gcloud compute instances set-service-account app --zone europe-west1-b --service-account app-vm@acme-prod.iam.gserviceaccount.com --scopes cloud-platform',
  },
  references: ['https://cloud.google.com/compute/docs/access/service-accounts'],
  evaluate(vm) {
    const account = vm.serviceAccount;
    if (account === undefined) return pass('the VM runs without a service account');
    if (isUnknown(account))
      return unresolved('the service account', account, { attribute: 'serviceAccount' });
    const full = hasFullScope(account.scopes);
    const scopes = { attribute: 'serviceAccount.scopes' };
    const email = { attribute: 'serviceAccount.email' };
    if (account.isDefault === false)
      return pass(
        `the VM runs as its own service account${isUnknown(account.email) ? '' : ` ${account.email}`}`,
        email,
      );
    if (full === false)
      return pass(
        account.isDefault === true
          ? 'the default service account is limited to narrower scopes than cloud-platform'
          : 'the service account has narrower scopes than cloud-platform',
        scopes,
      );
    if (isUnknown(account.isDefault))
      return unresolved('whether the VM runs as the default service account', account.isDefault, email);
    if (isUnknown(full)) return unresolved('the scopes of the default service account', full, scopes);
    return fail(
      account.email === undefined
        ? 'the VM runs as the default compute service account (no email is set) with the cloud-platform scope'
        : 'the VM runs as the default compute service account with the cloud-platform scope',
      account.email === undefined ? scopes : email,
    );
  },
});
