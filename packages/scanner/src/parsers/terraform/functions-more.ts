import type { Fn } from './function-args.js';
import { COLLECTION_FUNCTIONS } from './functions-collections.js';
import { ENCODING_FUNCTIONS } from './functions-encoding.js';
import { NETWORK_FUNCTIONS } from './functions-network.js';
import { PATH_FUNCTIONS } from './functions-paths.js';
import { REGEX_FUNCTIONS } from './functions-regex.js';
import { stringFunctions } from './functions-strings.js';
import { YAML_FUNCTIONS } from './functions-yaml.js';

// The Terraform functions of the functions-*.ts files, merged into functions.ts's table. `format` comes from
// functions.ts (for `formatlist`) as an argument rather than an import, so that neither file imports the other.

export const moreFunctions = (format: Fn): Readonly<Record<string, Fn>> => ({
  ...stringFunctions(format),
  ...REGEX_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...YAML_FUNCTIONS,
  ...PATH_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
});
