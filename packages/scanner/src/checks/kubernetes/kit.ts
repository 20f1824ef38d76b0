// Everything a Kubernetes check may use: the check API, the model's Kubernetes types, the value lattice and the
// shared helpers. Checks import from here only, so what they can reach stays small, pure and free of I/O.
export type * from '../../model/kubernetes.js';
export { containerLine, eachContainer, effective } from '../lib/containers.js';
export * from '../lib/kit-common.js';
