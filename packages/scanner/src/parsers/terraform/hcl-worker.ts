// The thread that runs hcl2json (Go's HCL parser compiled to WebAssembly) away from the scan, so that a parse
// that never ends or runs out of memory can be stopped without stopping the scan. Its script is JavaScript in
// a string, started with `eval`: the same text runs from the TypeScript sources (tests) and from the build,
// where a separate worker file would need a path that differs between the two.

/** The name hcl2json sees; its error messages start with it. */
export const HCL_PARSE_NAME = 'input.tf';

/** What the worker needs to start: the resolved path of hcl2json and the file name to parse under. */
export interface HclWorkerData {
  readonly hcl2json: string;
  readonly name: string;
}

/** One file to parse. */
export interface HclParseRequest {
  readonly id: number;
  readonly text: string;
}

/** What the worker sends back: once `ready` (WebAssembly loaded), then one answer per request. */
export type HclWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'parsed'; readonly id: number; readonly body: unknown }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/**
 * The worker's script (CommonJS, run with `eval: true`). It loads hcl2json once, parses an empty file so that
 * the WebAssembly is compiled before the first request's time limit starts, says `ready`, then answers each
 * request with the body or hcl2json's error text. A failure to load is left uncaught: the pool sees the worker
 * die and reports it.
 */
export const HCL_WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { parse } = require(workerData.hcl2json);
const messageOf = (err) => (err instanceof Error ? err.message : String(err));
parse(workerData.name, '').then(() => {
  parentPort.on('message', ({ id, text }) => {
    parse(workerData.name, text).then(
      (body) => parentPort.postMessage({ type: 'parsed', id, body }),
      (err) => parentPort.postMessage({ type: 'failed', id, message: messageOf(err) }),
    );
  });
  parentPort.postMessage({ type: 'ready' });
});
`;
