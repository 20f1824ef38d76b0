import { NIMBUS_OSCAL_NS, OSCAL_VERSION, oscalId } from '@nimbus/core';
import { formatLocation } from '../model/location.js';
import { INPUT_CHECK_ID, type ScanResult } from '../runner/result.js';
import type { ScanReport } from '../runner/scan.js';
import type { FormatOptions } from './format-options.js';
import { jsonChunks, listOf } from './json-chunks.js';
import { markdownText, markupLine, oneLine, pathHref } from './oscal-text.js';
import { compareControlIds, summaryBucket } from './summary.js';
import { describeSuppression, isSuppressed } from './suppressed.js';
import { uuidV5 } from './uuid-v5.js';

type Prop = { name: string; value: string; ns: string };

/** A Nimbus property, left out when its value is empty (OSCAL strings cannot be blank). */
const props = (pairs: Readonly<Record<string, string | number | undefined>>): Prop[] =>
  Object.entries(pairs)
    .map(([name, value]) => ({ name, value: oneLine(String(value ?? '')), ns: NIMBUS_OSCAL_NS }))
    .filter((p) => p.value !== '');

/** Catalog control id → OSCAL control id, as `nimbus catalog export --format oscal` writes them. */
export const oscalControlId = (controlId: string): string => oscalId(controlId, 'c');

