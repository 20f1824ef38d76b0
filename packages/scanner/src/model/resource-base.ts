import type { SourceLocation } from './location.js';

export type Provider = 'aws' | 'kubernetes' | 'gcp' | 'azure';

/** What every resource of the model carries, whatever input format it came from. */
export interface ResourceBase<K extends string> {
  readonly kind: K;
  readonly provider: Provider;
  /** The resource as its source names it: `AWS::EC2::Instance WebServer`, `Deployment/payments/api`. */
  readonly address: string;
  readonly location: SourceLocation;
  /**
   * Lines of individual attributes, keyed by their path in the model (`metadataOptions.httpTokens`), so a
   * finding can point at the exact line. Absent keys fall back to the resource's line.
   */
  readonly attributeLines: Readonly<Record<string, number>>;
}
