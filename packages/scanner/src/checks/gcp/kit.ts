// Everything a Google Cloud check may use: the check API, the model's Google Cloud types, the value lattice and
// the shared helpers. Checks import from here only, so what they can reach stays small, pure and free of I/O.
export type * from '../../model/gcp.js';
export * from '../lib/kit-common.js';
export { admitsPort, fromInternet, portsCover } from './firewall-sources.js';
export { hasFullScope } from './scopes.js';
