// Everything an AWS check may use: the check API, the model's AWS types, the value lattice and the shared
// helpers. Checks import from here only, so what they can reach stays small, pure and free of I/O.
export type * from '../../model/aws.js';
export { admitsAllPorts, admitsPort, checkInternetIngress, fromInternet } from '../lib/ingress.js';
export * from '../lib/kit-common.js';
