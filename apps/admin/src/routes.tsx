import { lazy, Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { Layout } from './components/Layout';
import { RouteErrorBoundary } from './components/RouteError';
import { guardedNavigation } from './lib/router';

/** Each page is its own chunk: the first screen loads only what it shows. */
const SignIn = lazy(() => import('./pages/SignIn'));
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Records = lazy(() => import('./pages/Records'));
const Findings = lazy(() => import('./pages/Findings'));
const RecordEditor = lazy(() => import('./pages/RecordEditor'));
const Versions = lazy(() => import('./pages/Versions'));
const PrintRecord = lazy(() => import('./pages/PrintRecord'));
const CheckAnswers = lazy(() => import('./pages/CheckAnswers'));
const Published = lazy(() => import('./pages/Published'));
const FindingDetail = lazy(() => import('./pages/FindingDetail'));
const Import = lazy(() => import('./pages/Import'));
const ImportBatch = lazy(() => import('./pages/ImportBatch'));
const ImportReview = lazy(() => import('./pages/ImportReview'));
const Audit = lazy(() => import('./pages/Audit'));
const Notifications = lazy(() => import('./pages/Notifications'));
const Users = lazy(() => import('./pages/Users'));
const NotFound = lazy(() => import('./pages/NotFound'));

/** The signed-in pages, shown inside the Layout (which sends anyone signed out to sign in). */
function Pages() {
  return (
    <Switch>
      <Route path="/" component={Dashboard} />
      <Route path="/records" component={Records} />
      <Route path="/findings" component={Findings} />
      <Route path="/records/:recordId" component={RecordEditor} />
      <Route path="/records/:recordId/versions" component={Versions} />
      <Route path="/records/:recordId/print" component={PrintRecord} />
      <Route path="/records/:recordId/check/:move" component={CheckAnswers} />
      <Route path="/records/:recordId/published" component={Published} />
      <Route path="/records/:recordId/findings/:findingId" component={FindingDetail} />
      <Route path="/import" component={Import} />
      <Route path="/import/batches/:batchId" component={ImportBatch} />
      <Route path="/import/review/:id" component={ImportReview} />
      <Route path="/audit" component={Audit} />
      <Route path="/notifications" component={Notifications} />
      <Route path="/users" component={Users} />
      <Route component={NotFound} />
    </Switch>
  );
}

function Routes() {
  const [path] = useLocation();
  return (
    <RouteErrorBoundary path={path}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path="/sign-in" component={SignIn} />
          <Route>
            <Layout>
              <Pages />
            </Layout>
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  );
}

/** The app's routes under /admin; every navigation passes the unsaved-changes guard. */
export function AppRoutes() {
  return (
    <Router base="/admin" aroundNav={guardedNavigation}>
      <Routes />
    </Router>
  );
}
