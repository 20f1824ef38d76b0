import { NimbusError } from '@nimbus/core';
import type { ResourceKind, ResourceOfKind } from '../model/resource.js';
import type { Provider } from '../model/resource-base.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How to fix a failure: a sentence, then the same fix as Terraform and as a command line. */
export interface Remediation {
  readonly summary: string;
  readonly terraform: string;
  readonly cli: string;
}

export interface CheckMetadata<K extends ResourceKind = ResourceKind> {
  /** Equal to the check's folder name; stable once released. */
  readonly id: string;
  readonly title: string;
  /** What the check looks at and what passes. */
  readonly description: string;
  /** Why it matters: the risk of a failure. */
  readonly rationale: string;
  readonly severity: Severity;
  readonly provider: Provider;
  /** Equal to the folder between the provider and the check (`ec2`, `s3`, `workload`). */
  readonly service: string;
  readonly resourceKinds: readonly K[];
  readonly remediation: Remediation;
  /** Public documentation of the setting. */
  readonly references: readonly string[];
}

/** What a check says about a resource (or one part of it, such as a container or a rule). */
export interface Finding {
  readonly status: 'pass' | 'fail' | 'unknown';
  readonly message: string;
  /** Model path of the attribute at fault (`metadataOptions.httpTokens`): the result points at its line. */
  readonly attribute?: string;
  /** An explicit line, for parts of a resource (a container, a rule). */
  readonly line?: number;
  /** The part of the resource the finding is about (`container api`, `ingress[0]`): keeps fingerprints apart. */
  readonly subject?: string;
}

/** Nothing (not applicable to this resource), one finding or several. */
export type CheckOutput = Finding | readonly Finding[] | undefined;

export interface Check<K extends ResourceKind = ResourceKind> extends CheckMetadata<K> {
  /** Folder the check was defined in, from its module URL: `{ provider, service, name }`. */
  readonly folder: { readonly provider: string; readonly service: string; readonly name: string };
  /** Pure and synchronous: the same resource always gives the same findings; no I/O, no clock. */
  evaluate(resource: ResourceOfKind<K>): CheckOutput;
}

/** The definition a check folder exports, before its location is attached. */
export interface CheckDefinition<K extends ResourceKind> extends CheckMetadata<K> {
  evaluate(resource: ResourceOfKind<K>): CheckOutput;
}

/** `.../checks/<provider>/<service>/<id>/index.(ts|js)` → its folders. */
export const checkFolder = (moduleUrl: string) => {
  const parts = decodeURIComponent(new URL(moduleUrl).pathname).split('/');
  const [provider = '', service = '', name = ''] = parts.slice(-4, -1);
  return { provider, service, name };
};

/**
 * Declares a check. Pass `import.meta.url`: the id must equal the folder name, and the provider and service
 * the two folders above it. A mismatch throws when the module loads, so a misplaced check cannot ship.
 */
export const defineCheck = <K extends ResourceKind>(
  moduleUrl: string,
  definition: CheckDefinition<K>,
): Check<K> => {
  const folder = checkFolder(moduleUrl);
  const wrong = [
    folder.name !== definition.id && `id "${definition.id}" differs from its folder "${folder.name}"`,
    folder.service !== definition.service &&
      `service "${definition.service}" differs from its folder "${folder.service}"`,
    folder.provider !== definition.provider &&
      `provider "${definition.provider}" differs from its folder "${folder.provider}"`,
  ].filter((x): x is string => typeof x === 'string');
  if (wrong.length > 0)
    throw new NimbusError('INTERNAL', `check ${definition.id}: ${wrong.join('; ')}`, {
      check: definition.id,
      moduleUrl,
    });
  return { ...definition, folder };
};

export const pass = (message: string, extra: Omit<Finding, 'status' | 'message'> = {}): Finding => ({
  status: 'pass',
  message,
  ...extra,
});

export const fail = (message: string, extra: Omit<Finding, 'status' | 'message'> = {}): Finding => ({
  status: 'fail',
  message,
  ...extra,
});

export const undetermined = (message: string, extra: Omit<Finding, 'status' | 'message'> = {}): Finding => ({
  status: 'unknown',
  message,
  ...extra,
});
