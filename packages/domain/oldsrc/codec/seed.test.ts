import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../rich-text/index.js';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';

const seedText = readFileSync(
  new URL('./fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
const result = parseRecord(seedText);
const record = result.record!;
const plain = (html: string) => richTextToPlainText(html);

describe('the Staffordshire PEEL 2018/19 seed record', () => {
  it('parses without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names the force and both office holders', () => {
    expect(record.organisation).toEqual({
      name: 'Staffordshire',
      slug: 'staffordshire',
      kind: 'police_force',
    });
    expect(record.commissioner).toMatchObject({
      name: 'Matthew Ellis',
      title: 'Police and Crime Commissioner',
    });
    expect(record.chiefOfficer).toMatchObject({
      name: 'Nick Baker',
      title: 'Acting Chief Constable',
    });
  });

  it('describes the report', () => {
    expect(record.report.title).toBe(
      'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    );
    expect(record.report.inspectorate).toBe(
      "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
    );
    expect(record.report.framework).toBe('peel-2018-19');
    expect(record.report.type).toBe('peel');
    expect(record.report.publishedOn).toBeNull();
    expect(record.version).toBeNull();
    expect(record.status).toBe('draft');
  });

  it('keeps the summary as sanitised HTML', () => {
    expect(record.summary).toMatch(
      /^<p>The force is good at preventing crime and anti-social behaviour\./,
    );
    expect(record.summary).toMatch(/standards of professional behaviour it expects\.<\/p>$/);
  });

  it('has the overall grade Good and no recommendations', () => {
    expect(record.grades).toEqual([
      { scope: { level: 'overall' }, value: 'good', carriedOver: false },
    ]);
    expect(record.findings.filter((f) => f.kind !== 'area_for_improvement')).toEqual([]);
  });

  it('has six areas for improvement under the right pillars and areas', () => {
    const afis = record.findings.filter((f) => f.kind === 'area_for_improvement');
    expect(afis.map((f) => f.ref)).toEqual(['AFI1', 'AFI2', 'AFI3', 'AFI4', 'AFI5', 'AFI6']);
    expect(afis.map((f) => [f.group.pillar, f.group.area])).toEqual([
      ['Effectiveness', 'Investigating Crime'],
      ['Effectiveness', 'Investigating Crime'],
      ['Effectiveness', 'Protecting Vulnerable People'],
      ['Legitimacy', 'Ethical and lawful workforce behaviour'],
      ['Legitimacy', 'Ethical and lawful workforce behaviour'],
      ['Legitimacy', 'Ethical and lawful workforce behaviour'],
    ]);
    expect(afis.every((f) => f.group.questionId !== null)).toBe(true);
  });

  it('reads each finding text, with the last one carrying two sub-items', () => {
    const texts = record.findings.map((f) => plain(f.text));
    expect(texts[0]).toMatch(
      /^The force needs to improve its oversight and understanding of those wanted/,
    );
    expect(texts[1]).toMatch(
      /^The force should ensure that it is fully compliant with the Code of Practice for Victims/,
    );
    expect(texts[2]).toMatch(
      /^The force should implement the necessary processes to share information with schools/,
    );
    expect(texts[3]).toMatch(
      /^The force should ensure that it uses an effective process for its workforce to refer/,
    );
    expect(texts[4]).toMatch(/^The force should monitor its vetting decisions/);
    expect(texts[5]).toBe('The force should ensure that its counter-corruption unit:');
    expect(record.findings.slice(0, 5).every((f) => f.subItems.length === 0)).toBe(true);
    expect(record.findings[5]!.subItems.map((s) => plain(s.text))).toEqual([
      'has enough capability and capacity to counter corruption effectively and proactively; and',
      "can fully monitor all of its computer systems, including mobile data, to proactively identify data breaches, protect the force's data and identify computer misuse.",
    ]);
  });

  it('gives every finding its Force Update as one public, undated update', () => {
    for (const f of record.findings) {
      expect(f.updates).toHaveLength(1);
      expect(f.updates[0]).toMatchObject({ author: 'force', visibility: 'public', date: null });
    }
    const [first, second, , fourth] = record.findings.map((f) => f.updates[0]!.text);
    expect(first).toMatch(/^<p><i>The force has undertaken extensive work/);
    expect(second).toMatch(/^<p>Victims and witnesses is one of 5 strategic priorities/);
    // The fourth update runs to two paragraphs; the second must not be lost to the comments.
    expect(fourth).toContain('</p><p>Additionally, senior leaders and the HIVE survey');
    expect(record.findings.every((f) => f.status === null && f.acceptance === null)).toBe(true);
  });

  it("splits the commissioner's three paragraphs from the chief constable's", () => {
    const commissioner = record.commissionerComments.match(/<p>/g) ?? [];
    expect(commissioner).toHaveLength(3);
    expect(plain(record.commissionerComments)).toMatch(
      /^The Staffordshire Commissioner's Office has welcomed/,
    );
    expect(plain(record.commissionerComments)).toMatch(/in the most extreme circumstances\.'$/);
    expect(plain(record.chiefOfficerComments)).toMatch(
      /^Temporary Chief Constable Nick Baker said/,
    );
    expect(plain(record.chiefOfficerComments)).toMatch(
      /a better service and outcomes for local communities\.$/,
    );
  });

  it('warns, with the line, that the start of the commissioner comments was inferred', () => {
    const guessed = result.diagnostics.find((d) => d.code === 'COMMENTS_START_GUESSED');
    expect(guessed).toMatchObject({ severity: 'warning', line: 58 });
  });

  it('round-trips: parse(render(parse(seed))) equals parse(seed)', () => {
    const again = parseRecord(renderRecord(record));
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(again.record).toEqual(record);
  });
});
