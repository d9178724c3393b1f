import { describe, expect, it } from 'vitest';
import { auditChanges, auditNamedIds } from './audit-changes.js';

const OWNER = '0b8e7f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const FORCE = '1c9f8a7b-2d3e-4f5a-9b0c-1d2e3f4a5b6c';
const none = new Map<string, string>();

describe('auditChanges', () => {
  it("says a finding's status change in words, leaving out what was not given", () => {
    expect(
      auditChanges(
        { status: 'in_progress' },
        {
          status: 'closed',
          reason: null,
          supersededBy: null,
          closure: { basis: 'hmicfrs' },
          visibility: 'public',
        },
        none,
      ),
    ).toEqual([
      { field: 'Status', before: 'In progress', after: 'Closed' },
      { field: 'Closed because', before: null, after: 'HMICFRS closed it' },
      { field: 'Visibility', before: null, after: 'Public' },
    ]);
  });

  it('labels a publication status and keeps the reason', () => {
    expect(
      auditChanges(
        { status: 'in_review', version: 1 },
        { status: 'approved', reason: null, publicationDateUnknownReason: 'Not yet known' },
        none,
      ),
    ).toEqual([
      { field: 'Status', before: 'In review', after: 'Approved' },
      { field: "Why the report's date is not known", before: null, after: 'Not yet known' },
    ]);
  });

  it('writes dates long, rich text as plain text, and people and forces by name', () => {
    const names = new Map([
      [OWNER, 'Alex Owner'],
      [FORCE, 'Staffordshire Police'],
    ]);
    expect(
      auditChanges(
        { targetDate: '2020-02-07', ownerUserId: null, forces: [] },
        { targetDate: '2020-10-02', ownerUserId: OWNER, forces: [FORCE] },
        names,
      ),
    ).toEqual([
      { field: 'Target date', before: '7 February 2020', after: '2 October 2020' },
      { field: 'Owner', before: null, after: 'Alex Owner' },
      { field: 'Forces the report covers', before: 'none', after: 'Staffordshire Police' },
    ]);
    expect(
      auditChanges({ summary: '<p>Old</p>' }, { summary: '<p>New <em>words</em></p>' }, none),
    ).toEqual([{ field: 'Summary', before: 'Old', after: 'New words' }]);
  });

  it('shows only the fields an edit changed, not the rest of what it was', () => {
    const finding = {
      ref: 'AFI1',
      kind: 'area_for_improvement',
      title: 'Old',
      text: '<p>Same</p>',
    };
    expect(auditChanges(finding, { title: 'New' }, none)).toEqual([
      { field: 'Title', before: 'Old', after: 'New' },
    ]);
  });

  it("compares an edited finding's acceptance and group with what it was, part by part", () => {
    const finding = {
      ref: 'R1',
      acceptance: { position: 'accepted', explanation: '<p>We agree.</p>' },
      group: { pillar: 'Effectiveness', area: null, questionId: 'q-1' },
    };
    expect(
      auditChanges(
        finding,
        {
          acceptancePosition: 'partially_accepted',
          acceptanceExplanation: '<p>We agree.</p>',
          pillar: 'Efficiency',
          area: null,
          questionId: 'q-2',
        },
        none,
      ),
    ).toEqual([
      { field: 'Acceptance', before: 'Accepted', after: 'Partially accepted' },
      { field: 'Pillar', before: 'Effectiveness', after: 'Efficiency' },
    ]);
  });

  it('never shows an id or raw JSON, even for a field it does not know', () => {
    const changes = auditChanges(
      null,
      {
        findingId: OWNER,
        somethingNew: OWNER,
        nested: { a: 1 },
        pendingImportId: FORCE,
        plainWords: 'kept',
      },
      none,
    );
    expect(changes).toEqual([{ field: 'Plain words', before: null, after: 'kept' }]);
  });

  it("closes a cause of concern with HMICFRS's letter, not the row version it was made from", () => {
    expect(
      auditChanges(
        { causeStatus: 'open' },
        {
          causeStatus: 'closed',
          findingId: OWNER,
          rowVersion: 4,
          letterDate: '2021-03-01',
          letterLink: 'https://example.org/l',
        },
        none,
      ),
    ).toEqual([
      { field: 'Cause of concern', before: 'Open', after: 'Closed' },
      { field: "Date of HMICFRS's letter", before: null, after: '1 March 2021' },
      { field: "HMICFRS's letter", before: null, after: 'https://example.org/l' },
    ]);
  });

  it('shows what a deletion removed', () => {
    expect(auditChanges({ name: 'My overdue' }, null, none)).toEqual([
      { field: 'Name', before: 'My overdue', after: null },
    ]);
  });

  it('summarises an imported record rather than printing it', () => {
    const record = { report: { title: 'PEEL 2018/19' }, findings: [{}, {}] };
    expect(auditChanges(null, record, none)).toEqual([
      { field: 'Record', before: null, after: 'PEEL 2018/19, with 2 findings' },
    ]);
    expect(auditChanges(null, { record }, none)).toEqual([
      { field: 'Record', before: null, after: 'PEEL 2018/19, with 2 findings' },
    ]);
  });
});

describe('auditNamedIds', () => {
  it('lists the owners and forces to look up', () => {
    expect(auditNamedIds({ ownerUserId: OWNER }, { ownerUserId: null, forces: [FORCE] })).toEqual({
      people: [OWNER],
      organisations: [FORCE],
    });
  });
});
