import { registerAssessments } from './assessments.js';
import { registerAudit } from './audit.js';
import { registerAuth } from './auth.js';
import { registerCatalog } from './catalog.js';
import { registerEvidence } from './evidence.js';
import { registerHealth } from './health.js';
import { registerOrgs } from './orgs.js';
import { registerResults } from './results.js';
import type { Router } from './router.js';
import { registerScans } from './scans.js';
import { registerServices } from './services.js';
import { registerSoa } from './soa.js';
import { registerTokens } from './tokens.js';

/** Every route group of the API. */
export const registerApi = (router: Router) => {
  for (const register of [
    registerHealth,
    registerAuth,
    registerCatalog,
    registerOrgs,
    registerTokens,
    registerServices,
    registerAssessments,
    registerResults,
    registerEvidence,
    registerScans,
    registerSoa,
    registerAudit,
  ])
    register(router);
};
