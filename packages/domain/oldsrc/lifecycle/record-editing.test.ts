import { describe, expect, it } from 'vitest';
import { PublicationStatus } from '../model/index.js';
import { checkPublicationTransition } from './publication.js';
import { checkRecordEditable } from './record-editing.js';

describe('checkRecordEditable', () => {
  it('lets a draft be edited and keeps it a draft', () => {
    expect(checkRecordEditable('draft')).toEqual({ ok: true, value: { reopens: false } });
  });

  it('lets an approved record be edited by taking it back to draft, a move the lifecycle has', () => {
    expect(checkRecordEditable('approved')).toEqual({ ok: true, value: { reopens: true } });
    const move = checkPublicationTransition({
      from: 'approved',
      to: 'draft',
      actorRole: 'editor',
      actorId: 'a',
      actorChangedVersion: false,
    });
    expect(move.ok && move.value.event).toBe('approval_reopened');
  });

  it.each(['in_review', 'published', 'withdrawn'] as const)('refuses edits while %s', (status) => {
    const result = checkRecordEditable(status);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_EDITABLE');
  });

  it('has an answer for every status', () => {
    for (const status of PublicationStatus.options)
      expect(checkRecordEditable(status)).toBeDefined();
  });
});
