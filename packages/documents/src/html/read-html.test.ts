import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { readHtml } from './read-html.js';

const page = new Uint8Array(
  readFileSync(new URL('../test-support/web-page.html', import.meta.url)),
);
const bytes = (s: string) => new TextEncoder().encode(s);
const wrap = (body: string) =>
  `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;

function textOf(html: string): string {
  const adapted = readHtml(bytes(html));
  if (!adapted.ok) throw new Error('not read');
  return adapted.text;
}

const HEADER = `<table>
<tr><td>Force</td><td>Staffordshire</td></tr>
<tr><td>Police and Crime Commissioner</td><td>Matthew Ellis</td></tr>
<tr><td>Chief Constable</td><td>Acting Chief Constable Nick Baker</td></tr>
<tr><td>Title of inspection</td><td>Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police</td></tr>
<tr><td>Recommendations</td><td>None</td></tr>
</table>`;

describe('a saved web page', () => {
  it('reads the record in <main> into the same draft the record text gives', async () => {
    const { format, records } = await readDocument(page, 'peel-response.html');
    expect(format).toBe('html');
    expect(records).toHaveLength(1);
    const { record, diagnostics, ok } = records[0]!;
    expect(ok).toBe(true);
    expect(record!.organisation).toMatchObject({ name: 'Staffordshire', slug: 'staffordshire' });
    expect(record!.commissioner).toMatchObject({ name: 'Matthew Ellis' });
    expect(record!.chiefOfficer).toMatchObject({
      title: 'Acting Chief Constable',
      name: 'Nick Baker',
    });
    expect(record!.report.inspectorate).toBe(
      'Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services',
    );
    // Two paragraphs of the summary, a <br> kept, a soft hyphen gone.
    expect(record!.summary).toBe(
      '<p>The force is <strong>good</strong> at preventing crime and antisocial behaviour.</p><p>It investigates crime well.<br>It protects vulnerable people.</p>',
    );
    expect(record!.findings.map((f) => [f.group.pillar, f.group.area, f.text])).toEqual([
      [
        'Effectiveness',
        'Investigating Crime',
        '<p>The force should ensure that it is fully compliant with the Code of Practice for Victims of Crime.</p>',
      ],
      [
        'Legitimacy',
        'Ethical and lawful workforce behaviour',
        '<p>The force should ensure that its counter-corruption unit:</p>',
      ],
    ]);
    expect(record!.findings[1]!.subItems.map((s) => s.text)).toEqual([
      '<p>has enough capability and capacity to counter corruption effectively and proactively; and</p>',
      '<p>can fully monitor all of its computer systems.</p>',
    ]);
    expect(record!.findings.map((f) => f.updates.map((u) => [u.author, u.text]))).toEqual([
      [
        [
          'force',
          '<p>Victims and witnesses is one of 5 strategic priorities for <a href="https://www.staffordshire.police.uk">Staffordshire Police</a>.</p>',
        ],
      ],
      [['force', '<p>During 2020, the PSU is due to undertake significant change.</p>']],
    ]);
    expect(record!.commissionerComments).toContain('welcomed the findings');
    expect(record!.chiefOfficerComments).toContain('assessed Staffordshire Police as a good force');
    // The image is the one thing left out of the content, and it is said where.
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'CONTENT_LEFT_OUT', severity: 'warning', paragraph: 23 }),
    ]);
    expect(diagnostics[0]!.message).toContain('Chart of PSU staffing');
  });

  it('leaves out the site around the record (navigation, banners, footer, sidebar, share links) without a word', async () => {
    const adapted = readHtml(page);
    if (!adapted.ok) throw new Error('not read');
    for (const furniture of [
      'Skip to main content',
      'We use cookies',
      'About the Commissioner',
      'HMICFRS inspections',
      'Share this page',
      'Twitter',
      'Related pages',
      'Privacy notice',
      'window.dataLayer',
      'font-family',
    ])
      expect(adapted.text).not.toContain(furniture);
    const { records } = await readDocument(page, 'peel-response.html');
    expect(JSON.stringify(records[0]!.diagnostics)).not.toMatch(/cookies|Privacy|Twitter/);
  });

  it('places every line of the record text at a paragraph of the page', () => {
    const adapted = readHtml(page);
    if (!adapted.ok) throw new Error('not read');
    const lines = adapted.text.split('\n');
    expect(adapted.places).toHaveLength(lines.length);
    expect(adapted.places[lines.indexOf('Force\tStaffordshire')]).toEqual({ paragraph: 3 });
    expect(
      adapted.places.every((p, i) => i === 0 || p.paragraph >= adapted.places[i - 1]!.paragraph),
    ).toBe(true);
  });

  it('names the paragraph of text the record does not expect', async () => {
    const html = wrap(
      `<main><h1>PCC and CC Force Inspection response record</h1><p>Last updated 3 March 2020</p>${HEADER}</main>`,
    );
    const { records } = await readDocument(bytes(html), 'page.html');
    // Text in no field of the draft is an error the user must resolve (issue 14: nothing silently lost).
    expect(records[0]!.diagnostics.find((d) => d.code === 'UNPLACED_TEXT')).toMatchObject({
      paragraph: 2,
      severity: 'error',
    });
  });

  it('honours a declared windows-1252 or iso-8859-1 encoding, with no warning about the bytes', () => {
    for (const meta of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ]) {
      const html = `<html><head>${meta}</head><body><main>${HEADER}<p>The Commissioner\u2019s caf\u00e9 \u2013 50\u00a0staff</p></main></body></html>`;
      const encoded = Uint8Array.from(
        [...html].map((c) => ({ '\u2019': 0x92, '\u2013': 0x96 })[c] ?? c.charCodeAt(0)),
      );
      const adapted = readHtml(encoded);
      if (!adapted.ok) throw new Error('not read');
      expect(adapted.diagnostics).toEqual([]);
      expect(adapted.text).toContain('The Commissioner\u2019s caf\u00e9 \u2013 50 staff');
    }
  });

  it('finds the content column of a page without <main> by where its paragraphs are', () => {
    const text = textOf(
      wrap(`<div id="top"><a href="/">Home</a> <a href="/news">Latest news and events</a></div>
