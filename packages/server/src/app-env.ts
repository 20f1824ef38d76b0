import type { ApiToken, Catalog, Role, User } from '@nimbus/core';
import type { BlobStore, NimbusDb } from '@nimbus/storage';
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';

/** Everything the app needs from outside, passed in so tests build a real app on a temporary database. */
export interface AppDeps {
  readonly store: NimbusDb;
  readonly blobs: BlobStore;
  readonly catalog: Catalog;
  readonly config: ServerConfig;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** Who is asking: a user signed in with a session cookie, or an API token acting for its user in one org. */
export type Principal =
  | {
      readonly kind: 'session';
      readonly user: User;
      readonly sessionHash: string;
      readonly csrfToken: string;
    }
  | { readonly kind: 'token'; readonly user: User; readonly token: ApiToken; readonly role: Role | null };

export interface OrgAccess {
  readonly id: string;
  readonly role: Role;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    principal: Principal | undefined;
    org: OrgAccess;
    clientIp: string | null;
  };
}
