import { describe, expect, it } from 'vitest';
import { describeChanges } from './describe-changes.js';

describe('what changed between published versions', () => {
  const base = {
    version: 1,
    documentVersion: null,
    status: 'published' as const,
    organisation: { name: 'X', slug: 'x', kind: 'police_force' as const },
    commissioner: {
      office: 'commissioner' as const,
      name: 'A',
      title: 'PCC',
      from: null,
      to: null,
    },
    chiefOfficer: {
      office: 'chief_officer' as const,
      name: 'B',
      title: 'CC',
      from: null,
      to: null,
    },
    report: {
      title: 'T',
      inspectorate: 'HMICFRS',
      type: 'peel' as const,
      framework: null,
      publishedOn: null,
      link: null,
    },
    summary: '<p>s</p>',
    grades: [],
    findings: [
      {
        ref: 'R1',
        kind: 'recommendation' as const,
        reference: '1',
        title: null,
        text: '<p>r</p>',
        subItems: [],
        group: { pillar: null, area: null, questionId: null },
        deadlinePhrase: null,
        causeOfConcernRef: null,
        supersedes: null,
        acceptance: null,
        status: null,
        updates: [],
      },
    ],
    commissionerComments: '',
    chiefOfficerComments: '',
  };

  it('names each change without quoting either wording', () => {
    expect(describeChanges(null, base)).toEqual(['First published.']);
    expect(describeChanges(base, base)).toEqual(['Republished without changes to the text.']);
    const next = {
      ...base,
      summary: '<p>new</p>',
      findings: [
        {
          ...base.findings[0]!,
          acceptance: { position: 'accepted' as const, explanation: '<p>e</p>' },
        },
        {
          ...base.findings[0]!,
          ref: 'AFI1',
          kind: 'area_for_improvement' as const,
          reference: null,
          title: null,
        },
      ],
    };
    expect(describeChanges(base, next)).toEqual([
      'Summary changed.',
      'Recommendation 1: response changed.',
      'Area for improvement AFI1 added.',
    ]);
    expect(describeChanges(next, base)).toEqual([
      'Summary changed.',
      'Recommendation 1: response changed.',
      'Area for improvement AFI1 removed.',
    ]);
  });

  it("names changes to the office holders, report, grades, comments and a finding's wording and details", () => {
    const next = {
      ...base,
      chiefOfficer: { ...base.chiefOfficer, name: 'C', title: 'Acting CC' },
      report: { ...base.report, title: 'T2' },
      grades: [
        { scope: { level: 'overall' as const }, value: 'good' as const, carriedOver: false },
      ],
      findings: [{ ...base.findings[0]!, text: '<p>r2</p>', deadlinePhrase: 'by March' }],
      commissionerComments: '<p>c</p>',
      chiefOfficerComments: '<p>d</p>',
    };
    expect(describeChanges(base, next)).toEqual([
      'Office holders changed.',
      'Report details changed.',
      'Grades changed.',
      'Recommendation 1: wording, details changed.',
      "Commissioner's comments changed.",
      "Chief officer's comments changed.",
    ]);
  });

  it("names a new document version label and a finding's new title", () => {
    const next = {
      ...base,
      documentVersion: 'v1.1',
      findings: [{ ...base.findings[0]!, title: 'Crime data integrity' }],
    };
    expect(describeChanges(base, next)).toEqual([
      "The office's document version changed.",
      'Recommendation 1: title changed.',
    ]);
  });

  it('names an update whose date became month-only', () => {
    const update = {
      date: '2025-05-01',
      datePrecision: 'day' as const,
      author: 'force' as const,
      visibility: 'public' as const,
      text: '<p>u</p>',
    };
    const before = { ...base, findings: [{ ...base.findings[0]!, updates: [update] }] };
    const after = {
      ...base,
      findings: [
        { ...base.findings[0]!, updates: [{ ...update, datePrecision: 'month' as const }] },
      ],
    };
    expect(describeChanges(before, after)).toEqual(['Recommendation 1: updates changed.']);
  });

  it('sees no change between a version frozen before titles and labels existed and one with none', () => {
    const { documentVersion: _dv, ...older } = base;
    const { title: _t, ...oldFinding } = base.findings[0]!;
    const frozenBefore = { ...older, findings: [oldFinding] } as unknown as typeof base;
    expect(describeChanges(frozenBefore, base)).toEqual([
      'Republished without changes to the text.',
    ]);
  });
});
