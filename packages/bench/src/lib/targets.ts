/** The public reads every HTTP benchmark measures, as paths found on the running register. */
export interface Target {
  name: string;
  path: string;
}

const enc = (input: unknown) => encodeURIComponent(JSON.stringify(input));

async function data<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  if (!res.ok || !body.result)
    throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.result.data;
}

/**
 * Pick what to read from the data itself: the force with most published responses, its newest
 * record, a word that occurs in published findings, and that force's finding list.
 */
export async function findTargets(base: string, searchWord?: string): Promise<Target[]> {
  const orgs = await data<{ slug: string; publishedResponses: number }[]>(
    `${base}/trpc/public.organisations`,
  );
  const busiest = [...orgs].sort((a, b) => b.publishedResponses - a.publishedResponses)[0];
  if (!busiest || busiest.publishedResponses === 0)
    throw new Error('The register has no published responses to read');
  const force = await data<{ responses: { recordId: string }[] }>(
    `${base}/trpc/public.organisation?input=${enc({ slug: busiest.slug })}`,
  );
  const recordId = force.responses[0]!.recordId;
  const record = await data<{ record: { findings: { text: string }[] } }>(
    `${base}/trpc/public.record?input=${enc({ recordId })}`,
  );
  // A word the published findings use: the longest plain word of the record's first finding.
  const words = (record.record.findings[0]?.text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .match(/[a-z]{6,}/g) ?? ['police'];
  const q = searchWord ?? [...words].sort((a, b) => b.length - a.length)[0]!;
  return [
    { name: 'record', path: `/trpc/public.record?input=${enc({ recordId })}` },
    { name: 'search', path: `/trpc/public.search?input=${enc({ q, limit: 20 })}` },
    { name: 'force page', path: `/trpc/public.organisation?input=${enc({ slug: busiest.slug })}` },
    {
      name: 'finding list',
      path: `/trpc/public.searchAll?input=${enc({ organisationSlug: busiest.slug, page: 1, pageSize: 20 })}`,
    },
  ];
}

/** One read measured across many paths (autocannon cycles through them on every connection). */
export interface TargetSet {
  name: string;
  paths: string[];
}

/** Words the generated findings use, from several themes: searches that match tens to thousands. */
const SEARCH_WORDS = [
  'investigation',
  'vulnerable',
  'domestic abuse',
  'supervision',
  'neighbourhood',
  'vetting',
  'wellbeing',
  'digital',
  'missing children',
  'misconduct',
];

/**
 * The four reads spread over the register as the public would spread them: the newest published
 * records of up to `forces` forces, ten searches, those forces' pages and their finding lists'
 * first pages. Distinct paths keep a cache of single answers from standing in for the whole load.
 */
export async function findTargetSets(base: string, forces = 20): Promise<TargetSet[]> {
  const orgs = await data<{ slug: string; publishedResponses: number }[]>(
    `${base}/trpc/public.organisations`,
  );
  const busiest = [...orgs]
    .filter((o) => o.publishedResponses > 0)
    .sort((a, b) => b.publishedResponses - a.publishedResponses)
    .slice(0, forces);
  if (busiest.length === 0) throw new Error('The register has no published responses to read');
  const records: string[] = [];
  for (const o of busiest) {
    const page = await data<{ responses: { recordId: string }[] }>(
      `${base}/trpc/public.organisation?input=${enc({ slug: o.slug })}`,
    );
    for (const r of page.responses.slice(0, 5)) records.push(r.recordId);
  }
  return [
    {
      name: 'record',
      paths: records.map((recordId) => `/trpc/public.record?input=${enc({ recordId })}`),
    },
    {
      name: 'search',
      paths: SEARCH_WORDS.map((q) => `/trpc/public.search?input=${enc({ q, limit: 20 })}`),
    },
    {
      name: 'force page',
      paths: busiest.map((o) => `/trpc/public.organisation?input=${enc({ slug: o.slug })}`),
    },
    {
      name: 'finding list',
      paths: busiest.map(
        (o) =>
          `/trpc/public.searchAll?input=${enc({ organisationSlug: o.slug, page: 1, pageSize: 20 })}`,
      ),
    },
  ];
}
