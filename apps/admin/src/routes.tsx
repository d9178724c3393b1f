import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { RouteError } from './components/RouteError';

/** Each page is its own chunk: the first screen loads only what it shows. */
const page = (
  load: () => Promise<{ default: React.ComponentType }>,
): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const router = createBrowserRouter(
  [
    { path: '/sign-in', ...page(() => import('./pages/SignIn')), errorElement: <RouteError /> },
    {
      path: '/',
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { index: true, ...page(() => import('./pages/Dashboard')) },
        { path: 'records', ...page(() => import('./pages/Records')) },
        { path: 'findings', ...page(() => import('./pages/Findings')) },
        { path: 'records/:recordId', ...page(() => import('./pages/RecordEditor')) },
        { path: 'records/:recordId/versions', ...page(() => import('./pages/Versions')) },
        { path: 'records/:recordId/print', ...page(() => import('./pages/PrintRecord')) },
        { path: 'records/:recordId/check/:move', ...page(() => import('./pages/CheckAnswers')) },
        { path: 'records/:recordId/published', ...page(() => import('./pages/Published')) },
        {
          path: 'records/:recordId/findings/:findingId',
          ...page(() => import('./pages/FindingDetail')),
        },
        { path: 'import', ...page(() => import('./pages/Import')) },
        { path: 'import/batches/:batchId', ...page(() => import('./pages/ImportBatch')) },
        { path: 'import/review/:id', ...page(() => import('./pages/ImportReview')) },
        { path: 'audit', ...page(() => import('./pages/Audit')) },
        { path: 'notifications', ...page(() => import('./pages/Notifications')) },
        { path: 'users', ...page(() => import('./pages/Users')) },
        { path: '*', ...page(() => import('./pages/NotFound')) },
      ],
    },
  ],
  { basename: '/admin' },
);
