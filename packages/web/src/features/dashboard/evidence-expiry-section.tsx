import { useEvidenceList } from '../../api/queries/evidence.js';
import { ErrorState } from '../../components/error-state.js';
import { PageLoader } from '../../components/page-loader.js';
import { evidenceToRenew } from './dashboard-derive.js';
import { EvidenceExpiryCard } from './evidence-expiry-card.js';
import { todayIso } from './format.js';
import { SectionCard } from './section-card.js';

const WINDOW_DAYS = 30;

/** Loads expiring and expired evidence and shows what needs renewing. */
export function EvidenceExpirySection({ orgId }: { orgId: string }) {
  // The same lists (and cache entries) as the evidence library's "expiring" and "expired" filters.
  const expiring = useEvidenceList({ expiringWithinDays: WINDOW_DAYS });
  const expired = useEvidenceList({ expired: true });
  if (expiring.isPending || expired.isPending)
    return (
      <SectionCard title="Evidence to renew" id="dash-evidence">
        <PageLoader label="Loading evidence" />
      </SectionCard>
    );
  if (expiring.error || expired.error)
    return (
      <SectionCard title="Evidence to renew" id="dash-evidence">
        <ErrorState
          error={expiring.error ?? expired.error}
          onRetry={() => {
            void expiring.refetch();
            void expired.refetch();
          }}
        />
      </SectionCard>
    );
  return (
    <EvidenceExpiryCard
      orgId={orgId}
      days={WINDOW_DAYS}
      rows={evidenceToRenew(expiring.data, expired.data, todayIso())}
    />
  );
}
