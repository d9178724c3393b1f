import { describe, expect, it } from 'vitest';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';
import { recordText } from './test-support/records.js';

/** Parsed without errors, and read back the same after rendering. */
function parsedOk(text: string) {
  const result = parseRecord(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parseRecord(renderRecord(result.record!)).record).toEqual(result.record);
  return result;
}

const codes = (result: ReturnType<typeof parseRecord>) =>
  result.diagnostics.map((d) => [d.code, d.line]);

/** A header in the template's layout, with some lines replaced. */
function header(lines: Record<string, string>): string[] {
  return [
    lines.force ?? 'Force\tStaffordshire',
    lines.commissioner ?? 'Police and Crime Commissioner\tMatthew Ellis',
    lines.chief ?? 'Chief Constable\tChief Constable Gareth Morgan',
    lines.title ?? 'Title of inspection\tPEEL 2021/22 An inspection of Staffordshire Police',
    'Inspectorate\tHMICFRS',
    ...(lines.extra ? [lines.extra] : []),
    'Summary of inspection\tThe force must improve.',
  ];
}

describe('the header layouts real response documents use', () => {
  it("a mayor's office: the title is the title and the name the name, either way round", () => {
    const gm = {
      force: 'Force\tGreater Manchester Police',
      chief: 'Chief Constable\tStephen Watson',
      title: 'Title of inspection\tPEEL 2021/22 An inspection of Greater Manchester Police',
    };
    for (const commissioner of [
      'Mayor\tAndy Burnham, Mayor of Greater Manchester',
      'Mayor\tMayor of Greater Manchester Andy Burnham',
      'Mayor of Greater Manchester\tAndy Burnham',
      'Mayor of Greater Manchester: Andy Burnham',
    ]) {
      const { record } = parsedOk(recordText({ header: header({ ...gm, commissioner }) }));
      expect(record!.commissioner).toMatchObject({
        title: 'Mayor of Greater Manchester',
        name: 'Andy Burnham',
      });
      expect(record!.chiefOfficer).toMatchObject({
        title: 'Chief Constable',
        name: 'Stephen Watson',
      });
    }
  });

  it('a Mayor and a Deputy Mayor both named: the first is kept, the second is a warning, not a duplicate', () => {
    const result = parsedOk(
      recordText({
        header: header({
          force: 'Force\tWest Yorkshire Police',
          commissioner:
            'Mayor of West Yorkshire\tTracy Brabin\nDeputy Mayor for Policing and Crime\tAlison Lowe',
        }),
      }),
    );
    expect(result.record!.commissioner).toMatchObject({
      title: 'Mayor of West Yorkshire',
      name: 'Tracy Brabin',
    });
    expect(codes(result)).toEqual([['SECOND_OFFICE_HOLDER', 7]]);
    expect(result.diagnostics[0]!.message).toContain('Alison Lowe');
  });

  it('labels set apart by HTML, as a Word or web document writes them', () => {
    const { record } = parsedOk(
      recordText({
        header: [
          '<p><strong>Force:</strong> Staffordshire</p>',
          '<p><b>Police and Crime Commissioner</b></p>',
          '<p>Matthew Ellis</p>',
          '<p><strong>Chief Constable:</strong> Chris Noble</p>',
          '<p><strong>Title of inspection:</strong> PEEL 2021/22 An inspection of Staffordshire Police</p>',
          '<h2>Summary</h2>',
          '<p>The force <i>must</i> improve.</p>',
        ],
      }),
    );
    expect(record!.organisation.name).toBe('Staffordshire');
    expect(record!.commissioner.name).toBe('Matthew Ellis');
    expect(record!.chiefOfficer.name).toBe('Chris Noble');
    expect(record!.report.title).toBe('PEEL 2021/22 An inspection of Staffordshire Police');
    expect(record!.summary).toBe('<p>The force <i>must</i> improve.</p>');
  });

  it('London: the Deputy Mayor for Policing and Crime and the Commissioner of Police of the Metropolis', () => {
    const { record } = parsedOk(
      recordText({
        header: header({
          force: 'Force\tMetropolitan Police Service',
          commissioner: 'Deputy Mayor for Policing and Crime\tSophie Linden',
          chief: 'Commissioner of Police of the Metropolis\tSir Mark Rowley',
        }),
        comments: ["Deputy Mayor's comments", 'MOPAC welcomes the report.'],
      }),
    );
    expect(record!.commissioner).toMatchObject({
      title: 'Deputy Mayor for Policing and Crime',
      name: 'Sophie Linden',
    });
    expect(record!.chiefOfficer).toMatchObject({
      title: 'Commissioner of Police of the Metropolis',
      name: 'Sir Mark Rowley',
    });
    expect(record!.commissionerComments).toBe('<p>MOPAC welcomes the report.</p>');
  });

  it('a fire and rescue service under a PFCC: the place stays in the title, the Chief Executive is the chief', () => {
    const result = parsedOk(
      recordText({
        header: header({
          force: 'Fire and rescue service\tEssex County Fire and Rescue Service',
          commissioner: 'Police, Fire and Crime Commissioner for Essex\tRoger Hirst',
          chief: 'Chief Fire Officer and Chief Executive\tRick Hylton',
          title:
            'Title of inspection\tFire and rescue service inspection 2021/22: Essex County Fire and Rescue Service',
        }),
        grade: 'Effectiveness: Good',
        comments: [
          "Police, Fire and Crime Commissioner's response",
          'I welcome the report.',
          "Chief Fire Officer's response",
          'We accept the findings.',
        ],
      }),
    );
    const record = result.record!;
    expect(record.commissioner).toMatchObject({
      title: 'Police, Fire and Crime Commissioner for Essex',
      name: 'Roger Hirst',
    });
    expect(record.chiefOfficer).toMatchObject({
      title: 'Chief Fire Officer and Chief Executive',
      name: 'Rick Hylton',
    });
    expect(record.commissionerComments).toBe('<p>I welcome the report.</p>');
    expect(record.chiefOfficerComments).toBe('<p>We accept the findings.</p>');
    expect(codes(result)).toEqual([]);
  });

  it('acting and interim ranks in the value; a holder line with no label at all', () => {
    const { record } = parsedOk(
      recordText({
        header: header({
          commissioner: 'Ben Adams, Police, Fire and Crime Commissioner for Staffordshire',
          chief: 'Chief Constable\tInterim Chief Constable Nick Baker',
        }),
      }),
    );
    expect(record!.commissioner).toMatchObject({
      title: 'Police, Fire and Crime Commissioner for Staffordshire',
      name: 'Ben Adams',
    });
    expect(record!.chiefOfficer).toMatchObject({
      title: 'Interim Chief Constable',
      name: 'Nick Baker',
    });
  });

  // Issue 14, "nothing silently lost": a line no field holds is unplaced text the user must resolve.
  it('an unrecognised header line is an error at its line, never glued to the holder above', () => {
    const text = recordText({
      header: header({
        commissioner:
          'Police and Crime Commissioner\tMatthew Ellis\nDeputy Police and Crime Commissioner\tJane Smith',
        chief: 'Chief Constable\tChris Noble\nLead officer: ACC Jo Bloggs',
      }),
    });
    const result = parseRecord(text);
    expect(result.record!.commissioner.name).toBe('Matthew Ellis');
    expect(result.record!.chiefOfficer.name).toBe('Chris Noble');
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'UNPLACED_TEXT', 7],
      ['error', 'UNPLACED_TEXT', 9],
    ]);
    expect(result.diagnostics[1]!.message).toContain('Lead officer: ACC Jo Bloggs');
  });

  it("version labels are the office's own, kept as written and rendered back", () => {
    for (const [line, label] of [
      ['Version: v1.1', 'v1.1'],
      ['Version: 2.1', '2.1'],
      ['Version 3 (July 2023)', '3 (July 2023)'],
      ['VERSION\tDraft 2', 'Draft 2'],
    ] as const) {
      const text = recordText({}).replace('Version:', line);
      const { record } = parsedOk(text);
      expect(record).toMatchObject({ version: null, documentVersion: label });
    }
  });

  it('grades carried over, on lines of their own, by area and by pillar', () => {
    const text = recordText({ grade: '' }).replace(
      'Grade\t',
      [
        'Grades',
        'Investigating crime: Adequate (carried over from 2017)',
        'Responding to the public\tRequires improvement – carried over',
        'Protecting vulnerable people: Good',
        '',
      ].join('\n'),
    );
    const result = parsedOk(text);
    expect(
      result.record!.grades.map((g) => [
        g.scope.level === 'area' ? g.scope.area : g.scope.level,
        g.value,
        g.carriedOver,
      ]),
    ).toEqual([
      ['Investigating crime', 'adequate', true],
      ['Responding to the public', 'requires_improvement', true],
      ['Protecting vulnerable people', 'good', false],
    ]);
    expect(codes(result)).toEqual([['GRADE_DETAIL_NOT_KEPT', 12]]);
  });

  it('an overall grade "Good (carried over from 2017)"', () => {
    const { record } = parsedOk(recordText({ grade: 'Good (carried over from 2017)' }));
    expect(record!.grades).toEqual([
      { scope: { level: 'overall' }, value: 'good', carriedOver: true },
    ]);
  });

  it('labels with a colon, in capitals, or alone on their line with the value on the next', () => {
    const { record } = parsedOk(
      recordText({
        header: [
          'FORCE: Staffordshire',
          'Police and crime commissioner',
          'Matthew Ellis',
          'Chief Constable',
          '',
          'Gareth Morgan',
          'Title of inspection',
          'PEEL 2021/22 An inspection of Staffordshire Police',
          'inspectorate: HMICFRS',
          'Date of publication',
          '7 February 2020',
          'Summary of inspection',
          'The force must improve.',
        ],
      }),
    );
    expect(record!.organisation.name).toBe('Staffordshire');
    expect(record!.commissioner).toMatchObject({
      title: 'Police and Crime Commissioner',
      name: 'Matthew Ellis',
    });
    expect(record!.chiefOfficer).toMatchObject({ title: 'Chief Constable', name: 'Gareth Morgan' });
    expect(record!.report).toMatchObject({
      title: 'PEEL 2021/22 An inspection of Staffordshire Police',
      inspectorate: 'HMICFRS',
      publishedOn: '2020-02-07',
    });
    expect(record!.summary).toBe('<p>The force must improve.</p>');
  });

  it('a Welsh force: bilingual labels and headings read by their English half, Welsh content kept', () => {
    const result = parsedOk(
      [
        'PCC and CC Force Inspection response record',
        'Heddlu / Force\tHeddlu Dyfed-Powys / Dyfed-Powys Police',
        'Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner\tDafydd Llywelyn',
        'Prif Gwnstabl / Chief Constable\tRichard Lewis',
        'Teitl yr arolygiad / Title of inspection\tPEEL 2021/22 An inspection of Dyfed-Powys Police',
        'Arolygiaeth / Inspectorate\tHMICFRS',
        'Crynodeb / Summary\tMae angen i’r heddlu wella. The force must improve.',
        'Gradd / Grade\tInvestigating crime: Adequate',
        'Argymhellion / Recommendations\tNone',
        "Meysydd i'w gwella / Areas for improvement",
        '- The force should improve how it records crime.',
        'Force Update: Done.',
        "Sylwadau'r Comisiynydd / Commissioner's comments",
        'Rwy’n croesawu’r adroddiad. I welcome the report.',
        "Ymateb y Prif Gwnstabl / Chief Constable's response",
        'We accept the findings.',
      ].join('\n'),
    );
    const record = result.record!;
    expect(record.organisation).toMatchObject({ name: 'Dyfed-Powys Police', slug: 'dyfed-powys' });
    expect(record.commissioner).toMatchObject({
      title: 'Police and Crime Commissioner',
      name: 'Dafydd Llywelyn',
    });
    expect(record.chiefOfficer).toMatchObject({ title: 'Chief Constable', name: 'Richard Lewis' });
    expect(record.summary).toBe('<p>Mae angen i’r heddlu wella. The force must improve.</p>');
    expect(record.findings.map((f) => f.kind)).toEqual(['area_for_improvement']);
    expect(record.commissionerComments).toBe(
      '<p>Rwy’n croesawu’r adroddiad. I welcome the report.</p>',
    );
    expect(record.chiefOfficerComments).toBe('<p>We accept the findings.</p>');
    expect(codes(result)).toEqual([]);
  });

  it('Welsh labels written alone', () => {
    const text = recordText({
      areas: ['- The force should improve how it records crime.'],
    })
      .replace('Force\t', 'Heddlu\t')
      .replace('Title of inspection\t', 'Teitl yr arolygiad\t')
      .replace('Recommendations\tNone', 'Argymhellion\tNone')
      .replace('Areas for improvement\n', "Meysydd i'w gwella\n");
    const result = parseRecord(text);
    expect(result.record!.organisation.name).toBe('Staffordshire');
    expect(result.record!.report.title).toBe('PEEL 2021/22 An inspection of Staffordshire Police');
    expect(result.record!.findings.map((f) => f.kind)).toEqual(['area_for_improvement']);
  });

  it('a publication date with only the month: the 1st, and a warning that says so', () => {
    const text = recordText({ header: header({ extra: 'Date of publication: May 2025' }) });
    const result = parsedOk(text);
    expect(result.record!.report.publishedOn).toBe('2025-05-01');
    expect(codes(result)).toEqual([['MONTH_ONLY_DATE', 10]]);
  });
});