<div class="wrapper"><div class="col">${HEADER}<p>Areas for improvement</p><ul><li>The force should improve.</li></ul>
<p>It is a long paragraph of the response so the column holds most of the page's text, as content columns do.</p></div>
<div class="links"><p>Latest news and events from the Commissioner</p></div></div>`),
    );
    expect(text).toContain('Force\tStaffordshire');
    expect(text).not.toContain('Latest news');
  });

  it('keeps a page wrapped in one ASP.NET form, and an element whose class only mentions a sidebar', () => {
    const text = textOf(
      wrap(
        `<form id="aspnetForm"><div class="page has-sidebar"><main>${HEADER}</main></div></form>`,
      ),
    );
    expect(text).toContain('Force\tStaffordshire');
  });

  it('writes a header table as Label<TAB>value lines, four columns too, and a long value as one HTML line', () => {
    const text = textOf(
      wrap(`<main><table>
<tr><th>Force:</th><td>Kent</td><th>Police and Crime Commissioner</th><td>Matthew Scott</td></tr>
<tr><th>Summary of inspection</th><td><p>First.</p><ul><li>A <em>point</em></li></ul></td><th>Grade</th><td>Good</td></tr>
</table></main>`),
    );
    expect(text.split('\n')).toEqual([
      'Force\tKent',
      'Police and Crime Commissioner\tMatthew Scott',
      'Summary of inspection\t<p>First.</p><ul><li>A <em>point</em></li></ul>',
      'Grade\tGood',
    ]);
  });

  it('writes a findings section held in a header table cell line by line, as the findings reader reads it', () => {
    const text = textOf(
      wrap(
        `<main><table><tr><td>Force</td><td>Kent</td></tr><tr><td>Areas for improvement</td><td><p>EFFECTIVENESS</p><ul><li>The force should act.</li></ul><p><b>Force Update:</b> Done.</p></td></tr></table></main>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      'Force\tKent',
      'Areas for improvement',
      'EFFECTIVENESS',
      '- The force should act.',
      '',
      '<p><b>Force Update:</b> Done.</p>',
    ]);
  });

  it('writes any other table as one HTML line, cells with their paragraphs and spans', () => {
    const text = textOf(
      wrap(
        `<main><table class="findings"><thead><tr><th>Recommendation</th><th>Update</th><th>Status</th></tr></thead><tbody><tr><td>The force should act.</td><td><p>Done.</p><p>Checked.</p></td><td colspan="1">Complete</td></tr><tr><td colspan="3">LEGITIMACY</td></tr></tbody></table></main>`,
      ),
    );
    expect(text).toBe(
      '<table><tr><th>Recommendation</th><th>Update</th><th>Status</th></tr><tr><td>The force should act.</td><td><p>Done.</p><p>Checked.</p></td><td>Complete</td></tr><tr><td colspan="3">LEGITIMACY</td></tr></table>',
    );
  });

  it('writes nested lists one space deeper per level, and an item with markup as an HTML line', () => {
    const text = textOf(
      wrap(
        `<main><ol><li>First<ul><li>sub <strong>one</strong></li><li>sub two<ul><li>deeper</li></ul></li></ul></li><li><p>Second</p><p>More of it.</p></li></ol></main>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      '1. First',
      ' <ul><li>sub <strong>one</strong></li></ul>',
      ' - sub two',
      '  - deeper',
      '2. Second',
      'More of it.',
      '',
    ]);
  });

  it('never glues words at a <br>, and normalises non-breaking spaces, soft hyphens and zero-width characters', () => {
    const text = textOf(
      wrap(
        `<main><p>Force Update:<br>The\u00a0force has re\u00adviewed\u200b its plan.</p><p>Plain\u00a0text and\u200b more.</p></main>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      '<p>Force Update:<br>The force has reviewed its plan.</p>',
      'Plain text and more.',
    ]);
  });

  it('keeps a bold header label readable as the label it is', () => {
    const text = textOf(
      wrap(
        `<main><p><strong>Grade:</strong> Good</p><p><strong>Areas for improvement</strong></p><p><strong>Recommendation 1:</strong> The force should act.</p></main>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      'Grade: Good',
      'Areas for improvement',
      '<p><strong>Recommendation 1:</strong> The force should act.</p>',
    ]);
  });

  it('reads header fields in a definition list, or on the lines of one paragraph, as Label<TAB>value lines', () => {
    const text = textOf(
      wrap(
        `<main><dl><div><dt>Force</dt><dd>Kent</dd></div><dt>Chief Constable</dt><dd>Tim Smith</dd></dl><p><strong>Police and Crime Commissioner:</strong> Matthew Scott<br><strong>Grade:</strong> Good</p></main>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      'Force\tKent',
      'Chief Constable\tTim Smith',
      'Police and Crime Commissioner: Matthew Scott',
      'Grade: Good',
    ]);
  });

  it("leaves out a site's header where no content column is marked, and keeps an article's own header", () => {
    const text = textOf(
      wrap(
        `<header><p>Office of the Police and Crime Commissioner for Kent</p></header>${HEADER}<article><header><h2>Commissioner's response</h2></header><p>I welcome the report.</p></article>`,
      ),
    );
    expect(text).not.toContain('Office of the Police');
    expect(text).toContain("Commissioner's response\nI welcome the report.");
  });

  it('writes a Version row of a header table first, where the record format reads it', async () => {
    const html = wrap(
      `<main>${HEADER.replace('<tr><td>Police and', '<tr><td>Version</td><td>3</td></tr><tr><td>Police and')}</main>`,
    );
    const adapted = readHtml(bytes(html));
    if (!adapted.ok) throw new Error('not read');
    expect(adapted.text.split('\n').slice(0, 2)).toEqual(['Version\t3', 'Force\tStaffordshire']);
    expect(adapted.places.slice(0, 2)).toEqual([{ paragraph: 2 }, { paragraph: 1 }]);
    const { records } = await readDocument(bytes(html), 'page.html');
    expect(records[0]!.record!.organisation.name).toBe('Staffordshire');
  });

  it("keeps an accordion's section titles (buttons in headings) and leaves out other buttons", () => {
    const text = textOf(
      wrap(
        `<main>${HEADER}<button>Show all sections</button><div class="accordion"><h3><button type="button">Investigating crime<span class="visually-hidden"> , Show this section</span></button></h3><div hidden="until-found"><ul><li>The force should act.</li></ul></div></div></main>`,
      ),
    );
    expect(text).toContain('Investigating crime\n- The force should act.');
    expect(text).not.toMatch(/Show/);
  });

  it('reads the lists of a page Word saved as HTML (mso-list paragraphs) as list items at their level', () => {
    const text = textOf(
      wrap(
        `<div class=WordSection1><p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>The force should ensure that its counter-corruption unit:<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span></span><![endif]>has enough capability;<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span>Second recommendation.</p></div>`,
      ),
    );
    expect(text.split('\n')).toEqual([
      '- The force should ensure that its counter-corruption unit:',
      ' - has enough capability;',
      '2. Second recommendation.',
    ]);
  });

  it("says a stray byte is in the page's source, where its line and column are", () => {
    const html = bytes(
      `<html><head><meta charset="utf-8"></head><body>\n\n<main>${HEADER}<p>The Commissioner\u2019s caf\u00e9</p></main></body></html>`,
    );
    const odd = Uint8Array.from(
      [...html].flatMap((b, i) =>
        html[i - 1] === 0xc3 && b === 0xa9 ? [] : b === 0xc3 ? [0xe9] : [b],
      ),
    );
    const adapted = readHtml(odd);
    if (!adapted.ok) throw new Error('not read');
    expect(adapted.text).toContain('The Commissioner\u2019s caf\u00e9');
    expect(adapted.diagnostics).toHaveLength(1);
    expect(adapted.diagnostics[0]!.line).toBe(1);
    expect(adapted.diagnostics[0]!.message).toMatch(
      /^in the page's HTML source, the byte 0xE9 at line 9, column/,
    );
  });
});
