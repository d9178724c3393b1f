/** @jsxRuntime automatic */
import { OGL_URL, SITE_NAME } from './layout.js';

const FILES = [
  ['findings.csv', 'text/csv', 'Findings and their progress (CSV, UTF-8)'],
  [
    'findings.csv?excel=1',
    'text/csv',
    'Findings and their progress (CSV for Excel, with a byte-order mark)',
  ],
  ['findings.json', 'application/json', 'Findings and their progress (JSON)'],
  ['responses.csv', 'text/csv', 'Responses to inspection reports (CSV, UTF-8)'],
  [
    'responses.csv?excel=1',
    'text/csv',
    'Responses to inspection reports (CSV for Excel, with a byte-order mark)',
  ],
  ['responses.json', 'application/json', 'Responses to inspection reports (JSON)'],
  ['datapackage.json', 'application/json', 'Frictionless Data Package describing every file'],
] as const;

/**
 * The open data as a schema.org `Dataset` (which DCAT maps onto: distribution, license, publisher), so
 * dataset search engines and catalogues find every download.
 */
function datasetDescription(origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${origin}/open-data#dataset`,
    name: `${SITE_NAME}: findings and responses`,
    description:
      'Police and crime commissioners’ published responses to HMICFRS inspection reports, and the progress of every finding, as CSV and JSON.',
    url: `${origin}/open-data`,
    license: OGL_URL,
    isAccessibleForFree: true,
    inLanguage: 'en-GB',
    keywords: ['HMICFRS', 'police', 'inspection', 'recommendations', 'open data'],
    publisher: { '@type': 'Organization', name: SITE_NAME, url: `${origin}/` },
    subjectOf: { '@type': 'DigitalDocument', url: `${origin}/data/datapackage.json` },
    distribution: FILES.map(([file, type, name]) => ({
      '@type': 'DataDownload',
      name,
      encodingFormat: type,
      contentUrl: `${origin}/data/${file}`,
    })),
  };
}

/** JSON-LD in the page's markup; `<` is escaped so no value can end the script element. */
export function DatasetJsonLd({ origin }: { origin: string }) {
  const json = JSON.stringify(datasetDescription(origin)).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
