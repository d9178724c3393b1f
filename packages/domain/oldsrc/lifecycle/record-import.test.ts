import { describe, expect, it } from 'vitest';
import { PublicationStatus } from '../model/index.js';
import { planRecordImport } from './record-import.js';

const actor = { actorRole: 'editor' as const, actorId: 'u1' };

describe('planRecordImport', () => {
  it('creates a new draft when no response to the report is held', () => {
    expect(planRecordImport({ existing: null, ...actor })).toEqual({
      ok: true,
      value: { kind: 'create', status: 'draft' },
    });
  });

  it.each([
    ['draft', 'A draft version'],
    ['in_review', 'An in review version'],
    ['approved', 'An approved version'],
  ] as const)('refuses to overwrite a record that is %s', (status, start) => {
    const plan = planRecordImport({ existing: { status, latestPublishedVersion: 1 }, ...actor });
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.error.code).toBe('RECORD_DRAFT_EXISTS');
      expect(plan.error.message).toBe(
        `${start} of this response already exists; publish or finish it before importing another`,
      );
    }
  });

  it.each(['published', 'withdrawn'] as const)(
    'starts the next draft version of a %s record through the lifecycle',
    (status) => {
      const plan = planRecordImport({ existing: { status, latestPublishedVersion: 2 }, ...actor });
      expect(plan).toEqual({
        ok: true,
        value: {
          kind: 'new_version',
          version: 3,
          move: { from: status, to: 'draft', event: 'new_version_started' },
        },
      });
    },
  );

  it('needs the role the lifecycle asks to start a new version', () => {
    const plan = planRecordImport({
      existing: { status: 'published', latestPublishedVersion: 1 },
      actorRole: 'viewer',
      actorId: 'u1',
    });
    expect(plan.ok || plan.error.code).toBe('ROLE_TOO_LOW');
  });

  it('has an answer for every status', () => {
    for (const status of PublicationStatus.options)
      expect(
        planRecordImport({ existing: { status, latestPublishedVersion: 1 }, ...actor }),
      ).toBeDefined();
  });
});
