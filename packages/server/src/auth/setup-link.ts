import { countUsers, insertSetupToken } from '@nimbus/storage';
import type { AppDeps } from '../app-env.js';
import { hashSecret, randomSecret } from './secrets.js';

export const SETUP_LINK_HOURS = 24;

/**
 * On an empty database, makes a one-time setup link for the first owner (there is never a default password).
 * Returns undefined once any user exists.
 */
export const createSetupLinkIfEmpty = async (deps: AppDeps, baseUrl: string): Promise<string | undefined> => {
  if ((await countUsers(deps.store.db)) > 0) return undefined;
  const token = randomSecret();
  const now = deps.now();
  await insertSetupToken(
    deps.store.db,
    hashSecret(token),
    now.toISOString(),
    new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000).toISOString(),
  );
  return `${baseUrl.replace(/\/$/, '')}/setup?token=${token}`;
};
