import { pathToFileURL } from 'node:url';
import type { Check, Severity } from '../checks/check.js';
import type { InputIssue } from '../inputs/input-issue.js';
import { findingFingerprint } from '../runner/fingerprint.js';
import type { ScanResult, Suppression } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { jsonChunks, listOf } from './json-chunks.js';
import { pathHref } from './oscal-text.js';

export { findingFingerprint };

export const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = 'SRCROOT';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** GitHub code scanning's numeric severity (critical > 9.0, high 7.0–8.9, medium 4.0–6.9, low < 4.0). */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

/** Absolute paths as file URLs, relative ones against %SRCROOT%; the same encoding as the OSCAL report's links. */
const artifactLocation = (file: string) =>
  file.startsWith('/') ? { uri: pathHref(file) } : { uri: pathHref(file), uriBaseId: SRCROOT };

const location = (r: ScanResult) => ({
  physicalLocation: {
    artifactLocation: artifactLocation(r.location.file),
    region: { startLine: r.location.line },
  },
  ...(r.resource ? { logicalLocations: [{ fullyQualifiedName: r.resource.address, kind: 'resource' }] } : {}),
});

/** A `.nimbus.yaml` entry is an external suppression, a `nimbus:ignore` comment an in-source one; both accepted. */
const suppression = (s: Suppression) => ({
  kind: s.kind === 'inline' ? 'inSource' : 'external',
  status: 'accepted',
  justification: s.reason,
  location: {
    physicalLocation: {
      artifactLocation: artifactLocation(s.location.file),
      region: { startLine: s.location.line },
    },
  },
  ...(s.expires ? { properties: { expires: s.expires } } : {}),
});

const rule = (c: Check, controls: readonly string[]) => {
  const { remediation } = c;
  const text = `${c.description}\n\nWhy: ${c.rationale}\n\nFix: ${remediation.summary}\n\nTerraform:\n${remediation.terraform}\n\nCLI:\n${remediation.cli}`;
  const markdown = [
    c.description,
    `**Why it matters.** ${c.rationale}`,
    `**Fix.** ${remediation.summary}`,
    `Terraform:\n\n\`\`\`hcl\n${remediation.terraform}\n\`\`\``,
    `CLI:\n\n\`\`\`sh\n${remediation.cli}\n\`\`\``,
    controls.length ? `ISO/IEC 27017:2015 controls: ${controls.join(', ')}` : '',
    c.references.map((u) => `- <${u}>`).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: c.id,
    name: c.id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.title },
    fullDescription: { text: c.description },
    help: { text, markdown },
    helpUri: c.references[0],
    defaultConfiguration: { level: LEVEL[c.severity] },
    properties: {
      tags: ['security', 'configuration', c.provider, ...controls.map((id) => `iso27017:${id}`)],
      'security-severity': SECURITY_SEVERITY[c.severity],
      precision: 'high',
      severity: c.severity,
      controls,
    },
  };
};

/** The error results of a report, then its warnings: what SARIF calls tool execution notifications. */
const notificationSources = (
  report: ScanReport,
): Iterable<{ readonly error: ScanResult } | { readonly warning: InputIssue }> => ({
  *[Symbol.iterator]() {
    for (const error of report.results) if (error.status === 'error') yield { error };
    for (const warning of report.warnings) yield { warning };
  },
});

/**
 * SARIF 2.1.0: one run, a rule per check that ran (with help text and remediation), a result per failure
 * (`kind: fail`, level from the severity) and per unknown (`kind: review`); passes are left out. A suppressed
 * result carries `suppressions` (`external` for `.nimbus.yaml`, `inSource` for a comment) with the reason as
 * justification, so code scanning shows it as dismissed. Input and check errors are tool execution
 * notifications. Paths are relative to %SRCROOT%, the working directory.
 */
export const toSarif = (report: ScanReport, options: FormatOptions) => sarifLog(report, options, false);

/** The SARIF log; with `lazy`, its results and notifications are written as they are read (json-chunks.ts). */
const sarifLog = (report: ScanReport, options: FormatOptions, lazy: boolean) => {
  const controlsOf = new Map<string, readonly string[]>();
  for (const r of report.results) if (!controlsOf.has(r.checkId)) controlsOf.set(r.checkId, r.controls);
  const index = new Map(report.checks.map((c, i) => [c.id, i]));
  const results = listOf(lazy, report.results, (r) =>
    r.status === 'fail' || r.status === 'unknown'
      ? {
          ruleId: r.checkId,
          ruleIndex: index.get(r.checkId)!,
          kind: r.status === 'fail' ? 'fail' : 'review',
          level: r.status === 'fail' && r.severity ? LEVEL[r.severity] : 'none',
          message: { text: r.message },
          locations: [location(r)],
          partialFingerprints: { 'nimbusFinding/v1': findingFingerprint(r) },
          ...(r.suppression ? { suppressions: [suppression(r.suppression)] } : {}),
          properties: {
            ...(r.severity ? { severity: r.severity } : {}),
            ...(r.resource ? { resource: r.resource.address, resourceKind: r.resource.kind } : {}),
            controls: r.controls,
          },
        }
      : undefined,
  );
  // Check and input errors, then the warnings.
  const notifications = listOf(lazy, notificationSources(report), (n) =>
    'warning' in n
      ? {
          level: 'warning',
          message: { text: n.warning.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.warning.location.file) } }],
        }
      : {
          level: 'error',
          message: { text: n.error.message },
          locations: [location(n.error)],
          ...(index.has(n.error.checkId)
            ? { associatedRule: { id: n.error.checkId, index: index.get(n.error.checkId)! } }
            : {}),
        },
  );
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'Nimbus',
            version: options.toolVersion,
            semanticVersion: options.toolVersion,
            rules: report.checks.map((c) => rule(c, controlsOf.get(c.id) ?? [])),
          },
        },
        ...(options.cwd
          ? {
              originalUriBaseIds: {
                [SRCROOT]: {
                  uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).href,
                },
              },
            }
          : {}),
        invocations: [
          {
            executionSuccessful: !report.results.some((r) => r.status === 'error'),
            endTimeUtc: report.scannedAt,
            toolExecutionNotifications: notifications,
          },
        ],
        results,
      },
    ],
  };
};

/** The SARIF log's text, in pieces. */
export const sarifChunks = (report: ScanReport, options: FormatOptions): Iterable<string> =>
  jsonChunks(sarifLog(report, options, true));

export const formatSarif = (report: ScanReport, options: FormatOptions): string =>
  [...sarifChunks(report, options)].join('');
