import type { AuditEvent } from '../domain/types.js';

/** The fields of an audit event that its hash covers: all but its id and the hashes themselves. */
export type AuditEntryForHash = Omit<AuditEvent, 'id' | 'prevHash' | 'hash'>;

/** JSON with object keys sorted at every level: the same entry always gives the same bytes. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

/** What is hashed for an entry: the previous hash, a separator, and the canonical entry. */
export const auditHashInput = (previousHash: string, entry: AuditEntryForHash): string =>
  `${previousHash}\n${canonicalJson(entry)}`;

/** The hash that starts every organization's chain. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** Fields never written to the audit log, whatever their value. */
export const SECRET_FIELDS = new Set([
  'password',
  'passwordHash',
  'token',
  'tokenHash',
  'secret',
  'csrfToken',
]);

/** Old and new values of the fields that changed, with secrets removed. */
export const diffFields = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { from: unknown; to: unknown }> => {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (SECRET_FIELDS.has(k) || k === 'version' || k === 'updatedAt') continue;
    const from = before?.[k] ?? null;
    const to = after?.[k] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) out[k] = { from, to };
  }
  return out;
};
