import { router } from '../../trpc.js';
import { compliance } from './compliance.js';
import { finding } from './finding.js';
import { findingChanges } from './finding-changes.js';
import { findingPage } from './finding-page.js';
import { findingsPage } from './findings-page.js';
import { findingsData } from './findings-data.js';
import { forceOverview } from './force-overview.js';
import { forceResponses } from './force-responses.js';
import { latest } from './latest.js';
import { movedResponse } from './moved-response.js';
import { organisation } from './organisation.js';
import { organisations } from './organisations.js';
import { permalinks } from './permalinks.js';
import { record } from './record.js';
import { report } from './report.js';
import { reports } from './reports.js';
import { reportsPage } from './reports-page.js';
import { response } from './response.js';
import { responsesData } from './responses-data.js';
import { search } from './search.js';
import { searchAll } from './search-all.js';
import { today } from './today.js';

/**
 * Everything the portal and open-data users can read, anonymously: only published snapshots and the public
 * tracking of findings in a current published version (status, target dates, public updates).
 *
 * The portal (apps/server/src/http/public-pages) reads by permalink: organisations, organisation, forceOverview,
 * reports, report, response, movedResponse, findingPage, searchAll, findingsData, responsesData, latest, findingChanges,
 * compliance and permalinks. `record`, `finding`,
 * `search` and `today` are the register's JSON API by id at /trpc/public.* (README), kept for clients outside the
 * portal — other teams' scripts, curl, the admin e2e test reading what a publication made public — and covered by
 * the public leak test like every procedure here. `reportsPage`, `forceResponses` and `findingsPage` are the
 * cursor-paged lists of the REST API (`/api/v1`, src/rest), with `organisations`, `report`, `response`,
 * `findingPage`, `findingChanges` and `compliance`.
 */
export const publicRouter = router({
  organisations,
  organisation,
  record,
  finding,
  search,
  today,
  response,
  movedResponse,
  findingPage,
  forceOverview,
  latest,
  searchAll,
  findingsData,
  responsesData,
  permalinks,
  findingChanges,
  compliance,
  reports,
  report,
  reportsPage,
  forceResponses,
  findingsPage,
});
