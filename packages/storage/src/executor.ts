import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** Anything that can run a query: the database or an open transaction. Repositories accept either. */
export type Executor = Kysely<Database> | Transaction<Database>;

export const toBool = (v: number): boolean => v === 1;
export const fromBool = (v: boolean): number => (v ? 1 : 0);
export const count = (v: unknown): number => Number(v ?? 0);
