import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { watchTables } from './lib/stacked-tables';
import { makeQueryClient, makeTrpcClient, TRPCProvider } from './lib/trpc';
import { AppRoutes } from './routes';
import './app.css';

function App() {
  const [queryClient] = useState(makeQueryClient);
  const [trpcClient] = useState(makeTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <AppRoutes />
      </TRPCProvider>
    </QueryClientProvider>
  );
}

const root = document.getElementById('root')!;
watchTables(root);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
