/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import type { OpenApiDocument } from '@irr/api/rest';
import type { AlertFrequency } from '@irr/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import {
  AccessibilityPage,
  BadRequestPage,
  NotFoundPage,
  OpenDataPage,
  type ColumnDoc,
} from '../pages/about.js';
import {
  CheckEmailPage,
  ConfirmedPage,
  LinkButtonPage,
  LinkInvalidPage,
  SubscribePage,
  UnsubscribedPage,
  type AlertTargetView,
  type FormProblem,
} from '../pages/alerts.js';
import { ApiPage } from '../pages/api.js';
import { CompliancePage } from '../pages/compliance.js';
import { FindingPage, findingName } from '../pages/finding.js';
import { ForcePage, forceFeed } from '../pages/force.js';
import { ForcesPage, HomePage } from '../pages/home.js';
import { to } from '../pages/labels.js';
import { DatasetJsonLd } from '../pages/dataset-ld.js';
import { Layout, SITE_NAME, type PageAddress, type PageOptions } from '../pages/layout.js';
import { ReportPage } from '../pages/report.js';
import { ReportsPage } from '../pages/reports.js';
import { ResponsePage, responsePageOptions } from '../pages/response.js';
import { SearchPage, searchPageTitle, type SearchFilters } from '../pages/search.js';
import type { Out, PortalAssets } from '../pages/types.js';

/** Every page of the portal with the data it shows (what the `public` procedures returned). */
export type PortalView =
  | {
      view: 'home';
      latest: Out<'latest'>;
      forces: Out<'organisations'>;
      reports: Out<'reports'>;
    }
  | { view: 'reports'; reports: Out<'reports'> }
  | { view: 'report'; report: Out<'report'> }
  | { view: 'forces'; forces: Out<'organisations'> }
  | {
      view: 'force';
      slug: string;
      overview: Out<'forceOverview'>;
      compliance: Out<'compliance'>;
    }
  | { view: 'compliance'; compliance: Out<'compliance'> }
  | { view: 'response'; response: Out<'response'> }
  | { view: 'finding'; data: Out<'findingPage'> }
  | { view: 'search'; filters: SearchFilters; page: number; result: Out<'searchAll'> }
  | {
      view: 'open-data';
      findingColumns: readonly ColumnDoc[];
      responseColumns: readonly ColumnDoc[];
    }
  | { view: 'accessibility' }
  | { view: 'api'; api: OpenApiDocument }
  | {
      view: 'alerts';
      target: AlertTargetView;
      problem: FormProblem | null;
      email: string;
      frequency: AlertFrequency;
    }
  | { view: 'alerts-check-email'; target: string }
  | { view: 'alerts-confirm'; token: string }
  | { view: 'alerts-confirmed'; confirmed: number }
  | { view: 'alerts-unsubscribe'; token: string }
  | { view: 'alerts-unsubscribed' }
  | { view: 'alerts-link-invalid'; message: string }
  | { view: 'not-found' }
  | { view: 'bad-request'; problem: string };

const alertCrumbs: PageOptions['crumbs'] = [
  ['Home', '/'],
  ['Email alerts', null],
];

