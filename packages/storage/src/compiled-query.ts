import { NimbusError } from '@nimbus/core';
import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './executor.js';

// Kysely builds an operation tree and compiles it to SQL on every call, which costs as much as running a small
// indexed query. Hot queries (who is asking, the assessment being read) compile once per dialect instead.
const compiled = new WeakMap<object, Map<string, CompiledQuery>>();

/**
 * Runs the query that `build(params)` describes, compiling it only on the first call for this dialect; later
 * calls reuse the SQL with new parameters. `params` must be every parameter of the query, in the order they
 * appear in it (checked on the first compile, so a query that does not qualify fails in its first test run).
 */
export const runCompiled = async <R>(
  db: Executor,
  name: string,
  params: readonly unknown[],
  build: (params: readonly unknown[]) => Compilable<R>,
): Promise<R[]> => {
  const adapter = db.getExecutor().adapter;
  let byName = compiled.get(adapter);
  if (!byName) {
    byName = new Map();
    compiled.set(adapter, byName);
  }
  let query = byName.get(name);
  if (!query) {
    query = build(params).compile();
    const same =
      query.parameters.length === params.length && query.parameters.every((p, i) => p === params[i]);
    if (!same)
      throw new NimbusError(
        'INTERNAL',
        `query ${name}: its parameters are not exactly the given ones, in order`,
      );
    byName.set(name, query);
  }
  const result = await db.executeQuery<R>({ ...query, parameters: params } as CompiledQuery<R>);
  return result.rows;
};
