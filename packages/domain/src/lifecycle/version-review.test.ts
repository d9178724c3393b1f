import { describe, expect, it } from 'vitest';
import { NOT_VERSION_CHANGES, trackingChangeEffect } from './version-review.js';

describe('version review', () => {
  it('treats lifecycle moves, recorded dates and approver-only decisions as no authorship', () => {
    expect([...NOT_VERSION_CHANGES].sort()).toEqual(
      [
        'record.submitted',
        'record.changes_requested',
        'record.submission_withdrawn',
        'record.approved',
        'record.published',
        'record.approval_reopened',
        'record.returned_to_review',
        'record.withdrawn',
        'record.new_version_started',
        'record.dates_set',
        'record.dates_corrected',
        'finding.closed',
        'finding.not_assured',
        'finding.reopened',
        'finding.superseded',
        'finding.no_longer_applicable',
        'cause_of_concern.closed',
        'finding.target_date_revised',
      ].sort(),
    );
  });

  it('counts edits, updates, owners and an editor’s status moves as changes of the version', () => {
    for (const action of [
      'record.draft_updated',
      'record.findings_reordered',
      'finding.update_added',
      'finding.owner_set',
      'finding.completed',
      'finding.started',
      'finding.target_date_set',
    ])
      expect(NOT_VERSION_CHANGES).not.toContain(action);
  });

  it('sends an approved record back to review when what it will publish changes', () => {
    expect(trackingChangeEffect('approved')).toBe('returns_to_review');
    expect(trackingChangeEffect('in_review')).toBe('noted_in_review');
    for (const status of ['draft', 'published', 'withdrawn'] as const)
      expect(trackingChangeEffect(status)).toBe('none');
  });
});