function page(v: PortalView, at: PageAddress): [PageOptions, ReactNode] {
  switch (v.view) {
    case 'home':
      return [
        { title: SITE_NAME, section: 'home' },
        <HomePage latest={v.latest} forces={v.forces} reports={v.reports} />,
      ];
    case 'reports':
      return [
        {
          title: 'Reports',
          section: 'reports',
          crumbs: [
            ['Home', '/'],
            ['Reports', null],
          ],
        },
        <ReportsPage reports={v.reports} />,
      ];
    case 'report': {
      const { title } = v.report.report;
      return [
        {
          title: `${title}: every force’s response`,
          section: 'reports',
          feed: {
            href: `${to.report(v.report.report.slug)}/feed.xml`,
            title: `Changes to ${title}`,
          },
          description: `Which forces published their response to ${title}, on time, late or not yet.`,
          crumbs: [
            ['Home', '/'],
            ['Reports', '/reports'],
            [title, null],
          ],
        },
        <ReportPage r={v.report} />,
      ];
    }
    case 'forces':
      return [
        {
          title: 'Forces',
          section: 'forces',
          crumbs: [
            ['Home', '/'],
            ['Forces', null],
          ],
        },
        <ForcesPage forces={v.forces} />,
      ];
    case 'force': {
      const name = v.overview.organisation.name;
      const options: PageOptions = {
        title: name,
        section: 'forces',
        feed: forceFeed(v.slug, name),
        crumbs: [
          ['Home', '/'],
          ['Forces', '/forces'],
          [name, null],
        ],
      };
      return [options, <ForcePage overview={v.overview} slug={v.slug} compliance={v.compliance} />];
    }
    case 'compliance': {
      const org = v.compliance.organisation;
      const title = org ? `${org.name}: compliance at a glance` : 'Compliance at a glance';
      return [
        {
          title,
          section: org ? 'forces' : 'compliance',
          description:
            'Responses to HMICFRS reports published on time, late or not at all, and findings open, overdue and closed.',
          crumbs: org
            ? [
                ['Home', '/'],
                ['Forces', '/forces'],
                [org.name, to.force(org.slug)],
                ['Compliance at a glance', null],
              ]
            : [
                ['Home', '/'],
                ['Compliance at a glance', null],
              ],
        },
        <CompliancePage c={v.compliance} />,
      ];
    }
    case 'response':
      return [responsePageOptions(v.response), <ResponsePage response={v.response} />];
    case 'finding': {
      const { organisation, report, responseSlug } = v.data;
      const name = findingName(v.data);
      const crumbs: PageOptions['crumbs'] = [
        ['Home', '/'],
        ['Forces', '/forces'],
        [organisation.name, to.force(organisation.slug)],
        [report.title, to.response(organisation.slug, responseSlug)],
        [name, null],
      ];
      return [
        {
          title: `${name}: ${organisation.name}`,
          crumbs,
          feed: {
            href: `${to.finding(organisation.slug, responseSlug, v.data.finding.ref)}/feed.xml`,
            title: `Changes to ${name}`,
          },
        },
        <FindingPage data={v.data} />,
      ];
    }
    case 'search':
      return [
        {
          title: searchPageTitle(v.filters),
          section: 'search',
          script: true,
          crumbs: [
            ['Home', '/'],
            ['Search', null],
          ],
        },
        <SearchPage filters={v.filters} page={v.page} result={v.result} />,
      ];
    case 'open-data':
      return [
        {
          title: 'Open data',
          section: 'open-data',
          crumbs: [
            ['Home', '/'],
            ['Open data', null],
          ],
        },
        <>
          <DatasetJsonLd origin={at.origin} />
          <OpenDataPage findingColumns={v.findingColumns} responseColumns={v.responseColumns} />
        </>,
      ];
    case 'api':
      return [
        {
          title: 'API for developers',
          section: 'open-data',
          crumbs: [
            ['Home', '/'],
            ['Open data', '/open-data'],
            ['API for developers', null],
          ],
        },
        <ApiPage api={v.api} />,
      ];
    case 'accessibility':
      return [
        {
          title: 'Accessibility statement',
          crumbs: [
            ['Home', '/'],
            ['Accessibility statement', null],
          ],
        },
        <AccessibilityPage />,
      ];
    case 'alerts':
      return [
        { title: v.problem ? 'Error: Get email alerts' : 'Get email alerts', crumbs: alertCrumbs },
        <SubscribePage
          target={v.target}
          problem={v.problem}
          email={v.email}
          frequency={v.frequency}
        />,
      ];
    case 'alerts-check-email':
      return [
        { title: 'Check your email', crumbs: alertCrumbs },
        <CheckEmailPage target={v.target} />,
      ];
    case 'alerts-confirm':
      return [
        { title: 'Confirm your email alerts', crumbs: alertCrumbs },
        <LinkButtonPage
          action="/alerts/confirm"
          token={v.token}
          title="Confirm your email alerts"
          lead="Confirm that you want the email alerts you asked for. Nothing is sent until you do."
          button="Confirm email alerts"
        />,
      ];
    case 'alerts-confirmed':
      return [
        { title: 'Your email alerts have started', crumbs: alertCrumbs },
        <ConfirmedPage confirmed={v.confirmed} />,
      ];
    case 'alerts-unsubscribe':
      return [
        { title: 'Unsubscribe from email alerts', crumbs: alertCrumbs },
        <LinkButtonPage
          action="/alerts/unsubscribe"
          token={v.token}
          title="Unsubscribe from email alerts"
          lead="Stop every email alert to your address and delete the address and everything it follows."
          button="Unsubscribe and delete my address"
        />,
      ];
    case 'alerts-unsubscribed':
      return [{ title: 'You have unsubscribed', crumbs: alertCrumbs }, <UnsubscribedPage />];
    case 'alerts-link-invalid':
      return [
        { title: 'This link does not work', crumbs: alertCrumbs },
        <LinkInvalidPage message={v.message} />,
      ];
    case 'not-found':
      return [
        {
          title: 'Page not found',
          crumbs: [
            ['Home', '/'],
            ['Page not found', null],
          ],
        },
        <NotFoundPage />,
      ];
    case 'bad-request':
      return [
        {
          title: 'This address cannot be read',
          crumbs: [
            ['Home', '/'],
            ['Address cannot be read', null],
          ],
        },
        <BadRequestPage problem={v.problem} />,
      ];
  }
}

/** The whole HTML document of a page: React components rendered to static markup (no hydration, no React in the browser). */
export function renderPortalPage(view: PortalView, assets: PortalAssets, at: PageAddress): string {
  const [options, body] = page(view, at);
  return `<!doctype html>\n${renderToStaticMarkup(
    <Layout options={options} assets={assets} at={at}>
      {body}
    </Layout>,
  )}`;
}