type ControlState = { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other' };

/**
 * A control is satisfied when every result that gives evidence for it passed, not satisfied when one failed
 * (suppressed or not: a suppression accepts a failure, it does not make it pass), and not satisfied for an
 * `other` reason when nothing failed but some results are unknown or errors (it could not be decided).
 */
export const controlState = (results: readonly ScanResult[]): ControlState =>
  results.some((r) => r.status === 'fail')
    ? { state: 'not-satisfied', reason: 'fail' }
    : results.every((r) => r.status === 'pass')
      ? { state: 'satisfied', reason: 'pass' }
      : { state: 'not-satisfied', reason: 'other' };

/** The counts of the summary (suppressed failures and unknowns apart from the others), in words. */
const countsText = (results: readonly ScanResult[]) => {
  const n = (bucket: ReturnType<typeof summaryBucket>) =>
    results.filter((r) => summaryBucket(r) === bucket).length;
  const suppressed = n('suppressed');
  return `${n('pass')} passed, ${n('fail')} failed${suppressed ? `, ${suppressed} suppressed` : ''}, ${n('unknown')} unknown, ${n('error')} errors`;
};

/**
 * OSCAL assessment results (JSON, the model of `schemas/oscal/oscal_complete_schema.json`) for one scan:
 *
 * - `import-ap` points at a back-matter resource that stands in for the assessment plan: a scan has no separate
 *   plan, its plan is the set of checks that ran (listed in that resource). OSCAL allows `#uuid` references to
 *   back-matter resources here.
 * - One result, starting at `scannedAt`. `reviewed-controls` includes the controls the checks gave evidence for.
 *   Control ids are mapped as Nimbus's own OSCAL catalog export maps them: lower case, and numeric ids prefixed
 *   with `c-` because OSCAL ids must start with a letter (`CLD.9.5.2` → `cld.9.5.2`, `12.4.1` → `c-12.4.1`).
 * - Each scanned resource is an inventory item; Nimbus is the tool component and assessment platform.
 * - One observation per result (check × resource × subject, and each input that could not be read): method
 *   `TEST`, type `finding`, the resource as subject, `file:line` as relevant evidence, collected at `scannedAt`,
 *   its status, severity, check and suppression as Nimbus properties.
 * - One finding per control, targeting the control (`objective-id`) with the state from `controlState`, and
 *   linking the observations that support it.
 *
 * UUIDs are name-based (v5): rendering the same report twice gives the same document; resources keep their
 * UUID from scan to scan.
 */
export const toOscalAssessmentResults = (report: ScanReport, options: FormatOptions) =>
  assessmentResults(report, options, false);

/** Re-readable: each reading of a lazy list walks its source again. */
const iterable = <T>(make: () => Iterator<T>): Iterable<T> => ({ [Symbol.iterator]: make });

/** The document; with `lazy`, observations and long lists are written as they are made (json-chunks.ts). */
const assessmentResults = (report: ScanReport, options: FormatOptions, lazy: boolean) => {
  const at = report.scannedAt;
  const id = (seed: string) => uuidV5(`scan:${at}:${seed}`);
  const framework = options.frameworkName ?? report.framework;
  const toolUuid = uuidV5('nimbus-scanner');
  const platformUuid = uuidV5('nimbus-scanner-platform');
  const planUuid = id('plan');
  const origins = [{ actors: [{ type: 'tool', 'actor-uuid': toolUuid }] }];
  const titles = new Map(report.checks.map((c) => [c.id, c.title]));

  const inventory = new Map<string, { uuid: string; r: ScanResult }>();
  for (const r of report.results) {
    if (!r.resource) continue;
    const key = `${r.location.file}\u0000${r.resource.address}`;
    if (!inventory.has(key)) inventory.set(key, { uuid: uuidV5(`resource:${key}`), r });
  }

  // Observations are named by their place in the results, so that findings can name them without keeping them.
  const observationUuid = (i: number) => id(`observation:${i}`);
  const observations = listOf(
    lazy,
    iterable(() => report.results.entries()),
    ([i, r]) => {
      const uuid = observationUuid(i);
      const item = r.resource ? inventory.get(`${r.location.file}\u0000${r.resource.address}`) : undefined;
      const suppressed = isSuppressed(r) ? r.suppression : undefined;
      const remarks = [
        r.remediation ? `Fix: ${markdownText(r.remediation)}` : '',
        suppressed ? markdownText(describeSuppression(suppressed)) : '',
      ].filter(Boolean);
      return {
        uuid,
        title: markupLine(
          r.checkId === INPUT_CHECK_ID
            ? `Input could not be read or parsed: ${r.location.file}`
            : `${titles.get(r.checkId) ?? r.checkId}: ${r.resource?.address ?? r.location.file}`,
          r.checkId,
        ),
        description: markdownText(r.message) || r.status,
        props: props({
          'check-id': r.checkId,
          result: r.status,
          severity: r.severity,
          subject: r.subject,
          controls: r.controls.join(' '),
          suppressed: suppressed?.kind,
          'suppression-reason': suppressed?.reason,
          'suppression-expires': suppressed?.expires,
        }),
        methods: ['TEST'],
        types: ['finding'],
        origins,
        ...(item && r.resource
          ? {
              subjects: [
                {
                  'subject-uuid': item.uuid,
                  type: 'inventory-item',
                  title: markupLine(r.resource.address, 'resource'),
                  props: props({ 'resource-kind': r.resource.kind }),
                },
              ],
            }
          : {}),
        'relevant-evidence': [
          { href: pathHref(r.location.file), description: markdownText(formatLocation(r.location)) },
        ],
        collected: at,
        ...(remarks.length ? { remarks: remarks.join('\n\n') } : {}),
      };
    },
  );

  // The places of the results that give evidence for each control.
  const byControl = new Map<string, number[]>();
  report.results.forEach((r, i) => {
    for (const c of r.controls) {
      const places = byControl.get(c);
      if (places) places.push(i);
      else byControl.set(c, [i]);
    }
  });
  const controls = [...byControl.keys()].sort(compareControlIds);

  const findings = controls.map((control) => {
    const places = byControl.get(control) ?? [];
    const results = places.map((i) => report.results[i] as ScanResult);
    const title = options.controlTitle?.(control);
    const status = controlState(results);
    const checks = [...new Set(results.map((r) => r.checkId))].sort();
    const suppressions = results
      .filter(isSuppressed)
      .map(
        (r) =>
          `${r.checkId} on ${r.resource?.address ?? r.location.file}: ${describeSuppression(r.suppression)}`,
      );
    return {
      uuid: id(`finding:${control}`),
      title: markupLine(`${control}${title ? ` ${title}` : ''}`, control),
      description: markdownText(`${countsText(results)} from the checks ${checks.join(', ')}.`),
      props: props({ 'control-label': control }),
      origins,
      target: {
        type: 'objective-id',
        'target-id': oscalControlId(control),
        status: {
          ...status,
          ...(status.reason === 'other'
            ? {
                remarks:
                  'No check failed, but some results are unknown or errors: not decided from the source.',
              }
            : {}),
        },
      },
      'related-observations': listOf(lazy, places, (i) => ({ 'observation-uuid': observationUuid(i) })),
      ...(suppressions.length ? { remarks: suppressions.map((s) => `- ${markdownText(s)}`).join('\n') } : {}),
    };
  });

  const files = report.files;
  const warnings = report.warnings.map(
    (w) => `- ${markdownText(`${formatLocation(w.location)}: ${w.message}`)}`,
  );
  return {
    'assessment-results': {
      uuid: id('assessment-results'),
      metadata: {
        title: markupLine(`Nimbus configuration scan against ${framework}`, 'Nimbus configuration scan'),
        'last-modified': at,
        version: `scan ${at} (nimbus ${options.toolVersion})`,
        'oscal-version': OSCAL_VERSION,
        props: props({ 'framework-id': report.framework, 'tool-version': options.toolVersion }),
      },
      'import-ap': {
        href: `#${planUuid}`,
        remarks:
          'A scan has no separate assessment plan: the back-matter resource it points to lists the checks that ran.',
      },
      results: [
        {
          uuid: id('result'),
          title: 'Automated configuration scan',
          description: markdownText(
            `${files.scanned} files scanned (${files.failed} could not be read or parsed), ${report.resources} resources, ${report.checks.length} checks: ${countsText(report.results)}.`,
          ),
          start: at,
          'local-definitions': {
            ...(inventory.size
              ? {
                  'inventory-items': listOf(
                    lazy,
                    iterable(() => inventory.values()),
                    ({ uuid, r }) => ({
                      uuid,
                      description: markdownText(
                        `${r.resource?.kind ?? ''} ${r.resource?.address ?? ''} declared in ${r.location.file}`,
                      ),
                      props: props({
                        'resource-address': r.resource?.address,
                        'resource-kind': r.resource?.kind,
                        'source-file': r.location.file,
                      }),
                    }),
                  ),
                }
              : {}),
            'assessment-assets': {
              components: [
                {
                  uuid: toolUuid,
                  type: 'software',
                  title: 'Nimbus scanner',
                  description: 'Static scanner of infrastructure-as-code and Kubernetes manifests.',
                  props: props({ version: options.toolVersion }),
                  status: { state: 'operational' },
                },
              ],
              'assessment-platforms': [
                { uuid: platformUuid, title: 'Nimbus', 'uses-components': [{ 'component-uuid': toolUuid }] },
              ],
            },
          },
          'reviewed-controls': {
            'control-selections': [
              controls.length
                ? { 'include-controls': controls.map((c) => ({ 'control-id': oscalControlId(c) })) }
                : {
                    // OSCAL requires a selection; with no control covered, say so rather than list none.
                    description: 'The checks that ran gave evidence for no control.',
                    'include-all': {},
                  },
            ],
          },
          ...(report.results.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
          ...(warnings.length ? { remarks: `Warnings:\n\n${warnings.join('\n')}` } : {}),
        },
      ],
      'back-matter': {
        resources: [
          {
            uuid: planUuid,
            title: 'Implicit assessment plan: the Nimbus checks that ran',
            description: report.checks.length
              ? report.checks.map((c) => `- ${c.id}: ${markdownText(c.title)}`).join('\n')
              : 'No check ran.',
          },
        ],
      },
    },
  };
};

/** The document's text, in pieces. */
export const oscalChunks = (report: ScanReport, options: FormatOptions): Iterable<string> =>
  jsonChunks(assessmentResults(report, options, true));

export const formatOscal = (report: ScanReport, options: FormatOptions): string =>
  [...oscalChunks(report, options)].join('');
