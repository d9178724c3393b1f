import { alertsRouter } from './routers/alerts.js';
import { auditRouter } from './routers/audit.js';
import { dashboardRouter } from './routers/dashboard.js';
import { notificationsRouter } from './routers/notifications.js';
import { versionsRouter } from './routers/versions.js';
import { authRouter } from './routers/auth.js';
import { findingsRouter } from './routers/findings.js';
import { importRouter } from './routers/import.js';
import { importsRouter } from './routers/imports.js';
import { organisationsRouter } from './routers/organisations.js';
import { publicRouter } from './routers/public/index.js';
import { recordsRouter } from './routers/records.js';
import { reportsRouter } from './routers/reports.js';
import { savedFiltersRouter } from './routers/saved-filters.js';
import { searchRouter } from './routers/search.js';
import { usersRouter } from './routers/users.js';
import { workflowRouter } from './routers/workflow.js';
import { createCallerFactory, router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  organisations: organisationsRouter,
  records: recordsRouter,
  reports: reportsRouter,
  findings: findingsRouter,
  workflow: workflowRouter,
  import: importRouter,
  imports: importsRouter,
  search: searchRouter,
  audit: auditRouter,
  users: usersRouter,
  dashboard: dashboardRouter,
  notifications: notificationsRouter,
  versions: versionsRouter,
  savedFilters: savedFiltersRouter,
  public: publicRouter,
  alerts: alertsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
