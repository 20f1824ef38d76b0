import { admitsAllAddresses, defineCheck, fail, isUnknown, pass, unresolved } from '../../kit.js';

export const check = defineCheck(import.meta.url, {
  id: 'gcp-sql-no-public-ip',
  title: 'Cloud SQL instances have no public IP address',
  description:
    'Checks google_sql_database_instance. Passes when settings.ip_configuration.ipv4_enabled is false (the ' +
    'instance is reached on a private network). Fails when it is true or not set: Cloud SQL assigns a public IPv4 ' +
    'address by default, reachable from every authorized network.',
  rationale:
    'A database with a public address is one authorized-network entry away from the internet, and such entries ' +
    'tend to widen over time, up to 0.0.0.0/0. On a private address only the VPC and what is peered with it can ' +
    'reach the database, and each path is a deliberate network design choice.',
  severity: 'high',
  provider: 'gcp',
  service: 'sql',
  resourceKinds: ['gcp.sql.instance'],
  remediation: {
    summary:
      'Give the instance a private IP in your VPC (private services access or Private Service Connect) and turn off ' +
      'its public IPv4 address; connect from outside through the Cloud SQL Auth Proxy over a private path.',
    terraform:
      'resource "google_sql_database_instance" "orders" {\n  name             = "orders"\n  database_version = "POSTGRES_16"\n  region           = "europe-west1"\n  settings {\n    tier = "db-custom-2-7680"\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.main.id\n    }\n  }\n}',
    cli: 'gcloud sql instances patch orders --no-assign-ip --network projects/acme-prod/global/networks/main',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/configure-private-ip'],
  evaluate(db) {
    const on = db.ipv4Enabled;
    const at = { attribute: 'ipv4Enabled' };
    if (isUnknown(on)) return unresolved('whether the instance has a public IP', on, at);
    if (on === false) return pass('the instance has no public IPv4 address', at);
    const networks = isUnknown(db.authorizedNetworks) ? [] : (db.authorizedNetworks ?? []);
    const anywhere = networks.some((n) => typeof n === 'string' && admitsAllAddresses(n))
      ? ', and an authorized network admits any address'
      : '';
    return on === true
      ? fail(`the instance has a public IPv4 address${anywhere}`, at)
      : fail(`ipv4_enabled is not set, so the instance gets a public IPv4 address by default${anywhere}`, at);
  },
});
