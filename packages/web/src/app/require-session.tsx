import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useSession } from '../api/session.js';
import { ErrorState } from '../components/error-state.js';
import { PageLoader } from '../components/page-loader.js';

/** Signed-in pages: send a signed-out visitor to sign in and bring them back afterwards. */
export function RequireSession() {
  const { data, isPending, error, refetch } = useSession();
  const location = useLocation();
  const { orgId } = useParams();
  if (isPending) return <PageLoader label="Checking your session" />;
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data)
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  if (orgId && !data.organizations.some((o) => o.id === orgId)) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** `/`: the first organization's dashboard, or first-run setup. */
export function Home() {
  const { data, isPending } = useSession();
  if (isPending) return <PageLoader />;
  if (!data) return <Navigate to="/sign-in" replace />;
  const first = data.organizations[0];
  return first ? (
    <Navigate to={`/o/${first.id}`} replace />
  ) : (
    <ErrorState error={new Error('You are not a member of any organization yet. Ask an owner to add you.')} />
  );
}
