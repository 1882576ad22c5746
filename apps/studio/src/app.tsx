import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@xyflow/react/dist/style.css';
import './studio.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { StudioRoutes } from './layout/studio-routes';
import { cssVariablesResolver, theme } from './lib/theme';
import { appCodeOf, createApiClient, TRPCProvider } from './lib/trpc';

/** Sends a signed-out visitor to the sign-in page, coming back here afterwards. */
function toSignIn() {
  const back = `${location.pathname}${location.search}`;
  location.assign(`/sign-in?next=${encodeURIComponent(back)}`);
}

function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (appCodeOf(error) === 'unauthorized') toSignIn();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (count, error) => appCodeOf(error) === null && count < 2,
      },
    },
  });
}

/** The studio: theme, notifications, the API client and the pages. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createApiClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {/* Bottom right: at the top they covered the editor's Undo and Publish (issue 20). */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <BrowserRouter>
            <StudioRoutes />
          </BrowserRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
