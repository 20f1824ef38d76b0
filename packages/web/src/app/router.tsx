import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { Home, RequireSession } from './require-session.js';
import { RouteError } from './route-error.js';
import { Shell } from './shell.js';

// Every page is its own chunk, so the first load stays small.
const SignInPage = lazy(() => import('../features/auth/sign-in-page.js'));
const SetupPage = lazy(() => import('../features/auth/setup-page.js'));
const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page.js'));
const CatalogPage = lazy(() => import('../features/catalog/catalog-page.js'));
const ControlPage = lazy(() => import('../features/catalog/control-page.js'));
const AssessmentsPage = lazy(() => import('../features/assessments/assessments-page.js'));
const AssessmentPage = lazy(() => import('../features/assessments/assessment-page.js'));
const SoaPage = lazy(() => import('../features/soa/soa-page.js'));
const EvidencePage = lazy(() => import('../features/evidence/evidence-page.js'));
const ServicesPage = lazy(() => import('../features/services/services-page.js'));
const MembersPage = lazy(() => import('../features/admin/members-page.js'));
const TokensPage = lazy(() => import('../features/admin/tokens-page.js'));
const AuditPage = lazy(() => import('../features/admin/audit-page.js'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  { path: '/setup', element: <SetupPage />, errorElement: <RouteError /> },
  { path: '/', element: <Home />, errorElement: <RouteError /> },
  {
    path: '/o/:orgId',
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'catalog', element: <CatalogPage /> },
          { path: 'catalog/:framework/:controlId', element: <ControlPage /> },
          { path: 'assessments', element: <AssessmentsPage /> },
          { path: 'assessments/:assessmentId', element: <AssessmentPage /> },
          { path: 'assessments/:assessmentId/soa', element: <SoaPage /> },
          { path: 'evidence', element: <EvidencePage /> },
          { path: 'services', element: <ServicesPage /> },
          { path: 'admin/members', element: <MembersPage /> },
          { path: 'admin/tokens', element: <TokensPage /> },
          { path: 'admin/audit', element: <AuditPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <Home /> },
]);
