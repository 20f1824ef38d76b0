import { relative } from 'node:path';
import { NimbusError } from '@nimbus/core';
import type { ScanReport } from '@nimbus/scanner';
import { apiFetch, serverTarget } from '../api-client.js';
import type { CommandContext } from '../context.js';
import { VERSION } from '../version.js';

export interface UploadOptions {
  readonly assessment: string;
  readonly org?: string;
  readonly server?: string;
  readonly token?: string;
  readonly source?: string;
}

/**
 * What was scanned, as the evidence will name it: `--source`, else the paths, with the repository and commit
 * when a CI system says which (GitHub Actions, GitLab CI).
 */
export const scanSource = (paths: readonly string[], cwd: string, env: NodeJS.ProcessEnv): string => {
  const shown = paths.map((p) => relative(cwd, p) || '.').join(', ');
  const repo = env.GITHUB_REPOSITORY ?? env.CI_PROJECT_PATH;
  const sha = env.GITHUB_SHA ?? env.CI_COMMIT_SHA;
  return repo && sha ? `${shown} (${repo}@${sha.slice(0, 7)})` : shown;
};

/** The organization to upload to: `--org`, NIMBUS_ORG, else the one the API token acts in. */
const organizationOf = async (target: ReturnType<typeof serverTarget>, given: string | undefined) => {
  if (given) return given;
  const res = await apiFetch(target, '/api/v1/auth/session');
  const session = (await res.json()) as { token?: { orgId: string; scope: string } };
  if (!session.token)
    throw new NimbusError('INVALID_ARGUMENT', 'give the organization with --org or NIMBUS_ORG');
  if (session.token.scope !== 'write')
    throw new NimbusError(
      'INVALID_ARGUMENT',
      'the API token is read-only: uploading scan evidence needs a write token',
    );
  return session.token.orgId;
};

/** Sends the scan to the server as automated evidence on the assessment's control results. */
export const uploadScan = async (
  ctx: CommandContext,
  report: ScanReport,
  paths: readonly string[],
  options: UploadOptions,
): Promise<void> => {
  const { toScanUpload } = await import('@nimbus/scanner');
  const target = serverTarget(options);
  const org = await organizationOf(target, options.org ?? process.env.NIMBUS_ORG);
  const body = toScanUpload(report, {
    source: options.source ?? scanSource(paths, ctx.cwd, process.env),
    toolVersion: VERSION,
  });
  if (body.controls.length === 0) {
    ctx.streams.stderr.write('nothing to upload: no check gave a result for an ISO/IEC 27017 control\n');
    return;
  }
  const path = `/api/v1/orgs/${encodeURIComponent(org)}/assessments/${encodeURIComponent(options.assessment)}/scans`;
  const res = await apiFetch(target, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as { evidence: { controlId: string }[]; unmatched: string[] };
  ctx.streams.stderr.write(
    `uploaded the scan as evidence on ${answer.evidence.length} control(s) of assessment ${options.assessment}` +
      `${answer.unmatched.length ? ` (not in the assessment: ${answer.unmatched.join(', ')})` : ''}\n`,
  );
};
