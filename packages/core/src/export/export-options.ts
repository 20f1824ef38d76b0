/** What an export needs from the outside world, passed in so core stays free of I/O and clocks. */
export interface ExportContext {
  /** A stable UUID for a seed string (the adapter derives it, e.g. UUIDv5), so re-exports diff cleanly. */
  readonly uuid: (seed: string) => string;
  /** The document timestamp, ISO 8601 with offset. */
  readonly now: string;
  /** The Nimbus version that produced the document. */
  readonly version: string;
}

export const NIMBUS_OSCAL_NS = 'https://nimbus-compliance.org/ns/oscal';
export const OSCAL_VERSION = '1.2.1';
