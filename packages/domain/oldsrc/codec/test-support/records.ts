/** Small records in the template's format, for tests that vary one thing at a time. */
export function recordText(parts: {
  version?: string;
  header?: string[];
  grade?: string;
  recommendations?: string[];
  areas?: string[];
  comments?: string[];
}): string {
  const header = parts.header ?? [
    'Force\tStaffordshire',
    'Police and Crime Commissioner\tMatthew Ellis',
    'Chief Constable\tChief Constable Gareth Morgan',
    'Title of inspection\tPEEL 2021/22 An inspection of Staffordshire Police',
    'Inspectorate\tHMICFRS',
    'Summary of inspection\tThe force must improve.',
  ];
  const lines = [
    'PCC and CC Force Inspection response record',
    '',
    `Version:${parts.version ? ` ${parts.version}` : ''}`,
    '',
    ...header,
    `Grade\t${parts.grade ?? 'Investigating crime: Adequate'}`,
    ...(parts.recommendations
      ? ['Recommendations', ...parts.recommendations]
      : ['Recommendations\tNone']),
    ...(parts.areas ? ['Areas for improvement', ...parts.areas] : ['Areas for improvement\tNone']),
    '',
    ...(parts.comments ?? [
      "Commissioner's response",
      '',
      'I welcome the report.',
      '',
      "Chief Constable's response",
      '',
      'We accept the findings.',
    ]),
  ];
  return lines.join('\n');
}
