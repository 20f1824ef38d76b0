import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ExportContext } from '../src/export/export-options.js';
import { REPO, readJson } from './repo.js';

let validator: ValidateFunction | undefined;

/** The official OSCAL 1.2.1 complete schema, compiled once (about half a second). */
export const oscalValidator = (): ValidateFunction => {
  if (validator) return validator;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  validator = ajv.compile(readJson(join(REPO, 'schemas/oscal/oscal_complete_schema.json')) as object);
  return validator;
};

/** Export context for tests: name-based UUIDs (as the CLI makes them) and a fixed clock. */
export const testExportContext: ExportContext = {
  uuid: (seed) => {
    const h = createHash('sha1').update(seed).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  now: '2026-11-28T12:00:00.000Z',
  version: '0.0.0-test',
};
