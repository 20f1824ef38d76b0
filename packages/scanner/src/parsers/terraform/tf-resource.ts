import type { SourceLocation } from '../../model/location.js';
import { Unknown } from '../../model/value.js';

// The meeting point of the Terraform inputs and the Terraform adapters. HCL directories (load-module.ts and
// its resolver) and plan JSON (plan.ts) both produce `TfResource`s; the adapters (adapt-terraform.ts) turn
// them into the provider-neutral model. Neither side knows the other.

/**
 * A reference to another resource or data source that has no value before apply (`aws_vpc.main.id`). It is an
 * `Unknown` (checks treat it as unresolved), but adapters use `address` to link resources: a flow log to its
 * VPC, a public-access block to its bucket.
 */
export class TfReference extends Unknown {
  /** The referenced resource's address in the same module instance: `aws_vpc.main`, `module.net.aws_vpc.main`. */
  readonly address: string;
  /** The attribute referenced (`id`, `arn`), or empty when the whole resource is referenced. */
  readonly attribute: string;
  constructor(address: string, attribute: string) {
    super(`${address}${attribute ? `.${attribute}` : ''} is known only after apply`);
    this.address = address;
    this.attribute = attribute;
  }
}

/**
 * A resolved attribute value: JSON-like, with `Unknown` where the source cannot be resolved. Nested blocks are
 * lists of objects (`metadata_options: [{ http_tokens: 'required' }]`), as in plan JSON, whether the source
 * declares the block once or several times.
 */
export type TfValue =
  | string
  | number
  | boolean
  | null
  | Unknown
  | readonly TfValue[]
  | { readonly [key: string]: TfValue };

export type TfObject = { readonly [key: string]: TfValue };

/** One instance of a resource or data source, after `count`/`for_each` expansion where the keys are known. */
export interface TfResource {
  readonly mode: 'managed' | 'data';
  /** `aws_instance`. */
  readonly type: string;
  /** `web`. */
  readonly name: string;
  /**
   * The full address as Terraform prints it: `aws_instance.web`, `aws_instance.web[0]`,
   * `aws_instance.web["blue"]`, `module.app.aws_instance.web`. An unknown `count`/`for_each` gives one
   * instance addressed `aws_instance.web[*]`.
   */
  readonly address: string;
  /** The module instance path, `''` for the root module: `module.app`, `module.app["eu"].module.db`. */
  readonly modulePath: string;
  /** Where the resource block starts (or, for plan JSON, the resource's entry in the plan). */
  readonly location: SourceLocation;
  readonly values: TfObject;
  /**
   * Lines of attributes and nested blocks in `location.file`, keyed by their path in `values` with list
   * indexes: `metadata_options`, `metadata_options.0.http_tokens`, `ingress.1.cidr_blocks`.
   */
  readonly attributeLines: Readonly<Record<string, number>>;
  /**
   * Whether the scanned change creates the resource: from a plan, false when it exists already (its actions do
   * not create it). Absent for configuration, which does not say. Defaults that AWS applies only to new resources
   * (a new bucket blocks public access) hold only when this is not false.
   */
  readonly created?: boolean;
}
