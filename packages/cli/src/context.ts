import type { Catalog } from '@nimbus/core';
import { loadCatalog } from './catalog/load-catalog.js';
import { createOutput, type Output, type OutputStreams } from './output.js';

/** What every command gets: its output, the catalog (loaded on first use) and the process streams. */
export interface CommandContext {
  readonly streams: OutputStreams;
  readonly cwd: string;
  /** Set by a command that finished but has findings to report (see exit-codes.ts). */
  exitCode: number;
  output(json: boolean | undefined): Output;
  catalog(): Catalog;
}

export const createContext = (streams: OutputStreams, cwd = process.cwd()): CommandContext => ({
  streams,
  cwd,
  exitCode: 0,
  output: (json) => createOutput(Boolean(json), streams),
  catalog: () => loadCatalog(),
});
