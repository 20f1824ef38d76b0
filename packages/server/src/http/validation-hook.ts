import { NimbusError } from '@nimbus/core';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.js';
import { problem } from './problem.js';

interface HookIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
}

type HookResult =
  | { success: true }
  | { success: false; error: { issues: readonly HookIssue[] }; target?: string };

/** Every validation failure becomes one 400 that lists all problems with their location. */
export const validationHook = (result: HookResult, c: Context<AppEnv>) => {
  if (result.success) return undefined;
  const where = result.target ?? 'request';
  const errors = result.error.issues.map((i) => ({
    in: where === 'json' || where === 'form' ? 'body' : where,
    path: i.path.map(String).join('.') || '(root)',
    code: i.code,
    message: i.code === 'unrecognized_keys' ? `${i.message}: remove it` : i.message,
  }));
  const summary = errors
    .map((e) => `${e.in}${e.path === '(root)' ? '' : `.${e.path}`}: ${e.message}`)
    .join('; ');
  return problem(
    c,
    new NimbusError('VALIDATION_FAILED', `invalid ${where === 'json' ? 'body' : where}: ${summary}`),
    { errors },
  );
};
