export { createApp, type NimbusApp } from './app.js';
export type { AppDeps, AppEnv, Principal } from './app-env.js';
export { checkPasswordPolicy, hashPassword, verifyPassword } from './auth/passwords.js';
export { createSetupLinkIfEmpty } from './auth/setup-link.js';
export { loadConfig, type ServerConfig } from './config.js';
export { HTTP_STATUS } from './http/status.js';
export type { Access, RouteMeta } from './routes/router.js';
