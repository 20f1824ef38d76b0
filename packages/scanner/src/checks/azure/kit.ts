// Everything an Azure check may use: the check API, the model's Azure types, the value lattice and the shared
// helpers. Checks import from here only, so what they can reach stays small, pure and free of I/O.
export type * from '../../model/azure.js';
export * from '../lib/kit-common.js';
export { decidingRule, INTERNET_FAMILIES, portSpecAdmits, ruleMatches } from './nsg-rules.js';
