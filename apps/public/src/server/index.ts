// What the server needs to render the portal: the page renderer and the constants its feeds and downloads share.
export { renderPortalPage, type PortalView } from './render.js';
export { LICENCE, OGL_URL, SITE_NAME, type PageAddress } from '../pages/layout.js';
export type { ColumnDoc } from '../pages/about.js';
export type { SearchFilters } from '../pages/search.js';
export type { PortalAssets } from '../pages/types.js';
export type { AlertTargetView, FormProblem } from '../pages/alerts.js';
