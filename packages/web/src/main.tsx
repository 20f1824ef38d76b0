import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dropzone/styles.css';
import '@mantine/spotlight/styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/api-error.js';
import { setUnauthenticatedHandler } from './api/client.js';
import { queryKeys } from './api/queries/keys.js';
import { router } from './app/router.js';
import { cssVariablesResolver, theme } from './app/theme.js';
import { PageLoader } from './components/page-loader.js';
import { CommandPalette } from './features/catalog/command-palette.js';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// A session that ends mid-work sends the user to sign in, then back to the page they were on.
setUnauthenticatedHandler(() => {
  queryClient.setQueryData(queryKeys.session, null);
  const here = window.location.pathname + window.location.search;
  if (!window.location.pathname.startsWith('/sign-in'))
    router.navigate(`/sign-in?expired=1&next=${encodeURIComponent(here)}`);
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={<PageLoader />}>
          <RouterProvider router={router} />
        </Suspense>
        <CommandPalette />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
