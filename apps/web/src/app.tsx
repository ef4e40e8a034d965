// Providers and routes.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { appSession } from './lib/app-session';
import { AppRoutes } from './routes/router';

function makeQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: {
      queries: { retry: 1, staleTime: 15_000, refetchOnWindowFocus: true },
    },
  });
  // Nothing fetched for one person may survive sign-out, expiry or quick exit.
  appSession.subscribe(() => {
    if (appSession.state.status === 'signed-out') client.clear();
  });
  return client;
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AppRoutes />
    </QueryClientProvider>
  );
}