describe('where the comments start, and whose they are', () => {
  it("a commissioner's heading after the chief officer's is not swallowed by it", () => {
    const result = parsedOk(
      recordText({
        comments: [
          "Chief Constable's response",
          'We accept the findings.',
          "Police and Crime Commissioner's comments",
          'I welcome the report.',
        ],
      }),
    );
    expect(result.record!.chiefOfficerComments).toBe('<p>We accept the findings.</p>');
    expect(result.record!.commissionerComments).toBe('<p>I welcome the report.</p>');
    expect(codes(result)).toEqual([]);
  });

  it("a commissioner's statement before the findings ends where the first section starts", () => {
    const text = recordText({
      areas: ['- The force should act.', 'Force Update: It has.'],
      comments: ["Chief Constable's response", 'We accept the findings.'],
    }).replace(
      'Recommendations\tNone',
      "Police and Crime Commissioner's statement\nI welcome the report.\nRecommendations\tNone",
    );
    const result = parsedOk(text);
    expect(result.record!.commissionerComments).toBe('<p>I welcome the report.</p>');
    expect(result.record!.findings.map((f) => f.ref)).toEqual(['AFI1']);
    expect(result.record!.chiefOfficerComments).toBe('<p>We accept the findings.</p>');
    expect(codes(result)).toEqual([]);
  });

  it('headings of mayors, fire services and their chiefs, in any case', () => {
    for (const [mine, theirs] of [
      ["MAYOR'S RESPONSE", 'Service response'],
      ['Response from the Mayor of London', "Chief Executive's comments"],
      ["Deputy Mayor's comments", "Chief Fire Officer's response:"],
    ]) {
      const result = parseRecord(
        recordText({ comments: [mine!, 'I welcome the report.', theirs!, 'We accept.'] }),
      );
      expect(result.record!.commissionerComments).toBe('<p>I welcome the report.</p>');
      expect(result.record!.chiefOfficerComments).toBe('<p>We accept.</p>');
    }
  });

  it("without a heading, the comments start where the holder's title or full name is said, not a piece of the surname", () => {
    const text = recordText({
      areas: [
        '- The force should improve its custody suites.',
        'Force Update: The Ellison Road suite has closed.',
        'The new suite is open.',
        'THE MAYOR welcomes the report.',
      ],
      comments: ["Chief Constable's response", 'We accept the findings.'],
    }).replace('Police and Crime Commissioner\tMatthew Ellis', 'Mayor\tMatthew Ellis');
    const result = parseRecord(text);
    expect(result.record!.findings[0]!.updates[0]!.text).toBe(
      '<p>The Ellison Road suite has closed.</p><p>The new suite is open.</p>',
    );
    expect(result.record!.commissionerComments).toBe('<p>THE MAYOR welcomes the report.</p>');
    expect(codes(result)).toEqual([['COMMENTS_START_GUESSED', 17]]);
  });
});
