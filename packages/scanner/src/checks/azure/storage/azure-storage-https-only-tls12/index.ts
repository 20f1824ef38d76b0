import { defineCheck, type Finding, fail, isUnknown, pass, unresolved } from '../../kit.js';

const MODERN_TLS = ['TLS1_2', 'TLS1_3'];

export const check = defineCheck(import.meta.url, {
  id: 'azure-storage-https-only-tls12',
  title: 'Storage accounts accept HTTPS only, with TLS 1.2 or later',
  description:
    'Two findings per account. HTTPS: passes when https_traffic_only_enabled (enable_https_traffic_only in azurerm ' +
    'v3) is true or not set (true by default), fails when false. TLS: passes when min_tls_version is TLS1_2 or ' +
    'later, or not set (TLS1_2 by default for new accounts), fails for TLS1_0 and TLS1_1.',
  rationale:
    'Plain HTTP sends account keys, SAS tokens and data readable to anyone on the path, and TLS 1.0 and 1.1 have ' +
    'known weaknesses and no longer meet common cryptography policies. Enforcing both on the service side protects ' +
    'every client, including old or misconfigured ones.',
  severity: 'medium',
  provider: 'azure',
  service: 'storage',
  resourceKinds: ['azure.storage.account'],
  remediation: {
    summary: 'Set https_traffic_only_enabled to true and min_tls_version to TLS1_2.',
    terraform:
      'resource "azurerm_storage_account" "data" {\n  # ...\n  https_traffic_only_enabled = true # enable_https_traffic_only in azurerm v3\n  min_tls_version            = "TLS1_2"\n}',
    cli: 'az storage account update --resource-group acme --name acmedata --https-only true --min-tls-version TLS1_2',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer',
    'https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version',
  ],
  evaluate(account): Finding[] {
    const https = account.httpsOnly;
    const httpsExtra = { attribute: 'httpsOnly', subject: 'https' };
    const tls = account.minTlsVersion;
    const tlsExtra = { attribute: 'minTlsVersion', subject: 'tls' };
    return [
      isUnknown(https)
        ? unresolved('whether plain HTTP is refused', https, httpsExtra)
        : https === false
          ? fail('plain HTTP requests are accepted (HTTPS-only is off)', httpsExtra)
          : pass(
              https ? 'only HTTPS is accepted' : 'only HTTPS is accepted (the provider default)',
              httpsExtra,
            ),
      isUnknown(tls)
        ? unresolved('the minimum TLS version', tls, tlsExtra)
        : tls === undefined
          ? pass('the minimum TLS version is TLS1_2 (the provider default)', tlsExtra)
          : MODERN_TLS.includes(tls.toUpperCase())
            ? pass(`the minimum TLS version is ${tls}`, tlsExtra)
            : fail(`the minimum TLS version is ${tls}; older than TLS1_2`, tlsExtra),
    ];
  },
});
