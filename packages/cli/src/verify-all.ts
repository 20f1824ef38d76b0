import type { CommandContext } from './context.js';
import { withRuntime } from './operator.js';

export interface VerifyReport {
  readonly ok: boolean;
  readonly summary: string;
  readonly chains: { orgId: string; events: number; broken?: { seq: number; id: string; reason: string } }[];
  readonly evidence: { checked: number; missing: number; mismatched: number };
}

/** Recomputes every audit chain and re-hashes every evidence blob. */
export const verifyAll = async (ctx: CommandContext): Promise<VerifyReport> => {
  const { listChains, verifyChain } = await import('@nimbus/storage');
  const { verifyEvidenceBlobs } = await import('@nimbus/server');
  return withRuntime(ctx, {}, async ({ deps }) => {
    const chains = [];
    for (const orgId of await listChains(deps.store.db))
      chains.push({ orgId, ...(await verifyChain(deps.store.db, orgId)) });
    const blobs = await verifyEvidenceBlobs(deps.store, deps.blobs);
    const broken = chains.filter((c) => c.broken).length;
    const ok = broken === 0 && blobs.missing.length === 0 && blobs.mismatched.length === 0;
    return {
      ok,
      summary: ok
        ? 'ok'
        : `${broken} broken audit chain(s), ${blobs.missing.length} missing and ${blobs.mismatched.length} altered evidence file(s)`,
      chains,
      evidence: {
        checked: blobs.checked,
        missing: blobs.missing.length,
        mismatched: blobs.mismatched.length,
      },
    };
  });
};
