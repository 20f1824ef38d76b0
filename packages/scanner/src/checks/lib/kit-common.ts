// What every provider's kit gives its checks: the check API, the value lattice and the helpers that are not
// about one provider. Each kit (`<provider>/kit.ts`) adds its model's types and its own helpers.
export { nameList } from '../../model/name-list.js';
export {
  type Attr,
  allOf,
  anyOf,
  firstUnknown,
  isKnown,
  isUnknown,
  type Unknown,
  unknown,
} from '../../model/value.js';
export { defineCheck, type Finding, fail, pass, undetermined } from '../check.js';
export { type AddressFamily, admitsAllAddresses, allAddressesOf } from './cidr.js';
export { unresolved } from './unresolved.js';
