import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../read-document.js';
import { readDocx } from './read-docx.js';

const word = new Uint8Array(
  readFileSync(new URL('../test-support/word-record.docx', import.meta.url)),
);

describe('a Word document', () => {
  it('reads the header table, headings, nested and typed bullets and bold update labels into the draft', async () => {
    const { format, records } = await readDocument(word, 'response.docx');
    expect(format).toBe('docx');
    const { record, ok } = records[0]!;
    expect(ok).toBe(true);
    expect(record!.organisation).toMatchObject({ name: 'Staffordshire', slug: 'staffordshire' });
    expect(record!.commissioner).toMatchObject({
      title: 'Police and Crime Commissioner',
      name: 'Matthew Ellis',
    });
    expect(record!.chiefOfficer).toMatchObject({
      title: 'Acting Chief Constable',
      name: 'Nick Baker',
    });
    expect(record!.summary).toBe(
      '<p>The force is good at preventing crime.</p><p>It investigates crime well.</p>',
    );
    expect(record!.grades).toEqual([
      { scope: { level: 'overall' }, value: 'good', carriedOver: false },
    ]);
    const findings = record!.findings;
    expect(findings.map((f) => [f.kind, f.group.pillar, f.group.area])).toEqual([
      // "Effectiveness" is in capitals by formatting only, as Word shows it.
      ['area_for_improvement', 'Effectiveness', 'Investigating Crime'],
      ['area_for_improvement', 'Effectiveness', 'Protecting Vulnerable People'],
      ['area_for_improvement', 'Legitimacy', 'Ethical and lawful workforce behaviour'],
      ['area_for_improvement', 'Legitimacy', 'Ethical and lawful workforce behaviour'],
      // The findings table's row is a finding of its own, with its update and status.
      ['area_for_improvement', 'Legitimacy', 'Ethical and lawful workforce behaviour'],
    ]);
    expect(findings[4]!.text).toBe(
      '<p>The force should improve how it records ethical dilemmas.</p>',
    );
    expect(findings[4]!.status).toBe('in_progress');
    // A bullet typed as "•<TAB>" is a finding like a list's bullet.
    expect(findings[1]!.text).toBe(
      '<p>The force should implement the necessary processes to share information with schools.</p>',
    );
    // A nested list, and bullets typed as "o<TAB>", are the finding's sub-items.
    expect(findings[2]!.subItems.map((s) => s.text)).toEqual([
      '<p>has enough capability and capacity to counter corruption effectively and proactively; and</p>',
      '<p>can fully monitor all of its computer systems.</p>',
    ]);
    expect(findings[3]!.subItems.map((s) => s.text)).toEqual([
      '<p>to identify disparities and disproportionality; and</p>',
      '<p>to act to address those as necessary.</p>',
    ]);
    // "Force Update:" in bold, with its text after it or in the next paragraph.
    expect(findings.map((f) => f.updates.map((u) => `${u.author}: ${u.text}`).join(' | '))).toEqual(
      [
        'force: <p>Victims and witnesses is one of 5 strategic priorities for Staffordshire Police.</p>',
        'force: <p>Work has been on going over the previous 2 years.</p>',
        'force: <p>During 2020, the PSU is due to undertake significant change.</p>',
        expect.stringMatching(
          /^force: <p>The force currently monitors initial vetting checks\.<\/p>/,
        ),
        'force: <p>An ethics panel now meets monthly.</p>',
      ],
    );
    expect(record!.commissionerComments).toContain('welcomed the findings');
    expect(record!.chiefOfficerComments).toContain('assessed Staffordshire Police as a good force');
  });

  it('keeps the findings table as one table line, and leaves out the running header and page numbers', async () => {
    const adapted = await readDocx(word);
    if (!adapted.ok) throw new Error('not read');
    const lines = adapted.text.split('\n');
    expect(lines).toContainEqual(
      '<table><tr><td><strong>Area for improvement</strong></td><td><strong>Update</strong></td><td><strong>Status</strong></td></tr><tr><td>The force should improve how it records ethical dilemmas.</td><td>An ethics panel now meets monthly.</td><td>In progress</td></tr></table>',
    );
    expect(adapted.text).not.toContain('OFFICIAL');
    expect(adapted.text).not.toMatch(/Page \d/);
    expect(lines.slice(0, 4)).toEqual([
      'PCC and CC Force Inspection response record',
      'Version: 3',
      'Force\tStaffordshire',
      'Police and Crime Commissioner\tMatthew Ellis',
    ]);
  });

  it('reports the image it cannot keep at its paragraph, and nothing about styles', async () => {
    const { records } = await readDocument(word, 'response.docx');
    const leftOut = records[0]!.diagnostics.filter((d) => d.code === 'CONTENT_LEFT_OUT');
    expect(leftOut).toEqual([expect.objectContaining({ severity: 'warning', paragraph: 30 })]);
    expect(leftOut[0]!.message).toContain('Chart of vetting decisions by ethnicity');
    expect(records[0]!.diagnostics.filter((d) => /style/i.test(d.message))).toEqual([]);
  });
});
