import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/finding.js';
import { linkReportFindings, matchReportFinding, sameWording } from './report-findings.js';

const RECOMMENDATION =
  '<p>By 31 October 2023, chief constables should make sure that vetting decisions are recorded with their reasons.</p>';

const finding = (ref: string, text: string, reference: string | null = ref.slice(1)): Finding =>
  ({
    ref,
    kind: 'recommendation',
    reference,
    title: null,
    text,
    subItems: [],
    group: { pillar: null, area: null, questionId: null },
    deadlinePhrase: null,
    causeOfConcernRef: null,
    supersedes: null,
    acceptance: null,
    status: null,
    updates: [],
  }) as unknown as Finding;

const held = [{ id: 'rf-3', kind: 'recommendation' as const, number: '3', text: RECOMMENDATION }];

describe('sameWording', () => {
  it('sets markup, case, spacing and punctuation aside, and forgives a slip of the keyboard', () => {
    expect(
      sameWording(
        RECOMMENDATION,
        'By 31 October 2023 chief constables should make sure that vetting decisions are recorded, with their reasons',
      ),
    ).toBe(true);
    expect(sameWording(RECOMMENDATION, RECOMMENDATION.replace('recorded', 'recordd'))).toBe(true);
  });

  it('does not take a different recommendation for the same one', () => {
    expect(
      sameWording(
        RECOMMENDATION,
        '<p>By 31 March 2024, chief constables should review every vetting refusal made since 2020.</p>',
      ),
    ).toBe(false);
  });
});

describe('matchReportFinding and linkReportFindings', () => {
  it("links a finding to the report's of the same kind and number when the wording agrees", () => {
    expect(matchReportFinding(finding('R3', RECOMMENDATION), held)).toEqual({
      kind: 'same',
      id: 'rf-3',
    });
    // The register's ref where the report gives no number of its own.
    expect(matchReportFinding(finding('3', RECOMMENDATION, null), held)).toEqual({
      kind: 'same',
      id: 'rf-3',
    });
  });

  it('adds what the report does not hold, and asks about a number whose wording differs', () => {
    const differing = '<p>Chief constables should audit vetting decisions made since 2020.</p>';
    const links = linkReportFindings(
      [finding('R3', differing), finding('R4', '<p>Another.</p>')],
      held,
    );
    expect(links.linked.size).toBe(0);
    expect(links.added.map((f) => f.ref)).toEqual(['R4']);
    expect(links.questions).toEqual([
      { ref: 'R3', kind: 'recommendation', number: '3', heldText: RECOMMENDATION, text: differing },
    ]);
  });

  it("follows the user's answer: the same recommendation is linked, a different one left alone", () => {
    const differing = '<p>Chief constables should audit vetting decisions made since 2020.</p>';
    const same = linkReportFindings([finding('R3', differing)], held, [
      { kind: 'report_finding', ref: 'R3', same: false },
      { kind: 'report_finding', ref: 'R3', same: true },
    ]);
    expect([...same.linked]).toEqual([['R3', 'rf-3']]);
    expect(same.questions).toEqual([]);
    const different = linkReportFindings([finding('R3', differing)], held, [
      { kind: 'report_finding', ref: 'R3', same: false },
    ]);
    expect(different.linked.size).toBe(0);
    expect(different.added).toEqual([]);
    expect(different.questions).toEqual([]);
  });
});
