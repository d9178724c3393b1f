import { describe, expect, it } from 'vitest';
import { ResponseRecord } from '../model/index.js';
import type { Finding, Grade } from '../model/index.js';
import { validateRecord } from './validate-record.js';

function finding(ref: string, kind: Finding['kind'], extra: Partial<Finding> = {}): Finding {
  return {
    ref,
    kind,
    reference: null,
    title: null,
    text: '<p>The force should act.</p>',
    subItems: [],
    group: { pillar: null, area: null, questionId: null },
    deadlinePhrase: null,
    causeOfConcernRef: null,
    supersedes: null,
    acceptance: null,
    status: null,
    updates: [],
    ...extra,
  };
}

const accepted = { position: 'accepted', explanation: '<p>We will.</p>' } as const;

function record(
  parts: { findings?: Finding[]; grades?: Grade[]; framework?: string | null } = {},
): ResponseRecord {
  return ResponseRecord.parse({
    version: null,
    status: 'draft',
    organisation: { name: 'Staffordshire', slug: 'staffordshire', kind: 'police_force' },
    commissioner: {
      office: 'commissioner',
      name: 'Matthew Ellis',
      title: 'Police and Crime Commissioner',
    },
    chiefOfficer: { office: 'chief_officer', name: 'Nick Baker', title: 'Acting Chief Constable' },
    report: {
      title:
        'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
      inspectorate: 'HMICFRS',
      type: 'peel',
      framework: parts.framework === undefined ? 'peel-2018-19' : parts.framework,
      publishedOn: '2020-02-07',
      link: null,
    },
    summary: '<p>Good.</p>',
    grades: parts.grades ?? [{ scope: { level: 'overall' }, value: 'good', carriedOver: false }],
    findings: parts.findings ?? [],
    commissionerComments: '',
    chiefOfficerComments: '',
  });
}

const codes = (r: ResponseRecord) => validateRecord(r).map((v) => v.code);

describe('validateRecord', () => {
  it('passes a sound record with a cause of concern and its recommendations', () => {
    const r = record({
      findings: [
        finding('C1', 'cause_of_concern'),
        finding('R1', 'recommendation', { causeOfConcernRef: 'C1', acceptance: accepted }),
        finding('R2', 'recommendation', { causeOfConcernRef: 'C1' }),
        finding('R3', 'recommendation'),
        finding('AFI1', 'area_for_improvement'),
      ],
    });
    expect(validateRecord(r)).toEqual([]);
  });

  it('refuses a cause of concern that no recommendation answers', () => {
    const r = record({
      findings: [
        finding('AFI1', 'area_for_improvement'),
        finding('C1', 'cause_of_concern'),
        finding('R1', 'recommendation'),
      ],
    });
    expect(validateRecord(r)).toEqual([
      expect.objectContaining({
        code: 'CAUSE_WITHOUT_RECOMMENDATION',
        severity: 'error',
        path: 'findings[1]',
        ref: 'C1',
      }),
    ]);
  });

  it('refuses a recommendation naming a cause of concern the record lacks, or a finding of another kind', () => {
    const r = record({
      findings: [
        finding('AFI1', 'area_for_improvement'),
        finding('R1', 'recommendation', { causeOfConcernRef: 'C9' }),
        finding('R2', 'recommendation', { causeOfConcernRef: 'AFI1' }),
      ],
    });
    const violations = validateRecord(r);
    expect(violations).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_CAUSE_OF_CONCERN',
        path: 'findings[1].causeOfConcernRef',
        ref: 'R1',
      }),
      expect.objectContaining({
        code: 'UNKNOWN_CAUSE_OF_CONCERN',
        path: 'findings[2].causeOfConcernRef',
        ref: 'R2',
      }),
    ]);
    expect(violations[1]!.message).toMatch(/area for improvement/);
  });

  it('lets only recommendations sit under a cause of concern or take an acceptance', () => {
    const r = record({
      findings: [
        finding('C1', 'cause_of_concern', { acceptance: accepted }),
        finding('R1', 'recommendation', { causeOfConcernRef: 'C1' }),
        finding('AFI1', 'area_for_improvement', { causeOfConcernRef: 'C1', acceptance: accepted }),
      ],
    });
    expect(validateRecord(r).map((v) => [v.code, v.path])).toEqual([
      ['ACCEPTANCE_NOT_RECOMMENDATION', 'findings[0].acceptance'],
      ['CAUSE_REF_NOT_RECOMMENDATION', 'findings[2].causeOfConcernRef'],
      ['ACCEPTANCE_NOT_RECOMMENDATION', 'findings[2].acceptance'],
    ]);
  });

  it('refuses two findings with one reference, pointing at the second', () => {
    const r = record({
      findings: [
        finding('AFI1', 'area_for_improvement'),
        finding('AFI2', 'area_for_improvement'),
        finding('AFI1', 'area_for_improvement'),
      ],
    });
    expect(validateRecord(r)).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_FINDING_REF',
        severity: 'error',
        path: 'findings[2].ref',
        ref: 'AFI1',
      }),
    ]);
  });

  it('refuses a grade the framework’s scale does not have, naming it', () => {
    const adequate: Grade = { scope: { level: 'overall' }, value: 'adequate', carriedOver: false };
    const [v] = validateRecord(record({ grades: [adequate] }));
    expect(v).toMatchObject({
      code: 'GRADE_NOT_IN_SCALE',
      severity: 'error',
      path: 'grades[0].value',
    });
    expect(v!.ref).toBeUndefined();
    expect(v!.message).toMatch(/Adequate/);
    expect(v!.message).toMatch(/PEEL 2018\/19/);
    expect(codes(record({ grades: [adequate], framework: 'peel-2021-22' }))).toEqual([]);
  });

  it('checks grades only against a framework it holds', () => {
    const adequate: Grade = {
      scope: { level: 'pillar', pillar: 'Nowhere' },
      value: 'adequate',
      carriedOver: false,
    };
    expect(codes(record({ grades: [adequate], framework: null }))).toEqual([]);
    expect(codes(record({ grades: [adequate], framework: 'peel-2099-00' }))).toEqual([]);
  });

  it('warns when a grade names a pillar the framework lacks', () => {
    const grade = (pillar: string): Grade => ({
      scope: { level: 'pillar', pillar },
      value: 'good',
      carriedOver: false,
    });
    expect(codes(record({ grades: [grade('Effectiveness'), grade('legitimacy')] }))).toEqual([]);
    expect(validateRecord(record({ grades: [grade('Effectiveness'), grade('People')] }))).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_GRADE_PILLAR',
        severity: 'warning',
        path: 'grades[1].scope.pillar',
      }),
    ]);
    const area: Grade = {
      scope: { level: 'area', pillar: 'Effectiveness', area: 'Investigating crime' },
      value: 'good',
      carriedOver: false,
    };
    const violations = validateRecord(record({ grades: [area], framework: 'peel-2021-22' }));
    expect(violations.map((v) => v.code)).toEqual(['UNKNOWN_GRADE_PILLAR']);
    expect(violations[0]!.message).toMatch(/areas, not pillars/);
  });

  it('warns when a pillar grade is given where the framework graded no pillars', () => {
    const grade: Grade = {
      scope: { level: 'pillar', pillar: 'People' },
      value: 'good',
      carriedOver: false,
    };
    expect(codes(record({ grades: [grade], framework: 'fire-2021-22' }))).toEqual([]);
    expect(codes(record({ grades: [grade], framework: 'fire-2023-25' }))).toEqual([
      'PILLAR_NOT_GRADED',
    ]);
  });
});
