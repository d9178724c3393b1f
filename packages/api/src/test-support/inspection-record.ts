/** What a test's record says about itself: the force, and the report it responds to. */
export interface InspectionRecord {
  force: string;
  title: string;
  type?: string;
  publishedOn?: string;
  link?: string;
  finding?: string;
}

/** A small, clean record in the record format (one area for improvement), for import tests. */
export function inspectionRecord(r: InspectionRecord): string {
  return [
    'PCC and CC Force Inspection response record',
    '',
    `Force\t${r.force}`,
    'Police and Crime Commissioner\tJane Doe',
    'Chief Constable\tJohn Roe',
    `Title of inspection\t${r.title}`,
    'Inspectorate\tHMICFRS',
    ...(r.type ? [`Type of inspection\t${r.type}`] : []),
    ...(r.publishedOn ? [`Date published\t${r.publishedOn}`] : []),
    ...(r.link ? [`Link\t${r.link}`] : []),
    'Recommendations\tNone',
    'Areas for improvement',
    '',
    `- ${r.finding ?? 'The force should record the reason for every strip search.'}`,
    '',
    "Commissioner's response",
    '',
    'I welcome this report.',
    '',
    "Chief Constable's response",
    '',
    'We accept its findings.',
    '',
  ].join('\n');
}
