import { describe, expect, it } from 'vitest';
import type { PageText, TextRun } from './page-text.js';
import { recordTextOf } from './record-text-of.js';

/** A run of 10pt text; `end` sets where it ends (a full line ends at the right margin, 536). */
const run = (
  text: string,
  x: number,
  y: number,
  o: { end?: number; bold?: boolean } = {},
): TextRun => ({
  text,
  x,
  y,
  width: (o.end ?? x + text.length * 5) - x,
  size: 10,
  bold: o.bold ?? false,
});
const FULL = { end: 536 };
const page = (n: number, runs: TextRun[]): PageText => ({ page: n, width: 595, height: 842, runs });

function read(pages: PageText[]) {
  const adapted = recordTextOf(pages);
  if (!adapted.ok) throw new Error(JSON.stringify(adapted.diagnostics));
  return { ...adapted, lines: adapted.text.split('\n').filter((l) => l !== '') };
}

describe('recordTextOf', () => {
  it('joins the lines of a paragraph, and drops a hyphen only where it broke a word the document spells whole', () => {
    const { lines } = read([
      page(1, [
        run('Each quarter the force reviews its investi-', 56, 700, FULL),
        run('gation plans with partners, and its anti-', 56, 688.5, FULL),
        run('social behaviour team reports to the board.', 56, 677),
        run(
          'Every investigation is reviewed by a supervisor at the end of the month.',
          56,
          650,
          FULL,
        ),
        run('It is recorded.', 56, 638.5),
      ]),
    ]);
    expect(lines).toEqual([
      'Each quarter the force reviews its investigation plans with partners, and its anti-social behaviour team reports to the board.',
      'Every investigation is reviewed by a supervisor at the end of the month. It is recorded.',
    ]);
  });

  it('keeps a hyphen at the end of a line before a capital, with no space: a compound name', () => {
    const { lines } = read([
      page(1, [
        run(
          'The inspectorate is positive about policing in Staffordshire and Stoke-on-',
          56,
          700,
          FULL,
        ),
        run('Trent. It is well deserved.', 56, 688.5),
      ]),
    ]);
    expect(lines).toEqual([
      'The inspectorate is positive about policing in Staffordshire and Stoke-on-Trent. It is well deserved.',
    ]);
  });

  it('starts a new line where the writer broke the line, and sets a bold heading apart from its text', () => {
    const { lines } = read([
      page(1, [
        run('Force Update:', 56, 700),
        run('The work is done.', 56, 688.5),
        run('Investigating crime', 56, 660, { bold: true }),
        run(
          'The force should improve how it supervises investigations of crime reported',
          56,
          648.5,
          FULL,
        ),
        run('online.', 56, 637),
      ]),
    ]);
    expect(lines).toEqual([
      'Force Update:',
      'The work is done.',
      'Investigating crime',
      'The force should improve how it supervises investigations of crime reported online.',
    ]);
  });

  it('writes bullets and numbered items as list lines, nested by their indent', () => {
    const { lines } = read([
      page(1, [
        run('1.', 56, 700),
        run('The force should improve its oversight', 74, 700),
        run('(a)', 74, 688.5),
        run('of wanted persons; and', 92, 688.5),
        run('\uf0b7', 74, 677),
        run('of missing persons.', 92, 677),
        run('2.', 56, 660),
        run(
          'The force should review its vetting decisions and the way it records each of',
          74,
          660,
          FULL,
        ),
        run('them.', 74, 648.5),
        run('• A bullet typed as text', 56, 630),
      ]),
    ]);
    expect(lines).toEqual([
      '1. The force should improve its oversight',
      '  (a) of wanted persons; and',
      '  - of missing persons.',
      '2. The force should review its vetting decisions and the way it records each of them.',
      '- A bullet typed as text',
    ]);
  });

  it("reads a dash a line break put first as the sentence's, and typed dashes after short lines as bullets", () => {
    const { lines } = read([
      page(1, [
        run('The recent implementation of the Records Management System', 56, 700, FULL),
        run('– NICHE within force will help.', 56, 688.5),
        run('Actions:', 56, 660),
        run('- audit the records;', 56, 648.5),
        run('- train the staff.', 56, 637),
      ]),
    ]);
    expect(lines).toEqual([
      'The recent implementation of the Records Management System – NICHE within force will help.',
      'Actions:',
      '- audit the records;',
      '- train the staff.',
    ]);
  });

  it('keeps apart full one-line items and headings spaced as paragraphs, though such spacing outnumbers the wrapped lines', () => {
    // A web page printed by LibreOffice (record 362 of `pnpm bench import --records 500`): each finding a
    // one-line paragraph, most of them full, 2.3 lines apart; only two paragraphs wrap, at 1.15. Read by
    // the most common spacing, the items and the unbold headings between them ran together.
    const { lines } = read([
      page(1, [
        run('Areas for improvement', 56, 760),
        run('EFFECTIVENESS', 56, 737),
        run('Area: Responding to the public', 56, 714),
        run(
          '- The force should make sure call handlers use a structured risk assessment for',
          56,
          691,
          FULL,
        ),
        run(
          '- The force should answer emergency and non-emergency calls within national targets.',
          56,
          668,
          FULL,
        ),
        run('Preventing crime and anti-social behaviour', 56, 645),
        run(
          '- The force should protect the time neighbourhood officers spend on preventing crime.',
          56,
          622,
          FULL,
        ),
        run('LEGITIMACY', 56, 599),
        run('Area: Developing a positive workplace', 56, 576),
        run(
          '- The force should make its promotion processes fair, open and understood by the work-',
          56,
          553,
          FULL,
        ),
        run("Commissioner's response", 56, 530),
        run(
          'I welcome this report. I will hold the Chief Constable to account for the response to',
          56,
          507,
          FULL,
        ),
        run('each of its findings.', 56, 495.5),
        run("Chief Constable's response", 56, 472.5),
        run(
          'We accept the findings of this report and have put in place a plan to address each of',
          56,
          449.5,
          FULL,
        ),
        run('them.', 56, 438),
      ]),
    ]);
    expect(lines).toEqual([
      'Areas for improvement',
      'EFFECTIVENESS',
      'Area: Responding to the public',
      '- The force should make sure call handlers use a structured risk assessment for',
      '- The force should answer emergency and non-emergency calls within national targets.',
      'Preventing crime and anti-social behaviour',
      '- The force should protect the time neighbourhood officers spend on preventing crime.',
      'LEGITIMACY',
      'Area: Developing a positive workplace',
      '- The force should make its promotion processes fair, open and understood by the work-',
      "Commissioner's response",
      'I welcome this report. I will hold the Chief Constable to account for the response to each of its findings.',
      "Chief Constable's response",
      'We accept the findings of this report and have put in place a plan to address each of them.',
    ]);
  });

  it('parts a header label from its value with a tab where a tab stop sets them apart', () => {
    const { lines } = read([
      page(1, [
        run('Force', 56, 700),
        run('Kent', 200, 700),
        run('Chief Constable', 56, 688.5),
        run('Tim Smith', 200, 688.5),
        run('The commissioner welcomes the report.', 56, 650),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tKent',
      'Chief Constable\tTim Smith',
      'The commissioner welcomes the report.',
    ]);
  });

  it("parts a label that fills its cell from its value, where the value starts at the column's edge", () => {
    const { lines } = read([
      page(1, [
        run('Force', 56, 700, { bold: true }),
        run('Kent', 200, 700),
        run('Chief Constable', 56, 688.5, { bold: true }),
        run('Tim Smith', 200, 688.5),
        run('Inspectorate', 56, 677, { bold: true }),
        run('HMICFRS', 200, 677),
        // The label's cell ends where the value's begins: one space's gap, at the value column's edge.
        run('Summary of inspection', 56, 665.5, { end: 196, bold: true }),
        run(' ', 196, 665.5, { end: 200 }),
        run('The force is good.', 200, 665.5),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tKent',
      'Chief Constable\tTim Smith',
      'Inspectorate\tHMICFRS',
      'Summary of inspection\tThe force is good.',
    ]);
  });

  it("keeps a wrapped label with its value where the cells' lines are offset, not side by side", () => {
    const { lines } = read([
      page(1, [
        run('Force', 56, 700, { bold: true }),
        run('Kent', 200, 700),
        run('Summary of', 56, 670, { bold: true }),
        run('The inspection found that it was too easy for the wrong', 200, 661, FULL),
        run('inspection', 56, 657, { bold: true }),
        run('people to join.', 200, 649.5),
        run('Grade', 56, 620, { bold: true }),
        run('Not graded', 200, 620),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tKent',
      'Summary of inspection\tThe inspection found that it was too easy for the wrong people to join.',
      'Grade\tNot graded',
    ]);
  });

  it("starts a row at the gap above it where its cells are centred upright, the value's first line above the label", () => {
    // A web page's bordered table as LibreOffice prints it: a row's short label sits halfway down its value.
    const { lines } = read([
      page(1, [
        run('Force', 56, 700),
        run('Avon and Somerset Constabulary', 200, 700),
        run('Date of publication', 56, 669),
        run('26 April 2014', 200, 669),
        run(
          'https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-2014-avon-and-',
          200,
          638,
          FULL,
        ),
        run('Link', 56, 632.25),
        run('somerset/', 200, 626.5),
        run(
          'The inspection of Avon and Somerset Constabulary found 1 cause of concern,',
          200,
          595.5,
          FULL,
        ),
        run('Summary of', 56, 589.75),
        run(
          '2 recommendations, 11 areas for improvement. This record sets out the',
          200,
          584,
          FULL,
        ),
        run('inspection', 56, 578.25),
        run('response to each.', 200, 572.5),
        run(
          'Effectiveness: Requires improvement; Efficiency: Outstanding; Legitimacy:',
          200,
          541.5,
          FULL,
        ),
        run('Grade', 56, 535.75),
        run('Good', 200, 530),
        run('Recommendations', 56, 500),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tAvon and Somerset Constabulary',
      'Date of publication\t26 April 2014',
      'Link\thttps://hmicfrs.justiceinspectorates.gov.uk/publications/peel-2014-avon-and-somerset/',
      'Summary of inspection\tThe inspection of Avon and Somerset Constabulary found 1 cause of concern, 2 recommendations, 11 areas for improvement. This record sets out the response to each.',
      'Grade\tEffectiveness: Requires improvement; Efficiency: Outstanding; Legitimacy: Good',
      'Recommendations',
    ]);
  });

  it("keeps a centred label with its row where it shares a baseline with the value's middle line", () => {
    // Three lines of value: the label, centred upright, sits on the second line's baseline, so that line
    // reads "label, value" like a tab-stop row's first line; the row began at the gap above.
    const { lines } = read([
      page(1, [
        run('Force', 56, 700),
        run('Dorset Police', 200, 700),
        run(
          'Investigating crime: Outstanding; Protecting vulnerable people: Requires',
          200,
          669,
          FULL,
        ),
        run('Grade', 56, 657.5),
        run(
          'improvement; Responding to the public: Adequate; Preventing crime and anti-',
          200,
          657.5,
          FULL,
        ),
        run('social behaviour: Good', 200, 646),
        run('Recommendations', 56, 615),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tDorset Police',
      'Grade\tInvestigating crime: Outstanding; Protecting vulnerable people: Requires improvement; Responding to the public: Adequate; Preventing crime and anti-social behaviour: Good',
      'Recommendations',
    ]);
  });

  it("keeps each line of a field's value its writer ended short as a paragraph of the value", () => {
    const { lines } = read([
      page(1, [
        run('Force', 56, 700, { bold: true }),
        run('Kent', 200, 700),
        run('Title of inspection', 56, 688.5, { bold: true }),
        run('PEEL 2021/22: an inspection of Kent Police', 200, 688.5, FULL),
        run('Grade', 56, 665, { bold: true }),
        run('Effectiveness: Good', 200, 665),
        run('Efficiency: Good', 200, 653.5),
        run('Legitimacy: Good', 200, 642),
      ]),
    ]);
    expect(lines).toEqual([
      'Force\tKent',
      'Title of inspection\tPEEL 2021/22: an inspection of Kent Police',
      'Grade\t<p>Effectiveness: Good</p><p>Efficiency: Good</p><p>Legitimacy: Good</p>',
    ]);
  });

  it('leaves out a header and page numbers repeated on every page, keeps what is at the top of one page only, and joins a paragraph the page break cut', () => {
    const furniture = (n: number) => [
      run('Kent OPCC response to HMICFRS', 200, 810),
      run(`- ${n} -`, 290, 30),
    ];
    const { lines, diagnostics, places } = read([
      page(1, [
        ...furniture(1),
        run(
          'The force has agreed a plan with the local authority, and the board will',
          56,
          700,
          FULL,
        ),
      ]),
      page(2, [...furniture(2), run('review it in May 2021.', 56, 700)]),
      page(3, [
        ...furniture(3),
        run('A note at the top of one page only', 56, 790),
        run('2020', 56, 700),
      ]),
    ]);
    expect(lines).toEqual([
      'The force has agreed a plan with the local authority, and the board will review it in May 2021.',
      'A note at the top of one page only',
      '2020',
    ]);
    expect(places.filter((p) => p.page !== undefined)).toEqual([
      { page: 1, paragraph: 1 },
      { page: 1, paragraph: 1 },
      { page: 3, paragraph: 1 },
      { page: 3, paragraph: 1 },
      { page: 3, paragraph: 2 },
    ]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'PAGE_FURNITURE_LEFT_OUT', page: 1, severity: 'info' }),
    ]);
    expect(diagnostics[0]!.message).toContain('6 lines on pages 1 to 3');
  });

  it('keeps a line a page break put at the top of two pages when the body says it elsewhere too', () => {
    // Record 179 of `pnpm bench import --records 500`: pages 2 and 3 each began with a finding's
    // "Acceptance: Accepted", which was left out as a running header, so the response joined the finding.
    const finding = (n: number, y: number) => [
      run(`- Recommendation ${n}: The force should do thing ${n}.`, 56, y),
      run('Acceptance: Accepted', 56, y - 23),
      run(`Thing ${n} is under way.`, 56, y - 46),
    ];
    const { lines, diagnostics } = read([
      page(1, [
        ...finding(1, 700),
        run(`- Recommendation 2: The force should do thing 2.`, 56, 40),
      ]),
      page(2, [
        run('Acceptance: Accepted', 56, 800),
        run('Thing 2 is under way.', 56, 777),
        run('- Recommendation 3: The force should do thing 3.', 56, 40),
      ]),
      page(3, [run('Acceptance: Accepted', 56, 800), run('Thing 3 is under way.', 56, 777)]),
    ]);
    expect(lines).toEqual(
      [1, 2, 3].flatMap((n) => [
        `- Recommendation ${n}: The force should do thing ${n}.`,
        'Acceptance: Accepted',
        `Thing ${n} is under way.`,
      ]),
    );
    expect(diagnostics).toEqual([]);
  });

  it('keeps a footnote mark in its line', () => {
    const { lines } = read([
      page(1, [
        run('The force should act within three months', 56, 700),
        {
          ...run('1', 256, 703.5, { end: 259 }),
          size: 6,
        },
        run('and report.', 262, 700),
      ]),
    ]);
    expect(lines).toEqual(['The force should act within three months1 and report.']);
  });

  it('reads a table running over three pages as one table, its header row repeated on each page kept once', () => {
    const head = (y: number) => [
      run('Recommendation', 56, y, { bold: true }),
      run('Update', 250, y, { bold: true }),
      run('Status', 450, y, { bold: true }),
    ];
    const row = (y: number, n: number) => [
      run(`The force should do thing ${n}.`, 56, y),
      run(`Thing ${n} is done.`, 250, y),
      run('Completed', 450, y),
    ];
    const { lines, diagnostics } = read([
      page(1, [...head(800), ...row(780, 1)]),
      page(2, [...head(800), ...row(780, 2)]),
      page(3, [...head(800), ...row(780, 3)]),
    ]);
    expect(lines).toEqual([
      '<table><thead><tr><th>Recommendation</th><th>Update</th><th>Status</th></tr></thead><tbody>' +
        [1, 2, 3]
          .map(
            (n) =>
              `<tr><td>The force should do thing ${n}.</td><td>Thing ${n} is done.</td><td>Completed</td></tr>`,
          )
          .join('') +
        '</tbody></table>',
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('joins a table row the page break cut mid-sentence, though its next part starts with a capital', () => {
    const head = (y: number) => [
      run('Finding', 56, y, { bold: true }),
      run('Update', 250, y, { bold: true }),
      run('Status', 450, y, { bold: true }),
    ];
    const row = (y: number, n: number) => [
      run(`The service should do thing ${n}.`, 56, y),
      run(`Thing ${n} is done.`, 250, y),
      run('Completed', 450, y),
    ];
    const { lines } = read([
      page(1, [
        ...head(800),
        ...row(780, 1),
        ...row(760, 2),
        run('By 30', 56, 740),
        run('The workforce plan', 250, 740),
        run('Completed', 450, 740),
      ]),
      page(2, [
        ...head(800),
        run('June 2023, the service should plan.', 56, 780),
        run('is in place.', 250, 780),
      ]),
    ]);
    expect(lines).toEqual([
      '<table><thead><tr><th>Finding</th><th>Update</th><th>Status</th></tr></thead><tbody>' +
        [1, 2]
          .map(
            (n) =>
              `<tr><td>The service should do thing ${n}.</td><td>Thing ${n} is done.</td><td>Completed</td></tr>`,
          )
          .join('') +
        '<tr><td>By 30 June 2023, the service should plan.</td><td>The workforce plan is in place.</td><td>Completed</td></tr>' +
        '</tbody></table>',
    ]);
  });

  it('keeps a sub-heading row spanning a findings table inside it, and the text after the table out of it', () => {
    const { lines } = read([
      page(1, [
        run('Recommendation', 56, 700, { bold: true }),
        run('Update', 250, 700, { bold: true }),
        run('Status', 450, 700, { bold: true }),
        run('EFFECTIVENESS', 56, 680, { bold: true }),
        run('The force should act.', 56, 660),
        run('It has acted.', 250, 660),
        run('Completed', 450, 660),
        run('Commissioner’s response', 56, 610, { bold: true }),
      ]),
    ]);
    expect(lines).toEqual([
      '<table><thead><tr><th>Recommendation</th><th>Update</th><th>Status</th></tr></thead><tbody>' +
        '<tr><td colspan="3">EFFECTIVENESS</td></tr>' +
        '<tr><td>The force should act.</td><td>It has acted.</td><td>Completed</td></tr>' +
        '</tbody></table>',
      'Commissioner’s response',
    ]);
  });

  it('says where rotated text was left unread, and refuses a PDF whose text is all sideways', () => {
    const upright = page(1, [run('Force Update:', 56, 700)]);
    const { diagnostics } = read([{ ...upright, rotatedChars: 12 }]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'ROTATED_TEXT_LEFT_OUT', page: 1 }),
    ]);
    expect(diagnostics[0]!.message).toContain('12 characters');
    const sideways = recordTextOf([{ ...page(1, []), rotatedChars: 400 }]);
    expect(sideways).toMatchObject({ ok: false, diagnostics: [{ code: 'ROTATED_TEXT' }] });
  });

  it('leaves out "Page 1 of 1" at the foot of a one-page document', () => {
    const { lines } = read([page(1, [run('Force Update:', 56, 700), run('Page 1 of 1', 280, 30)])]);
    expect(lines).toEqual(['Force Update:']);
  });
});
